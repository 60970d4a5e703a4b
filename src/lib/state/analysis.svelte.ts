/**
 * The planner analyses' state (issue 7): the settings of each analysis, their results derived from the
 * explorer's filtered projects (and, on request, the user's own layers), the overlay the map draws,
 * the area to frame, and the user's layers with their import and storage. One instance per page,
 * shared with components through a typed context, like the explorer's.
 *
 * The analysis functions (dbscan with kdbush and Turf's convex hull, Clark–Evans with flatbush …) and
 * the file import (with gcoord) are loaded when first needed — the panel calls `start()` when it opens
 * — so the page's first JavaScript does not carry them. Results are `$derived`, so only the analysis
 * on screen is ever computed.
 */
import { getContext, setContext } from 'svelte';
import { browser } from '$app/environment';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon } from 'geojson';
import type { CatchmentRow, CatchmentSortKey } from '$lib/analysis/catchments';
import type { ClarkEvansResult } from '$lib/analysis/clark-evans';
import type { ClusterSummary, DbscanResult } from '$lib/analysis/dbscan';
import type { HexbinResult } from '$lib/analysis/hexbin';
import { representativePoint } from '$lib/analysis/representative-point';
import type { Bounds, LngLat } from '$lib/geo/types';
import { breakdowns } from '$lib/analysis/breakdowns';
import {
	CATCHMENT_RADII_M,
	CELL_SIDE_M,
	type AnalysisMode,
	EPS_M,
	MIN_POINTS,
	PROJECT_STATIONS,
	type CatchmentRadiusM
} from '$lib/analysis/settings';
import { loadStudyArea } from '$lib/analysis/study-area';
import type { AnalysisView } from '$lib/view-state/analysis-view';
import type { ProjectFeature } from '$lib/data/schema';
import { isAdditive, type MetricKey } from '$lib/data/vocabulary';
import type { AnalysedItem } from '$lib/export/export-analyses';
import { formatDistance, formatNumber } from '$lib/i18n/format';
import type { ImportMessage } from '$lib/import/messages';
import type { UserFeature } from '$lib/import/parse-user-layer';
import {
	catchmentOverlay,
	clusterOverlay,
	combineOverlays,
	densityClasses,
	densityOverlay,
	EMPTY,
	studyAreaOverlay,
	userLayerOverlay,
	type DensityClass
} from '$lib/map/analysis-layers';
import type { ExtraOverlay } from '$lib/map/overlays';
import type { Explorer } from './explorer.svelte';
import {
	browserLayerStore,
	deleteLayer,
	loadLayers,
	newLayerId,
	nextLayerColor,
	saveLayer,
	userFeatureName,
	type LayerStore,
	type SavedLayer
} from './user-layers';

export { ANALYSIS_MODES, type AnalysisMode } from '$lib/analysis/settings';

/** The analysis functions, loaded on demand. */
async function loadAnalyses() {
	const [dbscan, hexbin, clarkEvans, clarkEvansSentence, catchments] = await Promise.all([
		import('$lib/analysis/dbscan'),
		import('$lib/analysis/hexbin'),
		import('$lib/analysis/clark-evans'),
		import('$lib/i18n/clark-evans-sentence'),
		import('$lib/analysis/catchments')
	]);
	return {
		dbscan: dbscan.dbscan,
		clusterSummaries: dbscan.clusterSummaries,
		hexbin: hexbin.hexbin,
		clarkEvans: clarkEvans.clarkEvans,
		describeClarkEvans: clarkEvansSentence.describeClarkEvans,
		catchments: catchments.catchments,
		sortCatchments: catchments.sortCatchments
	};
}
type Analyses = Awaited<ReturnType<typeof loadAnalyses>>;

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

/** What became of the last file the user gave. */
export interface ImportOutcome {
	/** The file's name, shortened for display. */
	fileName: string;
	status: 'reading' | 'refused' | 'added';
	/** Why it was refused; undefined with `unreadable` (the browser could not read the file). */
	error?: ImportMessage;
	unreadable?: boolean;
	warnings: ImportMessage[];
	layerId?: string;
	/** Something in the file hints at GCJ-02: the conversion is offered first, not only as a link. */
	suspectGcj02: boolean;
	converted: boolean;
	/** Added, but IndexedDB refused to keep it. */
	saveFailed: boolean;
}

