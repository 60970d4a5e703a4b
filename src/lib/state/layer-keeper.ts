/**
 * The heavy work on a user's layers, run in a Web Worker (`user-layers.worker.ts`) so the page stays
 * responsive: reading and parsing a dropped file, the GCJ-02 conversion, and IndexedDB (saving,
 * deleting, reading kept layers back one by one). The keeper holds every layer it has parsed or read,
 * by id, so the page can ask for a conversion or a save by id without sending the layer back.
 * Plain async functions over a `LayerStore`: the unit tests run the same code in-process with an
 * in-memory store (docs/ARCHITECTURE.md, "Workers").
 */
import { checkFileSize, convertUserLayer, parseUserFile } from '$lib/import/parse-user-layer';
import type { ImportMessage } from '$lib/import/messages';
import type { ImportStage } from './import-stages';
import { deleteLayer, isSavedLayer, saveLayer } from './layer-store';
import type { LayerStore, SavedLayer } from './user-layers';

export interface ImportRequest {
	file: File;
	/** Chosen by the page, which knows the layers on screen: the id, colour and time of the new layer. */
	id: string;
	color: string;
	addedAt: string;
}

export type ImportReply =
	| { status: 'added'; saved: SavedLayer }
	| { status: 'refused'; error: ImportMessage }
	| { status: 'unreadable' };

export type RestoreList = { ok: true; ids: string[] } | { ok: false };

export class LayerKeeper {
	readonly #store: LayerStore;
	readonly #layers = new Map<string, SavedLayer>();

	constructor(store: LayerStore) {
		this.#store = store;
	}

	/** Reads and parses a file (never throws for bad input); an accepted layer is held, not yet saved. */
	async importFile(
		{ file, id, color, addedAt }: ImportRequest,
		progress: (stage: ImportStage) => void = () => {}
	): Promise<ImportReply> {
		const tooLarge = checkFileSize(file.size);
		if (tooLarge) return { status: 'refused', error: tooLarge };
		progress('reading');
		let bytes: Uint8Array;
		try {
			bytes = new Uint8Array(await file.arrayBuffer());
		} catch {
			return { status: 'unreadable' };
		}
		const parsed = parseUserFile(file.name, bytes, { onStage: progress });
		if (!parsed.ok) return { status: 'refused', error: parsed.error };
		const saved: SavedLayer = { version: 1, id, addedAt, color, layer: parsed.layer };
		this.#layers.set(id, saved);
		return { status: 'added', saved };
	}

	/** Keeps a held layer in this browser; false when storage refuses (or the layer is unknown). */
	async keep(id: string): Promise<boolean> {
		const layer = this.#layers.get(id);
		return layer ? saveLayer(this.#store, layer) : false;
	}

	/**
	 * Converts a layer from GCJ-02 to WGS-84 and saves it when `save`. `layer` is needed only when this
	 * keeper does not hold it (a worker started after the one that read it).
	 */
	async convert({
		id,
		layer,
		save
	}: {
		id: string;
		layer?: SavedLayer;
		save: boolean;
	}): Promise<{ converted: SavedLayer; saved: boolean } | undefined> {
		const current = this.#layers.get(id) ?? layer;
		if (!current) return undefined;
		const converted: SavedLayer = { ...current, layer: convertUserLayer(current.layer) };
		this.#layers.set(id, converted);
		return { converted, saved: save ? await saveLayer(this.#store, converted) : true };
	}

	/** Forgets a layer and deletes it from storage when `stored`; false when storage refuses. */
	async remove({ id, stored }: { id: string; stored: boolean }): Promise<boolean> {
		this.#layers.delete(id);
		return stored ? deleteLayer(this.#store, id) : true;
	}

	/** Ids of the layers kept in this browser, or `{ ok: false }` when storage is unavailable. */
	async restoreList(): Promise<RestoreList> {
		try {
			return { ok: true, ids: (await this.#store.keys()).map(String) };
		} catch {
			return { ok: false };
		}
	}

	/** One kept layer, checked again; undefined when it is gone or not a layer this version can use. */
	async restoreOne(id: string): Promise<SavedLayer | undefined> {
		let value: unknown;
		try {
			value = await this.#store.get(id);
		} catch {
			return undefined;
		}
		if (!isSavedLayer(value)) return undefined;
		this.#layers.set(value.id, value);
		return value;
	}
}
