import { describe, expect, it } from 'vitest';
import { localLayerTasks } from './layer-tasks';
import { UserLayers } from './user-layers.svelte';

const noStore = localLayerTasks({
	keys: async () => [],
	get: async () => undefined,
	set: async () => undefined,
	del: async () => undefined
});

const csv = (name: string, rows: string) => new File([`name,lon,lat\n${rows}`], name);

describe('UserLayers.extent', () => {
	it('holds every feature of the layer', async () => {
		const layers = new UserLayers(noStore);
		await layers.importFiles([csv('two.csv', 'a,120.30,36.05\nb,120.40,36.10\n')]);
		const [west, south, east, north] = layers.extent(layers.list[0]!.id)!;
		expect(west).toBeLessThanOrEqual(120.3);
		expect(south).toBeLessThanOrEqual(36.05);
		expect(east).toBeGreaterThanOrEqual(120.4);
		expect(north).toBeGreaterThanOrEqual(36.1);
		// Not grown where the layer is already wider than the minimum.
		expect(east - west).toBeCloseTo(0.1, 6);
	});

	it('shows a single point with about 150 m around it', async () => {
		const layers = new UserLayers(noStore);
		await layers.importFiles([csv('one.csv', 'a,120.347,36.083\n')]);
		const [west, south, east, north] = layers.extent(layers.list[0]!.id)!;
		// 300 m is about 0.0033° of longitude and 0.0027° of latitude at 36° N.
		expect(east - west).toBeCloseTo(0.00333, 4);
		expect(north - south).toBeCloseTo(0.0027, 4);
	});

	it('is undefined for a layer it does not have', () => {
		expect(new UserLayers(noStore).extent('nosuch')).toBeUndefined();
	});
});

describe('UserLayers.inspectedFeature', () => {
	it('is the chosen feature while its layer exists', async () => {
		const layers = new UserLayers(noStore);
		await layers.importFiles([csv('two.csv', 'a,120.30,36.05\nb,120.40,36.10\n')]);
		const id = layers.list[0]!.id;
		layers.inspected = { layerId: id, index: 1 };
		expect(layers.inspectedFeature?.feature.properties.name).toBe('b');
		await layers.removeLayer(id);
		expect(layers.inspected).toBeUndefined();
		expect(layers.inspectedFeature).toBeUndefined();
	});
});
