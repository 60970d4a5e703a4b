/**
 * A user's own layers in the page: files dropped or chosen, read and parsed (the import code loads
 * when first needed), listed, converted from GCJ-02 on request, removed, and kept in this browser
 * through `user-layers.ts`. The analyses take these layers through `Analysis`; the map draws them.
 */
import { browser } from '$app/environment';
import { boundsAround, geometryBounds, unionBounds } from '$lib/geo/bounds';
import type { Bounds } from '$lib/geo/types';
import type { ImportMessage } from '$lib/import/messages';
import type { UserFeature } from '$lib/import/parse-user-layer';
import {
	browserLayerStore,
	deleteLayer,
	loadLayers,
	newLayerId,
	nextLayerColor,
	saveLayer,
	type LayerStore,
	type SavedLayer
} from './user-layers';

/** What became of one file the user gave. */
export interface ImportOutcome {
	/** Tells the outcomes of one drop apart (two files may share a name). */
	key: number;
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

/** The smallest half-width of a layer's extent, metres: a single point is shown with its street. */
const MIN_EXTENT_HALF_M = 150;

/** A feature of a user's layer, by the layer's id and the feature's position in it. */
export interface FeatureRef {
	layerId: string;
	index: number;
}

export class UserLayers {
	readonly #store: LayerStore;

	/** The layers, in the order they were added. */
	list = $state.raw<SavedLayer[]>([]);
	/** False once IndexedDB has refused: layers then last for the session only. */
	storageAvailable = $state(true);
	/** Saved layers that could not be read back. */
	restoreDropped = $state(0);
	/** One outcome per file of the last drop or choice, in the order given; the next one replaces them. */
	outcomes = $state.raw<ImportOutcome[]>([]);
	/** True while the files of the last drop or choice are being read. */
	importing = $state(false);
	/** The feature whose properties are shown (chosen on the map), if any. */
	inspected = $state.raw<FeatureRef | undefined>();
	#nextKey = 0;
	#batch = 0;

	constructor(store: LayerStore = browserLayerStore()) {
		this.#store = store;
		if (browser) void this.restore();
	}

	/** Reads back the layers saved in this browser. */
	async restore(): Promise<void> {
		const result = await loadLayers(this.#store);
		if (!result.ok) {
			this.storageAvailable = false;
			return;
		}
		const current = new Set(this.list.map((l) => l.id));
		this.list = [...result.layers.filter((l) => !current.has(l.id)), ...this.list];
		this.restoreDropped = result.dropped;
	}

	/**
	 * Adds the files of one drop or choice, one after the other: the outcomes of the previous drop
	 * are cleared, and each file gets its own (added, refused and why, warnings).
	 */
	async importFiles(files: Iterable<File>): Promise<void> {
		const given = [...files];
		if (given.length === 0) return;
		const [parse, { excerpt }] = await Promise.all([
			import('$lib/import/parse-user-layer'),
			import('$lib/import/messages')
		]);
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
		for (const { file, outcome } of started) {
			// An outcome dismissed while waiting stays hidden; its file is still added.
			this.#replace(outcome.key, await this.#importOne(file, parse, outcome));
		}
		// A later drop may have started meanwhile: it says when it is done.
		if (batch === this.#batch) this.importing = false;
	}

	/** Hides one outcome (its layer, if added, stays). */
	dismissOutcome(key: number): void {
		this.outcomes = this.outcomes.filter((o) => o.key !== key);
	}

	/**
	 * One file: refused at once from its size when too large (its content is never read), otherwise
	 * read and parsed; saved in this browser when accepted.
	 */
	async #importOne(
		file: File,
		{ checkFileSize, parseUserFile }: typeof import('$lib/import/parse-user-layer'),
		outcome: ImportOutcome
	): Promise<ImportOutcome> {
		const tooLarge = checkFileSize(file.size);
		if (tooLarge) return { ...outcome, status: 'refused', error: tooLarge };
		let bytes: Uint8Array;
		try {
			bytes = new Uint8Array(await file.arrayBuffer());
		} catch {
			return { ...outcome, status: 'refused', unreadable: true };
		}
		// The file's kind (zip, image, binary) is read from its bytes, before they are decoded as text.
		const parsed = parseUserFile(file.name, bytes);
		if (!parsed.ok) return { ...outcome, status: 'refused', error: parsed.error };
		const saved: SavedLayer = {
			version: 1,
			id: newLayerId(this.list.map((l) => l.id)),
			addedAt: new Date().toISOString(),
			color: nextLayerColor(this.list),
			layer: parsed.layer
		};
		this.list = [...this.list, saved];
		return {
			...outcome,
			status: 'added',
			layerId: saved.id,
			warnings: parsed.layer.warnings,
			suspectGcj02: parsed.layer.datumHint === 'gcj02-suspected',
			saveFailed: !(await this.#save(saved))
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
		if (!layer || layer.layer.datum === 'gcj02-converted') return;
		const { convertUserLayer } = await import('$lib/import/parse-user-layer');
		const converted: SavedLayer = { ...layer, layer: convertUserLayer(layer.layer) };
		this.list = this.list.map((l) => (l.id === id ? converted : l));
		const saved = await this.#save(converted);
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
