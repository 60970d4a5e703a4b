/**
 * Datum check: are the converted district outlines really in WGS-84, like the land? The coast of
 * one district is compared with the (unsimplified) land coast, before and after the GCJ-02 →
 * WGS-84 conversion, and the build fails if the converted coast still needs a large shift.
 *
 * The shift is the translation that minimises the *spread* (interquartile range) of the signed
 * distances from the coast vertices to the land boundary, not their size: the district outlines
 * run ≈140 m seaward of the land line all along the coast (seawalls and piers vs a generalised
 * coastline), and such a uniform bias leaves the spread unchanged while a translation does not.
 */
import { percentile, type MetricPlane, type PolygonRings, type Position } from './geometry';
import { quantisedGcjToWgs84, type QuantisedDistrict } from './read-echarts-districts';

export interface DatumCheckOptions {
	/** The district whose coastal vertices are compared. */
	district: string;
	/** Source units per degree (1024). */
	scale: number;
	/** Fail if the converted coast needs a larger shift than this (metres). */
	maxResidualShiftM: number;
}

/** How a coast (vertices in metres) fits the land boundary; all values in metres. */
export interface CoastFit {
	/** Median and 90th percentile of the unsigned distances, as is. */
	medianDistance: number;
	p90Distance: number;
	/** Median signed distance, as is (+ = in the sea). */
	signedMedian: number;
	/** Interquartile range of the signed distances, as is. */
	spread: number;
	/** The best-fit translation (east, north)… */
	dx: number;
	dy: number;
	/** …its length… */
	shift: number;
	/** …and after it: the median signed distance and the spread. */
	fittedOffset: number;
	fittedSpread: number;
}

/**
 * Compares the coastal vertices of `options.district` (those no other district shares) with the
 * outer rings of `landPolygons`, once as published (GCJ-02) and once converted to WGS-84, logs
 * both fits and throws if the converted coast needs a shift above `options.maxResidualShiftM`.
 */
export function checkDatum(
	quantised: QuantisedDistrict[],
	landPolygons: PolygonRings[],
	plane: MetricPlane,
	options: DatumCheckOptions,
	log: (line: string) => void = console.log
): CoastFit {
	const land = landPolygons.map((rings) => rings[0]!.map(plane.toMetres));
	const coastal = coastalVertices(quantised, options.district);
	const { scale } = options;
	const variants: [string, (p: Position) => Position][] = [
		['GCJ-02 as published', ([x, y]) => plane.toMetres([x / scale, y / scale])],
		['converted to WGS-84', (p) => plane.toMetres(quantisedGcjToWgs84(p, scale))]
	];
	log(
		`\ndatum check: ${coastal.length} coastal vertices of ${options.district} vs OSM land coast (m)`
	);
	let fit: CoastFit | undefined;
	for (const [label, project] of variants) {
		fit = fitCoastToLand(coastal.map(project), land);
		log(
			`  ${label}: |distance| median ${fmt(fit.medianDistance)}, p90 ${fmt(fit.p90Distance)}; ` +
				`signed median ${fmt(fit.signedMedian)}\n` +
				`    best-fit shift E ${fmt(fit.dx)} N ${fmt(fit.dy)} → then ${fmt(fit.fittedOffset)} ` +
				`seaward (IQR ${fmt(fit.fittedSpread)} instead of ${fmt(fit.spread)})`
		);
	}
	if (fit!.shift > options.maxResidualShiftM) {
		throw new Error(
			`the converted coast still needs a ${fmt(fit!.shift)} m shift to fit the land coast`
		);
	}
	return fit!;
}

/** The vertices of district `name` that no other district has. */
export function coastalVertices(quantised: QuantisedDistrict[], name: string): Position[] {
	const district = quantised.find((d) => d.name === name);
	if (!district) throw new Error(`datum check: no district named ${name} in the source`);
	const shared = new Set<string>();
	for (const other of quantised) {
		if (other === district) continue;
		for (const [x, y] of other.polygons.flat(2)) shared.add(`${x},${y}`);
	}
	return district.polygons.flat(2).filter(([x, y]) => !shared.has(`${x},${y}`));
}

/**
 * How the `coast` vertices fit the boundary of the `land` rings (all in metres): the distances as
 * they are, and the translation with the least spread of signed distances, searched over ±1 km at
 * 40 m steps, then ±40 m at 4 m steps around the best.
 */
export function fitCoastToLand(coast: Position[], land: Position[][]): CoastFit {
	const segments = toSegmentArray(land);
	const distances = signedDistances(coast, segments, 0, 0);
	let best = { dx: 0, dy: 0, spread: Infinity, offset: NaN };
	for (const [range, step] of [
		[1000, 40],
		[40, 4]
	] as const) {
		const centre = best;
		for (let dx = centre.dx - range; dx <= centre.dx + range; dx += step) {
			for (let dy = centre.dy - range; dy <= centre.dy + range; dy += step) {
				const shifted = signedDistances(coast, segments, dx, dy);
				const spread = interquartileRange(shifted);
				if (spread < best.spread) best = { dx, dy, spread, offset: percentile(shifted, 0.5) };
			}
		}
	}
	const unsigned = distances.map(Math.abs);
	return {
		medianDistance: percentile(unsigned, 0.5),
		p90Distance: percentile(unsigned, 0.9),
		signedMedian: percentile(distances, 0.5),
		spread: interquartileRange(distances),
		dx: best.dx,
		dy: best.dy,
		shift: Math.hypot(best.dx, best.dy),
		fittedOffset: best.offset,
		fittedSpread: best.spread
	};
}

/** Flat [ax, ay, bx, by, …] array; the grid search evaluates ≈10⁸ point-segment pairs. */
function toSegmentArray(rings: Position[][]): Float64Array {
	const flat: number[] = [];
	for (const ring of rings) {
		for (let i = 1; i < ring.length; i++) flat.push(...ring[i - 1]!, ...ring[i]!);
	}
	return Float64Array.from(flat);
}

/** Distance of each shifted point to the land boundary; positive outside land (in the sea). */
function signedDistances(points: Position[], segments: Float64Array, dx: number, dy: number) {
	return points.map(([px, py]) => {
		const x = px + dx;
		const y = py + dy;
		let min = Infinity;
		let inside = false;
		for (let i = 0; i < segments.length; i += 4) {
			const ax = segments[i]!;
			const ay = segments[i + 1]!;
			const bx = segments[i + 2]!;
			const by = segments[i + 3]!;
			min = Math.min(min, segmentDistance(x, y, ax, ay, bx, by));
			if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
		}
		return inside ? -min : min;
	});
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number) {
	const dx = bx - ax;
	const dy = by - ay;
	const lengthSq = dx * dx + dy * dy;
	const t =
		lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSq));
	const ex = px - (ax + t * dx);
	const ey = py - (ay + t * dy);
	return Math.sqrt(ex * ex + ey * ey);
}

function interquartileRange(values: number[]): number {
	return percentile(values, 0.75) - percentile(values, 0.25);
}

function fmt(metres: number): string {
	return metres.toFixed(0);
}