/** A user's feature standing in for a project in the point analyses; its id cannot clash with one. */
function standIn(layer: SavedLayer, feature: UserFeature): ProjectFeature {
	// dbscan, clusterSummaries, hexbin and clarkEvans read only `geometry`, `properties.id` and
	// `properties.metrics` of their inputs; a user's feature has no metrics. The cast stays here.
	return {
		type: 'Feature',
		geometry: feature.geometry,
		properties: { id: `user:${layer.id}:${feature.id}`, metrics: {} }
	} as unknown as ProjectFeature;
}

/** Metres per degree of latitude (mean), for framing. */
const METRES_PER_DEGREE_LAT = 111_320;

/** A box around `points` at least `minHalfM` metres from the middle each way. */
function boundsAround(points: readonly LngLat[], minHalfM: number): Bounds | undefined {
	if (points.length === 0) return undefined;
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [lng, lat] of points) {
		w = Math.min(w, lng);
		e = Math.max(e, lng);
		s = Math.min(s, lat);
		n = Math.max(n, lat);
	}
	const halfLat = minHalfM / METRES_PER_DEGREE_LAT;
	const halfLng = halfLat / Math.cos((((s + n) / 2) * Math.PI) / 180);
	const [midLng, midLat] = [(w + e) / 2, (s + n) / 2];
	return [
		Math.min(w, midLng - halfLng),
		Math.min(s, midLat - halfLat),
		Math.max(e, midLng + halfLng),
		Math.max(n, midLat + halfLat)
	];
}

export class Analysis {
	readonly #explorer: Explorer;
	readonly #store: LayerStore;

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

	userLayers = $state.raw<SavedLayer[]>([]);
	/** False once IndexedDB has refused: layers then last for the session only. */
	storageAvailable = $state(true);
	/** Saved layers that could not be read back. */
	restoreDropped = $state(0);
	lastImport = $state.raw<ImportOutcome | undefined>();

	constructor(explorer: Explorer, store: LayerStore = browserLayerStore()) {
		this.#explorer = explorer;
		this.#store = store;
		if (browser) void this.restore();
	}

	get lang() {
		return this.#explorer.lang;
	}

	// Inputs ---------------------------------------------------------------------------------------

