/**
 * The planner analyses' state: the settings of each analysis, their results derived from the
 * explorer's filtered projects (and, on request, the user's own layers), the chosen cluster or station
 * and the area to frame. Plain results only: the map builds its overlay from them
 * (map/overlays/analysis-overlays.svelte.ts). The user's layers, their import and storage are in
 * `user-layers.svelte.ts`. One instance per page, shared with components through a typed context,
 * like the explorer's.
 *
 * The analysis functions load when first needed (`start()`, called by the panel when it opens; see
 * load-analyses.ts). Results are `$derived`, so only the analysis on screen is ever computed.
 */
import { getContext, setContext } from 'svelte';
import type { MultiPolygon } from 'geojson';
import { breakdowns } from '$lib/analysis/breakdowns';
import type { CatchmentRow, CatchmentSortKey } from '$lib/analysis/catchments';
import type { ClusterSummary } from '$lib/analysis/dbscan';
import {
	CATCHMENT_RADII_M,
	CELL_SIDE_M,
	type AnalysisMode,
	EPS_M,
	MIN_POINTS,
	type CatchmentRadiusM
} from '$lib/analysis/settings';
import { loadStudyArea } from '$lib/analysis/study-area';
import type { ProjectFeature } from '$lib/data/schema';
import { isAdditive, type MetricKey } from '$lib/data/vocabulary';
import type { AnalysedItem } from '$lib/export/export-analyses';
import { boundsAround } from '$lib/geo/bounds';
import type { Bounds } from '$lib/geo/types';
import type { AnalysisView } from '$lib/view-state/analysis-view';
import { analysedItems, userInputs } from './analysis-inputs';
import {
	densityResult,
	nearestResult,
	stationCatchments,
	stationIdsOf,
	type ClusterResult,
	type DensityResult,
	type NearestResult
} from './analysis-results';
import type { Explorer } from './explorer.svelte';
import { loadAnalyses, type Analyses } from './load-analyses';
import { UserLayers } from './user-layers.svelte';

export { ANALYSIS_MODES, type AnalysisMode } from '$lib/analysis/settings';

export class Analysis {
	readonly #explorer: Explorer;
	/** The user's own layers: listed, imported and kept in this browser there. */
	readonly userLayers: UserLayers;

	mode = $state<AnalysisMode>('clusters');
	/** DBSCAN's neighbourhood radius, metres. */
	epsM = $state<number>(EPS_M.initial);
	/** DBSCAN's minimum cluster size, the point itself included. */
	minPoints = $state<number>(MIN_POINTS.initial);
	/** Hexagon side, metres. */
	cellSideM = $state<number>(CELL_SIDE_M.initial);
	/** The metric hexagons sum, or null to count projects. */
	densityMetric = $state<MetricKey | null>(null);
	/** Whether the user's layers join the clustering, density and nearest-neighbour analyses. */
	includeUserLayers = $state(false);
	catchmentRadiusM = $state<CatchmentRadiusM>(CATCHMENT_RADII_M[0]);
	catchmentSort = $state<{ key: CatchmentSortKey; order: 'descending' | 'ascending' }>({
		key: 'count',
		order: 'descending'
	});
	/**
	 * The chosen cluster, by the id of its first member: cluster numbers change with the settings, but
	 * the cluster holding that project stays chosen.
	 */
	selectedClusterKey = $state<string | undefined>();
	selectedStationId = $state<string | undefined>();
	/** An area for the map to show; each new value moves the camera. */
	frame = $state.raw<Bounds | undefined>();

	/** The analysis functions, once loaded. */
	analyses = $state.raw<Analyses | undefined>();
	analysesFailed = $state(false);
	studyArea = $state.raw<MultiPolygon | undefined>();
	studyAreaFailed = $state(false);

	constructor(explorer: Explorer, userLayers: UserLayers = new UserLayers()) {
		this.#explorer = explorer;
		this.userLayers = userLayers;
	}

	get lang() {
		return this.#explorer.lang;
	}

	// Inputs ---------------------------------------------------------------------------------------

	// Fields that read the explorer or the user's layers use `$derived.by(() => …)`: both are set in
	// the constructor, after the fields, and TypeScript accepts reading them inside a function (the
	// derived runs lazily).

	/** The user's features, each with the stand-in the analyses take. */
	#userInputs = $derived.by(() => userInputs(this.userLayers.list));

