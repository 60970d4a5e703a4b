/**
 * A user's own layers, kept in this browser's IndexedDB (through idb-keyval) so they survive a reload
 * (docs/ARCHITECTURE.md, "Bad input"). Nothing is uploaded anywhere.
 *
 * Each layer is stored under its id as a `SavedLayer`: the parsed, WGS-84 layer that
 * `parseUserLayer` produced, with its colour and when it was added. What comes back from storage is
 * checked again before use (an older version of the site, or another tab, may have written it); what
 * does not fit is left out and counted. The page reaches the store through a worker (layer-keeper.ts),
 * which reads kept layers back one at a time. When IndexedDB is missing or refuses (private browsing, site
 * data blocked, storage full), every function says so instead of throwing, and the layers still work
 * for the session.
 */
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import * as v from 'valibot';
import { USER_GEOMETRY_TYPES } from '$lib/import/geometry';
import type { UserFeature, UserLayer } from '$lib/import/parse-user-layer';
import { USER_LAYER_COLORS } from '$lib/style/palette';
import { withoutBidiControls } from '$lib/import/bidi';
import { USER_NAME_KEYS } from '$lib/import/name-keys';

export interface SavedLayer {
	/** Format of the stored object; bump when it changes, and old entries are left out on load. */
	version: 1;
	/** Lower-case letters and digits: part of the map's source ids (`overlay-user-<id>`). */
	id: string;
	/** ISO timestamp; layers are listed in the order they were added. */
	addedAt: string;
	color: string;
	layer: UserLayer;
}

/** The part of idb-keyval the layers need; tests give an in-memory one. */
export interface LayerStore {
	keys(): Promise<IDBValidKey[]>;
	get(id: string): Promise<unknown>;
	set(id: string, value: SavedLayer): Promise<void>;
	del(id: string): Promise<void>;
}

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

/** A new layer id: time and randomness in base 36, unique among `taken`. */
export function newLayerId(
	taken: readonly string[],
	now = Date.now(),
	random = Math.random
): string {
	let id: string;
	do id = `${now.toString(36)}${Math.floor(random() * 36 ** 4).toString(36)}`;
	while (taken.includes(id));
	return id;
}

/** The first colour no layer uses yet, or the next in turn when all are in use. */
export function nextLayerColor(layers: readonly Pick<SavedLayer, 'color'>[]): string {
	const used = new Set(layers.map((l) => l.color));
	return (
		USER_LAYER_COLORS.find((c) => !used.has(c)) ??
		USER_LAYER_COLORS[layers.length % USER_LAYER_COLORS.length]!
	);
}

/** A feature's name for lists and exports: the first of USER_NAME_KEYS it has, else its id. */
export function userFeatureName(feature: UserFeature): string {
	for (const key of USER_NAME_KEYS) {
		const value = feature.properties[key];
		// A layer kept from before bidirectional controls were removed on import may still hold some.
		if (value !== undefined && value !== null && value !== '')
			return withoutBidiControls(String(value));
	}
	return feature.id;
}
