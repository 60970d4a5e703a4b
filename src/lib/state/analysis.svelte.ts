/**
 * The planner analyses' state: the settings of each analysis, their results derived from the
 * explorer's filtered projects (and, on request, the user's own layers), the chosen cluster or station
 * and the area to frame. Plain results only: the map builds its overlay from them
 * (map/overlays/analysis-overlays.svelte.ts). The user's layers, their import and storage are in
 * `user-layers.svelte.ts`. One instance per page, shared with components through a typed context,
 * like the explorer's.
 *
 * The analyses run in a worker (analysis.worker.ts), started when the panel first opens (`start()`):
 * only the analysis on screen is asked for, again whenever its inputs or settings change; while an
 * answer is pending `computing` is true, and an answer to an older request is dropped (latest.svelte.ts).
 * A result is shown only with the inputs it was computed from.
 */
import { browser } from '$app/environment';
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
import { boundsAround } from '$lib/geo/ground-bounds';
import type { Bounds } from '$lib/geo/types';
import type { AnalysisView } from '$lib/view-state/analysis-view';
import { analysedItems, userInputs } from './analysis-inputs';
import { getAnalysisSlot } from './analysis-slot.svelte';
import {
	stationIdsOf,
	type ClusterResult,
	type DensityResult,
	type NearestResult
} from './analysis-results';
import type { AnalysisTasks } from './analysis-tasks';
import type { Explorer } from './explorer.svelte';
import { Latest } from './latest.svelte';
import type { Analyses } from './load-analyses';
import { UserLayers } from './user-layers.svelte';
import { WorkerClient } from './worker-rpc';

/** What the page itself needs of the analysis code: the sentence and the table's order. */
type Presenters = Pick<Analyses, 'describeClarkEvans' | 'sortCatchments'>;

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
	/**
	 * A cluster or station a link chose that is not in the data (a mangled or outdated link): dropped
	 * from the view, and the panel says so until dismissed.
	 */
	unknownInLink = $state.raw<{ kind: 'cluster' | 'station'; id: string } | undefined>();
	/** An area for the map to show; each new value moves the camera. */
	frame = $state.raw<Bounds | undefined>();

	/** What the panel needs of the analysis code, once loaded (the analyses run in the worker). */
	analyses = $state.raw<Presenters | undefined>();
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

	#clusters = new Latest<ProjectFeature[], ClusterResult>();
	#density = new Latest<ProjectFeature[], DensityResult>();
	#nearest = new Latest<ProjectFeature[], NearestResult>();
	#catchments = new Latest<readonly ProjectFeature[], CatchmentRow[]>();

	clusters = $derived(this.#clusters.for(this.inputs));

	selectedCluster = $derived(
		this.selectedClusterKey === undefined
			? undefined
			: this.clusters?.summaries.find((s) => s.projectIds.includes(this.selectedClusterKey!))
	);

	density = $derived(this.#density.for(this.inputs));

	nearest = $derived(this.#nearest.for(this.inputs));

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
	catchments = $derived.by(() => this.#catchments.for(this.#explorer.visible));

	/** True while the analysis on screen is being computed (or recomputed for new settings). */
	computing = $derived.by(() => {
		switch (this.mode) {
			case 'clusters':
				return this.#clusters.pending || (this.analyses !== undefined && !this.clusters);
			case 'density':
				return this.#density.pending || (this.analyses !== undefined && !this.density);
			case 'nearest':
				return this.#nearest.pending || (this.studyArea !== undefined && !this.nearest);
			case 'catchments':
				return this.#catchments.pending || (this.analyses !== undefined && !this.catchments);
			default:
				return false;
		}
	});

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

	/**
	 * Loads what the panel needs and starts asking the worker for the analysis on screen (once); the
	 * panel calls it when it opens.
	 */
	async start(): Promise<void> {
		if (this.analyses || this.analysesFailed || this.#started) return;
		this.#started = true;
		try {
			const [sentence, catchments] = await Promise.all([
				import('$lib/i18n/clark-evans-sentence'),
				import('$lib/analysis/catchments')
			]);
			this.analyses = {
				describeClarkEvans: sentence.describeClarkEvans,
				sortCatchments: catchments.sortCatchments
			};
		} catch {
			this.analysesFailed = true;
			return;
		}
		$effect.root(() => {
			$effect(() => this.#askForMode());
		});
	}

	#started = false;
	#worker: WorkerClient<AnalysisTasks> | undefined;

	/** Asks for the analysis on screen; reading its inputs and settings here asks again when they change. */
	#askForMode(): void {
		const inputs = this.inputs;
		switch (this.mode) {
			case 'clusters': {
				const request = { inputs, epsM: this.epsM, minPoints: this.minPoints };
				this.#clusters.ask(inputs, () => this.#compute('clusters', request));
				return;
			}
			case 'density': {
				const request = {
					inputs,
					options: { cellSideM: this.cellSideM, metric: this.densityMetric }
				};
				this.#density.ask(inputs, () => this.#compute('density', request));
				return;
			}
			case 'nearest': {
				const studyArea = this.studyArea;
				if (!studyArea) return;
				const request = { inputs, items: this.items, studyArea };
				this.#nearest.ask(inputs, () => this.#compute('nearest', request));
				return;
			}
			case 'catchments': {
				const visible = this.#explorer.visible;
				const request = {
					features: this.#explorer.features,
					visible,
					stationIds: [...this.stationIds]
				};
				this.#catchments.ask(visible, () => this.#compute('catchments', request));
				return;
			}
		}
	}

	/** One analysis, in the worker; in this thread where no worker can start. */
	async #compute<K extends keyof AnalysisTasks>(
		type: K,
		request: Parameters<AnalysisTasks[K]>[0]
	): Promise<Awaited<ReturnType<AnalysisTasks[K]>>> {
		if (browser && typeof Worker !== 'undefined') {
			this.#worker ??= new WorkerClient<AnalysisTasks>(
				() => new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' })
			);
			try {
				return await this.#worker.call(type, request);
			} catch {
				// A worker that failed to start or crashed: the same code, here.
			}
		}
		const { analysisTasks } = await import('./analysis-tasks');
		const task = analysisTasks[type] as (
			r: typeof request
		) => Promise<Awaited<ReturnType<AnalysisTasks[K]>>>;
		return task(request);
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
	 * computed. An id that names no project or station is dropped, and `unknownInLink` says which.
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
		// A cluster is named by a member: a project, or a feature of the reader's layers (`user:` ids,
		// which may still be being restored). A station must be one catchments are measured from.
		const clusterKnown =
			view.cluster === undefined ||
			view.cluster.startsWith('user:') ||
			this.#explorer.feature(view.cluster) !== undefined;
		const stationKnown = view.station === undefined || this.stationIds.has(view.station);
		this.selectedClusterKey = clusterKnown ? view.cluster : undefined;
		this.selectedStationId = stationKnown ? view.station : undefined;
		this.unknownInLink = !clusterKnown
			? { kind: 'cluster', id: view.cluster! }
			: !stationKnown
				? { kind: 'station', id: view.station! }
				: undefined;
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

/**
 * The page's analysis state, for the components that show it: they are loaded on demand and drawn only
 * once it is loaded (analysis-slot.svelte.ts).
 */
export function getAnalysis(): Analysis {
	const analysis = getAnalysisSlot().current;
	if (!analysis) throw new Error('getAnalysis: drawn before the analysis state was loaded');
	return analysis;
}
