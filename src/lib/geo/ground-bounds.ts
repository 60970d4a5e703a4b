/**
 * Boxes measured on the ground: around circles, grown by a distance. Distances in metres come from
 * cheap-ruler, a flat approximation of the WGS-84 ellipsoid fitted at the box's latitude (error ≪ 0.1 %
 * over a city); coordinates are `[lng, lat]` in degrees, boxes `[west, south, east, north]`.
 */
import CheapRuler from 'cheap-ruler';
import { boundsCenter, pointsBounds, unionBounds } from './bounds';
import type { Bounds, LngLat } from './types';

/** `bounds` grown by `metres` on every side (measured at the box's middle latitude). */
export function growBounds(
	bounds: Bounds | readonly [number, number, number, number],
	metres: number
): Bounds {
	const ruler = new CheapRuler((bounds[1] + bounds[3]) / 2, 'meters');
	return ruler.bufferBBox(bounds, metres);
}

/** The box around a circle of `radiusM` metres centred at `center`. */
export function circleBounds(center: LngLat, radiusM: number): Bounds {
	return new CheapRuler(center[1], 'meters').bufferPoint(center, radiusM);
}

/** A box around `points`, at least `minHalfM` metres from its middle each way; undefined for none. */
export function boundsAround(points: readonly LngLat[], minHalfM: number): Bounds | undefined {
	const box = pointsBounds(points);
	if (!box) return undefined;
	return unionBounds([box, circleBounds(boundsCenter(box), minHalfM)]);
}

/** The position `metres` north of `point` (to place a label on a circle's north edge). */
export function northOf(point: LngLat, metres: number): [lng: number, lat: number] {
	return new CheapRuler(point[1], 'meters').offset(point, 0, metres);
}
