/**
 * A user's own layers in the page: files dropped or chosen, read and parsed in a worker (with
 * progress, and a cancel), listed, converted from GCJ-02 on request, removed, and kept in this browser
 * (`user-layers.ts`, reached through the worker: layer-keeper.ts). Kept layers are read back after
 * the page is up (`restore()`), one at a time. The analyses take these layers through `Analysis`;
 * the map draws them.
 */
import { browser } from '$app/environment';
import { geometryBounds, unionBounds } from '$lib/geo/bounds';
import { boundsAround } from '$lib/geo/ground-bounds';
import type { Bounds } from '$lib/geo/types';
import type { ImportMessage } from '$lib/import/messages';
import type { UserFeature } from '$lib/import/parse-user-layer';
import type { ImportStage } from './import-stages';
import { Abandoned, localLayerTasks, workerLayerTasks, type LayerTasks } from './layer-tasks';
import { newLayerId, nextLayerColor, type LayerStore, type SavedLayer } from './user-layers';

/** What became of one file the user gave. */
export interface ImportOutcome {
	/** Tells the outcomes of one drop apart (two files may share a name). */
	key: number;
	/** The file's name, shortened for display. */
	fileName: string;
	status: 'reading' | 'refused' | 'added' | 'cancelled';
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

/** The file being read: which of the drop, and the step under way. */
export interface ImportProgress {
	key: number;
	fileName: string;
	/** 1-based position of the file in its drop, and the drop's size. */
	index: number;
	total: number;
	stage: ImportStage;
}

/** The smallest half-width of a layer's extent, metres: a single point is shown with its street. */
const MIN_EXTENT_HALF_M = 150;

/** A feature of a user's layer, by the layer's id and the feature's position in it. */
export interface FeatureRef {
	layerId: string;
	index: number;
}

/** A worker where the browser has them; the same work in this thread otherwise (and in unit tests). */
function defaultTasks(): LayerTasks {
	return browser && typeof Worker !== 'undefined'
		? workerLayerTasks()
		: localLayerTasks(lazyBrowserStore());
}

/** The browser's store for a page without workers, loaded (idb-keyval, the schema) on first use. */
function lazyBrowserStore(): LayerStore {
	let loaded: Promise<LayerStore> | undefined;
	const store = () => (loaded ??= import('./layer-store').then((m) => m.browserLayerStore()));
	return {
		keys: async () => (await store()).keys(),
		get: async (id) => (await store()).get(id),
		set: async (id, value) => (await store()).set(id, value),
		del: async (id) => (await store()).del(id)
	};
}

/** Lets the page draw between two restored layers (a no-op outside a browser). */
const nextFrame = () =>
	new Promise<void>((resolve) =>
		typeof requestAnimationFrame === 'function'
			? requestAnimationFrame(() => setTimeout(resolve, 0))
			: resolve()
	);

export class UserLayers {
	readonly #tasks: LayerTasks;

	/** The layers: those kept from earlier visits (oldest first), then those added since. */
	list = $state.raw<SavedLayer[]>([]);
	/** False once IndexedDB has refused: layers then last for the session only. */
	storageAvailable = $state(true);
	/** Saved layers that could not be read back. */
	restoreDropped = $state(0);
	/** While kept layers are read back: how many are in and how many there are. */
	restoring = $state.raw<{ done: number; total: number } | undefined>();
	/** One outcome per file of the last drop or choice, in the order given; the next one replaces them. */
	outcomes = $state.raw<ImportOutcome[]>([]);
	/** True while the files of the last drop or choice are being read. */
	importing = $state(false);
	/** The file being read, while one is. */
	progress = $state.raw<ImportProgress | undefined>();
	/** Ids of the layers being converted. */
	converting = $state.raw<ReadonlySet<string>>(new Set());
	/** The feature whose properties are shown (chosen on the map), if any. */
	inspected = $state.raw<FeatureRef | undefined>();
	#nextKey = 0;
	#batch = 0;
	/** The drop whose remaining files a cancel abandons. */
	#cancelled = -1;
	/** Ids of the layers read back from storage (they stay before the layers added since). */
	readonly #restoredIds = new Set<string>();
	#restoreStarted = false;

