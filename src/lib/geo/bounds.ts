/**
 * Boxes around geometries and points, in degrees: coordinates are `[lng, lat]`, boxes
 * `[west, south, east, north]`. Boxes measured in metres (around circles, grown by a distance) are in
 * `ground-bounds.ts`, apart, so that the first load does not carry their ruler (docs/ARCHITECTURE.md,
 * "First load").
 */
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

/** The middle of a box. */
export function boundsCenter([west, south, east, north]: Bounds): LngLat {
	return [(west + east) / 2, (south + north) / 2];
}
