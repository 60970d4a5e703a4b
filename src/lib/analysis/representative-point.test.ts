import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import CheapRuler from 'cheap-ruler';
import type { Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readGeodata } from '../server/read-geodata';
import { validateGeodata } from '../data/validate-geodata';
import { representativePoint, representativePoints } from './representative-point';

const ruler = new CheapRuler(36.09, 'meters');

describe('representativePoint', () => {
	it('returns a point as itself', () => {
		expect(representativePoint({ type: 'Point', coordinates: [120.3, 36.1] })).toEqual([
			120.3, 36.1
		]);
	});

	it('returns null for an unknown location', () => {
		expect(representativePoint(null)).toBeNull();
	});

	it('takes the point halfway along a line', () => {
		const line: Geometry = {
			type: 'LineString',
			coordinates: [
				[120.3, 36.1],
				[120.31, 36.1],
				[120.31, 36.11]
			]
		};
		const point = representativePoint(line)!;
		const legsM = [
			ruler.distance([120.3, 36.1], [120.31, 36.1]),
			ruler.distance([120.31, 36.1], [120.31, 36.11])
		];
		// The second leg is the longer, so halfway lies on it.
		expect(point[0]).toBeCloseTo(120.31, 10);
		const alongM = legsM[0]! + ruler.distance([120.31, 36.1], point);
		expect(alongM).toBeCloseTo((legsM[0]! + legsM[1]!) / 2, 0); // within half a metre
	});

	it("takes a compact polygon's vertex average, which lies inside it", () => {
		const square: Geometry = {
			type: 'Polygon',
			coordinates: [
				[
					[120.3, 36.1],
					[120.31, 36.1],
					[120.31, 36.11],
					[120.3, 36.11],
					[120.3, 36.1]
				]
			]
		};
		const [lng, lat] = representativePoint(square)!;
		expect(lng).toBeCloseTo(120.305, 10);
		expect(lat).toBeCloseTo(36.105, 10);
	});

	it('falls back to the boundary when the vertex average lies outside the polygon', () => {
		// A "U" whose vertex average falls in the notch.
		const u: Position[] = [
			[120.3, 36.1],
			[120.33, 36.1],
			[120.33, 36.13],
			[120.32, 36.13],
			[120.32, 36.11],
			[120.31, 36.11],
			[120.31, 36.13],
			[120.3, 36.13],
			[120.3, 36.1]
		];
		const polygon: Geometry = { type: 'Polygon', coordinates: [u] };
		const point = representativePoint(polygon)!;
		expect(booleanPointInPolygon([...point], polygon)).toBe(true);
	});

	it('uses the largest part of a multipolygon', () => {
		const small: Position[][] = [
			[
				[120.2, 36.0],
				[120.201, 36.0],
				[120.201, 36.001],
				[120.2, 36.0]
			]
		];
		const large: Position[][] = [
			[
				[120.3, 36.1],
				[120.32, 36.1],
				[120.32, 36.12],
				[120.3, 36.12],
				[120.3, 36.1]
			]
		];
		const point = representativePoint({ type: 'MultiPolygon', coordinates: [small, large] })!;
		expect(booleanPointInPolygon([...point], { type: 'Polygon', coordinates: large })).toBe(true);
	});

	it('puts every real feature’s point on its geometry', () => {
		const { data } = validateGeodata(readGeodata('geodata').files);
		for (const feature of data.features) {
			const point = representativePoint(feature.geometry);
			const geometry = feature.geometry;
			if (geometry === null) {
				expect(point, feature.properties.id).toBeNull();
			} else if (geometry.type === 'Point') {
				expect(point, feature.properties.id).toEqual(geometry.coordinates);
			} else if (geometry.type === 'Polygon') {
				expect(booleanPointInPolygon([...point!], geometry), feature.properties.id).toBe(true);
			} else if (geometry.type === 'LineString' || geometry.type === 'MultiLineString') {
				const lines =
					geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
				const nearestM = Math.min(
					...lines.map((line) =>
						pointToLineDistance(
							[...point!],
							{ type: 'LineString', coordinates: line },
							{
								units: 'meters'
							}
						)
					)
				);
				expect(nearestM, feature.properties.id).toBeLessThan(0.5);
			} else {
				throw new Error(`no check for ${geometry.type} (${feature.properties.id}); add one`);
			}
		}
	});
});

describe('representativePoints', () => {
	it('counts the features it skipped for having no location', () => {
		const { points, skipped } = representativePoints(
			[
				[120.3, 36.1],
				{ geometry: null },
				{ geometry: { type: 'Point', coordinates: [120.4, 36.2] } }
			],
			'test'
		);
		expect(points).toEqual([[120.3, 36.1], null, [120.4, 36.2]]);
		expect(skipped).toBe(1);
	});

	it('rejects a position out of range, suggesting swapped coordinates', () => {
		expect(() => representativePoints([[36.1, 120.3]], 'test')).toThrow(
			/test: points\[0\] is \[36.1, 120.3\], not \[lng, lat\].*swapped/
		);
	});
});
