/**
 * "Near me" over 100,000 synthetic features: findNearby (a flatbush index, cheap-ruler distances) against a
 * plain linear scan with Turf, in the same run, on the same queries, checking that both find the same ids;
 * and against findNearby's earlier version, which sorted every hit as an object (find-nearby-sort-all.ts),
 * checking that both return exactly the same hits in the same order.
 * Run with `npm run bench:nearby`; the budget is "well under a millisecond per query" (docs/benchmarks.md).
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import turfDistance from '@turf/distance';
import pointToLineDistance from '@turf/point-to-line-distance';
import CheapRuler from 'cheap-ruler';
import { cpus, loadavg } from 'node:os';
import { buildNearbyIndex, findNearby } from '../src/lib/analysis/find-nearby';
import { prng, timed } from './bench-utils';
import { findNearbySortAll } from './find-nearby-sort-all';

type LngLat = [number, number];

const options = {
	seed: 20230213, // PRNG seed, so every run builds the same features and asks the same queries
	featureCount: 100_000, // synthetic features
	bbox: [120.15, 35.95, 120.6, 36.25] as const, // [west, south, east, north]: Qingdao's urban area
	shares: { point: 0.6, line: 0.2, polygon: 0.2 }, // mix of geometry types
	lineStepM: [20, 150] as const, // length of each of a line's 1–3 segments, metres
	polygonRadiusM: [20, 120] as const, // distance of a small polygon's 5–8 vertices from its centre, metres
	radiusM: [250, 3000] as const, // query radius range, as in the map's UI
	queries: 200, // timed findNearby queries
	rounds: 5, // the queries are timed this many times over, for steadier quantiles on a shared machine
	baselineQueries: 20, // the first 20 of them also run through the Turf scan: it takes 1–2 s per query
	warmupQueries: 50, // untimed findNearby queries first, so the JIT has compiled it
	baselineWarmupQueries: 2, // untimed Turf scans first, likewise
	buildRuns: 5 // the index is built this many times; the median is reported
};

const random = prng(options.seed);
const between = ([min, max]: readonly [number, number]) => min + random() * (max - min);
const [west, south, east, north] = options.bbox;
const ruler = new CheapRuler((south + north) / 2, 'meters');
const randomPoint = (): LngLat => [between([west, east]), between([south, north])];

function syntheticGeometry(): GeoJSON.Geometry {
	const start = randomPoint();
	const kind = random();
	if (kind < options.shares.point) return { type: 'Point', coordinates: start };
	if (kind < options.shares.point + options.shares.line) {
		const line = [start];
		for (let i = 1 + Math.floor(random() * 3); i > 0; i--) {
			line.push(ruler.destination(line.at(-1)!, between(options.lineStepM), random() * 360));
		}
		return { type: 'LineString', coordinates: line };
	}
	const vertices = 5 + Math.floor(random() * 4);
	const radiusM = between(options.polygonRadiusM);
	const ring = Array.from({ length: vertices }, (_, i) =>
		ruler.destination(start, radiusM * (0.7 + 0.3 * random()), (360 * i) / vertices)
	);
	return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
}

/** The brute force of find-nearby.test.ts: Turf's geodesic distance to every feature. */
function turfDistanceM(center: LngLat, geometry: GeoJSON.Geometry): number {
	const toLine = (coordinates: GeoJSON.Position[]) =>
		pointToLineDistance(center, { type: 'LineString', coordinates }, { units: 'meters' });
	switch (geometry.type) {
		case 'Point':
			return turfDistance(center, geometry.coordinates, { units: 'meters' });
		case 'LineString':
			return toLine(geometry.coordinates);
		case 'Polygon':
			return booleanPointInPolygon(center, geometry)
				? 0
				: Math.min(...geometry.coordinates.map(toLine));
		default:
			throw new Error(`the bench generates no ${geometry.type}`);
	}
}

