/**
 * The planner's analyses over 10,000 and 100,000 synthetic points, each against a Turf baseline in the
 * same run, on the same points:
 *
 * - dbscan (kdbush + cheap-ruler) against Turf `clustersDbscan`, same eps and minPoints; checks that
 *   both find the same number of clusters. Turf runs in a worker thread with a time budget, so a slow
 *   run is reported as "over N s" instead of holding up the bench.
 * - hexbin (arithmetic axial binning) against Turf `hexGrid` + counting with `booleanPointInPolygon`.
 *   A plain point-in-polygon loop over every hexagon would test each point against thousands of cells;
 *   the baseline is given a fair chance instead: a flatbush index over the hexagons' bounding boxes
 *   picks the 1–3 candidate hexagons per point, and booleanPointInPolygon decides.
 *
 * Run with `npm run bench:analysis`; it prints the table for docs/benchmarks.md.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import hexGrid from '@turf/hex-grid';
import Flatbush from 'flatbush';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { dbscan } from '../src/lib/analysis/dbscan';
import { hexbin } from '../src/lib/analysis/hexbin';
import { prng, timed } from './bench-utils';

type LngLat = [number, number];

const options = {
	seed: 20230213, // PRNG seed, so every run clusters and bins the same points
	sizes: [10_000, 100_000], // synthetic point counts
	bbox: [120.15, 35.95, 120.6, 36.25] as [number, number, number, number], // [west, south, east, north]
	clusteredShare: 0.6, // share of points drawn around blob centres; the rest are uniform over the bbox
	blobs: 150, // blob centres, uniform over the bbox
	blobSigmaM: 250, // standard deviation of a blob, metres
	epsM: 200, // dbscan radius, metres
	minPoints: 8, // dbscan minPoints (the point itself included, as in Turf)
	cellSideM: 500, // hexagon side, metres
	runs: 5, // timed runs of our functions; the median is reported
	turfRuns: 3, // timed runs of each Turf baseline at most
	turfBudgetS: 60 // wall time allowed for Turf's dbscan runs at one size, seconds
};

const [west, south, east, north] = options.bbox;
// Metres per degree at the bbox's middle latitude (36.1° N), for spreading blobs.
const metresPerDegLat = 111_000;
const metresPerDegLng = 111_000 * Math.cos((((south + north) / 2) * Math.PI) / 180);

function syntheticPoints(count: number): LngLat[] {
	const random = prng(options.seed + count);
	const uniform = (): LngLat => [
		west + random() * (east - west),
		south + random() * (north - south)
	];
	// Box–Muller: two uniforms to one standard normal.
	const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
	const centres = Array.from({ length: options.blobs }, uniform);
	const points: LngLat[] = [];
	while (points.length < count) {
		if (random() >= options.clusteredShare) {
			points.push(uniform());
			continue;
		}
		const [lng, lat] = centres[Math.floor(random() * centres.length)]!;
		const p: LngLat = [
			lng + (normal() * options.blobSigmaM) / metresPerDegLng,
			lat + (normal() * options.blobSigmaM) / metresPerDegLat
		];
		if (p[0] >= west && p[0] <= east && p[1] >= south && p[1] <= north) points.push(p);
	}
	return points;
}

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Our function: one untimed warm-up run, then `options.runs` timed ones. */
function measure<T>(run: () => T): { result: T; ms: number[] } {
	let result = run();
	const ms: number[] = [];
	for (let i = 0; i < options.runs; i++) {
		const t = timed(run);
		result = t.result;
		ms.push(t.ms);
	}
	return { result, ms };
}

interface TurfDbscanOutcome {
	ms: number[];
	clusters: number | null;
	noise: number | null;
	/** Set when the budget ran out during a run. */
	stoppedAfterS: number | null;
}

