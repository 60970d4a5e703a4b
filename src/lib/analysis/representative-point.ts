/**
 * One point per feature, for the analyses that work on points (clusters, hex bins, nearest-neighbour
 * statistics). The point always lies ON the geometry, so a project is never counted where it is not:
 *
 * - Point: the point itself; MultiPoint: the member nearest to the members' average.
 * - LineString: the point halfway along it; MultiLineString: halfway along its longest part.
 * - Polygon: the average of the exterior ring's vertices when that lies inside the polygon (true for the
 *   small, compact shapes in this data), otherwise the nearest point on the exterior ring;
 *   MultiPolygon: the same for its largest part.
 * - GeometryCollection: the point of its first member that has one.
 * - null (location unknown) or empty coordinates: no point.
 *
 * Coordinates are `[lng, lat]` in WGS-84 degrees. Lengths and areas use cheap-ruler fitted at the
 * geometry's latitude, which is exact enough at city scale.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import CheapRuler from 'cheap-ruler';
import type { LngLat } from '$lib/geo/types';
import type { Geometry, Position } from 'geojson';
import type { MetricKey } from '../data/vocabulary';

/** Anything with a GeoJSON geometry, or null when its location is unknown. */
export interface Locatable {
	geometry: Geometry | null;
}

/**
 * A feature whose position is an estimate (`location.confidence` "low"), as every analysis counts them;
 * user features, and bare positions, may carry no location block and are not estimates.
 */
export function isEstimated(item: LngLat | Locatable): boolean {
	if (Array.isArray(item)) return false;
	const { properties } = item as { properties?: { location?: { confidence?: string } } };
	return properties?.location?.confidence === 'low';
}

/** A located thing with metrics, as the analyses read a project feature. */
export interface MetricFeature extends Locatable {
	properties: { metrics: Partial<Record<MetricKey, { value: number }>> };
}

/** What the point analyses accept: `[lng, lat]` positions or features. */
export type PointInput = LngLat | Locatable;

/** The representative point of a geometry (see the module comment), or null when it has none. */
export function representativePoint(geometry: Geometry | null): LngLat | null {
	if (geometry === null) return null;
	switch (geometry.type) {
		case 'Point':
			return geometry.coordinates.length >= 2 ? toLngLat(geometry.coordinates) : null;
		case 'MultiPoint':
			return nearestTo(average(geometry.coordinates), geometry.coordinates);
		case 'LineString':
			return halfway(geometry.coordinates);
		case 'MultiLineString':
			return halfway(largest(geometry.coordinates, lineLength) ?? []);
		case 'Polygon':
			return insidePoint(geometry.coordinates);
		case 'MultiPolygon':
			return insidePoint(largest(geometry.coordinates, exteriorArea) ?? []);
		case 'GeometryCollection':
			for (const part of geometry.geometries) {
				const point = representativePoint(part);
				if (point !== null) return point;
			}
			return null;
	}
}

/**
 * The points of a list of positions or features, in input order: null for a feature without a location.
 * Positions are checked here, where they enter; `caller` names the function in error messages.
 */
export function representativePoints(
	items: readonly PointInput[],
	caller: string
): { points: (LngLat | null)[]; skipped: number } {
	if (!Array.isArray(items)) {
		throw new TypeError(
			`${caller}: expected an array of [lng, lat] positions or GeoJSON features; got ${typeof items}`
		);
	}
	let skipped = 0;
	const points = items.map((item, index) => {
		if (isPosition(item)) return checkPosition(item, `${caller}: points[${index}]`);
		if (item === null || typeof item !== 'object' || !('geometry' in item)) {
			throw new TypeError(
				`${caller}: points[${index}] is neither a [lng, lat] position nor a GeoJSON feature; pass one or the other`
			);
		}
		const point = representativePoint(item.geometry);
		if (point === null) skipped++;
		return point;
	});
	return { points, skipped };
}

function isPosition(item: PointInput): item is LngLat {
	return Array.isArray(item);
}

function checkPosition(position: LngLat, where: string): LngLat {
	const [lng, lat] = position;
	const valid =
		position.length >= 2 &&
		Number.isFinite(lng) &&
		Number.isFinite(lat) &&
		Math.abs(lng) <= 180 &&
		Math.abs(lat) <= 90;
	if (!valid) {
		const swapped =
			Math.abs(lat) <= 180 && Math.abs(lng) <= 90 ? ' — are lng and lat swapped?' : '';
		throw new RangeError(
			`${where} is [${position.join(', ')}], not [lng, lat] in WGS-84 degrees (-180 ≤ lng ≤ 180, -90 ≤ lat ≤ 90)${swapped}`
		);
	}
	return position;
}

function toLngLat(position: Position): [number, number] {
	return [position[0]!, position[1]!];
}

function average(positions: readonly Position[]): LngLat | null {
	if (positions.length === 0) return null;
	let lng = 0;
	let lat = 0;
	for (const position of positions) {
		lng += position[0]!;
		lat += position[1]!;
	}
	return [lng / positions.length, lat / positions.length];
}

function nearestTo(target: LngLat | null, positions: readonly Position[]): LngLat | null {
	if (target === null) return null;
	const ruler = new CheapRuler(target[1], 'meters');
	let best: LngLat | null = null;
	let bestM = Infinity;
	for (const position of positions) {
		const distanceM = ruler.distance(target, toLngLat(position));
		if (distanceM < bestM) [best, bestM] = [toLngLat(position), distanceM];
	}
	return best;
}

function halfway(line: readonly Position[]): LngLat | null {
	const first = line[0];
	if (first === undefined) return null;
	const ruler = new CheapRuler(first[1]!, 'meters');
	const points = line.map(toLngLat);
	return ruler.along(points, ruler.lineDistance(points) / 2);
}

/** The exterior ring's vertex average when inside the polygon, else the nearest point on that ring. */
function insidePoint(rings: readonly Position[][]): LngLat | null {
	const exterior = rings[0];
	if (exterior === undefined || exterior.length === 0) return null;
	// The closing position repeats the first; counting it twice would pull the average towards it.
	const open = exterior.length > 1 ? exterior.slice(0, -1) : exterior;
	const mean = average(open)!;
	if (booleanPointInPolygon([...mean], { type: 'Polygon', coordinates: rings as Position[][] })) {
		return mean;
	}
	const ruler = new CheapRuler(mean[1], 'meters');
	return ruler.pointOnLine(exterior.map(toLngLat), mean).point;
}

function largest<T>(parts: readonly T[], size: (part: T) => number): T | undefined {
	let best: T | undefined;
	let bestSize = -Infinity;
	for (const part of parts) {
		const partSize = size(part);
		if (partSize > bestSize) [best, bestSize] = [part, partSize];
	}
	return best;
}

function lineLength(line: readonly Position[]): number {
	const first = line[0];
	if (first === undefined) return 0;
	return new CheapRuler(first[1]!, 'meters').lineDistance(line.map(toLngLat));
}

function exteriorArea(rings: readonly Position[][]): number {
	const exterior = rings[0];
	if (exterior === undefined || exterior.length === 0) return 0;
	return new CheapRuler(exterior[0]![1]!, 'meters').area([exterior.map(toLngLat)]);
}
