/**
 * The explorer's state: what is shown, filtered and selected, and everything derived from it. One
 * instance per page, shared with components through a typed context.
 */
import { getContext, setContext } from 'svelte';
import { DEFAULT_BASEMAP, offeredBasemap } from '$lib/config';
import { cameraInRegion } from '$lib/data/regions';
import type { Bounds, LngLat } from '$lib/geo/types';
import { matchesFilter, type ProjectFilter } from '$lib/data/filter-projects';
import type { ResearchNote } from '$lib/data/outcomes';
import type { DistrictRecord, ProjectFeature, Update } from '$lib/data/schema';
import { projectStatus, todayInChina, type ProjectStatus } from '$lib/data/status';
import {
	DISTRICT_IDS,
	LAYER_IDS,
	STATUS_IDS,
	type BasemapId,
	type CampaignId,
	type ColorBy,
	type DistrictId,
	type LayerId,
	type StatusId
} from '$lib/data/vocabulary';
import { DEFAULT_LANG, zh, type Lang, type Messages } from '$lib/i18n/messages';
import type { ListSummary } from '$lib/i18n/summary-sentence';
import type { Camera, NearQuery, ViewState } from '$lib/view-state/view-state';

export interface ExplorerData {
	features: ProjectFeature[];
	records: DistrictRecord[];
	updates: Update[];
	/** The research log: when each project was last searched for later reports. */
	research: ResearchNote[];
}

/** Statuses after which nothing more is expected of a project. */
const SETTLED: readonly StatusId[] = ['done', 'cancelled', 'none'];

/**
 * Earliest open deadline first; then projects whose deadline has passed unsettled (latest first);
 * then those done or cancelled; then by name. Each project's key is made once, not at every comparison
 * (the list is sorted while the page hydrates).
 */
function sortByNextDeadline(
	features: readonly ProjectFeature[],
	statusOf: (id: string) => ProjectStatus,
	asOf: string
): ProjectFeature[] {
	const key = (f: ProjectFeature) => {
		const s = statusOf(f.properties.id);
		const due = s.index === undefined ? '9999' : f.properties.milestones[s.index]!.due;
		const rank = SETTLED.includes(s.status) ? 2 : due >= asOf ? 0 : 1;
		// Digits and ISO dates: plain string order is their order.
		return `${rank}${rank === 1 ? String(99999999 - Number(due.replaceAll('-', ''))) : due}`;
	};
	const keys = new Map(features.map((f) => [f, key(f)]));
	return features.toSorted((a, b) => {
		const ka = keys.get(a)!;
		const kb = keys.get(b)!;
		return ka < kb ? -1 : ka > kb ? 1 : a.properties.name.zh.localeCompare(b.properties.name.zh);
	});
}

/**
 * `load`, run once: later calls get the same promise, except after a failure (a fetch while offline),
 * when the next call runs it again.
 */
function loadOnce(load: () => Promise<void>): () => Promise<void> {
	let loading: Promise<void> | undefined;
	return () =>
		(loading ??= load().catch((error: unknown) => {
			loading = undefined;
			throw error;
		}));
}

export class Explorer {
	features = $state.raw<ProjectFeature[]>([]);
	records = $state.raw<DistrictRecord[]>([]);
	updates = $state.raw<Update[]>([]);

	lang = $state<Lang>(DEFAULT_LANG);
	basemap = $state<BasemapId>(DEFAULT_BASEMAP);
	layers = $state<LayerId[]>([...LAYER_IDS]);
	showContext = $state(true);
	districts = $state<DistrictId[]>([]);
	campaigns = $state<(CampaignId | 'none')[]>([]);
	statuses = $state<StatusId[]>([]);
	from = $state<string | undefined>();
	to = $state<string | undefined>();
	asOf = $state<string>(todayInChina());
	selectedId = $state<string | undefined>();
	listFollowsMap = $state(false);
	colorBy = $state<ColorBy>('layer');
	/** The "near me" place and radius. */
	near = $state.raw<NearQuery | undefined>();
	/** The map's camera after its last move (written to the URL). */
	camera = $state.raw<Camera | undefined>();
	/** The map's current view, [west, south, east, north]. */
	mapBounds = $state.raw<Bounds | undefined>();
	/** What is typed in the search box: it narrows the list while suggestions are offered. */
	query = $state('');
	/**
	 * While a reader suggests a better place for the selected project: clicks and long presses on the map
	 * move `correctionPin` (WGS-84) instead of selecting or choosing a near-me place.
	 */
	pickingPlace = $state(false);
	/** A project the page's link named that is not in the data (said in a notice until dismissed). */
	missingProject = $state<string | undefined>();
	correctionPin = $state.raw<LngLat | undefined>();

	constructor(data: ExplorerData) {
		this.features = data.features;
		this.records = data.records;
		this.updates = data.updates;
		this.research = new Map(data.research.map((e) => [e.subject, e]));
	}

	/** The research log's entry for each project and record. */
	research: ReadonlyMap<string, ResearchNote>;

