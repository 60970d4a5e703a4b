import { describe, expect, it } from 'vitest';
import type { PolygonRings, Position, Ring } from './geometry';
import { simplifySharedBorders } from './simplify-shared-borders';

/**
 * Two districts side by side on an integer grid, like the ECharts source: West (x ≤ 0) and East
 * (x ≥ 0) share a wiggly border from (0, 0) to (0, 12) with a headland at (4, 6), vertex for
 * vertex. Their other edges have collinear runs of vertices. Both rings are counter-clockwise, so
 * they run along the border in opposite directions. A third district is an island of its own.
 */
const BORDER: Position[] = [
	[0, 0],
	[0, 1],
	[1, 2],
	[0, 3],
	[0, 4],
	[2, 5],
	[4, 6],
	[2, 7],
	[0, 8],
	[1, 9],
	[0, 10],
	[0, 11],
	[0, 12]
];

/** Vertices one unit apart from `from` towards `to`, `to` itself excluded. */
function run(from: Position, to: Position): Position[] {
	const steps = Math.max(Math.abs(to[0] - from[0]), Math.abs(to[1] - from[1]));
	return Array.from({ length: steps }, (_, i) => [
		from[0] + ((to[0] - from[0]) * i) / steps,
		from[1] + ((to[1] - from[1]) * i) / steps
	]);
}

/** Starts mid-border, at (0, 3): simplifying each ring on its own (as @turf/simplify does with a
 *  Polygon) would keep (0, 3) in West and drop it in East. */
const WEST: Ring = [
	...BORDER.slice(3, -1),
	...run([0, 12], [-10, 12]),
	...run([-10, 12], [-10, 0]),
	...run([-10, 0], [0, 0]),
	...BORDER.slice(0, 3),
	[0, 3]
];
const EAST: Ring = [
	...run([0, 0], [10, 0]),
	...run([10, 0], [10, 12]),
	...run([10, 12], [0, 12]),
	...BORDER.slice().reverse()
];
const ISLAND: Ring = [
	...run([20, 0], [26, 0]),
	[27, 1],
	...run([26, 2], [20, 2]),
	...run([20, 2], [20, 0]),
	[20, 0]
];

const districts = [{ polygons: [[WEST]] }, { polygons: [[EAST]] }, { polygons: [[ISLAND]] }];
const [west, east, island] = simplifySharedBorders(districts, 0.5).map(
	(polygons: PolygonRings[]) => polygons[0]![0]!
);

const key = ([x, y]: Position) => `${x},${y}`;
const borderKeys = new Set(BORDER.map(key));

/** The ring's edges with both ends on the original border, as "x,y→x,y". */
function borderEdges(ring: Ring): string[] {
	const edges: string[] = [];
	for (let i = 1; i < ring.length; i++) {
		const [a, b] = [ring[i - 1]!, ring[i]!];
		if (borderKeys.has(key(a)) && borderKeys.has(key(b))) edges.push(`${key(a)}→${key(b)}`);
	}
	return edges;
}

const reverse = (edge: string) => edge.split('→').reverse().join('→');

describe('simplifySharedBorders', () => {
	it('leaves the shared border identical from both sides: each border edge of one district is an edge of the other, reversed', () => {
		const westEdges = borderEdges(west!);
		expect(westEdges.length).toBeGreaterThan(1);
		expect(borderEdges(east!).sort()).toEqual(westEdges.map(reverse).sort());
	});

	it('drops vertices within the tolerance and keeps those beyond it, such as the headland', () => {
		expect(west!.length).toBeLessThan(WEST.length);
		expect(east!.length).toBeLessThan(EAST.length);
		expect(island!.length).toBeLessThan(ISLAND.length);
		expect(west).toContainEqual([4, 6]);
		expect(island).toContainEqual([27, 1]);
	});

	it('keeps the vertices where the set of neighbouring districts changes', () => {
		for (const ring of [west!, east!]) {
			expect(ring).toContainEqual([0, 0]);
			expect(ring).toContainEqual([0, 12]);
		}
	});

	it('returns closed rings of at least four vertices, an island without neighbours too', () => {
		for (const ring of [west!, east!, island!]) {
			expect(ring.length).toBeGreaterThanOrEqual(4);
			expect(ring.at(-1)).toEqual(ring[0]);
		}
	});

	it('keeps a ring that would collapse below four vertices as it is', () => {
		const sliver: Ring = [
			[0, 0],
			[5, 0],
			[10, 0.2],
			[5, 0.1],
			[0, 0]
		];
		const [[[ring]]] = simplifySharedBorders([{ polygons: [[sliver]] }], 0.5) as [[[Ring]]];
		expect(ring).toEqual(sliver);
	});
});