	/** The user's features, each with the stand-in the analyses take. */
	#userInputs = $derived(
		this.userLayers.flatMap((layer) =>
			layer.layer.features.map((feature) => ({ layer, feature, input: standIn(layer, feature) }))
		)
	);

	userFeatureCount = $derived(this.#userInputs.length);

	// Fields that read the explorer use `$derived.by(() => …)`: it is set in the constructor, after
	// the fields, and TypeScript accepts reading it inside a function (the derived runs lazily).

	/**
	 * What clustering, density and the nearest-neighbour statistic take: the filtered projects, then
	 * the user's features when included.
	 */
	inputs = $derived.by((): ProjectFeature[] => [
		...this.#explorer.visible,
		...(this.includeUserLayers ? this.#userInputs.map((u) => u.input) : [])
	]);

	/** The same inputs described for lists and exports, in the same order. */
	items = $derived.by((): AnalysedItem[] => [
		...this.#explorer.visible.map((f) => ({
			id: f.properties.id,
			nameZh: f.properties.name.zh,
			nameEn: f.properties.name.en,
			source: 'project' as const,
			point: representativePoint(f.geometry)
		})),
		...(this.includeUserLayers
			? this.#userInputs.map(({ feature, input }) => {
					const name = userFeatureName(feature);
					return {
						id: input.properties.id,
						nameZh: name,
						nameEn: name,
						source: 'user' as const,
						point: representativePoint(feature.geometry)
					};
				})
			: [])
	]);

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

	density = $derived.by((): DensityResult | undefined => {
		const analyses = this.analyses;
		if (!analyses) return undefined;
		const result = analyses.hexbin(this.inputs, {
			cellSideM: this.cellSideM,
			metric: this.densityMetric
		});
		return {
			result,
			classes: densityClasses(result.hexagons.features.map((h) => h.properties.value))
		};
	});

	nearest = $derived.by((): NearestResult | undefined => {
		const { analyses, studyArea } = this;
		if (!analyses || !studyArea) return undefined;
		let inside = 0;
		let approximate = 0;
		let unlocated = 0;
		this.inputs.forEach((input, i) => {
			const point = this.items[i]!.point;
			if (point === null) unlocated++;
			else if (booleanPointInPolygon([...point], studyArea)) {
				inside++;
				if (input.properties.location?.confidence === 'low') approximate++;
			}
		});
		if (inside < 2) {
			return { ok: false, inside, outside: this.inputs.length - inside - unlocated, unlocated };
		}
		return {
			ok: true,
			result: analyses.clarkEvans(this.inputs, studyArea),
			approximateShare: approximate / inside
		};
	});

	nearestSentence = $derived(
		this.analyses && this.nearest?.ok
			? this.analyses.describeClarkEvans(this.nearest.result, this.lang, {
					approximateShare: this.nearest.approximateShare
				})
			: undefined
	);

	/** Ids of the stations catchments are measured from (see PROJECT_STATIONS for why these). */
	stationIds = $derived.by(
		() =>
			new Set(
				this.#explorer.features
					.filter((f) => f.properties.context || PROJECT_STATIONS.includes(f.properties.id))
					.map((f) => f.properties.id)
			)
	);

	/** One row per station, the filtered projects within each radius. */
	catchments = $derived.by((): CatchmentRow[] | undefined => {
		const analyses = this.analyses;
		if (!analyses) return undefined;
		const visible = this.#explorer.visible;
		const shown = new Set(visible.map((f) => f.properties.id));
		// A station that is a project but filtered out is still measured from, not counted as a project.
		const stations = this.#explorer.features
			.filter((f) => this.stationIds.has(f.properties.id) && !shown.has(f.properties.id))
			.map((f) =>
				f.properties.context ? f : { ...f, properties: { ...f.properties, context: true as const } }
			);
		const { rows } = analyses.catchments([...visible, ...stations], {
			radiiM: [...CATCHMENT_RADII_M]
		});
		return rows.filter((row) => this.stationIds.has(row.stationId));
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

	// Map ------------------------------------------------------------------------------------------

	/** The user's layers, drawn whichever tab is open. */
	userOverlay = $derived(
		userLayerOverlay(
			this.userLayers.map((l) => ({ id: l.id, color: l.color, features: l.layer.features }))
		)
	);

	#modeOverlay = $derived.by((): ExtraOverlay => {
		switch (this.mode) {
			case 'clusters': {
				const clusters = this.clusters;
				if (!clusters) return EMPTY;
				return clusterOverlay({
					points: this.items.map((item) => item.point),
					clusterIds: clusters.result.clusterIds,
					roles: clusters.result.roles,
					summaries: clusters.summaries,
					selectedId: this.selectedCluster?.id
				});
			}
			case 'density': {
				const density = this.density;
				if (!density) return EMPTY;
				return densityOverlay(density.result.hexagons, density.classes, (value) =>
					formatNumber(value, this.lang)
				);
			}
			case 'nearest':
				return this.studyArea ? studyAreaOverlay(this.studyArea) : EMPTY;
			case 'catchments': {
				const rows = this.catchments;
				if (!rows) return EMPTY;
				const selected = this.selectedStation;
				const outer = selected?.catchments.at(-1);
				return catchmentOverlay({
					stations: rows.map((row) => ({ id: row.stationId, position: row.position })),
					radiiM: CATCHMENT_RADII_M,
					selectedId: selected?.stationId,
					selectedProjects: (outer?.projects ?? []).flatMap((p) => {
						const feature = this.#explorer.feature(p.id);
						return feature?.geometry
							? [{ type: 'Feature' as const, geometry: feature.geometry, properties: {} }]
							: [];
					}),
					radiusLabel: (m) => formatDistance(m, this.lang)
				});
			}
			default:
				return EMPTY;
		}
	});

	/** The user's layers and the analysis on screen, for the map while the analysis tab is open. */
	overlay = $derived(combineOverlays(this.userOverlay, this.#modeOverlay));

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

	/** Sorts the catchment table by `key`: largest first, or the other way on a second press. */
	sortCatchmentsBy(key: CatchmentSortKey): void {
		const { key: current, order } = this.catchmentSort;
		this.catchmentSort = {
			key,
			order: key === current && order === 'descending' ? 'ascending' : 'descending'
		};
	}

	/** Reads back the layers saved in this browser. */
	async restore(): Promise<void> {
		const result = await loadLayers(this.#store);
		if (!result.ok) {
			this.storageAvailable = false;
			return;
		}
		const current = new Set(this.userLayers.map((l) => l.id));
		this.userLayers = [...result.layers.filter((l) => !current.has(l.id)), ...this.userLayers];
		this.restoreDropped = result.dropped;
	}

	/**
	 * Adds a user's file as a layer: refused at once from its size when too large (its content is
	 * never read), otherwise read as text and parsed; saved in this browser when accepted.
	 */
	async importFile(file: File): Promise<void> {
		this.mode = 'layers';
		const [{ checkFileSize, parseUserLayer }, { excerpt }] = await Promise.all([
			import('$lib/import/parse-user-layer'),
			import('$lib/import/messages')
		]);
		const fileName = excerpt(file.name.split(/[/\\]/).pop() ?? '', 120);
		const outcome: ImportOutcome = {
			fileName,
			status: 'reading',
			warnings: [],
			suspectGcj02: false,
			converted: false,
			saveFailed: false
		};
		this.lastImport = outcome;
		const tooLarge = checkFileSize(file.size);
		if (tooLarge) {
			this.lastImport = { ...outcome, status: 'refused', error: tooLarge };
			return;
		}
		let text: string;
		try {
			text = await file.text();
		} catch {
			this.lastImport = { ...outcome, status: 'refused', unreadable: true };
			return;
		}
		const parsed = parseUserLayer(file.name, text);
		if (!parsed.ok) {
			this.lastImport = { ...outcome, status: 'refused', error: parsed.error };
			return;
		}
		const saved: SavedLayer = {
			version: 1,
			id: newLayerId(this.userLayers.map((l) => l.id)),
			addedAt: new Date().toISOString(),
			color: nextLayerColor(this.userLayers),
			layer: parsed.layer
		};
		this.userLayers = [...this.userLayers, saved];
		this.lastImport = {
			...outcome,
			status: 'added',
			layerId: saved.id,
			warnings: parsed.layer.warnings,
			suspectGcj02: parsed.layer.datumHint === 'gcj02-suspected',
			saveFailed: !(await this.#save(saved))
		};
	}

	/**
	 * Converts a layer from GCJ-02 to WGS-84 (any layer, also one kept from an earlier visit) and
	 * saves it; the report of the last import follows when it is about this layer.
	 */
	async convertLayer(id: string): Promise<void> {
		const layer = this.userLayers.find((l) => l.id === id);
		if (!layer || layer.layer.datum === 'gcj02-converted') return;
		const { convertUserLayer } = await import('$lib/import/parse-user-layer');
		const converted: SavedLayer = { ...layer, layer: convertUserLayer(layer.layer) };
		this.userLayers = this.userLayers.map((l) => (l.id === id ? converted : l));
		const saved = await this.#save(converted);
		const outcome = this.lastImport;
		if (outcome?.layerId === id) {
			this.lastImport = {
				...outcome,
				warnings: converted.layer.warnings,
				suspectGcj02: false,
				converted: true,
				saveFailed: !saved
			};
		}
	}

	async removeLayer(id: string): Promise<void> {
		this.userLayers = this.userLayers.filter((l) => l.id !== id);
		if (this.lastImport?.layerId === id) this.lastImport = undefined;
		if (this.storageAvailable && !(await deleteLayer(this.#store, id))) {
			this.storageAvailable = false;
		}
	}

	/** True when saved; false when storage is unavailable (said once, in the panel). */
	async #save(layer: SavedLayer): Promise<boolean> {
		if (!this.storageAvailable) return true;
		return saveLayer(this.#store, layer);
	}
}

const KEY = Symbol('analysis');

export function setAnalysis(analysis: Analysis): Analysis {
	return setContext(KEY, analysis);
}

export function getAnalysis(): Analysis {
	return getContext<Analysis>(KEY);
}
