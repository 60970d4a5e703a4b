/**
 * "Near me": the projects whose geometry comes within a radius of a point, nearest first.
 *
 * Distance is to the nearest point of a geometry, not to its centroid: 0 inside a polygon, the
 * perpendicular distance to a line or polygon edge, the distance to a point. Coordinates are `[lng, lat]`
 * in WGS-84 degrees throughout; distances are metres.
 *
 * A flatbush R-tree over each feature's bounding box picks the candidates (their box meets the circle's
 * box); only those are measured. Measuring uses cheap-ruler: a flat approximation of the WGS-84 ellipsoid
 * fitted at the centre's latitude. Its README ("Precision") shows 0 % error (to two decimals) against
 * Vincenty's formulae at 1 km and at 100 km below 60° latitude: well under 0.1 %, at most centimetres over
 * this search's 250 m – 3 km. It avoids the trigonometry Turf runs per segment; bench/nearby.bench.ts
 * measures the difference against a Turf scan.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import CheapRuler from 'cheap-ruler';
import type { Bounds, LngLat } from '$lib/geo/types';
import Flatbush from 'flatbush';

/** A project within the radius and its distance in metres (0 inside a polygon). */
export interface NearbyHit {
	id: string;
	distanceM: number;
}

/**
 * Built by `buildNearbyIndex`; its fields are internal. Geometries are stored flat, in typed arrays, and
 * in the tree's Hilbert order, so that a query reads a few neighbouring stretches of numbers rather than
 * chasing 100,000 features' nested arrays across the heap. Each of the two choices about halved the
 * query time over 100,000 features when it was measured.
 *
 * The tree numbers features in the order they were given; `slots[item]` is where item `item` is stored.
 * Slot `s` has the parts `slotParts[s]` to `slotParts[s + 1]` (exclusive). A part is a run of positions,
 * `partPositions[p]` to `partPositions[p + 1]`: one position is a point; more are a line or a polygon
 * ring, measured segment by segment. Position `k` is `coordinates[2k], coordinates[2k + 1]` (lng, lat).
 * Slot `s`'s polygons, for the inside test, are `slotAreas[s]` to `slotAreas[s + 1]`, each with its outer
 * ring's box in `areaBoxes` (west, south, east, north).
 */
export interface NearbyIndex {
	readonly tree: Flatbush | null;
	readonly slots: Uint32Array;
	readonly ids: readonly string[];
	readonly slotParts: Uint32Array;
	readonly partPositions: Uint32Array;
	readonly coordinates: Float64Array;
	readonly slotAreas: Uint32Array;
	readonly areaBoxes: Float64Array;
	readonly areas: readonly GeoJSON.Polygon[];
}

/** Largest accepted radius, metres. The map asks for 250 m – 3 km; a flat ruler is for city scale. */
export const MAX_RADIUS_M = 100_000;

interface NearbyFeature {
	geometry: GeoJSON.Geometry | null;
	properties: { id: string };
}

/** A located feature taken apart, before it is packed into the index. */
interface Item {
	id: string;
	/** Flat `[lng, lat, lng, lat, …]`. */
	coordinates: number[];
	/** The position count at the end of each part. */
	partEnds: number[];
	areas: GeoJSON.Polygon[];
	areaBoxes: Bounds[];
}

/**
 * Builds the index once; features with a null (or empty) geometry are skipped — their location is
 * unknown, so they are never found. Coordinates are `[lng, lat]` WGS-84. Throws if an id is missing or
 * repeated, or a coordinate is not a finite `[lng, lat]` in range.
 */
export function buildNearbyIndex(features: readonly NearbyFeature[]): NearbyIndex {
	const seen = new Set<string>();
	const items: Item[] = [];
	for (const [index, feature] of features.entries()) {
		const id = feature.properties?.id;
		if (typeof id !== 'string' || id === '') {
			throw new Error(
				`buildNearbyIndex: feature #${index} has no properties.id; give every feature a unique string id`
			);
		}
		if (seen.has(id)) {
			throw new Error(
				`buildNearbyIndex: feature id "${id}" appears twice; ids must be unique so that hits can be told apart`
			);
		}
		seen.add(id);
		if (feature.geometry === null) continue;
		const item: Item = { id, coordinates: [], partEnds: [], areas: [], areaBoxes: [] };
		addGeometry(item, feature.geometry);
		if (item.partEnds.length > 0) items.push(item);
	}
	if (items.length === 0) return pack(null, items, []);

	const tree = new Flatbush(items.length);
	for (const item of items) tree.add(...boxOf(item.coordinates, 0, item.coordinates.length / 2));
	tree.finish();
	// flatbush sorts its items along a Hilbert curve, and a search over everything returns them leaf by
	// leaf, so neighbours come out together. Only speed depends on this order, not correctness.
	const order = tree.search(tree.minX, tree.minY, tree.maxX, tree.maxY);
	return pack(tree, items, order);
}

