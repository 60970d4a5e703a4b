/**
 * Web Mercator (EPSG:3857) as pixels, the projection of the explorer's map, so a static map looks like
 * the live one. Coordinates are `[lng, lat]` in WGS-84 degrees; pixels grow right and down.
 */
import type { LngLat } from '$lib/geo/types';

/** World width in pixels at zoom 0 (one 256 px tile, the usual convention for static maps). */
export const TILE_SIZE = 256;

/** WGS-84 equatorial circumference in metres (2π × 6,378,137 m). */
const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/** World pixel position of a `[lng, lat]` at a (fractional) zoom. */
export function toWorldPixel([lng, lat]: LngLat, zoom: number): [x: number, y: number] {
	const size = TILE_SIZE * 2 ** zoom;
	const sin = Math.sin((lat * Math.PI) / 180);
	return [
		((lng + 180) / 360) * size,
		(0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size
	];
}

/** The `[lng, lat]` at a world pixel position. */
export function fromWorldPixel(
	[x, y]: readonly [number, number],
	zoom: number
): [lng: number, lat: number] {
	const size = TILE_SIZE * 2 ** zoom;
	const lng = (x / size) * 360 - 180;
	const n = Math.PI - (2 * Math.PI * y) / size;
	return [lng, (180 / Math.PI) * Math.atan(Math.sinh(n))];
}

/** Ground metres per pixel at a latitude and zoom. */
export function metresPerPixel(lat: number, zoom: number): number {
	return (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (TILE_SIZE * 2 ** zoom);
}
