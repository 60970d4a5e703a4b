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
 *
 * This module holds the types and the small helpers the page needs; reading and writing the store
 * (idb-keyval, and the schema that checks what comes back) is in `layer-store.ts`, which only the
 * worker loads, so the page's first load does not carry it.
 */
import type { UserFeature, UserLayer } from '$lib/import/parse-user-layer';
import { USER_LAYER_COLORS } from '$lib/style/map-palette';
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
