/**
 * Hexagonal bins: how many projects (or how much of one metric) fall in each hexagon of a lattice laid
 * over a bounding box. Only hexagons that hold something are returned, with the largest count and value
 * for the legend.
 *
 * Binning is arithmetic, O(n): each point is projected to a local plane in metres — equirectangular,
 * scaled by cheap-ruler's metres per degree at the bbox's middle latitude — and rounded to the nearest
 * hexagon centre in axial coordinates (flat-topped hexagons; the conversion and cube rounding are from
 * Amit Patel, "Hexagonal Grids", redblobgames.com/grids/hexagons). The hexagon polygons are mapped back
 * to `[lng, lat]` by the same linear scaling, so a point lies in its hexagon's polygon in degrees too.
 *
 * The lattice is anchored at the bbox's south-west corner: the same bbox and cell size give the same
 * hexagons whatever subset of projects is binned, so filtering does not make the hexagons jump.
 */
import CheapRuler from 'cheap-ruler';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import { QINGDAO_BBOX, type MetricKey } from '../data/vocabulary';
import type { Bounds, LngLat } from '$lib/geo/types';
import { isEstimated, representativePoints, type MetricFeature } from './representative-point';

export const HEXBIN_DEFAULTS = {
	cellSideM: 500, // side of a hexagon in metres (= centre to corner; Turf hexGrid's cellSide)
	bbox: QINGDAO_BBOX as Readonly<Bounds>, // area binned, [west, south, east, north]; points outside are left out
	metric: null as MetricKey | null // metric summed into `value`; null: value is the count
};

export type HexbinOptions = typeof HEXBIN_DEFAULTS;

/** The cell sides the map's slider offers, in metres; the function itself takes any size from 1 m. */
export const CELL_SIDE_M_RANGE = [250, 2000] as const;

export interface HexProperties {
	/** Axial coordinates of the hexagon in the lattice (column, diagonal row). */
	q: number;
	r: number;
	/** Located inputs in the hexagon. */
	count: number;
	/** The metric summed over them (missing values count as 0), or the count when no metric is set. */
	value: number;
}

export interface HexbinResult {
	/** Non-empty hexagons, `[lng, lat]` polygons with counterclockwise rings. */
	hexagons: FeatureCollection<Polygon, HexProperties>;
	/** Largest count and value over the hexagons (0 when there are none), for the legend. */
	maxCount: number;
	maxValue: number;
	/** Inputs binned. */
	binned: number;
	/** Of those, features whose position is an estimate (`location.confidence` "low"). */
	estimated: number;
	/** Located inputs outside the bbox, left out. */
	outside: number;
	/** Inputs without a location (geometry null), left out. */
	skipped: number;
}

const SQRT3 = Math.sqrt(3);

/**
 * Bins `[lng, lat]` positions or features (by their representative points) into hexagons with sides of
 * `cellSideM` metres. With `metric`, features' values of that metric are summed; positions then are
 * refused, since they carry no metrics. Inputs are not modified.
 */
