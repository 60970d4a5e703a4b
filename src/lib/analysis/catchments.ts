/**
 * Metro station catchments: for each station, the projects within walking distance and what they add up
 * to — how many, parking spaces, school places, floor area and every other metric.
 *
 * Stations are the metro layer's Point features: existing stations shown for context (`context: true`)
 * and the stations that are projects themselves. Projects are all located features except context ones;
 * a station is never in its own catchment, but a station that is a project does count in its neighbours'.
 *
 * A project is within a radius when its geometry comes that close: distance is to the nearest point of
 * the geometry — 0 inside a polygon, perpendicular to a line — by the same rule and code as "near me"
 * (find-nearby.ts: cheap-ruler, metres, `[lng, lat]` WGS-84). A project exactly at the radius is in.
 */
import type { ProjectFeature } from '../data/schema';
import { sumMetrics, type MetricTotals } from '../data/sum-metrics';
import type { MetricKey } from '../data/vocabulary';
import { buildNearbyIndex, findNearby } from './find-nearby';
import { isEstimated } from './representative-point';
import type { LngLat } from '$lib/geo/types';

export const CATCHMENT_DEFAULTS = {
	// Walking radii in metres: about 6 and 10 minutes on foot (800 m ≈ the half mile
	// of transit-oriented planning).
	radiiM: [500, 800] as readonly number[]
};

export type CatchmentOptions = typeof CATCHMENT_DEFAULTS;

/** A project in a catchment and its distance from the station in metres (0 inside a polygon). */
export interface CatchmentProject {
	id: string;
	distanceM: number;
}

/** What lies within one radius of a station. */
export interface Catchment {
	radiusM: number;
	/** Nearest first; equal distances by id. */
	projects: CatchmentProject[];
	count: number;
	/** parking_spaces_planned + parking_spaces_added over the projects. */
	parkingSpaces: number;
	/** school_places over the projects. */
	schoolPlaces: number;
	/** floor_area_m2 over the projects, m². */
	floorAreaM2: number;
	/** Every metric summed over the projects; metrics no project states are absent. */
	metrics: MetricTotals;
}

export interface CatchmentRow {
	stationId: string;
	name: { zh: string; en: string };
	/** An existing station shown for context, not a project of the programme. */
	context: boolean;
	/** `[lng, lat]`. */
	position: LngLat;
	/** One per radius, smallest radius first. */
	catchments: Catchment[];
}

export interface CatchmentsResult {
	/** One per station, in the order of the input features. */
	rows: CatchmentRow[];
	/** Features without a location (geometry null): neither stations nor projects. */
	skipped: number;
}

/** Computes the catchments of every metro station among `features`. Inputs are not modified. */
export function catchments(
	features: readonly ProjectFeature[],
	options: Partial<CatchmentOptions> = {}
): CatchmentsResult {
	const radiiM = checkRadii({ ...CATCHMENT_DEFAULTS, ...options }.radiiM);
	const projects = features.filter((f) => f.geometry !== null && !f.properties.context);
	const byId = new Map(projects.map((f) => [f.properties.id, f]));
	const index = buildNearbyIndex(projects);
	const widestM = radiiM[radiiM.length - 1]!;

	const rows: CatchmentRow[] = [];
	for (const station of features) {
		const { geometry, properties } = station;
		if (properties.layer !== 'metro' || geometry?.type !== 'Point') continue;
		const position: LngLat = [geometry.coordinates[0]!, geometry.coordinates[1]!];
		const hits = findNearby(index, position, widestM).filter((hit) => hit.id !== properties.id);
		rows.push({
			stationId: properties.id,
			name: { zh: properties.name.zh, en: properties.name.en },
			context: properties.context === true,
			position,
			catchments: radiiM.map((radiusM) => {
				const within = hits.filter((hit) => hit.distanceM <= radiusM);
				const metrics = sumMetrics(within.map((hit) => byId.get(hit.id)!.properties));
				return {
					radiusM,
					projects: within.map(({ id, distanceM }) => ({ id, distanceM })),
					count: within.length,
					parkingSpaces:
						(metrics.parking_spaces_planned?.value ?? 0) +
						(metrics.parking_spaces_added?.value ?? 0),
					schoolPlaces: metrics.school_places?.value ?? 0,
					floorAreaM2: metrics.floor_area_m2?.value ?? 0,
					metrics
				};
			})
		});
	}
	return { rows, skipped: features.filter((f) => f.geometry === null).length };
}

/** What rows can be sorted by: a catchment's count, one of its sums, or any metric. */
export type CatchmentSortKey =
	'count' | 'parkingSpaces' | 'schoolPlaces' | 'floorAreaM2' | MetricKey;

/**
 * The rows sorted by `key` within the catchment of `radiusM` (one of the radii they were computed
 * for), largest first unless `order` is 'ascending'; ties by station id. Returns a new array.
 */
export function sortCatchments(
	rows: readonly CatchmentRow[],
	key: CatchmentSortKey,
	radiusM: number,
	order: 'descending' | 'ascending' = 'descending'
): CatchmentRow[] {
	const valueOf = (row: CatchmentRow): number => {
		const catchment = row.catchments.find((c) => c.radiusM === radiusM);
		if (catchment === undefined) {
			const radii = row.catchments.map((c) => c.radiusM).join(', ');
			throw new RangeError(
				`sortCatchments: station "${row.stationId}" has no ${radiusM} m catchment; sort by one of the radii computed (${radii} m)`
			);
		}
		return key === 'count' ||
			key === 'parkingSpaces' ||
			key === 'schoolPlaces' ||
			key === 'floorAreaM2'
			? catchment[key]
			: (catchment.metrics[key]?.value ?? 0);
	};
	const sign = order === 'ascending' ? 1 : -1;
	return rows
		.map((row) => ({ row, value: valueOf(row) }))
		.sort(
			(a, b) =>
				sign * (a.value - b.value) ||
				(a.row.stationId < b.row.stationId ? -1 : a.row.stationId > b.row.stationId ? 1 : 0)
		)
		.map(({ row }) => row);
}

function checkRadii(radiiM: readonly number[]): number[] {
	const valid =
		Array.isArray(radiiM) &&
		radiiM.length > 0 &&
		radiiM.every((r) => typeof r === 'number' && Number.isFinite(r) && r > 0);
	if (!valid) {
		throw new RangeError(
			`catchments: radiiM must be a non-empty list of positive distances in metres, e.g. [500, 800]; got ${JSON.stringify(radiiM)}`
		);
	}
	return [...new Set(radiiM)].sort((a, b) => a - b);
}

/**
 * How many distinct projects the catchments count at one radius, and how many of those sit on estimated
 * positions (`location.confidence` "low", as the clusters count them): near a radius's edge such a
 * project may be counted, or missed, wrongly.
 */
export function estimatedCounted(
	rows: readonly CatchmentRow[],
	radiusM: number,
	feature: (id: string) => ProjectFeature | undefined
): { counted: number; estimated: number } {
	const counted = new Set<string>();
	for (const row of rows)
		for (const project of row.catchments.find((c) => c.radiusM === radiusM)?.projects ?? [])
			counted.add(project.id);
	const estimated = [...counted].filter((id) => {
		const found = feature(id);
		return found !== undefined && isEstimated(found);
	}).length;
	return { counted: counted.size, estimated };
}