	/** `tasks`: where files are read and layers kept; a worker in the browser. */
	constructor(tasks: LayerTasks = defaultTasks()) {
		this.#tasks = tasks;
	}

	/**
	 * Reads back the layers saved in this browser, one at a time, letting the page draw between two
	 * (the page asks once the map is up; once only). `restoring` counts them for the progress shown.
	 */
	async restore(): Promise<void> {
		if (this.#restoreStarted) return;
		this.#restoreStarted = true;
		let listed: Awaited<ReturnType<LayerTasks['restoreList']>>;
		try {
			listed = await this.#tasks.restoreList();
		} catch (error) {
			// A cancelled import ends the worker while it lists the kept layers: ask the new one. A worker
			// that failed otherwise could not read the storage either: the page says layers are not kept.
			listed =
				error instanceof Abandoned
					? await this.#tasks.restoreList().catch(() => ({ ok: false as const }))
					: { ok: false };
		}
		if (!listed.ok) {
			this.storageAvailable = false;
			return;
		}
		const total = listed.ids.length;
		if (total === 0) return;
		this.restoring = { done: 0, total };
		let dropped = 0;
		for (const [i, id] of listed.ids.entries()) {
			let layer: SavedLayer | undefined;
			try {
				layer = await this.#tasks.restoreOne(id);
			} catch (error) {
				// A cancelled import ends the worker this layer was being read in: read it again.
				layer =
					error instanceof Abandoned
						? await this.#tasks.restoreOne(id).catch(() => undefined)
						: undefined;
			}
			if (!layer) dropped++;
			else if (!this.list.some((l) => l.id === layer.id)) this.#addRestored(layer);
			this.restoring = { done: i + 1, total };
			await nextFrame();
		}
		this.restoreDropped = dropped;
		this.restoring = undefined;
	}

	/** Puts a restored layer among the others restored, by the time it was added. */
	#addRestored(layer: SavedLayer): void {
		this.#restoredIds.add(layer.id);
		const restored = this.list.filter((l) => this.#restoredIds.has(l.id));
		const added = this.list.filter((l) => !this.#restoredIds.has(l.id));
		restored.push(layer);
		restored.sort((a, b) => a.addedAt.localeCompare(b.addedAt));
		this.list = [...restored, ...added];
	}

	/**
	 * Adds the files of one drop or choice, one after the other: the outcomes of the previous drop
	 * are cleared, and each file gets its own (added, refused and why, cancelled, warnings).
	 */
	async importFiles(files: Iterable<File>): Promise<void> {
		const given = [...files];
		if (given.length === 0) return;
		const { excerpt } = await import('$lib/import/messages');
		const started = given.map((file) => {
			const outcome: ImportOutcome = {
				key: this.#nextKey++,
				fileName: excerpt(file.name.split(/[/\\]/).pop() ?? '', 120),
				status: 'reading',
				warnings: [],
				suspectGcj02: false,
				converted: false,
				saveFailed: false
			};
			return { file, outcome };
		});
		const batch = ++this.#batch;
		this.outcomes = started.map((s) => s.outcome);
		this.importing = true;
		// One at a time, so that layer ids and colours follow the order of the files.
		for (const [i, { file, outcome }] of started.entries()) {
			if (this.#cancelled === batch) {
				this.#replace(outcome.key, { ...outcome, status: 'cancelled' });
				continue;
			}
			const progress = (stage: ImportStage) => {
				if (batch === this.#batch) {
					this.progress = {
						key: outcome.key,
						fileName: outcome.fileName,
						index: i + 1,
						total: started.length,
						stage
					};
				}
			};
			// An outcome dismissed while waiting stays hidden; its file is still added.
			this.#replace(outcome.key, await this.#importOne(file, outcome, progress));
		}
		// A later drop may have started meanwhile: it says when it is done.
		if (batch === this.#batch) {
			this.importing = false;
			this.progress = undefined;
		}
	}

	/** Stops reading the files of the current drop: none of those not yet added is added. */
	cancelImport(): void {
		if (!this.importing) return;
		this.#cancelled = this.#batch;
		this.#tasks.cancel();
	}

	/** Hides one outcome (its layer, if added, stays). */
	dismissOutcome(key: number): void {
		this.outcomes = this.outcomes.filter((o) => o.key !== key);
	}

	/** One file, read and parsed by the tasks; saved in this browser when accepted. */
	async #importOne(
		file: File,
		outcome: ImportOutcome,
		progress: (stage: ImportStage) => void
	): Promise<ImportOutcome> {
		const batch = this.#batch;
		const id = newLayerId(this.list.map((l) => l.id));
		let reply;
		try {
			reply = await this.#tasks.importFile(
				{ file, id, color: nextLayerColor(this.list), addedAt: new Date().toISOString() },
				progress
			);
		} catch (error) {
			if (error instanceof Abandoned) return { ...outcome, status: 'cancelled' };
			return { ...outcome, status: 'refused', unreadable: true };
		}
		if (this.#cancelled === batch) return { ...outcome, status: 'cancelled' };
		if (reply.status === 'unreadable') return { ...outcome, status: 'refused', unreadable: true };
		if (reply.status === 'refused') return { ...outcome, status: 'refused', error: reply.error };
		const saved = reply.saved;
		this.list = [...this.list, saved];
		progress('saving');
		return {
			...outcome,
			status: 'added',
			layerId: saved.id,
			warnings: saved.layer.warnings,
			suspectGcj02: saved.layer.datumHint === 'gcj02-suspected',
			saveFailed: !(await this.#keep(saved.id))
		};
	}

	/** Puts `outcome` in the place of the one with `key`, if that one is still shown. */
	#replace(key: number, outcome: ImportOutcome): void {
		this.outcomes = this.outcomes.map((o) => (o.key === key ? outcome : o));
	}

	/**
	 * Converts a layer from GCJ-02 to WGS-84 (any layer, also one kept from an earlier visit) and
	 * saves it; the outcome shown for this layer, if any, follows.
	 */
	async convertLayer(id: string): Promise<void> {
		const layer = this.list.find((l) => l.id === id);
		if (!layer || layer.layer.datum === 'gcj02-converted' || this.converting.has(id)) return;
		this.converting = new Set([...this.converting, id]);
		let result;
		try {
			result = await this.#tasks.convert(layer, this.storageAvailable);
		} catch {
			result = undefined;
		} finally {
			this.converting = new Set([...this.converting].filter((c) => c !== id));
		}
		// Removed meanwhile, or the worker was stopped by a cancelled import: nothing to show.
		if (!result || !this.list.some((l) => l.id === id)) return;
		const { converted, saved } = result;
		this.list = this.list.map((l) => (l.id === id ? converted : l));
		const outcome = this.outcomes.find((o) => o.layerId === id);
		if (outcome) {
			this.#replace(outcome.key, {
				...outcome,
				warnings: converted.layer.warnings,
				suspectGcj02: false,
				converted: true,
				saveFailed: !saved
			});
		}
	}

