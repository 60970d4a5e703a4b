/**
 * The baseline of bench/nearby.bench.ts: findNearby as it was before its hits were bucket-sorted — every
 * hit an object, all of them sorted by a comparator. It reads the same index, so the two are timed on the
 * same data in the same run; the measuring arithmetic is find-nearby.ts's, copied.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import CheapRuler from 'cheap-ruler';
import type { NearbyHit, NearbyIndex } from '../src/lib/analysis/find-nearby';

type LngLat = [number, number];

export function findNearbySortAll(index: NearbyIndex, at: LngLat, radiusM: number): NearbyHit[] {
	if (index.tree === null) return [];
	const ruler = new CheapRuler(at[1], 'meters');
	const hits: NearbyHit[] = [];
	for (const item of index.tree.search(...ruler.bufferPoint(at, radiusM))) {
		const slot = index.slots[item]!;
		const distanceM = distanceToSlot(index, ruler, at, slot);
		if (distanceM <= radiusM) hits.push({ id: index.ids[slot]!, distanceM });
	}
	return hits.sort((a, b) => a.distanceM - b.distanceM || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function distanceToSlot(index: NearbyIndex, ruler: CheapRuler, at: LngLat, slot: number): number {
	for (let area = index.slotAreas[slot]!; area < index.slotAreas[slot + 1]!; area++) {
		if (
			insideBox(at, index.areaBoxes, area) &&
			booleanPointInPolygon([at[0], at[1]], index.areas[area]!)
		) {
			return 0;
		}
	}
	const { coordinates, partPositions } = index;
	const { kx, ky } = ruler;
	const [lng, lat] = at;
	let nearestSq = Infinity;
	for (let part = index.slotParts[slot]!; part < index.slotParts[slot + 1]!; part++) {
		const to = partPositions[part + 1]!;
		let position = partPositions[part]!;
		let ax = (coordinates[2 * position]! - lng) * kx;
		let ay = (coordinates[2 * position + 1]! - lat) * ky;
		nearestSq = Math.min(nearestSq, ax * ax + ay * ay);
		for (position++; position < to; position++) {
			const bx = (coordinates[2 * position]! - lng) * kx;
			const by = (coordinates[2 * position + 1]! - lat) * ky;
			nearestSq = Math.min(nearestSq, segmentDistanceSq(ax, ay, bx, by));
			ax = bx;
			ay = by;
		}
	}
	return Math.sqrt(nearestSq);
}

/** Squared distance from the origin to the segment a–b, all in the same plane units. */
function segmentDistanceSq(ax: number, ay: number, bx: number, by: number): number {
	const dx = bx - ax;
	const dy = by - ay;
	const lengthSq = dx * dx + dy * dy;
	// Where the perpendicular from the origin meets the segment's line, clamped to the segment.
	const t = lengthSq === 0 ? 0 : Math.min(1, Math.max(0, -(ax * dx + ay * dy) / lengthSq));
	const x = ax + t * dx;
	const y = ay + t * dy;
	return x * x + y * y;
}

function insideBox([lng, lat]: LngLat, boxes: Float64Array, box: number): boolean {
	return (
		lng >= boxes[4 * box]! &&
		lat >= boxes[4 * box + 1]! &&
		lng <= boxes[4 * box + 2]! &&
		lat <= boxes[4 * box + 3]!
	);
}
