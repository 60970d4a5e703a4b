import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { expectWellFormed, userPoint } from './overlay-fixtures';
import {
	mapProperties,
	USER_CLUSTERS,
	userFeatureAt,
	userLayerIds,
	userLayerOverlay,
	userLayerSource,
	userPointSource
} from './user-layers';

const line: Feature = {
	type: 'Feature',
	geometry: {
		type: 'LineString',
		coordinates: [
			[120.38, 36.07],
			[120.39, 36.08]
		]
	},
	properties: { name: '路' }
};

const pair: Feature = {
	type: 'Feature',
	geometry: {
		type: 'MultiPoint',
		coordinates: [
			[120.3, 36.1],
			[120.31, 36.1]
		]
	},
	properties: { name: '两点' }
};

describe('userLayerOverlay', () => {
	it('gives each user layer its own overlay- sources and colour', () => {
		const overlay = userLayerOverlay([
			{ id: 'abc123', color: '#e6007e', features: [userPoint] },
			{ id: 'def456', color: '#0050b5', features: [] }
		]);
		expectWellFormed(overlay);
		expect(Object.keys(overlay.sources)).toEqual([
			userPointSource('abc123'),
			userLayerSource('abc123'),
			userPointSource('def456'),
			userLayerSource('def456')
		]);
		const point = overlay.layers.find((l) => l.id === userLayerIds('abc123').point)!;
		expect((point.paint as Record<string, unknown>)['circle-color']).toBe('#e6007e');
	});

	it('clusters the points, MultiPoints split, and keeps lines and polygons apart', () => {
		const overlay = userLayerOverlay([
			{ id: 'abc123', color: '#e6007e', features: [line, userPoint, pair] }
		]);
		expect(overlay.clustered).toEqual({ [userPointSource('abc123')]: USER_CLUSTERS });
		const points = overlay.sources[userPointSource('abc123')]!.features;
		expect(points.map((f) => f.geometry.type)).toEqual(['Point', 'Point', 'Point']);
		const shapes = overlay.sources[userLayerSource('abc123')]!.features;
		expect(shapes.map((f) => f.geometry.type)).toEqual(['LineString']);
	});

	it('draws clusters with their count, and single points only outside clusters', () => {
		const ids = userLayerIds('abc123');
		const overlay = userLayerOverlay([{ id: 'abc123', color: '#e6007e', features: [userPoint] }]);
		const byId = new Map(overlay.layers.map((l) => [l.id, l]));
		expect(byId.get(ids.clusters)).toMatchObject({ filter: ['has', 'point_count'] });
		expect(byId.get(ids.clusterCount)).toMatchObject({
			layout: { 'text-field': ['get', 'point_count_abbreviated'] }
		});
		expect(byId.get(ids.point)).toMatchObject({ filter: ['!', ['has', 'point_count']] });
	});

	it('numbers every drawn feature by its position in the layer, plus one, and leaves the input as it was', () => {
		const overlay = userLayerOverlay([
			{ id: 'abc123', color: '#e6007e', features: [line, userPoint, pair] }
		]);
		const points = overlay.sources[userPointSource('abc123')]!.features;
		expect(points.map((f) => f.id)).toEqual([2, 3, 3]);
		expect(overlay.sources[userLayerSource('abc123')]!.features[0]!.id).toBe(1);
		expect(userPoint.id).toBeUndefined();
	});
});

describe('userFeatureAt', () => {
	it('finds the layer and position from either source and the drawn id', () => {
		expect(userFeatureAt(userPointSource('abc123'), 3)).toEqual({ layerId: 'abc123', index: 2 });
		expect(userFeatureAt(userLayerSource('abc123'), 1)).toEqual({ layerId: 'abc123', index: 0 });
	});

	it('finds nothing on other sources or without a usable id', () => {
		expect(userFeatureAt('overlay-clusters', 1)).toBeUndefined();
		expect(userFeatureAt(userLayerSource('abc123'), undefined)).toBeUndefined();
		expect(userFeatureAt(userLayerSource('abc123'), 0)).toBeUndefined();
		expect(userFeatureAt(userLayerSource('abc123'), 'x')).toBeUndefined();
	});
});

describe('mapProperties', () => {
	// JSON.parse makes "__proto__" an own property, as reading a user's file does.
	const hostile = JSON.parse(
		'{"name":"kiosk","constructor":"Kiosk","__proto__":{"polluted":true},"$name":"Point","hasOwnProperty":1,"toString":"x","size":3}'
	) as Record<string, unknown>;

	it('keeps a plain object without the keys MapLibre reserves, and the rest as they were', () => {
		const safe = mapProperties(hostile);
		expect(Object.getPrototypeOf(safe)).toBe(Object.prototype);
		expect(safe.constructor).toBe(Object);
		expect(typeof safe.hasOwnProperty).toBe('function');
		expect(Object.keys(safe)).toEqual(['name', 'toString', 'size']);
		expect(safe).toMatchObject({ name: 'kiosk', toString: 'x', size: 3 });
		expect((safe as { polluted?: boolean }).polluted).toBeUndefined();
	});

	it('leaves the feature given to it as it was, and turns null into no properties', () => {
		const before = JSON.stringify(hostile);
		mapProperties(hostile);
		expect(JSON.stringify(hostile)).toBe(before);
		expect(mapProperties(null)).toEqual({});
	});

	it('is what the overlay gives the map for every user feature', () => {
		const overlay = userLayerOverlay([
			{ id: 'abc123', color: '#e6007e', features: [{ ...userPoint, properties: hostile }] }
		]);
		const source = overlay.sources[userPointSource('abc123')] as {
			features: { properties: Record<string, unknown> }[];
		};
		expect(Object.keys(source.features[0]!.properties)).toEqual(['name', 'toString', 'size']);
	});
});
