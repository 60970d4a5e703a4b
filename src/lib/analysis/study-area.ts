/**
 * The study area of the nearest-neighbour statistic: the Shinan and Shibei district outlines — the
 * basemap's districts marked `focus: true` — together as one MultiPolygon, `[lng, lat]` WGS-84.
 * Putting their polygons side by side is their union because the outlines touch without overlapping
 * (study-area.test.ts checks it on the data). The file is fetched as an asset when the statistic is
 * first shown, so its 23 KB never weigh on the page's own JavaScript; the offline basemap fetches the
 * same file, so it is usually in the cache already.
 */
import type { FeatureCollection, MultiPolygon, Position } from 'geojson';
import districtsUrl from '$geodata/basemap/districts.geojson?url';

/** The focus districts' polygons as one MultiPolygon. */
export function studyAreaOf(districts: FeatureCollection): MultiPolygon {
	const polygons: Position[][][] = [];
	for (const feature of districts.features) {
		if (feature.properties?.focus !== true) continue;
		const { geometry } = feature;
		if (geometry.type === 'Polygon') polygons.push(geometry.coordinates);
		else if (geometry.type === 'MultiPolygon') polygons.push(...geometry.coordinates);
	}
	if (polygons.length === 0) {
		throw new RangeError(
			'studyAreaOf: no district with "focus": true and a Polygon or MultiPolygon geometry; check geodata/basemap/districts.geojson'
		);
	}
	return { type: 'MultiPolygon', coordinates: polygons };
}

/** Fetches the district outlines and returns the study area. */
export async function loadStudyArea(fetcher: typeof fetch = fetch): Promise<MultiPolygon> {
	const response = await fetcher(districtsUrl);
	if (!response.ok) throw new Error(`${districtsUrl}: HTTP ${response.status}`);
	return studyAreaOf((await response.json()) as FeatureCollection);
}
