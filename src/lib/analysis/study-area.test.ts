import { readFileSync } from 'node:fs';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import CheapRuler from 'cheap-ruler';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { studyAreaOf } from './study-area';

const districts = JSON.parse(
	readFileSync('geodata/basemap/districts.geojson', 'utf8')
) as FeatureCollection<MultiPolygon>;

const focus = districts.features.filter((f) => f.properties?.focus === true);

describe('studyAreaOf', () => {
	it('joins the polygons of exactly the two focus districts, Shinan and Shibei', () => {
		expect(focus.map((f) => f.properties!.id).sort()).toEqual(['shibei', 'shinan']);
		const area = studyAreaOf(districts);
		expect(area.coordinates).toHaveLength(
			focus.reduce((sum, f) => sum + f.geometry.coordinates.length, 0)
		);
	});

	it('covers about 100 km² (Shinan 30 km², Shibei 65 km² of land)', () => {
		const area = studyAreaOf(districts);
		const ruler = new CheapRuler(36.08, 'kilometers');
		const km2 = area.coordinates.reduce(
			(sum, polygon) =>
				sum + ruler.area([polygon[0]!.map(([x, y]) => [x!, y!] as [number, number])]),
			0
		);
		expect(km2).toBeGreaterThan(80);
		expect(km2).toBeLessThan(120);
	});

	it('is a union: no corner of one district lies inside the other', () => {
		const [a, b] = focus;
		const inside = (from: typeof a, into: typeof a) =>
			from!.geometry.coordinates
				.flat(2)
				.filter((p) => booleanPointInPolygon(p, into!.geometry, { ignoreBoundary: true })).length;
		expect(inside(a, b)).toBe(0);
		expect(inside(b, a)).toBe(0);
	});

	it('refuses data without focus districts, saying which file to check', () => {
		expect(() => studyAreaOf({ type: 'FeatureCollection', features: [] })).toThrow(/focus/);
	});
});
