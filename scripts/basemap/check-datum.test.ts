import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { checkDatum, coastalVertices, fitCoastToLand } from './check-datum';
import { metricPlane, type Position, type Ring } from './geometry';

const plane = metricPlane(36.1);
const CENTRE = plane.toMetres([120.38, 36.06]);

/** A closed ring of `n` vertices on a circle of `radius` metres around CENTRE, in metres. */
function circle(radius: number, n = 72): Ring {
	const ring: Ring = Array.from({ length: n }, (_, i) => {
		const angle = (2 * Math.PI * i) / n;
		return [CENTRE[0] + radius * Math.cos(angle), CENTRE[1] + radius * Math.sin(angle)];
	});
	return [...ring, ring[0]!];
}

const shift = (ring: Ring, dx: number, dy: number): Ring => ring.map(([x, y]) => [x + dx, y + dy]);

/** An island of 3 km radius in WGS-84 degrees, as the land polygon. */
const LAND_METRES = circle(3000);
const LAND: Ring = LAND_METRES.map(plane.toDegrees);

/** The island's outline as the ECharts source would publish it: optionally in GCJ-02, × 1024. */
function quantised(ring: Ring, inGcj02: boolean): Ring {
	return ring.map((p) => {
		const [lon, lat] = inGcj02 ? gcoord.transform<Position>(p, gcoord.WGS84, gcoord.GCJ02) : p;
		return [Math.round(lon * 1024), Math.round(lat * 1024)];
	});
}

const OPTIONS = { district: '市南区', scale: 1024, maxResidualShiftM: 150 };
const quiet = () => {};

describe('fitCoastToLand', () => {
	it('finds the translation that puts a shifted coast back onto the land, to within 4 m', () => {
		const fit = fitCoastToLand(shift(LAND_METRES, 462, 31), [LAND_METRES]);
		expect(Math.abs(fit.dx + 462)).toBeLessThanOrEqual(4);
		expect(Math.abs(fit.dy + 31)).toBeLessThanOrEqual(4);
	});

	it('does not take a coast that runs uniformly 140 m seaward for a shift', () => {
		const fit = fitCoastToLand(circle(3140), [LAND_METRES]);
		expect(fit.shift).toBeLessThanOrEqual(8);
		expect(fit.signedMedian).toBeCloseTo(140, 0);
	});
});

describe('checkDatum', () => {
	it('passes outlines published in GCJ-02, which the conversion puts back onto the land', () => {
		const districts = [{ name: '市南区', polygons: [[quantised(LAND, true)]] }];
		const fit = checkDatum(districts, [[LAND]], plane, OPTIONS, quiet);
		expect(fit.shift).toBeLessThan(50);
	});

	it('fails outlines that were already WGS-84, which the conversion moves ≈460 m off the land', () => {
		const districts = [{ name: '市南区', polygons: [[quantised(LAND, false)]] }];
		expect(() => checkDatum(districts, [[LAND]], plane, OPTIONS, quiet)).toThrow(
			/the converted coast still needs a 4\d\d m shift/
		);
	});

	it('logs both fits, as published and as converted', () => {
		const lines: string[] = [];
		const districts = [{ name: '市南区', polygons: [[quantised(LAND, true)]] }];
		checkDatum(districts, [[LAND]], plane, OPTIONS, (line) => lines.push(line));
		expect(lines.join('\n')).toMatch(/GCJ-02 as published: .*\n.*best-fit shift E -4\d\d/);
		expect(lines.join('\n')).toMatch(/converted to WGS-84: .*\n.*best-fit shift/);
	});
});

describe('coastalVertices', () => {
	it('keeps only the vertices of the district that no other district shares', () => {
		const a: Ring = [
			[0, 0],
			[2, 0],
			[2, 2],
			[0, 2],
			[0, 0]
		];
		const b: Ring = [
			[2, 0],
			[4, 0],
			[4, 2],
			[2, 2],
			[2, 0]
		];
		const districts = [
			{ name: 'a', polygons: [[a]] },
			{ name: 'b', polygons: [[b]] }
		];
		const coast = coastalVertices(districts, 'a').map(([x, y]) => `${x},${y}`);
		expect(new Set(coast)).toEqual(new Set(['0,0', '0,2']));
	});
});
