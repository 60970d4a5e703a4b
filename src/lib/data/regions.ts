/**
 * The places the map frames, as boxes `[west, south, east, north]` in WGS-84 degrees.
 */
import type { Bounds, LngLat } from '$lib/geo/types';

/**
 * Shinan and Shibei together: the union of the two districts' extents in the project gazetteer
 * (shinan_district, shibei_district), which agree with the district outlines in
 * geodata/basemap/districts.geojson to about 0.01°.
 */
export const FOCUS_BOUNDS: Readonly<Bounds> = [120.283, 36.04, 120.438, 36.16];

/**
 * Where a shared camera may look: the Shandong peninsula and the sea around it (about 300 km from
 * Qingdao each way). A link's camera centred elsewhere — a mangled `map=` clamped to the pole, say —
 * would open on an empty map; the default view is used instead.
 */
export const CAMERA_REGION: Readonly<Bounds> = [117, 33.5, 123.5, 38.5];

/** Whether a camera centred at `[lng, lat]` shows this map's region. */
export function cameraInRegion([lng, lat]: LngLat): boolean {
	const [west, south, east, north] = CAMERA_REGION;
	return lng >= west && lng <= east && lat >= south && lat <= north;
}