// The worker is plain CommonJS, so it needs no TypeScript loader; it times each run itself and posts
// after every run, so the runs finished before the budget ran out are kept.
const TURF_DBSCAN_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
const { clustersDbscan } = require('@turf/clusters-dbscan');
const { coords, epsM, minPoints, runs } = workerData;
const features = [];
for (let i = 0; i < coords.length; i += 2) {
	features.push({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [coords[i], coords[i + 1]] } });
}
const collection = { type: 'FeatureCollection', features };
for (let run = 0; run < runs; run++) {
	const start = performance.now();
	const result = clustersDbscan(collection, epsM, { units: 'meters', minPoints });
	const ms = performance.now() - start;
	const ids = new Set();
	let noise = 0;
	for (const f of result.features) {
		if (f.properties.cluster === undefined) noise++;
		else ids.add(f.properties.cluster);
	}
	parentPort.postMessage({ ms, clusters: ids.size, noise });
}
`;

function turfDbscan(points: readonly LngLat[]): Promise<TurfDbscanOutcome> {
	const coords = new Float64Array(points.flat());
	const outcome: TurfDbscanOutcome = { ms: [], clusters: null, noise: null, stoppedAfterS: null };
	return new Promise((resolve, reject) => {
		const worker = new Worker(TURF_DBSCAN_WORKER, {
			eval: true,
			workerData: {
				coords,
				epsM: options.epsM,
				minPoints: options.minPoints,
				runs: options.turfRuns
			}
		});
		const started = performance.now();
		const timer = setTimeout(() => {
			outcome.stoppedAfterS = (performance.now() - started) / 1000;
			void worker.terminate();
		}, options.turfBudgetS * 1000);
		worker.on('message', (message: { ms: number; clusters: number; noise: number }) => {
			outcome.ms.push(message.ms);
			outcome.clusters = message.clusters;
			outcome.noise = message.noise;
		});
		worker.on('error', (error) => {
			clearTimeout(timer);
			reject(error);
		});
		worker.on('exit', () => {
			clearTimeout(timer);
			resolve(outcome);
		});
	});
}

/** The baseline: Turf's grid, then each point tested against the hexagons whose bbox holds it. */
function turfHexCounts(points: readonly LngLat[]): { counted: number; nonEmpty: number } {
	const grid = hexGrid(options.bbox, options.cellSideM, { units: 'meters' });
	const index = new Flatbush(grid.features.length);
	for (const hexagon of grid.features) {
		const ring = hexagon.geometry.coordinates[0]!;
		const lngs = ring.map((p) => p[0]!);
		const lats = ring.map((p) => p[1]!);
		index.add(Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats));
	}
	index.finish();
	const counts = new Uint32Array(grid.features.length);
	let counted = 0;
	for (const p of points) {
		for (const i of index.search(p[0], p[1], p[0], p[1])) {
			if (booleanPointInPolygon(p, grid.features[i]!)) {
				counts[i]!++;
				counted++;
				break;
			}
		}
	}
	return { counted, nonEmpty: counts.filter((c) => c > 0).length };
}

const ms = (value: number) =>
	value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`;

const loadAtStart = loadavg()[0]!;
const lines: string[] = [];
const notes: string[] = [];
for (const size of options.sizes) {
	const points = syntheticPoints(size);

	const ours = measure(() => dbscan(points, { epsM: options.epsM, minPoints: options.minPoints }));
	const turf = await turfDbscan(points);
	const oursMs = median(ours.ms);
	const turfCell =
		turf.ms.length === 0
			? `skipped: over ${options.turfBudgetS} s`
			: `${ms(median(turf.ms))} (${turf.ms.length} run${turf.ms.length > 1 ? 's' : ''}${turf.stoppedAfterS ? `, stopped at ${options.turfBudgetS} s` : ''})`;
	const ratio = turf.ms.length ? `${(median(turf.ms) / oursMs).toFixed(0)}×` : '—';
	const agree =
		turf.clusters === null
			? 'not checked'
			: turf.clusters === ours.result.clusters.length
				? `yes: ${turf.clusters} clusters`
				: `NO: ${ours.result.clusters.length} vs ${turf.clusters}`;
	lines.push(
		`| dbscan, eps ${options.epsM} m, minPoints ${options.minPoints} | ${size.toLocaleString('en')} | ${ms(oursMs)} | ${turfCell} | ${ratio} | ${agree} |`
	);
	if (turf.noise !== null && turf.noise !== ours.result.noise) {
		notes.push(`${size}: noise ${ours.result.noise} (ours) vs ${turf.noise} (Turf)`);
	}

	const binned = measure(() =>
		hexbin(points, { cellSideM: options.cellSideM, bbox: options.bbox })
	);
	const baselineMs: number[] = [];
	let baseline = turfHexCounts(points);
	for (let i = 0; i < options.turfRuns; i++) {
		const t = timed(() => turfHexCounts(points));
		baseline = t.result;
		baselineMs.push(t.ms);
	}
	const hexes = binned.result.hexagons.features.length;
	lines.push(
		`| hexbin, ${options.cellSideM} m cells | ${size.toLocaleString('en')} | ${ms(median(binned.ms))} | ${ms(median(baselineMs))} (${baselineMs.length} runs) | ${(median(baselineMs) / median(binned.ms)).toFixed(0)}× | ${binned.result.binned} vs ${baseline.counted} points counted; ${hexes} vs ${baseline.nonEmpty} non-empty hexagons |`
	);
}

const cpu = cpus();
console.log(`date: ${new Date().toISOString().slice(0, 10)}`);
console.log(
	`machine: node ${process.version}, ${cpu[0]?.model ?? 'unknown cpu'} × ${cpu.length}, ${process.platform}-${process.arch}`
);
console.log(
	`load average (1 min) at start and end: ${loadAtStart.toFixed(2)}, ${loadavg()[0]!.toFixed(2)} — other processes share the CPU above ~0`
);
console.log(
	`points: ${options.clusteredShare * 100} % in ${options.blobs} Gaussian blobs (σ ${options.blobSigmaM} m), the rest uniform over [${options.bbox.join(', ')}]; seed ${options.seed}`
);
console.log(
	`runs: median of ${options.runs} (ours, after a warm-up run) and of up to ${options.turfRuns} (Turf; dbscan in a worker with a ${options.turfBudgetS} s budget per size)`
);
console.log('');
console.log('| analysis | points | ours (median) | Turf baseline (median) | ratio | agreement |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const line of lines) console.log(line);
if (notes.length) console.log(`\nnoise counts differ: ${notes.join('; ')}`);