function pack(
	tree: Flatbush | null,
	items: readonly Item[],
	order: readonly number[]
): NearbyIndex {
	const slots = new Uint32Array(items.length);
	const slotParts = new Uint32Array(items.length + 1);
	const slotAreas = new Uint32Array(items.length + 1);
	let partCount = 0;
	let positionCount = 0;
	let areaCount = 0;
	for (const item of items) {
		partCount += item.partEnds.length;
		positionCount += item.coordinates.length / 2;
		areaCount += item.areas.length;
	}
	const partPositions = new Uint32Array(partCount + 1);
	const coordinates = new Float64Array(2 * positionCount);
	const areaBoxes = new Float64Array(4 * areaCount);
	const ids: string[] = [];
	const areas: GeoJSON.Polygon[] = [];

	let part = 0;
	let position = 0;
	for (const [slot, itemIndex] of order.entries()) {
		const item = items[itemIndex]!;
		slots[itemIndex] = slot;
		ids.push(item.id);
		coordinates.set(item.coordinates, 2 * position);
		for (const end of item.partEnds) partPositions[++part] = position + end;
		position += item.coordinates.length / 2;
		slotParts[slot + 1] = part;
		for (const box of item.areaBoxes) areaBoxes.set(box, 4 * areas.length);
		areas.push(...item.areas);
		slotAreas[slot + 1] = areas.length;
	}
	return { tree, slots, ids, slotParts, partPositions, coordinates, slotAreas, areaBoxes, areas };
}

function addGeometry(item: Item, geometry: GeoJSON.Geometry): void {
	switch (geometry.type) {
		case 'Point':
			addPart(item, [geometry.coordinates]);
			break;
		case 'MultiPoint':
			for (const position of geometry.coordinates) addPart(item, [position]);
			break;
		case 'LineString':
			addPart(item, geometry.coordinates);
			break;
		case 'MultiLineString':
			for (const line of geometry.coordinates) addPart(item, line);
			break;
		case 'Polygon':
			addPolygon(item, geometry.coordinates);
			break;
		case 'MultiPolygon':
			for (const polygon of geometry.coordinates) addPolygon(item, polygon);
			break;
		case 'GeometryCollection':
			for (const part of geometry.geometries) addGeometry(item, part);
			break;
	}
}

function addPart(item: Item, positions: readonly GeoJSON.Position[]): void {
	if (positions.length === 0) return;
	for (const position of positions) {
		checkPosition(item.id, position);
		item.coordinates.push(position[0]!, position[1]!);
	}
	item.partEnds.push(item.coordinates.length / 2);
}

function addPolygon(item: Item, rings: readonly GeoJSON.Position[][]): void {
	const first = item.coordinates.length / 2;
	for (const ring of rings) addPart(item, ring);
	if (item.coordinates.length / 2 === first) return;
	// The polygon as given (it is never modified) for the inside test; its outer ring bounds it.
	const coordinates = rings.filter((ring) => ring.length > 0);
	item.areas.push({ type: 'Polygon', coordinates });
	item.areaBoxes.push(boxOf(item.coordinates, first, first + coordinates[0]!.length));
}

function checkPosition(id: string, position: GeoJSON.Position): void {
	if (lngLatOf(position) === null) {
		throw new Error(
			`buildNearbyIndex: feature "${id}": coordinate ${show(position)} is not [lng, lat] in WGS-84 degrees (-180 ≤ lng ≤ 180, -90 ≤ lat ≤ 90); fix the geometry`
		);
	}
}

/**
 * Features whose geometry comes within `radiusM` metres of `center` (`[lng, lat]`), nearest first; equal
 * distances are ordered by id (code-unit order). A feature exactly `radiusM` away is included.
 */
export function findNearby(
	index: NearbyIndex,
	center: readonly [number, number],
	radiusM: number
): NearbyHit[] {
	const at = checkCenter(center);
	checkRadius(radiusM);
	if (index.tree === null) return [];

	const ruler = new CheapRuler(at[1], 'meters');
	const candidates = index.tree.search(...ruler.bufferPoint(at, radiusM));
	// Hits are kept as slot and distance in two typed arrays until they are in order: a 3 km circle in a
	// dense city finds thousands, and objects sorted by a comparator cost more than finding them did.
	const slots = new Uint32Array(candidates.length);
	const distancesM = new Float64Array(candidates.length);
	let count = 0;
	for (const item of candidates) {
		const slot = index.slots[item]!;
		const distanceM = distanceToSlot(index, ruler, at, slot);
		if (distanceM <= radiusM) {
			slots[count] = slot;
			distancesM[count++] = distanceM;
		}
	}
	const sorted = nearestFirst(index.ids, slots, distancesM, count, radiusM);
	const hits: NearbyHit[] = new Array<NearbyHit>(count);
	for (let hit = 0; hit < count; hit++) {
		hits[hit] = { id: index.ids[sorted.slots[hit]!]!, distanceM: sorted.distancesM[hit]! };
	}
	return hits;
}

