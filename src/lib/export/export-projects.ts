/**
 * The filtered projects as files: CSV (one row per project, flat columns, the representative point as
 * lon/lat) and GeoJSON (the features as the data publishes them). Coordinates have six decimals at most.
 */
import { representativePoint } from '$lib/analysis/representative-point';
import type { ProjectFeature } from '$lib/data/schema';
import type { ProjectStatus } from '$lib/data/status';
import { METRIC_KEYS, type MetricKey } from '$lib/data/vocabulary';
import type { ExportFile } from './download';
import { metricCells } from './metric-cells';
import { roundCoordinate, roundGeometry } from './round-coordinates';
import { CSV_TYPE, toCsv, type CsvValue } from './to-csv';

export const GEOJSON_TYPE = 'application/geo+json';

/** Every exported file's name starts so, to tell it apart in a downloads folder. */
export const FILE_PREFIX = 'qingdao-renewal';

function projectsName(filtered: boolean, extension: string): string {
	return `${FILE_PREFIX}-projects${filtered ? '-filtered' : ''}.${extension}`;
}

/** Metric keys that any of the features states, in vocabulary order. */
export function metricColumns(
	metricSets: Iterable<Partial<Record<MetricKey, unknown>>>
): MetricKey[] {
	const present = new Set<string>();
	for (const metrics of metricSets) for (const key of Object.keys(metrics)) present.add(key);
	return METRIC_KEYS.filter((key) => present.has(key));
}

/**
 * One row per project: ids and names, classification, status as of the explorer's date with the next
 * milestone, how reliable the location is, a point on its geometry (empty when it has none) and each
 * stated metric in its base unit.
 */
export function projectsCsv(
	features: readonly ProjectFeature[],
	statusOf: (id: string) => ProjectStatus,
	filtered: boolean
): ExportFile {
	const metricSets = features.map((f) => f.properties.metrics);
	const metrics = metricCells(metricColumns(metricSets), metricSets, undefined);
	const header = [
		'id',
		'name_zh',
		'name_en',
		'layer',
		'district',
		'campaign',
		'group',
		'status',
		'next_due',
		'next_action',
		'location_confidence',
		'location_basis',
		'uncertainty_m',
		'geometry_type',
		'lon',
		'lat',
		...metrics.header
	];
	const rows = features.map((f): CsvValue[] => {
		const p = f.properties;
		const status = statusOf(p.id);
		const next = status.index === undefined ? undefined : p.milestones[status.index];
		const point = representativePoint(f.geometry);
		return [
			p.id,
			p.name.zh,
			p.name.en,
			p.layer,
			p.district,
			p.campaign,
			p.group,
			status.status,
			next?.due,
			next?.action,
			p.location.confidence,
			p.location.basis,
			p.location.uncertainty_m,
			f.geometry?.type,
			point && roundCoordinate(point[0]),
			point && roundCoordinate(point[1]),
			...metrics.cells(p.metrics)
		];
	});
	return { name: projectsName(filtered, 'csv'), type: CSV_TYPE, text: toCsv(header, rows) };
}

/** The features as a FeatureCollection, as published (RFC 7946, `[lng, lat]` WGS-84). */
export function projectsGeoJson(
	features: readonly ProjectFeature[],
	filtered: boolean
): ExportFile {
	return {
		name: projectsName(filtered, 'geojson'),
		type: GEOJSON_TYPE,
		text: JSON.stringify({
			type: 'FeatureCollection',
			features: features.map((f) => ({ ...f, geometry: roundGeometry(f.geometry) }))
		})
	};
}