	/**
	 * The interface text in the reader's language. The English loads on demand, for a reader who reads it
	 * (docs/ARCHITECTURE.md, "First load"); the Chinese stands in until it is in, as in the page the
	 * server sent.
	 */
	t = $derived.by((): Messages => {
		if (this.lang === 'zh') return zh;
		if (!this.#english) void this.loadEnglish().catch(() => {});
		return this.#english ?? zh;
	});
	#english = $state.raw<Messages>();
	/** Loads the English texts (once; a failed fetch is tried again at the next call). */
	loadEnglish = loadOnce(() =>
		import('$lib/i18n/messages-en').then((code) => void (this.#english = code.en))
	);

	/** Projects proper: everything but the existing stations shown for context. */
	projects = $derived(this.features.filter((f) => !f.properties.context));
	contextStations = $derived(this.features.filter((f) => f.properties.context));

	#updatesBySubject = $derived.by(() => {
		const bySubject = new Map<string, Update[]>();
		for (const u of this.updates)
			bySubject.set(u.subject, [...(bySubject.get(u.subject) ?? []), u]);
		return bySubject;
	});

	statusById = $derived(
		new Map(
			this.features.map((f) => [
				f.properties.id,
				projectStatus(
					f.properties.milestones,
					this.asOf,
					this.#updatesBySubject.get(f.properties.id)
				)
			])
		)
	);

	/** The sourced updates about a project or record, in the data's order. */
	updatesOf = (id: string): readonly Update[] => this.#updatesBySubject.get(id) ?? [];

	statusOf = (id: string): ProjectStatus =>
		this.statusById.get(id) ?? { status: 'none', milestones: [] };

	filter = $derived<ProjectFilter>({
		layers: this.layers,
		districts: this.districts,
		campaigns: this.campaigns,
		statuses: this.statuses,
		from: this.from,
		to: this.to
	});

	/** Projects drawn on the map. */
	visible = $derived(
		this.projects.filter((f) => matchesFilter(f, this.statusOf(f.properties.id), this.filter))
	);

	/** Projects in the list: the visible ones, within the map's view when the list follows the map. */
	listed = $derived(
		sortByNextDeadline(
			this.listFollowsMap && this.mapBounds
				? this.projects.filter((f) =>
						matchesFilter(f, this.statusOf(f.properties.id), {
							...this.filter,
							bounds: this.mapBounds
						})
					)
				: this.visible,
			this.statusOf,
			this.asOf
		)
	);

	/** Per layer, how many projects pass the other filters (the legend's counts). */
	layerCounts = $derived(
		Object.fromEntries(
			LAYER_IDS.map((layer) => [
				layer,
				this.projects.filter(
					(f) =>
						f.properties.layer === layer &&
						matchesFilter(f, this.statusOf(f.properties.id), this.filter, ['layers'])
				).length
			])
		) as Record<LayerId, number>
	);

	summary = $derived<ListSummary>({
		total: this.listed.length,
		byDistrict: Object.fromEntries(
			DISTRICT_IDS.map((d) => [d, this.listed.filter((f) => f.properties.district === d).length])
		) as Record<DistrictId, number>,
		byStatus: Object.fromEntries(
			STATUS_IDS.map((s) => [
				s,
				this.listed.filter((f) => this.statusOf(f.properties.id).status === s).length
			])
		) as Record<StatusId, number>,
		asOf: this.asOf
	});

	selected = $derived(this.features.find((f) => f.properties.id === this.selectedId));

	#byId = $derived(new Map(this.features.map((f) => [f.properties.id, f])));
	/**
	 * The near-me query (its spatial index and geometry code), loaded the first time a near-me circle is
	 * set rather than with the page (docs/ARCHITECTURE.md, "Data flow in the browser").
	 */
	#nearCode = $state<typeof import('$lib/analysis/find-nearby')>();
	#nearIndex = $derived(this.#nearCode?.buildNearbyIndex(this.projects));

	/** True while a near-me circle is set and its query is still loading: no hits yet is not "none". */
	get nearLoading(): boolean {
		return this.near !== undefined && this.#nearCode === undefined;
	}

	/** Projects within the near-me radius that pass the filters, nearest first (none until loaded). */
	nearHits = $derived.by(() => {
		if (!this.near) return [];
		if (!this.#nearCode || !this.#nearIndex) {
			import('$lib/analysis/find-nearby').then((code) => (this.#nearCode = code));
			return [];
		}
		const shown = new Set(this.visible.map((f) => f.properties.id));
		return this.#nearCode
			.findNearby(this.#nearIndex, this.near.center, this.near.radiusM)
			.filter((hit) => shown.has(hit.id));
	});

	feature = (id: string): ProjectFeature | undefined => this.#byId.get(id);

	/** Every project by its id. */
	get featuresById(): ReadonlyMap<string, ProjectFeature> {
		return this.#byId;
	}

	/**
	 * The search (its index of names, streets and stations, and the matching), loaded when the search box
	 * is first focused or the page is idle, not with the page (docs/ARCHITECTURE.md, "Data flow in the
	 * browser"). Until it is in, the search suggests nothing and the list is not narrowed.
	 */
	#searchCode = $state.raw<typeof import('./search-code')>();
	// A failed fetch (offline) is tried again at the next focus.
	loadSearch = loadOnce(() =>
		import('./search-code').then((code) => void (this.#searchCode = code))
	);

	/** True while text is typed and the search's code is still loading: no match yet is not "none". */
	get searchLoading(): boolean {
		return this.#searchCode === undefined && this.query.trim() !== '';
	}

	searchIndex = $derived(this.#searchCode?.buildSearchIndex(this.features) ?? []);

	/** The search's suggestions, names first, then the rest of a category the query names. */
	search = (query: string) =>
		this.#searchCode
			? this.#searchCode.search(this.searchIndex, query, 8, this.#searchCode.LAYER_SEARCH_WORDS)
			: [];

	/** Projects the typed query finds (by name, street or category); undefined with no query. */
	#queryMatches = $derived.by(() => {
		if (this.query.trim() === '') return undefined;
		if (!this.#searchCode) {
			this.loadSearch().catch(() => {});
			return undefined;
		}
		const { matchingProjectIds, LAYER_SEARCH_WORDS } = this.#searchCode;
		return matchingProjectIds(this.searchIndex, this.query, LAYER_SEARCH_WORDS);
	});

	/** True when the typed query narrows the list (it has text, and the search's code is in). */
	get searchNarrows(): boolean {
		return this.#queryMatches !== undefined;
	}

	/** The list as shown: the listed projects the typed query finds, all of them with no query. */
	searched = $derived(
		this.#queryMatches
			? this.listed.filter((f) => this.#queryMatches!.has(f.properties.id))
			: this.listed
	);

	/** What the near-me place is, when it is a station, project or street of the search (in a link too). */
	nearPlace = $derived.by(() => {
		if (!this.near) return undefined;
		if (!this.#searchCode) {
			this.loadSearch().catch(() => {});
			return undefined;
		}
		return this.#searchCode.entryAt(this.searchIndex, this.near.center);
	});

	recordById = $derived(new Map(this.records.map((r) => [r.id, r])));

	get filtersActive(): boolean {
		return (
			this.districts.length > 0 ||
			this.campaigns.length > 0 ||
			this.statuses.length > 0 ||
			this.from !== undefined ||
			this.to !== undefined
		);
	}

	clearFilters(): void {
		this.districts = [];
		this.campaigns = [];
		this.statuses = [];
		this.from = undefined;
		this.to = undefined;
	}

	/** Applies a parsed URL; fields the URL does not set keep their defaults. */
	applyViewState(view: ViewState, defaults: { lang: Lang; basemap: BasemapId }): void {
		this.lang = view.lang ?? defaults.lang;
		// A link may name a basemap this build does not offer (no key here): the build's default stands in.
		this.basemap = view.basemap && offeredBasemap(view.basemap) ? view.basemap : defaults.basemap;
		this.layers = view.layers ?? [...LAYER_IDS];
		this.districts = view.districts ?? [];
		this.campaigns = view.campaigns ?? [];
		this.statuses = view.statuses ?? [];
		this.from = view.from;
		this.to = view.to;
		this.asOf = view.asOf ?? todayInChina();
		this.listFollowsMap = view.listFollowsMap ?? false;
		this.colorBy = view.colorBy ?? 'layer';
		this.near = view.near;
		// A camera that looks nowhere near Qingdao (a mangled `map=` clamped to the pole) gives way to
		// the default view.
		this.camera = view.camera && cameraInRegion(view.camera.center) ? view.camera : undefined;
		// A project id that is not in the data falls back to "nothing selected", and the page says so.
		const found = this.features.some((f) => f.properties.id === view.project);
		this.selectedId = found ? view.project : undefined;
		this.missingProject = found ? undefined : view.project;
	}

	/** The state to write into the URL; defaults are left out so links stay short. */
	toViewState(defaults: { basemap: BasemapId }): ViewState {
		return {
			lang: this.lang,
			basemap: this.basemap === defaults.basemap ? undefined : this.basemap,
			camera: this.camera,
			layers: this.layers.length === LAYER_IDS.length ? undefined : this.layers,
			districts: this.districts.length ? this.districts : undefined,
			campaigns: this.campaigns.length ? this.campaigns : undefined,
			statuses: this.statuses.length ? this.statuses : undefined,
			from: this.from,
			to: this.to,
			asOf: this.asOf === todayInChina() ? undefined : this.asOf,
			project: this.selectedId,
			near: this.near,
			listFollowsMap: this.listFollowsMap || undefined,
			colorBy: this.colorBy === 'layer' ? undefined : this.colorBy
		};
	}

	toggleLayer(layer: LayerId): void {
		this.layers = this.layers.includes(layer)
			? this.layers.filter((l) => l !== layer)
			: LAYER_IDS.filter((l) => l === layer || this.layers.includes(l));
	}
}

const KEY = Symbol('explorer');

export function setExplorer(explorer: Explorer): Explorer {
	return setContext(KEY, explorer);
}

export function getExplorer(): Explorer {
	return getContext<Explorer>(KEY);
}