/**
 * The first `count` hits sorted by distance, then id, exactly as a comparison sort would: a bucket sort in
 * linear time. Distances lie in [0, radiusM]; a hit goes to bucket ⌊distance × count / radiusM⌋, which never
 * decreases as the distance grows, so after the hits are laid out bucket by bucket only those within one
 * bucket (about one each) can be out of order, and an insertion sort puts them right in a step or two.
 * Should many share a bucket (many at one distance, such as 0 inside several polygons), a comparison sort
 * keeps that from taking quadratic time.
 */
function nearestFirst(
	ids: readonly string[],
	slots: Uint32Array,
	distancesM: Float64Array,
	count: number,
	radiusM: number
): { slots: Uint32Array; distancesM: Float64Array } {
	const perM = count / radiusM;
	const buckets = new Uint32Array(count);
	const starts = new Uint32Array(count + 1);
	let largest = 0;
	for (let hit = 0; hit < count; hit++) {
		const bucket = Math.min(count - 1, Math.floor(distancesM[hit]! * perM));
		buckets[hit] = bucket;
		largest = Math.max(largest, ++starts[bucket + 1]!);
	}
	for (let bucket = 1; bucket <= count; bucket++)
		starts[bucket] = starts[bucket]! + starts[bucket - 1]!;

	const sortedSlots = new Uint32Array(count);
	const sortedM = new Float64Array(count);
	const comesAfter = (aM: number, aSlot: number, bM: number, bSlot: number) =>
		aM > bM || (aM === bM && ids[aSlot]! > ids[bSlot]!);
	if (largest > 32) {
		const order = Array.from({ length: count }, (_, hit) => hit).sort((a, b) =>
			comesAfter(distancesM[a]!, slots[a]!, distancesM[b]!, slots[b]!) ? 1 : -1
		);
		for (const [to, hit] of order.entries()) {
			sortedSlots[to] = slots[hit]!;
			sortedM[to] = distancesM[hit]!;
		}
		return { slots: sortedSlots, distancesM: sortedM };
	}
	for (let hit = 0; hit < count; hit++) {
		const to = starts[buckets[hit]!]!++;
		sortedSlots[to] = slots[hit]!;
		sortedM[to] = distancesM[hit]!;
	}
	for (let hit = 1; hit < count; hit++) {
		const slot = sortedSlots[hit]!;
		const distanceM = sortedM[hit]!;
		let to = hit;
		while (to > 0 && comesAfter(sortedM[to - 1]!, sortedSlots[to - 1]!, distanceM, slot)) {
			sortedSlots[to] = sortedSlots[to - 1]!;
			sortedM[to] = sortedM[to - 1]!;
			to--;
		}
		sortedSlots[to] = slot;
		sortedM[to] = distanceM;
	}
	return { slots: sortedSlots, distancesM: sortedM };
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

/** `[west, south, east, north]` of positions `from` to `to` (exclusive) of flat `[lng, lat, …]`. */
function boxOf(coordinates: readonly number[], from: number, to: number): Bounds {
	let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
	for (let position = from; position < to; position++) {
		const lng = coordinates[2 * position]!;
		const lat = coordinates[2 * position + 1]!;
		west = Math.min(west, lng);
		south = Math.min(south, lat);
		east = Math.max(east, lng);
		north = Math.max(north, lat);
	}
	return [west, south, east, north];
}

/** `[lng, lat]` of a position, or null when it does not start with two numbers in range (NaN is not). */
function lngLatOf(position: unknown): LngLat | null {
	if (!Array.isArray(position)) return null;
	const [lng, lat]: unknown[] = position;
	return typeof lng === 'number' &&
		typeof lat === 'number' &&
		Math.abs(lng) <= 180 &&
		Math.abs(lat) <= 90
		? [lng, lat]
		: null;
}

function checkCenter(center: readonly [number, number]): LngLat {
	const lngLat = lngLatOf(center);
	if (lngLat === null) {
		const swapped =
			Array.isArray(center) && lngLatOf([center[1], center[0]])
				? ' — are lng and lat swapped?'
				: '';
		throw new Error(
			`findNearby: center must be [lng, lat] in WGS-84 degrees (-180 ≤ lng ≤ 180, -90 ≤ lat ≤ 90); got ${show(center)}${swapped}`
		);
	}
	return lngLat;
}

/** Shows NaN and Infinity as themselves, which JSON.stringify would turn into null. */
function show(value: unknown): string {
	return Array.isArray(value)
		? `[${value.map(show).join(', ')}]`
		: typeof value === 'number'
			? String(value)
			: JSON.stringify(value);
}

function checkRadius(radiusM: number): void {
	if (typeof radiusM !== 'number' || !Number.isFinite(radiusM) || radiusM <= 0) {
		throw new Error(
			`findNearby: radiusM must be a positive, finite number of metres (the map uses 250–3000); got ${String(radiusM)}`
		);
	}
	if (radiusM > MAX_RADIUS_M) {
		throw new Error(
			`findNearby: radiusM ${radiusM} is beyond city scale; use at most ${MAX_RADIUS_M} m (the flat ruler that measures distances is fitted to the centre's latitude)`
		);
	}
}
