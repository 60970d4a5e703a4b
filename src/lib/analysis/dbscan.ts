/**
 * Density-based clusters of projects (DBSCAN: Ester, Kriegel, Sander & Xu 1996, "A density-based
 * algorithm for discovering clusters in large spatial databases with noise", KDD-96).
 *
 * A point is a core point when at least `minPoints` points — itself included, as in the paper and in
 * Turf's `clustersDbscan` — lie within `epsM` metres of it. Clusters are the core points linked by
 * chains of neighbours, plus the border points within `epsM` of a core point; everything else is noise.
 * A border point within reach of two clusters joins the one found first, scanning inputs in order —
 * the same rule as Turf, so the two give the same partition for the same distances.
 *
 * Coordinates are `[lng, lat]` in WGS-84 degrees; features are reduced to their representative point
 * (representative-point.ts). Distances are cheap-ruler's, fitted at the middle latitude of the data —
 * exact enough at city scale, not meant for data spanning the antimeridian. Points go into a kdbush
 * index in a plane scaled by cheap-ruler's metres per degree, where kdbush's radius query is exactly
 * the cheap-ruler neighbourhood, so the work grows with n times the neighbourhood size, not n².
 */
import convex from '@turf/convex';
import CheapRuler from 'cheap-ruler';
import type { Feature, Polygon } from 'geojson';
import KDBush from 'kdbush';
import type { LngLat } from '$lib/geo/types';
import type { ProjectFeature } from '../data/schema';
import { sumMetrics, type MetricTotals } from '../data/sum-metrics';
import {
	isEstimated,
	representativePoint,
	representativePoints,
	type PointInput
} from './representative-point';

export const DBSCAN_DEFAULTS = {
	epsM: 500, // neighbourhood radius in metres (the UI offers EPS_M_RANGE)
	minPoints: 3 // neighbours, the point itself included, that make a core point (Turf's default too)
};

export type DbscanOptions = typeof DBSCAN_DEFAULTS;

/** The radii the map's slider offers, in metres; the function itself takes any positive radius. */
export const EPS_M_RANGE = [100, 2000] as const;

/** What DBSCAN made of an input; `unlocated` inputs (features without geometry) were left out. */
export type DbscanRole = 'core' | 'border' | 'noise' | 'unlocated';

export interface DbscanCluster {
	/** 0, 1, … in the order the clusters were found. */
	id: number;
	/** Indices into the input, ascending. */
	members: number[];
}

export interface DbscanResult {
	/** Per input, in input order: its cluster id, or -1 for noise and for unlocated inputs. */
	clusterIds: number[];
	/** Per input, in input order. */
	roles: DbscanRole[];
	clusters: DbscanCluster[];
	/** Located inputs in no cluster. */
	noise: number;
	/** Inputs without a location (geometry null), not clustered. */
	skipped: number;
}

const UNVISITED = -2;
const NOISE = -1;

/**
 * Clusters `[lng, lat]` positions or features (by their representative points) with DBSCAN, distances
 * in metres. Inputs are not modified.
 */
export function dbscan(
	points: readonly PointInput[],
	options: Partial<DbscanOptions> = {}
): DbscanResult {
	const { epsM, minPoints } = checkOptions({ ...DBSCAN_DEFAULTS, ...options });
	const { points: located, skipped } = representativePoints(points, 'dbscan');

	// The index holds only located inputs; inputOf maps an index id back to the input.
	const inputOf: number[] = [];
	located.forEach((point, input) => {
		if (point !== null) inputOf.push(input);
	});
	const labels = new Int32Array(points.length).fill(UNVISITED);
	const core = new Uint8Array(points.length);
	const clusters: DbscanCluster[] = [];

	if (inputOf.length > 0) {
		const at = (input: number) => located[input]!;
		let south = Infinity;
		let north = -Infinity;
		for (const input of inputOf) {
			south = Math.min(south, at(input)[1]);
			north = Math.max(north, at(input)[1]);
		}
		// Scaled by cheap-ruler's metres per degree, the plane's straight-line distance is cheap-ruler's
		// distance, so kdbush's own radius test is the exact neighbourhood test.
		const { kx, ky } = new CheapRuler((south + north) / 2, 'meters');
		const index = new KDBush(inputOf.length);
		for (const input of inputOf) index.add(at(input)[0] * kx, at(input)[1] * ky);
		index.finish();
		const found = new Uint32Array(inputOf.length);
		/** Writes the index ids of the neighbours of `input` into `found`; returns how many. */
		const neighbours = (input: number): number =>
			index.withinInto(at(input)[0] * kx, at(input)[1] * ky, epsM, found);

		for (const seed of inputOf) {
			if (labels[seed] !== UNVISITED) continue;
			const count = neighbours(seed);
			if (count < minPoints) {
				labels[seed] = NOISE;
				continue;
			}
			const id = clusters.length;
			clusters.push({ id, members: [] });
			labels[seed] = id;
			core[seed] = 1;
			const queue: number[] = [];
			const claim = (neighbourCount: number) => {
				for (let i = 0; i < neighbourCount; i++) {
					const other = inputOf[found[i]!]!;
					// Noise was already measured and is not core: it becomes a border point here.
					if (labels[other] === NOISE) labels[other] = id;
					else if (labels[other] === UNVISITED) {
						labels[other] = id;
						queue.push(other);
					}
				}
			};
			claim(count);
			while (queue.length > 0) {
				const next = queue.pop()!;
				const reach = neighbours(next);
				if (reach >= minPoints) {
					core[next] = 1;
					claim(reach);
				}
			}
		}
	}

	const clusterIds: number[] = [];
	const roles: DbscanRole[] = [];
	let noise = 0;
	for (let input = 0; input < points.length; input++) {
		const label = labels[input]!;
		if (located[input] === null) {
			clusterIds.push(NOISE);
			roles.push('unlocated');
		} else if (label === NOISE) {
			clusterIds.push(NOISE);
			roles.push('noise');
			noise++;
		} else {
			clusterIds.push(label);
			roles.push(core[input] ? 'core' : 'border');
			clusters[label]!.members.push(input);
		}
	}
	return { clusterIds, roles, clusters, noise, skipped };
}

