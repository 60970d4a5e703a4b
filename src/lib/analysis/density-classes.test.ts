import { describe, expect, it } from 'vitest';
import { DENSITY_COLORS, DENSITY_ZERO_COLOR } from '$lib/style/map-palette';
import { classOf, densityClasses } from './density-classes';

/** The map's ramp (state/analysis-results.ts passes the same). */
const ramp = { colors: DENSITY_COLORS, zero: DENSITY_ZERO_COLOR };

describe('densityClasses', () => {
	it('gives small counts one class each, lightest for the fewest', () => {
		const classes = densityClasses([1, 1, 2, 3], ramp);
		expect(classes.map((c) => [c.min, c.max, c.hexagons])).toEqual([
			[1, 1, 2],
			[2, 2, 1],
			[3, 3, 1]
		]);
		expect(classes[0]!.color).toBe(DENSITY_COLORS[0]);
		expect(classes[2]!.color).toBe(DENSITY_COLORS[4]);
	});

	it('splits larger counts into five whole-number classes that cover the largest', () => {
		const classes = densityClasses([1, 4, 12, 23], ramp);
		expect(classes.map((c) => [c.min, c.max])).toEqual([
			[1, 5],
			[6, 10],
			[11, 15],
			[16, 20],
			[21, 25]
		]);
		expect(classes.map((c) => c.color)).toEqual([...DENSITY_COLORS]);
		expect(classes.reduce((sum, c) => sum + c.hexagons, 0)).toBe(4);
	});

	it('rounds decimal steps to two significant figures and puts each value in one class', () => {
		const values = [0.4, 1.3, 3.2, 4.3];
		const classes = densityClasses(values, ramp);
		expect(classes[0]!.max).toBe(0.86);
		expect(classes[3]!.max).toBe(3.44);
		expect(classes.at(-1)!.max).toBeGreaterThanOrEqual(4.3);
		for (const v of values) expect(classOf(v, classes)).toBeDefined();
		expect(classOf(0.86, classes)).toBe(classes[0]);
	});

	it('gives hexagons whose projects state no value a grey class of their own', () => {
		const classes = densityClasses([0, 0, 500], ramp);
		expect(classes[0]).toMatchObject({ zero: true, color: DENSITY_ZERO_COLOR, hexagons: 2 });
		expect(classOf(0, classes)).toBe(classes[0]);
		expect(densityClasses([], ramp)).toEqual([]);
	});
});
