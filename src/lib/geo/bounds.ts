/**
 * Boxes around geometries, points and circles. Distances in metres come from cheap-ruler, a flat
 * approximation of the WGS-84 ellipsoid fitted at the box's latitude (error ≪ 0.1 % over a city);
 * coordinates are `[lng, lat]` in degrees, boxes `[west, south, east, north]`.
 */
import CheapRuler from 'cheap-ruler';
import type { Geometry, Position } from 'geojson';
import type { Bounds, LngLat } from './types';

/** Calls `visit` with every position of a geometry, collections included. */
export function eachPosition(geometry: Geometry, visit: (p: Position) => void): void {
	switch (geometry.type) {
		case 'Point':
			visit(geometry.coordinates);
			break;
		case 'MultiPoint':
		case 'LineString':
			geometry.coordinates.forEach(visit);
			break;
		case 'MultiLineString':
		case 'Polygon':
			geometry.coordinates.forEach((line) => line.forEach(visit));
			break;
		case 'MultiPolygon':
			geometry.coordinates.forEach((poly) => poly.forEach((ring) => ring.forEach(visit)));
			break;
		case 'GeometryCollection':
			geometry.geometries.forEach((g) => eachPosition(g, visit));
			break;
	}
}

/** The box of some positions, or undefined when there are none. */
export function pointsBounds(points: Iterable<Position | LngLat>): Bounds | undefined {
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [lng, lat] of points) {
		if (lng === undefined || lat === undefined) continue;
		w = Math.min(w, lng);
		e = Math.max(e, lng);
		s = Math.min(s, lat);
		n = Math.max(n, lat);
	}
	return Number.isFinite(w) ? [w, s, e, n] : undefined;
}

/** The box of a geometry, or undefined for a null geometry or one without positions. */
export function geometryBounds(geometry: Geometry | null | undefined): Bounds | undefined {
	if (!geometry) return undefined;
	const points: Position[] = [];
	eachPosition(geometry, (p) => points.push(p));
	return pointsBounds(points);
}

/** The smallest box holding all of `boxes`, or undefined when none is given. */
export function unionBounds(boxes: Iterable<Bounds | undefined>): Bounds | undefined {
	const corners: LngLat[] = [];
	for (const box of boxes) if (box) corners.push([box[0], box[1]], [box[2], box[3]]);
	return pointsBounds(corners);
}

/** `bounds` grown by `metres` on every side (measured at the box's middle latitude). */
export function growBounds(
	bounds: Bounds | readonly [number, number, number, number],
	metres: number
): Bounds {
	const ruler = new CheapRuler((bounds[1] + bounds[3]) / 2, 'meters');
	return ruler.bufferBBox(bounds, metres);
}

/** The middle of a box. */
export function boundsCenter([west, south, east, north]: Bounds): LngLat {
	return [(west + east) / 2, (south + north) / 2];
}

/** The box around a circle of `radiusM` metres centred at `center`. */
export function circleBounds(center: LngLat, radiusM: number): Bounds {
	return new CheapRuler(center[1], 'meters').bufferPoint(center, radiusM);
}

/** A box around `points`, at least `minHalfM` metres from its middle each way; undefined for none. */
export function boundsAround(points: readonly LngLat[], minHalfM: number): Bounds | undefined {
	const box = pointsBounds(points);
	if (!box) return undefined;
	const middle: LngLat = [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
	return unionBounds([box, circleBounds(middle, minHalfM)]);
}

/** The position `metres` north of `point` (to place a label on a circle's north edge). */
export function northOf(point: LngLat, metres: number): [lng: number, lat: number] {
	return new CheapRuler(point[1], 'meters').offset(point, 0, metres);
}