function turfScan(center: LngLat, radiusM: number): Map<string, number> {
	const hits = new Map<string, number>();
	for (const feature of features) {
		const distanceM = turfDistanceM(center, feature.geometry);
		if (distanceM <= radiusM) hits.set(feature.properties.id, distanceM);
	}
	return hits;
}

function quantile(values: readonly number[], q: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const features = Array.from({ length: options.featureCount }, (_, i) => ({
	geometry: syntheticGeometry(),
	properties: { id: `f${i}` }
}));
const queries = Array.from({ length: options.warmupQueries + options.queries }, () => ({
	center: randomPoint(),
	radiusM: between(options.radiusM)
}));

const buildMs: number[] = [];
let index = buildNearbyIndex(features);
for (let run = 0; run < options.buildRuns; run++) {
	const build = timed(() => buildNearbyIndex(features));
	index = build.result;
	buildMs.push(build.ms);
}

const warmup = queries.slice(0, options.warmupQueries);
for (const { center, radiusM } of warmup) findNearby(index, center, radiusM);
for (const { center, radiusM } of warmup.slice(0, options.baselineWarmupQueries)) {
	turfScan(center, radiusM);
}

for (const { center, radiusM } of warmup) findNearbySortAll(index, center, radiusM);

const measured = queries.slice(options.warmupQueries);
// The two versions of the query take turns, query by query, so that a busy moment on a shared machine
// falls on both alike.
const indexRuns = measured.map(({ center, radiusM }) =>
	timed(() => findNearby(index, center, radiusM))
);
const sortAllRuns = measured.map(({ center, radiusM }) =>
	timed(() => findNearbySortAll(index, center, radiusM))
);
const indexMs = indexRuns.map((run) => run.ms);
const sortAllMs = sortAllRuns.map((run) => run.ms);
for (let round = 1; round < options.rounds; round++) {
	for (const { center, radiusM } of measured) {
		indexMs.push(timed(() => findNearby(index, center, radiusM)).ms);
		sortAllMs.push(timed(() => findNearbySortAll(index, center, radiusM)).ms);
	}
}
const differentFromSortAll = measured.filter(
	(_, i) => JSON.stringify(indexRuns[i]!.result) !== JSON.stringify(sortAllRuns[i]!.result)
).length;
const scanRuns = measured
	.slice(0, options.baselineQueries)
	.map(({ center, radiusM }) => timed(() => turfScan(center, radiusM)));

// The two must find the same features, except those whose distance is within the earth models'
// difference of the radius, and agree on distances within that difference (Turf's sphere against
// cheap-ruler's ellipsoid: 0.25 % + 0.1 m, derived in find-nearby.test.ts).
const toleranceM = (distanceM: number) => 0.0025 * distanceM + 0.1;
let edgeCases = 0;
const mismatches: string[] = [];
for (const [i, scan] of scanRuns.entries()) {
	const { center, radiusM } = measured[i]!;
	const found = new Map(indexRuns[i]!.result.map((hit) => [hit.id, hit.distanceM]));
	for (const feature of features) {
		const { id } = feature.properties;
		const indexM = found.get(id);
		const turfM = scan.result.get(id);
		if (indexM !== undefined && turfM !== undefined) {
			if (Math.abs(indexM - turfM) > toleranceM(turfM)) {
				mismatches.push(`query ${i}: ${id} at ${indexM} m by the index, ${turfM} m by Turf`);
			}
		} else if (indexM !== undefined || turfM !== undefined) {
			const distanceM = turfM ?? turfDistanceM(center, feature.geometry);
			if (Math.abs(distanceM - radiusM) <= toleranceM(radiusM)) edgeCases++;
			else
				mismatches.push(
					`query ${i}: ${id} at ${distanceM} m found by one only, radius ${radiusM} m`
				);
		}
	}
}

const scanMs = scanRuns.map((run) => run.ms);
/** Timings (all rounds) of `allMs` and hit counts for queries whose radius is in [fromM, toM). */
function band(allMs: readonly number[], fromM: number, toM: number) {
	const picked = measured.flatMap(({ radiusM }, i) =>
		radiusM >= fromM && radiusM < toM ? [i] : []
	);
	const ms = picked.flatMap((i) =>
		Array.from({ length: options.rounds }, (_, round) => allMs[round * measured.length + i]!)
	);
	return { ms, hits: picked.map((i) => indexRuns[i]!.result.length) };
}
const hitCounts = indexRuns.map((run) => run.result.length);
const cpu = cpus();
const row = (name: string, queries: number, ms: number[]) =>
	`| ${name} | ${queries} | ${ms.length} | ${quantile(ms, 0.5).toFixed(3)} | ${quantile(ms, 0.95).toFixed(3)} |`;

console.log(`date: ${new Date().toISOString().slice(0, 10)}`);
console.log(
	`machine: node ${process.version}, ${cpu[0]?.model ?? 'unknown cpu'} × ${cpu.length}, ${process.platform}-${process.arch}, load average ${loadavg()
		.map((load) => load.toFixed(1))
		.join(' / ')} (1 / 5 / 15 min)`
);
console.log(
	`features: ${features.length.toLocaleString('en')} (points ${options.shares.point * 100} %, lines ${options.shares.line * 100} %, polygons ${options.shares.polygon * 100} %), seed ${options.seed}`
);
console.log(
	`index build: median ${quantile(buildMs, 0.5).toFixed(1)} ms over ${options.buildRuns} builds`
);
console.log(`hits per query: median ${quantile(hitCounts, 0.5)}, max ${Math.max(...hitCounts)}`);
console.log(
	`baseline: the Turf scan runs on the first ${scanRuns.length} of the ${indexRuns.length} queries only, to keep the run short`
);
console.log('');
console.log('| method | queries | timings | median ms | p95 ms |');
console.log('| --- | --- | --- | --- | --- |');
console.log(row('findNearby (flatbush + cheap-ruler, bucket sort)', indexRuns.length, indexMs));
console.log(
	row('findNearby before (every hit sorted as an object)', sortAllRuns.length, sortAllMs)
);
console.log(row('linear scan with Turf (baseline)', scanRuns.length, scanMs));
console.log('');
console.log(
	'| radius | queries | median hits | median ms | p95 ms | before: median ms | before: p95 ms |'
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const [fromM, toM] of [
	[250, 1000],
	[1000, 2000],
	[2000, 3000]
] as const) {
	const { ms, hits } = band(indexMs, fromM, toM);
	const before = band(sortAllMs, fromM, toM).ms;
	console.log(
		`| ${fromM}–${toM} m | ${hits.length} | ${quantile(hits, 0.5)} | ${quantile(ms, 0.5).toFixed(3)} | ${quantile(ms, 0.95).toFixed(3)} | ${quantile(before, 0.5).toFixed(3)} | ${quantile(before, 0.95).toFixed(3)} |`
	);
}
console.log('');
console.log(
	`median ratio: the index is ${(quantile(scanMs, 0.5) / quantile(indexMs, 0.5)).toFixed(0)}× faster than the scan`
);
console.log(
	`same ids and distances: ${mismatches.length === 0 ? 'yes' : 'NO'} on ${scanRuns.length} queries (${edgeCases} features within 0.25 % + 0.1 m of the radius set aside)`
);
console.log(
	`same hits, order and distances as before: ${differentFromSortAll === 0 ? 'yes' : 'NO'} on all ${measured.length} queries`
);
if (differentFromSortAll > 0) {
	console.error(`${differentFromSortAll} queries differ from findNearby before`);
	process.exitCode = 1;
}
if (mismatches.length > 0) {
	console.error(mismatches.slice(0, 20).join('\n'));
	process.exitCode = 1;
}
