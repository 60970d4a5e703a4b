import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { BBox, Ring } from './geometry';
import { buildLand, clipLand } from './read-land';

function square(west: number, south: number, size: number): Ring {
	return [
		[west, south],
		[west + size, south],
		[west + size, south + size],
		[west, south + size],
		[west, south]
	];
}

const BBOX: BBox = [0, 0, 10, 10];

describe('clipLand', () => {
	it('keeps the polygons that meet the bbox, clipped to it, from Polygon and MultiPolygon features', () => {
		const world: FeatureCollection<Polygon | MultiPolygon> = {
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: {},
					geometry: { type: 'Polygon', coordinates: [square(8, 8, 4)] }
				},
				{
					type: 'Feature',
					properties: {},
					geometry: {
						type: 'MultiPolygon',
						coordinates: [[square(2, 2, 2)], [square(20, 20, 2)]]
					}
				}
			]
		};
		const polygons = clipLand(world, BBOX);
		expect(polygons).toHaveLength(2);
		const [clipped] = polygons[0]!;
		for (const [x, y] of clipped!) {
			expect(x).toBeLessThanOrEqual(10);
			expect(y).toBeLessThanOrEqual(10);
		}
		expect(polygons[1]).toEqual([square(2, 2, 2)]);
	});
});

describe('buildLand', () => {
	const options = { simplifyTolerance: 0.0002, keepHoles: false, decimals: 5 };
	const quiet = () => {};

	it('drops holes unless told to keep them', () => {
		const withHole = [square(0, 0, 4), square(1, 1, 1).reverse()];
		expect(buildLand([withHole], options, quiet).geometry.coordinates[0]).toHaveLength(1);
		const kept = buildLand([withHole], { ...options, keepHoles: true }, quiet);
		expect(kept.geometry.coordinates[0]).toHaveLength(2);
	});

	it('returns one MultiPolygon feature with id "land", one part per polygon', () => {
		const land = buildLand([[square(0, 0, 1)], [square(5, 5, 1)]], options, quiet);
		expect(land.properties).toEqual({ id: 'land' });
		expect(land.geometry.type).toBe('MultiPolygon');
		expect(land.geometry.coordinates).toHaveLength(2);
	});
});
