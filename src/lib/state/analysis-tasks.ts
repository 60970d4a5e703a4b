/**
 * The analyses the panel shows, as requests with plain data in and plain results out: what the
 * analysis worker (`analysis.worker.ts`) answers, and what the page computes itself where a worker
 * cannot start. The functions load when first asked (docs/ARCHITECTURE.md, "Workers").
 */
import type { MultiPolygon } from 'geojson';
import type { CatchmentRow } from '$lib/analysis/catchments';
import type { HexbinOptions } from '$lib/analysis/hexbin';
import type { ProjectFeature } from '$lib/data/schema';
import type { AnalysedItem } from '$lib/export/export-analyses';
import {
	densityResult,
	nearestResult,
	stationCatchments,
	type ClusterResult,
	type DensityResult,
	type NearestResult
} from './analysis-results';
import { loadAnalyses, type Analyses } from './load-analyses';

let loaded: Promise<Analyses> | undefined;
const analyses = () => (loaded ??= loadAnalyses());

export const analysisTasks = {
	async clusters({
		inputs,
		epsM,
		minPoints
	}: {
		inputs: ProjectFeature[];
		epsM: number;
		minPoints: number;
	}): Promise<ClusterResult> {
		const { dbscan, clusterSummaries } = await analyses();
		const result = dbscan(inputs, { epsM, minPoints });
		return { result, summaries: clusterSummaries(inputs, result) };
	},

	async density({
		inputs,
		options
	}: {
		inputs: ProjectFeature[];
		options: Partial<HexbinOptions>;
	}): Promise<DensityResult> {
		return densityResult(await analyses(), inputs, options);
	},

	async nearest({
		inputs,
		items,
		studyArea
	}: {
		inputs: ProjectFeature[];
		items: AnalysedItem[];
		studyArea: MultiPolygon;
	}): Promise<NearestResult> {
		return nearestResult(await analyses(), inputs, items, studyArea);
	},

	async catchments({
		features,
		visible,
		stationIds
	}: {
		features: ProjectFeature[];
		visible: ProjectFeature[];
		stationIds: string[];
	}): Promise<CatchmentRow[]> {
		return stationCatchments(await analyses(), features, visible, new Set(stationIds));
	}
};

export type AnalysisTasks = typeof analysisTasks;