/** What a cluster of projects holds and where it is. */
export interface ClusterSummary {
	id: number;
	count: number;
	/** The members' project ids, in input order. */
	projectIds: string[];
	/** Each metric summed over the members; metrics no member states are absent. */
	metrics: MetricTotals;
	/**
	 * Convex hull of the members' representative points, `[lng, lat]` rings. null when they span no
	 * area — fewer than three distinct points, or all on one line (several projects share an area's
	 * anchor point in this data): no hull is drawn rather than an invented buffer, and the map shows
	 * the centroid instead.
	 */
	hull: Feature<Polygon> | null;
	/** Mean of the members' representative points, `[lng, lat]`. */
	centroid: LngLat;
	/** Members whose location is an estimate (confidence low), drawn hollow on the map. */
	approximate: number;
	/**
	 * Groups of two or more members on the very same point, largest first — in this data, projects
	 * placed at one area's anchor: their distance of 0 m makes the cluster look tighter than it is.
	 */
	shared: SharedPoint[];
}

/** Members of a cluster that sit on one point. */
export interface SharedPoint {
	at: LngLat;
	projectIds: string[];
	/** Every member here has an estimated location. */
	approximate: boolean;
}

/**
 * Summarises each cluster of `result`, which must come from `dbscan(features)` on these same
 * features in the same order.
 */
export function clusterSummaries(
	features: readonly ProjectFeature[],
	result: DbscanResult
): ClusterSummary[] {
	if (features.length !== result.clusterIds.length) {
		throw new RangeError(
			`clusterSummaries: got ${features.length} features for a result over ${result.clusterIds.length} inputs; pass the same features, in the same order, that were given to dbscan`
		);
	}
	return result.clusters.map(({ id, members }) => {
		const memberFeatures = members.map((input) => features[input]!);
		const points = memberFeatures.map((feature) => {
			const point = representativePoint(feature.geometry);
			if (point === null) {
				throw new RangeError(
					`clusterSummaries: feature "${feature.properties.id}" has no location but is in cluster ${id}; pass the features that were given to dbscan`
				);
			}
			return point;
		});
		return {
			id,
			count: members.length,
			projectIds: memberFeatures.map((feature) => feature.properties.id),
			metrics: sumMetrics(memberFeatures.map((feature) => feature.properties)),
			hull: hullOf(points),
			approximate: memberFeatures.filter(isEstimated).length,
			shared: sharedPoints(memberFeatures, points),
			centroid: [
				points.reduce((sum, [lng]) => sum + lng, 0) / points.length,
				points.reduce((sum, [, lat]) => sum + lat, 0) / points.length
			]
		};
	});
}

/** Members that share a representative point exactly, in groups of two or more, largest first. */
function sharedPoints(
	members: readonly ProjectFeature[],
	points: readonly LngLat[]
): SharedPoint[] {
	const byPoint = new Map<string, number[]>();
	points.forEach(([lng, lat], i) => {
		const key = `${lng},${lat}`;
		byPoint.set(key, [...(byPoint.get(key) ?? []), i]);
	});
	return [...byPoint.values()]
		.filter((group) => group.length > 1)
		.sort((a, b) => b.length - a.length || a[0]! - b[0]!)
		.map((group) => ({
			at: points[group[0]!]!,
			projectIds: group.map((i) => members[i]!.properties.id),
			approximate: group.every((i) => isEstimated(members[i]!))
		}));
}

/**
 * Turf's hull as an RFC 7946 polygon: exterior ring counterclockwise (Turf's comes clockwise), or null
 * when it encloses no area (Turf returns a sliver for nearly collinear points).
 */
function hullOf(points: readonly LngLat[]): Feature<Polygon> | null {
	const hull = convex({ type: 'MultiPoint', coordinates: points.map(([lng, lat]) => [lng, lat]) });
	const ring = hull?.geometry.coordinates[0];
	if (!ring) return null;
	let twiceArea = 0;
	for (let i = 1; i < ring.length; i++) {
		twiceArea += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
	}
	// 1e-14 square degrees is about a square centimetre.
	if (Math.abs(twiceArea) < 1e-14) return null;
	const exterior = twiceArea > 0 ? ring : [...ring].reverse();
	return {
		type: 'Feature',
		properties: {},
		geometry: { type: 'Polygon', coordinates: [exterior] }
	};
}

function checkOptions(options: DbscanOptions): DbscanOptions {
	const { epsM, minPoints } = options;
	if (typeof epsM !== 'number' || !Number.isFinite(epsM) || epsM <= 0) {
		throw new RangeError(
			`dbscan: epsM must be a positive number of metres (the map offers ${EPS_M_RANGE[0]}–${EPS_M_RANGE[1]}); got ${String(epsM)}`
		);
	}
	if (!Number.isInteger(minPoints) || minPoints < 1) {
		throw new RangeError(
			`dbscan: minPoints must be a whole number ≥ 1 (it counts the point itself); got ${String(minPoints)}`
		);
	}
	return options;
}
