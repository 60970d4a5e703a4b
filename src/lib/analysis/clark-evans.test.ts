import CheapRuler from 'cheap-ruler';
import fc from 'fast-check';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { clarkEvansResult as result } from './clark-evans-fixture';
import { clarkEvans, readClarkEvans } from './clark-evans';
import type { LngLat } from '$lib/geo/types';

/** Fixtures are laid out in metres east and north of a point in Shibei. */
const BASE: LngLat = [120.36, 36.09];
const ruler = new CheapRuler(BASE[1], 'meters');
const at = (eastM: number, northM: number): LngLat => ruler.offset(BASE, eastM, northM);
const position = (eastM: number, northM: number): Position => [...at(eastM, northM)];

/** A counterclockwise ring around the rectangle [west, south]–[east, north], in metres from BASE. */
function ring(westM: number, southM: number, eastM: number, northM: number): Position[] {
	return [
		position(westM, southM),
		position(eastM, southM),
		position(eastM, northM),
		position(westM, northM),
		position(westM, southM)
	];
}
const square = (sideM: number): Polygon => ({
	type: 'Polygon',
	coordinates: [ring(0, 0, sideM, sideM)]
});

describe('clarkEvans', () => {
	it('gives R > 1 for a regular grid (2 for a square lattice)', () => {
		const grid: LngLat[] = [];
		for (let i = 0; i < 10; i++) {
			for (let j = 0; j < 10; j++) grid.push(at(100 + 200 * i, 100 + 200 * j));
		}
		const result = clarkEvans(grid, square(2000));
		expect(result.R).toBeGreaterThan(1);
		// Spacing d, density 1/d²: observed d over expected 0.5 d.
		expect(result.R).toBeCloseTo(2, 3);
		expect(result.z).toBeGreaterThan(1.96);
	});

	it('gives R < 1 with a significant z for a tight cluster', () => {
		const cluster = fc.sample(
			fc.tuple(
				fc.double({ min: 950, max: 1050, noNaN: true }),
				fc.double({ min: 950, max: 1050, noNaN: true })
			),
			{ seed: 1954, numRuns: 100 }
		);
		const result = clarkEvans(
			cluster.map(([east, north]) => at(east, north)),
			square(2000)
		);
		expect(result.R).toBeLessThan(1);
		expect(result.z).toBeLessThan(-1.96);
		expect(result.pValue).toBeLessThan(0.05);
	});

	it('gives R near 1 for uniformly random points', () => {
		const n = 2000;
		// Uniform to the millimetre: noBias turns off fast-check's preference for edge values.
		const metres = fc.noBias(fc.integer({ min: 0, max: 3_000_000 })).map((mm) => mm / 1000);
		const offsets = fc.sample(fc.tuple(metres, metres), { seed: 35, numRuns: n });
		const result = clarkEvans(
			offsets.map(([east, north]) => at(east, north)),
			square(3000)
		);
		// Without edge correction R reads high by about 0.41/√n in a square (Donnelly 1978), and its
		// standard error is 0.26136/0.5/√n (Clark & Evans 1954): allow three standard errors around that.
		const edgeBias = (8 * (0.0514 + 0.041 / Math.sqrt(n))) / Math.sqrt(n);
		const standardError = 0.26136 / 0.5 / Math.sqrt(n);
		expect(Math.abs(result.R - (1 + edgeBias))).toBeLessThan(3 * standardError);
	});

	it('computes r_A, r_E, z and p by the Clark–Evans formulas', () => {
		// Four points 100 m apart in 1 km²: r_E = 0.5/√(4/10⁶) = 250 m, σ = 0.26136/√(16/10⁶) = 65.34 m.
		const points = [at(450, 450), at(550, 450), at(450, 550), at(550, 550)];
		const result = clarkEvans(points, square(1000));
		expect(result.n).toBe(4);
		expect(result.observedMeanM).toBeCloseTo(100, 1);
		expect(result.expectedMeanM).toBeCloseTo(250, 0);
		expect(result.R).toBeCloseTo(0.4, 3);
		expect(result.z).toBeCloseTo((100 - 250) / 65.34, 2);
		// Two-sided p of z = −2.2957, from Python's math.erfc(2.2957 / √2).
		expect(result.pValue).toBeCloseTo(0.021694, 4);
	});

	it('measures the study area in m², holes excluded', () => {
		const withHole: Polygon = {
			type: 'Polygon',
			coordinates: [ring(0, 0, 1000, 1000), ring(250, 250, 750, 750).reverse()]
		};
		const result = clarkEvans([at(100, 100), at(900, 900)], withHole);
		expect(result.areaM2 / 750_000).toBeCloseTo(1, 3);
	});

	it('adds up the parts of a multipolygon study area', () => {
		const result = clarkEvans([at(100, 100), at(2100, 100)], {
			type: 'MultiPolygon',
			coordinates: [[ring(0, 0, 1000, 1000)], [ring(2000, 0, 3000, 1000)]]
		});
		expect(result.areaM2 / 2_000_000).toBeCloseTo(1, 3);
	});

	it('leaves out points outside the study area and says how many', () => {
		const result = clarkEvans([at(100, 100), at(200, 200), at(5000, 5000)], square(1000));
		expect(result.n).toBe(2);
		expect(result.outside).toBe(1);
	});

	it('skips features without a location and says how many', () => {
		const result = clarkEvans(
			[
				{ geometry: { type: 'Point', coordinates: position(100, 100) } },
				{ geometry: null },
				{ geometry: { type: 'Point', coordinates: position(300, 100) } }
			],
			{ type: 'Feature', properties: {}, geometry: square(1000) }
		);
		expect(result.n).toBe(2);
		expect(result.skipped).toBe(1);
		expect(result.observedMeanM).toBeCloseTo(200, 0);
	});

	it('refuses fewer than two points in the study area, saying what to do', () => {
		expect(() => clarkEvans([at(100, 100), at(5000, 5000)], square(1000))).toThrow(
			/at least 2 located points inside the study area.*got 1 \(1 outside/
		);
	});

	it('refuses a study area that is not a polygon', () => {
		expect(() =>
			clarkEvans([at(0, 0), at(1, 1)], {
				type: 'LineString',
				coordinates: []
			} as unknown as Polygon)
		).toThrow(/studyArea must be a GeoJSON Polygon or MultiPolygon/);
	});
});

describe('readClarkEvans', () => {
	it('calls a significant ratio clustered or dispersed, and a non-significant one random', () => {
		expect(readClarkEvans(result({})).pattern).toBe('clustered');
		expect(readClarkEvans(result({ R: 1.6, z: 3.1 })).pattern).toBe('dispersed');
		expect(readClarkEvans(result({ R: 0.9, z: -1.2 })).pattern).toBe('random');
	});

	it('flags few points and many approximate locations', () => {
		expect(readClarkEvans(result({ n: 12 }), { approximateShare: 0.85 })).toEqual({
			pattern: 'clustered',
			fewPoints: true,
			manyApproximate: true,
			approximatePercent: 85
		});
		expect(readClarkEvans(result({}), { approximateShare: 0.1 })).toMatchObject({
			fewPoints: false,
			manyApproximate: false
		});
	});
});
