import type { LngLatBoundsLike } from 'maplibre-gl';

/**
 * Shinan and Shibei together, [west, south, east, north] in degrees (WGS-84): the union of the two
 * districts' extents in ../shared/reference/gazetteer.json (shinan_district, shibei_district), which
 * agree with the district outlines in geodata/basemap/districts.geojson to about 0.01°.
 */
export const FOCUS_BOUNDS: LngLatBoundsLike = [120.283, 36.04, 120.438, 36.16];

/** The box [west, south, east, north] around a circle of `radiusM` metres (111,320 m per degree of latitude). */
export function circleBounds(
	[lng, lat]: readonly [number, number],
	radiusM: number
): [number, number, number, number] {
	const dLat = radiusM / 111_320;
	const dLng = dLat / Math.cos((lat * Math.PI) / 180);
	return [lng - dLng, lat - dLat, lng + dLng, lat + dLat];
}

/**
 * Where a shared camera may look: the Shandong peninsula and the sea around it (about 300 km from
 * Qingdao each way), [west, south, east, north] in degrees. A link's camera centred elsewhere — a
 * mangled `map=` clamped to the pole, say — would open on an empty map; the default view is used instead.
 */
export const CAMERA_REGION = [117, 33.5, 123.5, 38.5] as const;

/** Whether a camera centred at `[lng, lat]` shows this map's region. */
export function cameraInRegion([lng, lat]: readonly [number, number]): boolean {
	const [west, south, east, north] = CAMERA_REGION;
	return lng >= west && lng <= east && lat >= south && lat <= north;
}
