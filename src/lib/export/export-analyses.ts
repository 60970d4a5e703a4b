/**
 * Each analysis result as files: CSV for tables, GeoJSON for shapes (RFC 7946, `[lng, lat]` WGS-84).
 * Column names are English snake_case with units in the name; names of places come in both languages.
 * File names carry the settings that produced the result. Coordinates have six decimals at most; a
 * sum that includes a "more than" or "about" metric says so (see metric-cells.ts).
 */
import circle from '@turf/circle';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { CatchmentRow } from '$lib/analysis/catchments';
import type { ClarkEvansResult } from '$lib/analysis/clark-evans';
import type { ClusterSummary, DbscanResult } from '$lib/analysis/dbscan';
import type { HexbinResult } from '$lib/analysis/hexbin';
import type { LngLat } from '$lib/geo/types';
import type { MetricTotals } from '$lib/data/sum-metrics';
import type { MetricKey } from '$lib/data/vocabulary';
import type { ExportFile } from './download';
import { FILE_PREFIX, GEOJSON_TYPE, metricColumns } from './export-projects';
import { metricCells } from './metric-cells';
import { roundCoordinate, roundGeometry } from './round-coordinates';
import { CSV_TYPE, toCsv, type CsvValue } from './to-csv';

/** Something that was analysed: a project, or a feature of the user's own layer. */
export interface AnalysedItem {
	id: string;
	nameZh: string;
	nameEn: string;
	source: 'project' | 'user';
	/** Its representative point, or null without a location. */
	point: LngLat | null;
}

type Bilingual = { zh: string; en: string };

const geojson = (name: string, features: Feature[]): ExportFile => ({
	name,
	type: GEOJSON_TYPE,
	text: JSON.stringify({
		type: 'FeatureCollection',
		features: features.map((f) => ({ ...f, geometry: roundGeometry(f.geometry) }))
	})
});

const csv = (name: string, header: string[], rows: CsvValue[][]): ExportFile => ({
	name,
	type: CSV_TYPE,
	text: toCsv(header, rows)
});

/** Summed metrics' columns; a sum of nothing is 0. */
const sumCells = (sets: readonly MetricTotals[]) => metricCells(metricColumns(sets), sets, 0);

// Clusters ------------------------------------------------------------------------------------------

export interface ClusterSettings {
	epsM: number;
	minPoints: number;
}

const clustersName = ({ epsM, minPoints }: ClusterSettings, extension: string) =>
	`${FILE_PREFIX}-clusters-${epsM}m-min${minPoints}.${extension}`;

/**
 * Members of a cluster that share their point with another member (one estimated anchor for several
 * projects, for example): the panel says the same beside each cluster.
 */
const onSharedPoints = (s: ClusterSummary) =>
	s.shared.reduce((sum, group) => sum + group.projectIds.length, 0);

/**
 * One row per cluster (numbered from 1, as in the panel) with its members, how many of them sit on
 * estimated positions or share a point, and summed metrics.
 */
export function clustersCsv(
	items: readonly AnalysedItem[],
	summaries: readonly ClusterSummary[],
	settings: ClusterSettings
): ExportFile {
	const byId = new Map(items.map((item) => [item.id, item]));
	const metrics = sumCells(summaries.map((s) => s.metrics));
	const rows = summaries.map((s): CsvValue[] => {
		const members = s.projectIds.map((id) => byId.get(id));
		return [
			s.id + 1,
			s.count,
			members.filter((m) => m?.source === 'project').length,
			members.filter((m) => m?.source === 'user').length,
			s.approximate,
			onSharedPoints(s),
			roundCoordinate(s.centroid[0]),
			roundCoordinate(s.centroid[1]),
			s.projectIds.join('; '),
			members.map((m) => m?.nameZh ?? '').join('；'),
			members.map((m) => m?.nameEn ?? '').join('; '),
			...metrics.cells(s.metrics)
		];
	});
	return csv(
		clustersName(settings, 'csv'),
		[
			'cluster',
			'count',
			'projects',
			'user_features',
			'estimated_positions',
			'on_shared_points',
			'centroid_lon',
			'centroid_lat',
			'ids',
			'names_zh',
			'names_en',
			...metrics.header
		],
		rows
	);
}

