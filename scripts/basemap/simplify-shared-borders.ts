/**
 * Topology-preserving simplification of the district outlines: Douglas–Peucker per *arc* instead of
 * per ring, so that neighbouring districts keep exactly the same border afterwards (no slivers or
 * double lines).
 *
 * The source shares border vertices exactly (same integers on both sides), so an arc is a run of
 * vertices owned by the same set of districts; vertices where that set changes are fixed. Each arc
 * is simplified in a canonical direction, so both districts get the same result. The arcs are
 * simplified with @turf/simplify as LineStrings; its polygon mode cannot be used, as it would cut
 * each ring at its own first vertex and simplify the two sides of a border independently.
 */
import { lineString } from '@turf/helpers';
import { simplify } from '@turf/simplify';

import { comparePoints, type PolygonRings, type Position, type Ring } from './geometry';

/** Per district, its polygons with every ring simplified (same nesting as `districts`). */
export function simplifySharedBorders(
	districts: { polygons: PolygonRings[] }[],
	tolerance: number
): PolygonRings[][] {
	const owners = new Map<string, Set<number>>();
	districts.forEach(({ polygons }, i) => {
		for (const p of polygons.flat(2)) {
			const key = pointKey(p);
			if (!owners.has(key)) owners.set(key, new Set());
			owners.get(key)!.add(i);
		}
	});
	const ownerKey = (p: Position) => [...owners.get(pointKey(p))!].join(',');
	return districts.map(({ polygons }) =>
		polygons.map((rings) => rings.map((ring) => simplifyRing(ring, ownerKey, tolerance)))
	);
}

function pointKey([x, y]: Position): string {
	return `${x},${y}`;
}

function simplifyRing(
	closedRing: Ring,
	ownerKey: (p: Position) => string,
	tolerance: number
): Ring {
	const ring = closedRing.slice(0, -1);
	const n = ring.length;
	const keys = ring.map(ownerKey);
	let fixed: number[] = [];
	for (let i = 0; i < n; i++) {
		if (keys[i] !== keys[(i + n - 1) % n] || keys[i] !== keys[(i + 1) % n]) fixed.push(i);
	}
	if (fixed.length === 0) fixed = [indexOfSmallest(ring)]; // island or enclave: any stable start
	const result: Ring = [];
	fixed.forEach((start, k) => {
		const end = k + 1 < fixed.length ? fixed[k + 1]! : fixed[0]! + n;
		const arc: Position[] = [];
		for (let i = start; i <= end; i++) arc.push(ring[i % n]!);
		result.push(...simplifyArcCanonically(arc, tolerance).slice(0, -1));
	});
	result.push(result[0]!);
	return result.length >= 4 ? result : closedRing; // too small to simplify
}

function indexOfSmallest(points: Position[]): number {
	let best = 0;
	points.forEach((p, i) => {
		if (comparePoints(p, points[best]!) < 0) best = i;
	});
	return best;
}

/** Simplifies `arc` as if it ran from its lexicographically smaller end, the same from both sides. */
function simplifyArcCanonically(arc: Position[], tolerance: number): Position[] {
	const first = arc[0]!;
	const last = arc.at(-1)!;
	const reversed =
		comparePoints(first, last) > 0 ||
		(comparePoints(first, last) === 0 && comparePoints(arc[1]!, arc.at(-2)!) > 0);
	if (!reversed) return simplifyArc(arc, tolerance);
	return simplifyArc(arc.slice().reverse(), tolerance).reverse();
}

/** Douglas–Peucker of an open polyline (@turf/simplify, high quality: no radial pre-pass). */
function simplifyArc(arc: Position[], tolerance: number): Position[] {
	const simplified = simplify(lineString(arc), { tolerance, highQuality: true });
	return simplified.geometry.coordinates as Position[];
}
