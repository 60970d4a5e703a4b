/**
 * The results the analysis state holds, and the computations behind them that are more than one call
 * of an analysis function: density classed in the palette's colours, the nearest-neighbour statistic
 * over the study area, and the catchments of the stations.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon } from 'geojson';
import { isEstimated } from '$lib/analysis/representative-point';
import type { CatchmentRow } from '$lib/analysis/catchments';
import type { ClarkEvansResult } from '$lib/analysis/clark-evans';
import type { ClusterSummary, DbscanResult } from '$lib/analysis/dbscan';
import { densityClasses, type DensityClass } from '$lib/analysis/density-classes';
import type { HexbinOptions, HexbinResult } from '$lib/analysis/hexbin';
import { CATCHMENT_RADII_M, PROJECT_STATIONS } from '$lib/analysis/settings';
import type { ProjectFeature } from '$lib/data/schema';
import type { AnalysedItem } from '$lib/export/export-analyses';
import { DENSITY_COLORS, DENSITY_ZERO_COLOR } from '$lib/style/map-palette';
import type { Analyses } from './load-analyses';

export interface ClusterResult {
	result: DbscanResult;
	summaries: ClusterSummary[];
}

export interface DensityResult {
	result: HexbinResult;
	classes: DensityClass[];
}

export type NearestResult =
	| {
			ok: true;
			result: ClarkEvansResult;
			/** Share of the measured locations that are approximate (low confidence), 0–1. */
			approximateShare: number;
	  }
	| { ok: false; inside: number; outside: number; unlocated: number };

/** The density classes' colours: the palette's viridis ramp, grey for hexagons whose value is 0. */
const DENSITY_RAMP = { colors: DENSITY_COLORS, zero: DENSITY_ZERO_COLOR };

/** Hexagonal bins of `inputs` and their classes. */
export function densityResult(
	analyses: Analyses,
	inputs: readonly ProjectFeature[],
	options: Partial<HexbinOptions>
): DensityResult {
	const result = analyses.hexbin(inputs, options);
	return {
		result,
		classes: densityClasses(
			result.hexagons.features.map((h) => h.properties.value),
			DENSITY_RAMP
		)
	};
}

/**
 * Clark–Evans over the inputs inside the study area (`items` describes them, in the same order), or
 * why it cannot be computed: fewer than two locations inside.
 */
export function nearestResult(
	analyses: Analyses,
	inputs: readonly ProjectFeature[],
	items: readonly AnalysedItem[],
	studyArea: MultiPolygon
): NearestResult {
	let inside = 0;
	let approximate = 0;
	let unlocated = 0;
	inputs.forEach((input, i) => {
		const point = items[i]!.point;
		if (point === null) unlocated++;
		else if (booleanPointInPolygon([...point], studyArea)) {
			inside++;
			if (isEstimated(input)) approximate++;
		}
	});
	if (inside < 2) {
		return { ok: false, inside, outside: inputs.length - inside - unlocated, unlocated };
	}
	return {
		ok: true,
		result: analyses.clarkEvans(inputs, studyArea),
		approximateShare: approximate / inside
	};
}

/** Ids of the stations catchments are measured from (see PROJECT_STATIONS for why these). */
export function stationIdsOf(features: readonly ProjectFeature[]): Set<string> {
	return new Set(
		features
			.filter((f) => f.properties.context || PROJECT_STATIONS.includes(f.properties.id))
			.map((f) => f.properties.id)
	);
}

/** One row per station of `stationIds` (taken from `features`), the `visible` projects within each radius. */
export function stationCatchments(
	analyses: Analyses,
	features: readonly ProjectFeature[],
	visible: readonly ProjectFeature[],
	stationIds: ReadonlySet<string>
): CatchmentRow[] {
	const shown = new Set(visible.map((f) => f.properties.id));
	// A station that is a project but filtered out is still measured from, not counted as a project.
	const stations = features
		.filter((f) => stationIds.has(f.properties.id) && !shown.has(f.properties.id))
		.map((f) =>
			f.properties.context ? f : { ...f, properties: { ...f.properties, context: true as const } }
		);
	const { rows } = analyses.catchments([...visible, ...stations], {
		radiiM: [...CATCHMENT_RADII_M]
	});
	return rows.filter((row) => stationIds.has(row.stationId));
}
