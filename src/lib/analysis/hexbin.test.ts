import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import CheapRuler from 'cheap-ruler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MetricKey } from '../data/vocabulary';
import { QINGDAO_BBOX } from '../data/vocabulary';
import { readGeodata } from '../server/read-geodata';
import { validateGeodata } from '../data/validate-geodata';
import { hexbin } from './hexbin';
import type { MetricFeature } from './representative-point';
import type { LngLat } from '$lib/geo/types';

const [WEST, SOUTH, EAST, NORTH] = QINGDAO_BBOX;
const lngLat = fc.tuple(
	fc.double({ min: WEST, max: EAST, noNaN: true }),
	fc.double({ min: SOUTH, max: NORTH, noNaN: true })
);

function feature(
	at: LngLat | null,
	metrics: Partial<Record<MetricKey, number>> = {}
): MetricFeature {
	return {
		geometry: at === null ? null : { type: 'Point', coordinates: [...at] },
		properties: {
			metrics: Object.fromEntries(Object.entries(metrics).map(([key, value]) => [key, { value }]))
		}
	};
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('hexbin', () => {
	it('counts every located project in the real data exactly once', () => {
		const { data } = validateGeodata(readGeodata('geodata').files);
		const result = hexbin(data.features, { cellSideM: 500 });
		const located = data.features.filter((f) => f.geometry !== null).length;
		expect(sum(result.hexagons.features.map((h) => h.properties.count))).toBe(located);
		expect(result.binned).toBe(located);
		const estimated = data.features.filter(
			(f) => f.geometry !== null && f.properties.location?.confidence === 'low'
		).length;
		expect(result.estimated).toBe(estimated);
		expect(estimated).toBeGreaterThan(0);
		expect(hexbin([[120.36, 36.09]]).estimated).toBe(0);
		expect(result.skipped).toBe(data.features.length - located);
	});

	it('makes counts add up to the number of points binned, for any points and cell size', () => {
		fc.assert(
			fc.property(
				fc.array(lngLat, { maxLength: 200 }),
				fc.integer({ min: 250, max: 2000 }),
				(points, cellSideM) => {
					const result = hexbin(points, { cellSideM });
					expect(sum(result.hexagons.features.map((h) => h.properties.count))).toBe(points.length);
				}
			)
		);
	});

	it('puts a point in the hexagon whose polygon contains it', () => {
		fc.assert(
			fc.property(lngLat, fc.integer({ min: 250, max: 2000 }), (point, cellSideM) => {
				const [hexagon] = hexbin([point], { cellSideM }).hexagons.features;
				expect(booleanPointInPolygon(point, hexagon!)).toBe(true);
			}),
			{ numRuns: 500 }
		);
	});

	it('returns only hexagons that hold something', () => {
		const result = hexbin([[120.3, 36.1]], { cellSideM: 250 });
		expect(result.hexagons.features).toHaveLength(1);
		expect(result.hexagons.features[0]?.properties.count).toBe(1);
	});

	it('makes hexagons whose sides are cellSideM metres long', () => {
		const [hexagon] = hexbin([[120.3, 36.1]], { cellSideM: 800 }).hexagons.features;
		const ring = hexagon!.geometry.coordinates[0]!.map(([lng, lat]) => [lng!, lat!] as const);
		const ruler = new CheapRuler(36.1, 'meters');
		expect(ring).toHaveLength(7);
		for (let i = 1; i < ring.length; i++) {
			expect(ruler.distance(ring[i - 1]!, ring[i]!)).toBeCloseTo(800, -1); // within 5 m
		}
	});

	it('sums the chosen metric per hexagon, counting projects without it as 0', () => {
		const result = hexbin(
			[
				feature([120.3, 36.1], { school_places: 900 }),
				feature([120.3001, 36.1001], { school_places: 450 }),
				feature([120.3002, 36.1], { parking_spaces_planned: 80 }),
				feature([120.5, 36.2], { school_places: 30 })
			],
			{ cellSideM: 500, metric: 'school_places' }
		);
		const bins = result.hexagons.features.map((h) => [h.properties.count, h.properties.value]);
		expect(bins).toEqual([
			[3, 1350],
			[1, 30]
		]);
		expect(result.maxValue).toBe(1350);
		expect(result.maxCount).toBe(3);
	});

	it('uses the count as the value when no metric is chosen', () => {
		const result = hexbin([
			[120.3, 36.1],
			[120.3, 36.1]
		]);
		expect(result.hexagons.features[0]?.properties.value).toBe(2);
		expect(result.maxValue).toBe(2);
	});

	it('leaves out points outside the bbox and says how many', () => {
		const result = hexbin(
			[
				[120.3, 36.1],
				[121.0, 36.1]
			],
			{ bbox: [120.15, 35.95, 120.6, 36.25] }
		);
		expect(result.binned).toBe(1);
		expect(result.outside).toBe(1);
	});

	it('skips features without a location and says how many', () => {
		const result = hexbin([feature([120.3, 36.1]), feature(null)]);
		expect(result.skipped).toBe(1);
		expect(result.binned).toBe(1);
	});

	it('keeps the same hexagons when only some of the points are binned', () => {
		const points: LngLat[] = [
			[120.3, 36.1],
			[120.41, 36.13],
			[120.52, 36.2]
		];
		const all = hexbin(points, { cellSideM: 300 }).hexagons.features;
		const one = hexbin([points[1]!], { cellSideM: 300 }).hexagons.features;
		expect(one[0]?.geometry).toEqual(all[1]?.geometry);
	});

	it('refuses positions when asked to sum a metric, since they carry none', () => {
		expect(() => hexbin([[120.3, 36.1]], { metric: 'school_places' })).toThrow(
			/points\[0\] is a position, which has no metrics/
		);
	});

	it('rejects a cell size that is not a number of metres, at least 1', () => {
		expect(() => hexbin([], { cellSideM: -250 })).toThrow(
			/cellSideM must be a number of metres, at least 1/
		);
	});

	it('rejects a bbox whose corners are the wrong way round', () => {
		expect(() => hexbin([], { bbox: [120.6, 35.95, 120.15, 36.25] })).toThrow(/west < east/);
	});

	it('does not modify its inputs', () => {
		const features = [feature([120.3, 36.1], { school_places: 5 })];
		const before = structuredClone(features);
		hexbin(features, { metric: 'school_places' });
		expect(features).toEqual(before);
	});
});