	/** The inspected feature and its layer, while both still exist. */
	get inspectedFeature(): { layer: SavedLayer; feature: UserFeature } | undefined {
		const ref = this.inspected;
		const layer = ref && this.list.find((l) => l.id === ref.layerId);
		const feature = layer?.layer.features[ref!.index];
		return layer && feature ? { layer, feature } : undefined;
	}

	/**
	 * The box holding every feature of the layer, WGS-84, at least 300 m across; undefined for an
	 * unknown layer or one without positions.
	 */
	extent(id: string): Bounds | undefined {
		const layer = this.list.find((l) => l.id === id);
		const box = layer && unionBounds(layer.layer.features.map((f) => geometryBounds(f.geometry)));
		return (
			box &&
			boundsAround(
				[
					[box[0], box[1]],
					[box[2], box[3]]
				],
				MIN_EXTENT_HALF_M
			)
		);
	}

	async removeLayer(id: string): Promise<void> {
		if (this.inspected?.layerId === id) this.inspected = undefined;
		this.list = this.list.filter((l) => l.id !== id);
		this.outcomes = this.outcomes.filter((o) => o.layerId !== id);
		if (!(await this.#tasks.remove(id, this.storageAvailable).catch(() => false))) {
			this.storageAvailable = false;
		}
	}

	/** True when saved; false when storage is unavailable (said once, in the panel). */
	async #keep(id: string): Promise<boolean> {
		if (!this.storageAvailable) return true;
		return this.#tasks.keep(id).catch(() => false);
	}
}
