import { describe, expect, it } from 'vitest';
import type { LayerStore } from './user-layers';
import { UserLayers } from './user-layers.svelte';

function memoryStore(): LayerStore {
	const entries = new Map<string, unknown>();
	return {
		values: async () => [...entries.values()],
		set: async (id, value) => void entries.set(id, structuredClone(value)),
		del: async (id) => void entries.delete(id)
	};
}

const good = (name: string) => new File(['name,lon,lat\n台东,120.347,36.083\n'], name);
const noColumns = new File(['name,address\n台东,市北区\n'], 'no-coordinates.csv');
const notJson = new File(['{ "type": '], 'broken.geojson');

describe('several files given at once', () => {
	it('keeps one outcome per file, in order, refusals included', async () => {
		const layers = new UserLayers(memoryStore());
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
		const layers = new UserLayers(memoryStore());
		await layers.importFiles([good('a.csv'), noColumns]);
		layers.dismissOutcome(layers.outcomes[0]!.key);
		expect(layers.outcomes.map((o) => o.fileName)).toEqual(['no-coordinates.csv']);
		expect(layers.list).toHaveLength(1);
		await layers.importFiles([good('c.csv')]);
		expect(layers.outcomes.map((o) => o.fileName)).toEqual(['c.csv']);
		expect(layers.list).toHaveLength(2);
	});

	it('drops the outcome of a removed layer', async () => {
		const layers = new UserLayers(memoryStore());
		await layers.importFiles([good('a.csv'), good('b.csv')]);
		await layers.removeLayer(layers.outcomes[0]!.layerId!);
		expect(layers.outcomes.map((o) => o.fileName)).toEqual(['b.csv']);
	});
});
