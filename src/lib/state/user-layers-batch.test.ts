import { describe, expect, it } from 'vitest';
import { Abandoned, localLayerTasks } from './layer-tasks';
import type { LayerStore } from './user-layers';
import { UserLayers } from './user-layers.svelte';

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

const userLayers = (store = memoryStore()) => new UserLayers(localLayerTasks(store));

const good = (name: string) => new File(['name,lon,lat\n台东,120.347,36.083\n'], name);
const noColumns = new File(['name,address\n台东,市北区\n'], 'no-coordinates.csv');
const notJson = new File(['{ "type": '], 'broken.geojson');

describe('several files given at once', () => {
	it('keeps one outcome per file, in order, refusals included', async () => {
		const layers = userLayers();
		await layers.importFiles([good('a.csv'), noColumns, good('b.csv'), notJson]);
		expect(layers.outcomes.map((o) => [o.fileName, o.status])).toEqual([
			['a.csv', 'added'],
			['no-coordinates.csv', 'refused'],
			['b.csv', 'added'],
			['broken.geojson', 'refused']
		]);
		expect(layers.outcomes[1]?.error?.code).toBeDefined();
		expect(layers.outcomes[3]?.error?.code).not.toBe(layers.outcomes[1]?.error?.code);
		expect(layers.list).toHaveLength(2);
		expect(layers.importing).toBe(false);
	});

	it('replaces the outcomes of the previous drop; a dismissed one goes, its layer stays', async () => {
		const layers = userLayers();
		await layers.importFiles([good('a.csv'), noColumns]);
		layers.dismissOutcome(layers.outcomes[0]!.key);
		expect(layers.outcomes.map((o) => o.fileName)).toEqual(['no-coordinates.csv']);
		expect(layers.list).toHaveLength(1);
		await layers.importFiles([good('c.csv')]);
		expect(layers.outcomes.map((o) => o.fileName)).toEqual(['c.csv']);
		expect(layers.list).toHaveLength(2);
	});

	it('drops the outcome of a removed layer', async () => {
		const layers = userLayers();
		await layers.importFiles([good('a.csv'), good('b.csv')]);
		await layers.removeLayer(layers.outcomes[0]!.layerId!);
		expect(layers.outcomes.map((o) => o.fileName)).toEqual(['b.csv']);
	});
});

describe('layers kept from an earlier visit', () => {
	it('are read back one by one, oldest first, counting those that no longer fit', async () => {
		const store = memoryStore();
		const first = userLayers(store);
		await first.importFiles([good('a.csv')]);
		await first.importFiles([good('b.csv')]);
		store.entries.set('old', { version: 0, id: 'old' });
		const next = userLayers(store);
		await next.restore();
		expect(next.list.map((l) => l.layer.name).sort()).toEqual(['a.csv', 'b.csv']);
		expect(next.restoreDropped).toBe(1);
		expect(next.restoring).toBeUndefined();
	});

	it('stay before the layers added meanwhile', async () => {
		const store = memoryStore();
		await userLayers(store).importFiles([good('kept.csv')]);
		const next = userLayers(store);
		await next.importFiles([good('new.csv')]);
		await next.restore();
		expect(next.list.map((l) => l.layer.name)).toEqual(['kept.csv', 'new.csv']);
	});

	it('are converted from GCJ-02 and kept converted', async () => {
		const store = memoryStore();
		const first = userLayers(store);
		await first.importFiles([good('a.csv')]);
		const next = userLayers(store);
		await next.restore();
		await next.convertLayer(next.list[0]!.id);
		const again = userLayers(store);
		await again.restore();
		expect(again.list[0]!.layer.datum).toBe('gcj02-converted');
		expect(again.list[0]!.layer.features[0]!.geometry).not.toEqual(
			first.list[0]!.layer.features[0]!.geometry
		);
	});

	it('are still listed when a cancelled import ends the worker while it lists them', async () => {
		const store = memoryStore();
		const first = userLayers(store);
		await first.importFiles([good('kept.csv')]);
		const tasks = localLayerTasks(store);
		let calls = 0;
		const restoreList = tasks.restoreList;
		tasks.restoreList = () => (++calls === 1 ? Promise.reject(new Abandoned()) : restoreList());
		const layers = new UserLayers(tasks);
		await layers.restore();
		expect(calls).toBe(2);
		expect(layers.list.map((l) => l.layer.name)).toEqual(['kept.csv']);
	});
});