	userFeatureCount = $derived(this.#userInputs.length);

	/**
	 * What clustering, density and the nearest-neighbour statistic take: the filtered projects, then
	 * the user's features when included.
	 */
	inputs = $derived.by((): ProjectFeature[] => [
		...this.#explorer.visible,
		...(this.includeUserLayers ? this.#userInputs.map((u) => u.input) : [])
	]);

	/** The same inputs described for lists and exports, in the same order. */
	items = $derived.by((): AnalysedItem[] =>
		analysedItems(this.#explorer.visible, this.includeUserLayers ? this.#userInputs : [])
	);

	#itemById = $derived(new Map(this.items.map((item) => [item.id, item])));
	item = (id: string): AnalysedItem | undefined => this.#itemById.get(id);

	// Results --------------------------------------------------------------------------------------

	clusters = $derived.by((): ClusterResult | undefined => {
		const analyses = this.analyses;
		if (!analyses) return undefined;
		const result = analyses.dbscan(this.inputs, { epsM: this.epsM, minPoints: this.minPoints });
		return { result, summaries: analyses.clusterSummaries(this.inputs, result) };
	});

	selectedCluster = $derived(
		this.selectedClusterKey === undefined
			? undefined
			: this.clusters?.summaries.find((s) => s.projectIds.includes(this.selectedClusterKey!))
	);

	density = $derived.by((): DensityResult | undefined =>
		this.analyses
			? densityResult(this.analyses, this.inputs, {
					cellSideM: this.cellSideM,
					metric: this.densityMetric
				})
			: undefined
	);

	nearest = $derived.by((): NearestResult | undefined => {
		const { analyses, studyArea } = this;
		if (!analyses || !studyArea) return undefined;
		return nearestResult(analyses, this.inputs, this.items, studyArea);
	});

	nearestSentence = $derived(
		this.analyses && this.nearest?.ok
			? this.analyses.describeClarkEvans(this.nearest.result, this.lang, {
					approximateShare: this.nearest.approximateShare
				})
			: undefined
	);

	/** Ids of the stations catchments are measured from (see PROJECT_STATIONS for why these). */
	stationIds = $derived.by(() => stationIdsOf(this.#explorer.features));

	/** One row per station, the filtered projects within each radius. */
	catchments = $derived.by((): CatchmentRow[] | undefined =>
		this.analyses
			? stationCatchments(
					this.analyses,
					this.#explorer.features,
					this.#explorer.visible,
					this.stationIds
				)
			: undefined
	);

	sortedCatchments = $derived(
		this.analyses && this.catchments
			? this.analyses.sortCatchments(
					this.catchments,
					this.catchmentSort.key,
					this.catchmentRadiusM,
					this.catchmentSort.order
				)
			: []
	);

	selectedStation = $derived(this.catchments?.find((r) => r.stationId === this.selectedStationId));

	breakdowns = $derived.by(() => breakdowns(this.#explorer.visible));

	// Actions --------------------------------------------------------------------------------------

	/** Loads the analysis functions (once); the panel calls it when it opens. */
	async start(): Promise<void> {
		if (this.analyses || this.analysesFailed) return;
		try {
			this.analyses = await loadAnalyses();
		} catch {
			this.analysesFailed = true;
		}
	}

	/** Loads the study area of the nearest-neighbour statistic (once). */
	async loadStudyArea(): Promise<void> {
		if (this.studyArea) return;
		try {
			this.studyArea = await loadStudyArea();
			this.studyAreaFailed = false;
		} catch {
			this.studyAreaFailed = true;
		}
	}

	/** The open analysis and its settings, for the URL (view-state/analysis-view.ts). */
	toView(): AnalysisView {
		return {
			mode: this.mode,
			epsM: this.epsM,
			minPoints: this.minPoints,
			cellSideM: this.cellSideM,
			densityMetric: this.densityMetric ?? undefined,
			catchmentRadiusM: this.catchmentRadiusM,
			cluster: this.selectedClusterKey,
			station: this.selectedStationId
		};
	}

	/**
	 * Opens the analysis a link describes; settings it leaves out take their defaults. A cluster and a
	 * station are chosen by id: `selectedCluster` and `selectedStation` find them once the analyses are
	 * computed (an unknown id finds none).
	 */
	applyView(view: AnalysisView): void {
		this.mode = view.mode;
		this.epsM = view.epsM ?? EPS_M.initial;
		this.minPoints = view.minPoints ?? MIN_POINTS.initial;
		this.cellSideM = view.cellSideM ?? CELL_SIDE_M.initial;
		// Only a metric some project has is offered (DensitySection): any other counts projects instead.
		const metric = view.densityMetric;
		const offered =
			metric &&
			isAdditive(metric) &&
			this.#explorer.projects.some((f) => f.properties.metrics[metric]);
		this.densityMetric = offered ? metric : null;
		this.catchmentRadiusM = view.catchmentRadiusM ?? CATCHMENT_RADII_M[0];
		this.selectedClusterKey = view.cluster;
		this.selectedStationId = view.station;
	}

	/** Chooses a cluster (or none) and frames its members. */
	selectCluster(summary: ClusterSummary | undefined): void {
		this.selectedClusterKey = summary?.projectIds[0];
		if (!summary) return;
		const points = summary.projectIds.flatMap((id) => {
			const point = this.item(id)?.point;
			return point ? [point] : [];
		});
		// Projects sharing one anchor point would frame a street corner: show at least the distance.
		this.frame = boundsAround(points, Math.max(this.epsM, 400));
	}

	/** Chooses a station (or none) and frames its widest catchment. */
	selectStation(id: string | undefined): void {
		this.selectedStationId = id;
		const row = this.catchments?.find((r) => r.stationId === id);
		if (row) this.frame = boundsAround([row.position], Math.max(...CATCHMENT_RADII_M) + 50);
	}

	/** Frames all of a user layer's features. */
	showUserLayer(id: string): void {
		const box = this.userLayers.extent(id);
		if (box) this.frame = box;
	}

	/** Sorts the catchment table by `key`: largest first, or the other way on a second press. */
	sortCatchmentsBy(key: CatchmentSortKey): void {
		const { key: current, order } = this.catchmentSort;
		this.catchmentSort = {
			key,
			order: key === current && order === 'descending' ? 'ascending' : 'descending'
		};
	}

	/** Adds a user's files as layers, one outcome each (see UserLayers), showing the layers' tab. */
	importFiles(files: Iterable<File>): Promise<void> {
		this.mode = 'layers';
		return this.userLayers.importFiles(files);
	}
}

const KEY = Symbol('analysis');

export function setAnalysis(analysis: Analysis): Analysis {
	return setContext(KEY, analysis);
}

export function getAnalysis(): Analysis {
	return getContext<Analysis>(KEY);
}
