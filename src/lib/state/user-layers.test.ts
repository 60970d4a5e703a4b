import { describe, expect, it } from 'vitest';
import { parseUserLayer, type UserLayer } from '$lib/import/parse-user-layer';
import { USER_LAYER_COLORS } from '$lib/style/map-palette';
import { LayerKeeper } from './layer-keeper';
import { deleteLayer, isSavedLayer, saveLayer } from './layer-store';
import {
	newLayerId,
	nextLayerColor,
	userFeatureName,
	type LayerStore,
	type SavedLayer
} from './user-layers';

/** An in-memory stand-in for IndexedDB that, like it, keeps a structured clone of each value. */
function memoryStore(): LayerStore & { entries: Map<string, unknown> } {
	const entries = new Map<string, unknown>();
	return {
		entries,
		keys: async () => [...entries.keys()],
		get: async (id) => structuredClone(entries.get(id)),
		set: async (id, value) => void entries.set(id, structuredClone(value)),
		del: async (id) => void entries.delete(id)
	};
}

/** What a browser without usable IndexedDB does: every call rejects. */
const refusingStore: LayerStore = {
	keys: () => Promise.reject(new DOMException('The user denied permission', 'SecurityError')),
	get: () => Promise.reject(new DOMException('The user denied permission', 'SecurityError')),
	set: () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')),
	del: () => Promise.reject(new DOMException('The user denied permission', 'SecurityError'))
};

function layer(name: string): UserLayer {
	const parsed = parseUserLayer(name, 'name,lon,lat\n台东,120.347,36.083\n汇泉湾,120.34,36.05\n');
	if (!parsed.ok) throw new Error('fixture did not parse');
	return parsed.layer;
}

function saved(id: string, addedAt: string, color = USER_LAYER_COLORS[0]): SavedLayer {
	return { version: 1, id, addedAt, color, layer: layer(`${id}.csv`) };
}

/** What the page reads back through the keeper: the usable layers, oldest first, and how many were not. */
async function loadLayers(store: LayerStore) {
	const keeper = new LayerKeeper(store);
	const listed = await keeper.restoreList();
	if (!listed.ok) return listed;
	const read = await Promise.all(listed.ids.map((id) => keeper.restoreOne(id)));
	const layers = read.flatMap((l) => (l ? [l] : []));
	layers.sort((a, b) => a.addedAt.localeCompare(b.addedAt));
	return { ok: true as const, layers, dropped: read.length - layers.length };
}

describe('saving and loading layers', () => {
	it('gives back what was saved, oldest first', async () => {
		const store = memoryStore();
		await saveLayer(store, saved('b2', '2026-11-26T10:00:00Z'));
		await saveLayer(store, saved('a1', '2026-11-25T10:00:00Z'));
		const result = await loadLayers(store);
		expect(result).toMatchObject({ ok: true, dropped: 0 });
		if (!result.ok) return;
		expect(result.layers.map((l) => l.id)).toEqual(['a1', 'b2']);
		expect(result.layers[0]!.layer.features).toHaveLength(2);
	});

	it('forgets a deleted layer', async () => {
		const store = memoryStore();
		await saveLayer(store, saved('a1', '2026-11-25T10:00:00Z'));
		expect(await deleteLayer(store, 'a1')).toBe(true);
		expect(await loadLayers(store)).toEqual({ ok: true, layers: [], dropped: 0 });
	});

	it('leaves out and counts stored entries that are not layers of this version', async () => {
		const store = memoryStore();
		await saveLayer(store, saved('a1', '2026-11-25T10:00:00Z'));
		store.entries.set('old', { version: 0, id: 'old' });
		store.entries.set('broken', { ...saved('c3', '2026-11-25T11:00:00Z'), color: 'red' });
		const result = await loadLayers(store);
		expect(result).toMatchObject({ ok: true, dropped: 2 });
	});

	it('says so, without throwing, when IndexedDB is unavailable', async () => {
		expect(await loadLayers(refusingStore)).toEqual({ ok: false });
		expect(await saveLayer(refusingStore, saved('a1', '2026-11-25T10:00:00Z'))).toBe(false);
		expect(await deleteLayer(refusingStore, 'a1')).toBe(false);
	});
});

describe('isSavedLayer', () => {
	it('accepts a parsed layer and refuses ids that could not be part of a source id', () => {
		expect(isSavedLayer(saved('a1', '2026-11-25T10:00:00Z'))).toBe(true);
		expect(isSavedLayer({ ...saved('a1', '2026-11-25T10:00:00Z'), id: '../x' })).toBe(false);
		expect(isSavedLayer(null)).toBe(false);
	});
});

describe('newLayerId and nextLayerColor', () => {
	it('makes ids of lower-case letters and digits, different from those taken', () => {
		const values = [0.5, 0.5, 0.25];
		const random = () => values.shift()!;
		const first = newLayerId([], 1_700_000_000_000, () => 0.5);
		expect(first).toMatch(/^[a-z0-9]+$/);
		expect(newLayerId([first], 1_700_000_000_000, random)).not.toBe(first);
	});

	it('uses a colour no layer has yet, then cycles', () => {
		expect(nextLayerColor([])).toBe(USER_LAYER_COLORS[0]);
		expect(nextLayerColor([{ color: USER_LAYER_COLORS[0] }])).toBe(USER_LAYER_COLORS[1]);
		const all = USER_LAYER_COLORS.map((color) => ({ color }));
		expect(nextLayerColor(all)).toBe(USER_LAYER_COLORS[0]);
	});
});

describe('userFeatureName', () => {
	it('prefers a name-like property and falls back to the feature id', () => {
		const [first] = layer('x.csv').features;
		expect(userFeatureName(first!)).toBe('台东');
		expect(userFeatureName({ ...first!, properties: {} })).toBe(first!.id);
	});
});
