/**
 * The IndexedDB store of a user's layers (through idb-keyval) and the schema that checks what comes
 * back from it. Loaded by the layer worker (layer-keeper.ts), or by the page only where there is no
 * worker; see user-layers.ts for what is kept and why.
 */
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import * as v from 'valibot';
import { USER_GEOMETRY_TYPES } from '$lib/import/geometry';
import type { LayerStore, SavedLayer } from './user-layers';

const DATABASE = 'qingdao-renewal-map';
const STORE = 'user-layers';

/** The browser's IndexedDB store. Opening is deferred to the first use, where failures are caught. */
export function browserLayerStore(): LayerStore {
	let store: UseStore | undefined;
	const open = () => (store ??= createStore(DATABASE, STORE));
	return {
		keys: () => keys(open()),
		get: (id) => get(id, open()),
		set: (id, value) => set(id, value, open()),
		del: (id) => del(id, open())
	};
}

const Feature = v.looseObject({
	type: v.literal('Feature'),
	id: v.string(),
	geometry: v.looseObject({
		type: v.picklist(USER_GEOMETRY_TYPES),
		coordinates: v.array(v.unknown())
	}),
	properties: v.record(v.string(), v.union([v.string(), v.number(), v.boolean(), v.null()]))
});

const Saved = v.looseObject({
	version: v.literal(1),
	id: v.pipe(v.string(), v.regex(/^[a-z0-9]{1,40}$/)),
	addedAt: v.string(),
	color: v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i)),
	layer: v.looseObject({
		name: v.string(),
		kind: v.picklist(['geojson', 'csv']),
		features: v.array(Feature),
		bbox: v.tuple([v.number(), v.number(), v.number(), v.number()]),
		counts: v.record(v.string(), v.number()),
		warnings: v.array(
			v.looseObject({ code: v.string(), params: v.record(v.string(), v.unknown()) })
		),
		datum: v.picklist(['wgs84', 'gcj02-converted']),
		datumHint: v.picklist(['gcj02-suspected', 'unknown'])
	})
});

/** Whether a value read back from storage is a layer this version can use. */
export function isSavedLayer(value: unknown): value is SavedLayer {
	return v.is(Saved, value);
}

/** Saves (or replaces) a layer; false when storage is unavailable or full. */
export async function saveLayer(store: LayerStore, layer: SavedLayer): Promise<boolean> {
	try {
		// Pass plain data: IndexedDB cannot clone Svelte's state proxies (the state keeps layers raw).
		await store.set(layer.id, layer);
		return true;
	} catch {
		return false;
	}
}

/** Deletes a layer; false when storage is unavailable. */
export async function deleteLayer(store: LayerStore, id: string): Promise<boolean> {
	try {
		await store.del(id);
		return true;
	} catch {
		return false;
	}
}