/**
 * Each cluster's hull (or its centroid when its members span no area) with its numbers, and every
 * analysed location as a point with its cluster (null for noise) and DBSCAN role.
 */
export function clustersGeoJson(
	items: readonly AnalysedItem[],
	result: DbscanResult,
	summaries: readonly ClusterSummary[],
	settings: ClusterSettings
): ExportFile {
	const clusters: Feature[] = summaries.map((s) => ({
		type: 'Feature',
		geometry: s.hull?.geometry ?? { type: 'Point', coordinates: [...s.centroid] },
		properties: {
			kind: 'cluster',
			cluster: s.id + 1,
			count: s.count,
			estimated_positions: s.approximate,
			on_shared_points: onSharedPoints(s),
			ids: s.projectIds,
			metrics: s.metrics,
			eps_m: settings.epsM,
			min_points: settings.minPoints
		}
	}));
	const locations: Feature[] = [];
	items.forEach((item, i) => {
		if (item.point === null) return;
		const cluster = result.clusterIds[i]!;
		locations.push({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [...item.point] },
			properties: {
				kind: 'location',
				id: item.id,
				name_zh: item.nameZh,
				name_en: item.nameEn,
				source: item.source,
				cluster: cluster < 0 ? null : cluster + 1,
				role: result.roles[i]
			}
		});
	});
	return geojson(clustersName(settings, 'geojson'), [...clusters, ...locations]);
}

// Density -------------------------------------------------------------------------------------------

export interface HexbinSettings {
	cellSideM: number;
	/** The summed metric, or null when hexagons count projects. */
	metric: MetricKey | null;
}

const hexbinsName = ({ cellSideM, metric }: HexbinSettings, extension: string) =>
	`${FILE_PREFIX}-hexbins-${cellSideM}m-${metric ?? 'count'}.${extension}`;

/** The average of a hexagon's six corners: its centre. */
function centreOf(hexagon: Polygon): LngLat {
	const corners = hexagon.coordinates[0]!.slice(0, -1);
	let lng = 0;
	let lat = 0;
	for (const [x = 0, y = 0] of corners) {
		lng += x;
		lat += y;
	}
	return [lng / corners.length, lat / corners.length];
}

/** One row per non-empty hexagon: its lattice position, centre, count and value. */
export function hexbinsCsv(result: HexbinResult, settings: HexbinSettings): ExportFile {
	const rows = result.hexagons.features.map((hex): CsvValue[] => {
		const [lon, lat] = centreOf(hex.geometry);
		return [
			hex.properties.q,
			hex.properties.r,
			roundCoordinate(lon),
			roundCoordinate(lat),
			hex.properties.count,
			hex.properties.value
		];
	});
	return csv(
		hexbinsName(settings, 'csv'),
		['q', 'r', 'centre_lon', 'centre_lat', 'count', settings.metric ?? 'value'],
		rows
	);
}

export function hexbinsGeoJson(result: HexbinResult, settings: HexbinSettings): ExportFile {
	const features = result.hexagons.features.map((hex) => ({
		...hex,
		properties: {
			...hex.properties,
			cell_side_m: settings.cellSideM,
			metric: settings.metric ?? 'count'
		}
	}));
	return geojson(hexbinsName(settings, 'geojson'), features);
}

// Nearest neighbour --------------------------------------------------------------------------------

const NEAREST_NAME = `${FILE_PREFIX}-nearest-neighbour`;

/** A name for the study area in exports. */
export const STUDY_AREA_NAME = 'Shinan + Shibei district outlines';