export function hexbin(
	points: readonly (LngLat | MetricFeature)[],
	options: Partial<HexbinOptions> = {}
): HexbinResult {
	const { cellSideM, bbox, metric } = checkOptions({ ...HEXBIN_DEFAULTS, ...options });
	const { points: located, skipped } = representativePoints(points, 'hexbin');
	const [west, south, east, north] = bbox;
	const ruler = new CheapRuler((south + north) / 2, 'meters');

	// Hexagons are keyed by their rank in the bbox's lattice, a small integer (fast as a Map key):
	// inside the bbox q runs from -1 and r from rMin, rounding moving either by at most 1.
	const widthM = (east - west) * ruler.kx;
	const heightM = (north - south) * ruler.ky;
	const rMin = Math.floor(-widthM / (3 * cellSideM)) - 1;
	const rSpan = Math.ceil((SQRT3 * heightM) / (3 * cellSideM)) + 2 - rMin;
	const bins = new Map<number, HexProperties>();
	let binned = 0;
	let estimated = 0;
	let outside = 0;
	located.forEach((point, input) => {
		if (point === null) return;
		const [lng, lat] = point;
		if (lng < west || lng > east || lat < south || lat > north) {
			outside++;
			return;
		}
		const item = points[input]!;
		let weight = 1;
		if (metric !== null) {
			if (Array.isArray(item)) {
				throw new TypeError(
					`hexbin: points[${input}] is a position, which has no metrics; pass features to sum "${metric}", or leave options.metric unset to count`
				);
			}
			weight = (item as MetricFeature).properties.metrics[metric]?.value ?? 0;
		}
		const [q, r] = hexAt((lng - west) * ruler.kx, (lat - south) * ruler.ky, cellSideM);
		const key = (q + 1) * rSpan + (r - rMin);
		const bin = bins.get(key);
		if (bin === undefined) bins.set(key, { q, r, count: 1, value: weight });
		else {
			bin.count++;
			bin.value += weight;
		}
		binned++;
		if (isEstimated(item)) estimated++;
	});

	let maxCount = 0;
	let maxValue = 0;
	const features: Feature<Polygon, HexProperties>[] = [];
	for (const bin of bins.values()) {
		if (metric === null) bin.value = bin.count;
		// Round away binary noise from summing decimals (1.3 + 3.2 km) without hiding real decimals.
		else bin.value = Math.round(bin.value * 1e6) / 1e6;
		maxCount = Math.max(maxCount, bin.count);
		maxValue = Math.max(maxValue, bin.value);
		const ring: Position[] = hexCorners(bin.q, bin.r, cellSideM).map(([x, y]) => [
			west + x / ruler.kx,
			south + y / ruler.ky
		]);
		ring.push([...ring[0]!]);
		features.push({
			type: 'Feature',
			properties: bin,
			geometry: { type: 'Polygon', coordinates: [ring] }
		});
	}
	return {
		hexagons: { type: 'FeatureCollection', features },
		maxCount,
		maxValue,
		binned,
		estimated,
		outside,
		skipped
	};
}

/** The axial coordinates of the flat-topped hexagon (side `side`) containing plane point (x, y). */
function hexAt(x: number, y: number, side: number): [q: number, r: number] {
	const q = ((2 / 3) * x) / side;
	const r = ((-1 / 3) * x + (SQRT3 / 3) * y) / side;
	// Cube rounding: round all three cube coordinates, then recompute the one that moved most.
	const s = -q - r;
	let rq = Math.round(q);
	let rr = Math.round(r);
	const rs = Math.round(s);
	const dq = Math.abs(rq - q);
	const dr = Math.abs(rr - r);
	const ds = Math.abs(rs - s);
	if (dq > dr && dq > ds) rq = -rr - rs;
	else if (dr > ds) rr = -rq - rs;
	// `+ 0` turns -0 into 0, so keys and properties read "0".
	return [rq + 0, rr + 0];
}

/** The six corners of hexagon (q, r) in the plane, counterclockwise from the east corner. */
function hexCorners(q: number, r: number, side: number): [number, number][] {
	const cx = side * 1.5 * q;
	const cy = side * SQRT3 * (r + q / 2);
	const corners: [number, number][] = [];
	for (let i = 0; i < 6; i++) {
		const angle = (Math.PI / 3) * i;
		corners.push([cx + side * Math.cos(angle), cy + side * Math.sin(angle)]);
	}
	return corners;
}

function checkOptions(options: HexbinOptions): HexbinOptions {
	const { cellSideM, bbox } = options;
	if (typeof cellSideM !== 'number' || !Number.isFinite(cellSideM) || cellSideM < 1) {
		throw new RangeError(
			`hexbin: cellSideM must be a number of metres, at least 1 (the map offers ${CELL_SIDE_M_RANGE[0]}–${CELL_SIDE_M_RANGE[1]}); got ${String(cellSideM)}`
		);
	}
	const [west, south, east, north] = bbox ?? [];
	const valid =
		Array.isArray(bbox) &&
		bbox.length === 4 &&
		bbox.every(Number.isFinite) &&
		west! < east! &&
		south! < north! &&
		Math.abs(south!) <= 90 &&
		Math.abs(north!) <= 90;
	if (!valid) {
		throw new RangeError(
			`hexbin: bbox must be [west, south, east, north] in degrees with west < east and south < north; got ${JSON.stringify(bbox)}`
		);
	}
	return options;
}
