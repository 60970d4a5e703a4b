import { describe, expect, it } from 'vitest';
import CheapRuler from 'cheap-ruler';
import { boundsFromDatum, boundsToDatum, collectionToDatum, fromDatum, toDatum } from './datum';

const ruler = new CheapRuler(36.07, 'meters');
const TAIDONG: [number, number] = [120.3474, 36.0784];

describe('datum shifts', () => {
	it('moves a Qingdao position by GCJ-02’s few hundred metres, and back to itself', () => {
		const gcj = toDatum(TAIDONG, 'GCJ02');
		const shift = ruler.distance(TAIDONG, gcj);
		expect(shift).toBeGreaterThan(350);
		expect(shift).toBeLessThan(600);
		const back = fromDatum(gcj, 'GCJ02');
		expect(Math.abs(back[0] - TAIDONG[0])).toBeLessThan(1e-9);
		expect(Math.abs(back[1] - TAIDONG[1])).toBeLessThan(1e-9);
	});

	it('is the identity on WGS-84 and outside China', () => {
		expect(toDatum(TAIDONG, 'WGS84')).toEqual(TAIDONG);
		expect(fromDatum(TAIDONG, 'WGS84')).toEqual(TAIDONG);
		expect(toDatum([2.35, 48.85], 'GCJ02')).toEqual([2.35, 48.85]);
		expect(fromDatum([2.35, 48.85], 'GCJ02')).toEqual([2.35, 48.85]);
	});

	it('shifts boxes both ways so that the round trip contains the original', () => {
		const box: [number, number, number, number] = [120.3, 36.05, 120.4, 36.1];
		const there = boundsToDatum(box, 'GCJ02');
		expect(there[0]).toBeGreaterThan(box[0]);
		const back = boundsFromDatum(there, 'GCJ02');
		// The shift varies across the box (GCJ-02 adds wobble), so the box around shifted corners grows a little.
		expect(back[0]).toBeLessThanOrEqual(box[0]);
		expect(back[1]).toBeLessThanOrEqual(box[1]);
		expect(back[2]).toBeGreaterThanOrEqual(box[2]);
		expect(back[3]).toBeGreaterThanOrEqual(box[3]);
		back.forEach((v, i) => expect(Math.abs(v - box[i]!)).toBeLessThan(3e-4)); // under 30 m
	});

	it('shifts every geometry of a collection in a copy, leaving the input and properties alone', () => {
		const data: GeoJSON.FeatureCollection = {
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: { id: 'p' },
					geometry: { type: 'Point', coordinates: TAIDONG }
				},
				{
					type: 'Feature',
					properties: {},
					geometry: {
						type: 'GeometryCollection',
						geometries: [
							{
								type: 'Polygon',
								coordinates: [[TAIDONG, [120.35, 36.08], [120.35, 36.07], TAIDONG]]
							},
							{ type: 'LineString', coordinates: [[120.3, 36.06, 12], TAIDONG] }
						]
					}
				},
				{ type: 'Feature', properties: {}, geometry: null as unknown as GeoJSON.Geometry }
			]
		};
		const before = JSON.stringify(data);
		const shifted = collectionToDatum(data, 'GCJ02');
		expect(JSON.stringify(data)).toBe(before);
		expect(shifted.features[0]!.properties).toEqual({ id: 'p' });
		expect((shifted.features[0]!.geometry as GeoJSON.Point).coordinates).toEqual(
			toDatum(TAIDONG, 'GCJ02')
		);
		const parts = (shifted.features[1]!.geometry as GeoJSON.GeometryCollection).geometries;
		expect((parts[0] as GeoJSON.Polygon).coordinates[0]![1]).toEqual(
			toDatum([120.35, 36.08], 'GCJ02')
		);
		// Heights survive the shift.
		expect((parts[1] as GeoJSON.LineString).coordinates[0]![2]).toBe(12);
		expect(shifted.features[2]!.geometry).toBeNull();
		// The same collection is shifted once; WGS-84 returns the input itself.
		expect(collectionToDatum(data, 'GCJ02')).toBe(shifted);
		expect(collectionToDatum(data, 'WGS84')).toBe(data);
	});
});
