/**
 * The district layer: shared-border simplification on the source's integer grid, then GCJ-02 →
 * WGS-84, clip to the bbox, finish; one MultiPolygon feature per district that meets the bbox.
 */
import bboxClip from '@turf/bbox-clip';
import { polygon } from '@turf/helpers';
import type { Feature, MultiPolygon } from 'geojson';

import { finishPolygon } from './finish-polygon';
import { feature, multiPolygon, ringArea, type BBox, type PolygonRings } from './geometry';
import { quantisedGcjToWgs84, type QuantisedDistrict } from './read-echarts-districts';
import { simplifySharedBorders } from './simplify-shared-borders';
import { DISTRICT_NAMES, FOCUS_DISTRICTS } from './source-metadata';

export interface DistrictOptions {
	bbox: BBox;
	/** Source units per degree (1024). */
	scale: number;
	/** Douglas–Peucker tolerance in source units. */
	simplifyTolerance: number;
	decimals: number;
}

export type DistrictProperties = {
	id: string;
	name_zh: string;
	name_en: string;
	focus: boolean;
};

export type DistrictFeature = Feature<MultiPolygon, DistrictProperties>;

export function buildDistricts(
	quantised: QuantisedDistrict[],
	options: DistrictOptions
): DistrictFeature[] {
	const simplified = simplifySharedBorders(quantised, options.simplifyTolerance);
	const toWgs84 = (rings: PolygonRings) =>
		rings.map((ring) => ring.map((p) => quantisedGcjToWgs84(p, options.scale)));
	const clip = (rings: PolygonRings) =>
		bboxClip(polygon(rings), options.bbox).geometry.coordinates as PolygonRings;
	const features: DistrictFeature[] = [];
	quantised.forEach(({ name }, i) => {
		const names = DISTRICT_NAMES[name];
		if (!names) throw new Error(`unknown district name in source: ${name}`);
		const polygons = simplified[i]!.map(toWgs84)
			.map(clip)
			.filter((rings) => rings.length > 0 && ringArea(rings[0]!) > 0)
			.map((rings) => finishPolygon(rings, options.decimals))
			.filter((rings) => rings.length > 0);
		if (polygons.length === 0) return;
		const properties = {
			id: names.id,
			name_zh: name,
			name_en: names.name_en,
			focus: FOCUS_DISTRICTS.has(name)
		};
		features.push(feature(properties, multiPolygon(polygons)));
	});
	return features;
}
