import { describe, expect, it } from 'vitest';
import { finishPolygon, round } from './finish-polygon';
import { signedRingArea, type Ring } from './geometry';

const clockwise: Ring = [
	[0, 0],
	[0, 1],
	[1, 1],
	[1, 0],
	[0, 0]
];
const counterClockwise: Ring = clockwise.slice().reverse();
const holeCounterClockwise: Ring = [
	[0.25, 0.25],
	[0.75, 0.25],
	[0.75, 0.75],
	[0.25, 0.75],
	[0.25, 0.25]
];

describe('round', () => {
	it('rounds to the given number of decimals', () => {
		expect(round(120.123456789, 5)).toBe(120.12346);
	});
});

describe('finishPolygon', () => {
	it('orients the outer ring counter-clockwise and holes clockwise (right-hand rule)', () => {
		const [outer, hole] = finishPolygon([clockwise, holeCounterClockwise], 5);
		expect(signedRingArea(outer!)).toBeGreaterThan(0);
		expect(signedRingArea(hole!)).toBeLessThan(0);
	});

	it('leaves rings that are already oriented as they are', () => {
		const hole = holeCounterClockwise.slice().reverse();
		expect(finishPolygon([counterClockwise, hole], 5)).toEqual([counterClockwise, hole]);
	});

	it('rounds the coordinates and removes the repeated vertices that rounding creates', () => {
		const ring: Ring = [
			[0, 0],
			[1.000001, 0],
			[1.000004, 0.000002],
			[1, 1],
			[0, 1],
			[0, 0]
		];
		expect(finishPolygon([ring], 5)).toEqual([
			[
				[0, 0],
				[1, 0],
				[1, 1],
				[0, 1],
				[0, 0]
			]
		]);
	});

	it('returns no polygon when the outer ring collapses to nothing once rounded', () => {
		const tiny: Ring = [
			[0, 0],
			[0.000001, 0],
			[0.000001, 0.000001],
			[0, 0.000001],
			[0, 0]
		];
		expect(finishPolygon([tiny], 5)).toEqual([]);
	});

	it('drops a hole that collapses once rounded and keeps the outer ring', () => {
		const tinyHole: Ring = [
			[0.5, 0.5],
			[0.500001, 0.5],
			[0.500001, 0.500001],
			[0.5, 0.5]
		];
		expect(finishPolygon([counterClockwise, tinyHole], 5)).toEqual([counterClockwise]);
	});
});
