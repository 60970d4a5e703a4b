/**
 * A user's own layers in the page: files dropped or chosen, read and parsed (the import code loads
 * when first needed), listed, converted from GCJ-02 on request, removed, and kept in this browser
 * through `user-layers.ts`. The analyses take these layers through `Analysis`; the map draws them.
 */
import { browser } from '$app/environment';
import type { ImportMessage } from '$lib/import/messages';
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

export class UserLayers {
	readonly #store: LayerStore;

	/** The layers, in the order they were added. */
	list = $state.raw<SavedLayer[]>([]);
	/** False once IndexedDB has refused: layers then last for the session only. */
	storageAvailable = $state(true);
	/** Saved layers that could not be read back. */
	restoreDropped = $state(0);
	lastImport = $state.raw<ImportOutcome | undefined>();

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
	 * Adds a user's file as a layer: refused at once from its size when too large (its content is
	 * never read), otherwise read and parsed; saved in this browser when accepted.
	 */
	async importFile(file: File): Promise<void> {
		const [{ checkFileSize, parseUserFile }, { excerpt }] = await Promise.all([
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
		let bytes: Uint8Array;
		try {
			bytes = new Uint8Array(await file.arrayBuffer());
		} catch {
			this.lastImport = { ...outcome, status: 'refused', unreadable: true };
			return;
		}
		// The file's kind (zip, image, binary) is read from its bytes, before they are decoded as text.
		const parsed = parseUserFile(file.name, bytes);
		if (!parsed.ok) {
			this.lastImport = { ...outcome, status: 'refused', error: parsed.error };
			return;
		}
		const saved: SavedLayer = {
			version: 1,
			id: newLayerId(this.list.map((l) => l.id)),
			addedAt: new Date().toISOString(),
			color: nextLayerColor(this.list),
			layer: parsed.layer
		};
		this.list = [...this.list, saved];
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
		const layer = this.list.find((l) => l.id === id);
		if (!layer || layer.layer.datum === 'gcj02-converted') return;
		const { convertUserLayer } = await import('$lib/import/parse-user-layer');
		const converted: SavedLayer = { ...layer, layer: convertUserLayer(layer.layer) };
		this.list = this.list.map((l) => (l.id === id ? converted : l));
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
		this.list = this.list.filter((l) => l.id !== id);
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