function nearestProperties(result: ClarkEvansResult, approximateShare: number) {
	return {
		study_area: STUDY_AREA_NAME,
		n: result.n,
		// The area to the square metre, the mean distances to the decimetre: finer is noise.
		area_km2: Math.round(result.areaM2) / 1e6,
		observed_mean_m: Math.round(result.observedMeanM * 10) / 10,
		expected_mean_m: Math.round(result.expectedMeanM * 10) / 10,
		R: result.R,
		z: result.z,
		p_value: result.pValue,
		outside: result.outside,
		unlocated: result.skipped,
		approximate_share: approximateShare
	};
}

/** One row: the Clark–Evans statistic with its inputs. */
export function nearestCsv(result: ClarkEvansResult, approximateShare: number): ExportFile {
	const properties = nearestProperties(result, approximateShare);
	return csv(`${NEAREST_NAME}.csv`, Object.keys(properties), [Object.values(properties)]);
}

/** The study area with the statistic as its properties. */
export function nearestGeoJson(
	result: ClarkEvansResult,
	approximateShare: number,
	studyArea: MultiPolygon
): ExportFile {
	return geojson(`${NEAREST_NAME}.geojson`, [
		{
			type: 'Feature',
			geometry: studyArea,
			properties: nearestProperties(result, approximateShare)
		}
	]);
}

// Catchments ----------------------------------------------------------------------------------------

const CATCHMENTS_NAME = `${FILE_PREFIX}-metro-catchments`;

/** One row per station and radius: what lies within it, and the projects' ids nearest first. */
export function catchmentsCsv(rows: readonly CatchmentRow[]): ExportFile {
	const table: CsvValue[][] = rows.flatMap((row) =>
		row.catchments.map((c): CsvValue[] => [
			row.stationId,
			row.name.zh,
			row.name.en,
			roundCoordinate(row.position[0]),
			roundCoordinate(row.position[1]),
			c.radiusM,
			c.count,
			c.parkingSpaces,
			c.schoolPlaces,
			c.floorAreaM2,
			c.projects.map((p) => p.id).join('; ')
		])
	);
	return csv(
		`${CATCHMENTS_NAME}.csv`,
		[
			'station_id',
			'station_zh',
			'station_en',
			'lon',
			'lat',
			'radius_m',
			'projects',
			'parking_spaces',
			'school_places',
			'floor_area_m2',
			'project_ids'
		],
		table
	);
}

/** Each station's catchment circles (geodesic, 72 steps) with what lies within them. */
export function catchmentsGeoJson(rows: readonly CatchmentRow[]): ExportFile {
	const features = rows.flatMap((row) =>
		row.catchments.map((c) => ({
			...circle([row.position[0], row.position[1]], c.radiusM / 1000, {
				steps: 72,
				units: 'kilometers'
			}),
			properties: {
				station_id: row.stationId,
				station_zh: row.name.zh,
				station_en: row.name.en,
				radius_m: c.radiusM,
				projects: c.count,
				parking_spaces: c.parkingSpaces,
				school_places: c.schoolPlaces,
				floor_area_m2: c.floorAreaM2,
				project_ids: c.projects.map((p) => p.id)
			}
		}))
	);
	return geojson(`${CATCHMENTS_NAME}.geojson`, features);
}

// Breakdowns ----------------------------------------------------------------------------------------

export interface BreakdownTable {
	dimension: string;
	rows: readonly {
		key: string;
		label: Bilingual;
		projects: number;
		located: number;
		metrics: MetricTotals;
	}[];
}

/** All breakdown tables in one CSV, the dimension in the first column. */
export function breakdownsCsv(tables: readonly BreakdownTable[]): ExportFile {
	const metrics = sumCells(tables.flatMap((t) => t.rows.map((r) => r.metrics)));
	const rows = tables.flatMap((t) =>
		t.rows.map((r): CsvValue[] => [
			t.dimension,
			r.key,
			r.label.zh,
			r.label.en,
			r.projects,
			r.located,
			...metrics.cells(r.metrics)
		])
	);
	return csv(
		`${FILE_PREFIX}-breakdowns.csv`,
		['dimension', 'key', 'label_zh', 'label_en', 'projects', 'located', ...metrics.header],
		rows
	);
}
