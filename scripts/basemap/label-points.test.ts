import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import CheapRuler from 'cheap-ruler';
import type { Feature, MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { metricPlane, type PolygonRings, type Position, type Ring } from './geometry';
import { labelFeature, labelPoint } from './label-points';

const plane = metricPlane(36.1);
const ruler = new CheapRuler(36.1, 'meters');

/** A closed ring from `[east, north]` offsets in metres from (120.38, 36.06). */
function ring(offsets: Position[]): Ring {
	const points = offsets.map(([e, n]): Position => [120.38 + e / ruler.kx, 36.06 + n / ruler.ky]);
	return [...points, points[0]!];
}

/** A U, 3 km wide and tall, open to the north: two 1 km arms on a 1 km base. */
const U = ring([
	[0, 0],
	[3000, 0],
	[3000, 3000],
	[2000, 3000],
	[2000, 1000],
	[1000, 1000],
	[1000, 3000],
	[0, 3000]
]);

const inside = (point: Position, rings: PolygonRings) =>
	booleanPointInPolygon(point, { type: 'Polygon', coordinates: rings });

describe('labelPoint', () => {
	it('puts the label of a U-shaped polygon inside it, not in the notch at its centre', () => {
		const label = labelPoint([U], plane);
		expect(inside(label, [U])).toBe(true);
		expect(inside([120.38 + 1500 / ruler.kx, 36.06 + 1500 / ruler.ky], [U])).toBe(false);
	});

	it('puts the label of a rectangle at its centre, measuring in metres rather than degrees', () => {
		const rectangle = ring([
			[0, 0],
			[4000, 0],
			[4000, 2000],
			[0, 2000]
		]);
		const centre: Position = [120.38 + 2000 / ruler.kx, 36.06 + 1000 / ruler.ky];
		expect(ruler.distance(labelPoint([rectangle], plane), centre)).toBeLessThan(2);
	});

	it('keeps the label out of a hole', () => {
		const square = ring([
			[0, 0],
			[3000, 0],
			[3000, 3000],
			[0, 3000]
		]);
		const hole = ring([
			[1000, 1000],
			[1000, 2000],
			[2000, 2000],
			[2000, 1000]
		]);
		const label = labelPoint([square, hole], plane);
		expect(inside(label, [square, hole])).toBe(true);
	});
});

describe('labelFeature', () => {
	const islet = ring([
		[5000, 0],
		[5200, 0],
		[5200, 200],
		[5000, 200]
	]);
	const district: Feature<MultiPolygon, { id: string }> = {
		type: 'Feature',
		properties: { id: 'shinan' },
		geometry: { type: 'MultiPolygon', coordinates: [[islet], [U]] }
	};

	it('labels the largest part of a multi-part district and keeps its properties', () => {
		const label = labelFeature(district, plane, 5);
		expect(label.properties).toEqual({ id: 'shinan' });
		expect(inside(label.geometry.coordinates as Position, [U])).toBe(true);
	});

	it('rounds the label coordinates to the given decimals', () => {
		const [lon, lat] = labelFeature(district, plane, 3).geometry.coordinates;
		expect(lon).toBe(Number(lon!.toFixed(3)));
		expect(lat).toBe(Number(lat!.toFixed(3)));
	});
});
