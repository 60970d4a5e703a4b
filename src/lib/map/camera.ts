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
