import CheapRuler from 'cheap-ruler';
import { describe, expect, it } from 'vitest';
import { geometryBounds, pointsBounds, unionBounds } from './bounds';
import { boundsAround, circleBounds, growBounds, northOf } from './ground-bounds';

const TAIDONG = [120.3473, 36.0784] as const;
const ruler = new CheapRuler(TAIDONG[1], 'meters');

describe('geometryBounds', () => {
	it('is the box of every position, collections included', () => {
		const box = geometryBounds({
			type: 'GeometryCollection',
			geometries: [
				{ type: 'Point', coordinates: [120.3, 36.1] },
				{
					type: 'Polygon',
					coordinates: [
						[
							[120.35, 36.05],
							[120.4, 36.05],
							[120.4, 36.12],
							[120.35, 36.05]
						]
					]
				}
			]
		});
		expect(box).toEqual([120.3, 36.05, 120.4, 36.12]);
	});

	it('is undefined for a null geometry or one without positions', () => {
		expect(geometryBounds(null)).toBeUndefined();
		expect(geometryBounds({ type: 'MultiPoint', coordinates: [] })).toBeUndefined();
	});
});

describe('unionBounds', () => {
	it('holds every box and skips missing ones', () => {
		expect(
			unionBounds([[120.3, 36.0, 120.31, 36.01], undefined, [120.2, 36.05, 120.25, 36.2]])
		).toEqual([120.2, 36.0, 120.31, 36.2]);
		expect(unionBounds([])).toBeUndefined();
	});
});

describe('circleBounds', () => {
	it('spans the radius each way in metres, wider in degrees of longitude at 36° N', () => {
		const [w, s, e, n] = circleBounds(TAIDONG, 1000);
		expect(ruler.distance([TAIDONG[0], s], [TAIDONG[0], n])).toBeCloseTo(2000, 6);
		expect(ruler.distance([w, TAIDONG[1]], [e, TAIDONG[1]])).toBeCloseTo(2000, 6);
		expect(e - w).toBeGreaterThan(n - s);
	});
});

describe('growBounds', () => {
	it('moves every side out by the distance', () => {
		const grown = growBounds([...TAIDONG, ...TAIDONG], 500);
		expect(ruler.distance([grown[0], TAIDONG[1]], TAIDONG)).toBeCloseTo(500, 3);
		expect(ruler.distance([TAIDONG[0], grown[3]], TAIDONG)).toBeCloseTo(500, 3);
	});
});

describe('boundsAround', () => {
	it('is at least the minimum half-size around one point', () => {
		const [w, s, e, n] = boundsAround([TAIDONG], 400)!;
		expect(ruler.distance([TAIDONG[0], s], [TAIDONG[0], n])).toBeCloseTo(800, 3);
		expect(w).toBeLessThan(TAIDONG[0]);
		expect(e).toBeGreaterThan(TAIDONG[0]);
	});

	it('is the points’ own box when that is larger', () => {
		const points = [
			[120.3, 36.0],
			[120.4, 36.1]
		] as const;
		expect(boundsAround(points, 100)).toEqual(pointsBounds(points));
	});

	it('is undefined without points', () => {
		expect(boundsAround([], 100)).toBeUndefined();
	});
});

describe('northOf', () => {
	it('is the given distance due north', () => {
		const p = northOf(TAIDONG, 800);
		expect(p[0]).toBe(TAIDONG[0]);
		expect(ruler.distance(TAIDONG, p)).toBeCloseTo(800, 6);
	});
});
