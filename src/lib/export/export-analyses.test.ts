import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { catchments } from '$lib/analysis/catchments';
import { clarkEvans } from '$lib/analysis/clark-evans';
import { clusterSummaries, dbscan } from '$lib/analysis/dbscan';
import { hexbin } from '$lib/analysis/hexbin';
import { representativePoint } from '$lib/analysis/representative-point';
import type { MetricTotal } from '$lib/data/sum-metrics';
import { loadGeodata } from '$lib/server/geodata';
import {
	breakdownsCsv,
	catchmentsCsv,
	catchmentsGeoJson,
	clustersCsv,
	clustersGeoJson,
	hexbinsCsv,
	hexbinsGeoJson,
	nearestCsv,
	nearestGeoJson,
	type AnalysedItem
} from './export-analyses';

const { features } = loadGeodata();
const projects = features.filter((f) => !f.properties.context);
const items: AnalysedItem[] = projects.map((f) => ({
	id: f.properties.id,
	nameZh: f.properties.name.zh,
	nameEn: f.properties.name.en,
	source: 'project',
	point: representativePoint(f.geometry)
}));

/** The CSV's rows as objects keyed by the header (fields here hold no commas or quotes). */
function rowsOf(text: string, separator = ','): Record<string, string>[] {
	const [header, ...lines] = text.slice(1).trimEnd().split('\r\n');
	const names = header!.split(separator);
	return lines.map((line) =>
		Object.fromEntries(line.split(separator).map((v, i) => [names[i], v]))
	);
}

describe('cluster exports', () => {
	const settings = { epsM: 500, minPoints: 3 };
	const result = dbscan(projects, settings);
	const summaries = clusterSummaries(projects, result);

	it('name the file by the settings and write one row per cluster, numbered from 1', () => {
		const file = clustersCsv(items, summaries, settings);
		expect(file.name).toBe('qingdao-renewal-clusters-500m-min3.csv');
		const text = file.text.slice(1);
		const lines = text.trimEnd().split('\r\n');
		expect(lines).toHaveLength(summaries.length + 1);
		expect(lines[1]!.startsWith(`1,${summaries[0]!.count},`)).toBe(true);
	});

	it('say how many members sit on estimated positions or share a point, as the panel does', () => {
		const rows = rowsOf(clustersCsv(items, summaries, settings).text);
		const shared = (i: number) =>
			summaries[i]!.shared.reduce((sum, group) => sum + group.projectIds.length, 0);
		// The seed data has a cluster whose members share one estimated point (the cruise port's).
		const withShared = summaries.findIndex((s) => s.shared.length > 0);
		expect(withShared).toBeGreaterThanOrEqual(0);
		expect(Number(rows[withShared]!.on_shared_points)).toBe(shared(withShared));
		expect(Number(rows[withShared]!.on_shared_points)).toBeGreaterThan(1);
		rows.forEach((row, i) => {
			expect(Number(row.estimated_positions)).toBe(summaries[i]!.approximate);
			expect(Number(row.on_shared_points)).toBe(shared(i));
		});
		const geo = JSON.parse(clustersGeoJson(items, result, summaries, settings).text);
		const first = geo.features.find((f: Feature) => f.properties!.kind === 'cluster');
		expect(first.properties.estimated_positions).toBe(summaries[0]!.approximate);
		expect(first.properties.on_shared_points).toBe(shared(0));
	});

	it('give every located project its cluster, or null for noise', () => {
		const file = clustersGeoJson(items, result, summaries, settings);
		expect(file.name).toBe('qingdao-renewal-clusters-500m-min3.geojson');
		const data = JSON.parse(file.text) as FeatureCollection;
		const locations = data.features.filter((f) => f.properties!.kind === 'location');
		expect(locations).toHaveLength(items.filter((i) => i.point !== null).length);
		expect(locations.filter((f) => f.properties!.cluster === null)).toHaveLength(result.noise);
		expect(data.features.filter((f) => f.properties!.kind === 'cluster')).toHaveLength(
			summaries.length
		);
	});
});

describe('exported coordinates', () => {
	// Seven cruise-port items share one estimated point; their average is not quite that point.
	const sevenAtOnePoint = Array.from({ length: 7 }, () => [120.3095, 36.087] as const);
	const centroid: [number, number] = [
		sevenAtOnePoint.reduce((sum, [lng]) => sum + lng, 0) / 7,
		sevenAtOnePoint.reduce((sum, [, lat]) => sum + lat, 0) / 7
	];
	const summary = {
		id: 0,
		count: 7,
		projectIds: [],
		metrics: {},
		hull: null,
		centroid,
		approximate: 0,
		shared: []
	};

	it('round a cluster centre to six decimals in CSV and GeoJSON', () => {
		expect(centroid[0]).not.toBe(120.3095);
		const [row] = rowsOf(clustersCsv([], [summary], { epsM: 500, minPoints: 3 }).text);
		expect(row!.centroid_lon).toBe('120.3095');
		expect(row!.centroid_lat).toBe('36.087');
		const geo = clustersGeoJson(
			[],
			{ clusterIds: [], roles: [], clusters: [], noise: 0, skipped: 0 },
			[summary],
			{ epsM: 500, minPoints: 3 }
		);
		expect(JSON.parse(geo.text).features[0].geometry.coordinates).toEqual([120.3095, 36.087]);
	});

	it('have at most six decimals in every analysis GeoJSON', () => {
		const decimals = (text: string) =>
			Math.max(...[...text.matchAll(/\d+\.(\d+)/g)].map((match) => match[1]!.length));
		const result = hexbin(projects, { cellSideM: 1000 });
		const hexagons = JSON.parse(hexbinsGeoJson(result, { cellSideM: 1000, metric: null }).text);
		const circles = JSON.parse(catchmentsGeoJson(catchments(features).rows).text);
		const coordinates = JSON.stringify([
			hexagons.features.map((f: { geometry: unknown }) => f.geometry),
			circles.features.map((f: { geometry: unknown }) => f.geometry)
		]);
		expect(decimals(coordinates)).toBeLessThanOrEqual(6);
	});
});

describe('hexbin exports', () => {
	it('write each non-empty hexagon with its centre, count and value', () => {
		const result = hexbin(projects, { cellSideM: 1000 });
		const file = hexbinsCsv(result, { cellSideM: 1000, metric: null });
		expect(file.name).toBe('qingdao-renewal-hexbins-1000m-count.csv');
		const rows = rowsOf(file.text);
		expect(rows).toHaveLength(result.hexagons.features.length);
		expect(rows.reduce((sum, r) => sum + Number(r.count), 0)).toBe(result.binned);
		const geo = hexbinsGeoJson(result, { cellSideM: 1000, metric: 'length_km' });
		expect(geo.name).toBe('qingdao-renewal-hexbins-1000m-length_km.geojson');
		expect(JSON.parse(geo.text).features[0].properties.cell_side_m).toBe(1000);
	});
});

describe('nearest-neighbour exports', () => {
	it('write the statistic as one row, and on the study area', () => {
		const area = {
			type: 'MultiPolygon' as const,
			coordinates: [
				[
					[
						[120.25, 36.0],
						[120.5, 36.0],
						[120.5, 36.2],
						[120.25, 36.2],
						[120.25, 36.0]
					]
				]
			]
		};
		const result = clarkEvans(projects, area);
		const [row] = rowsOf(nearestCsv(result, 0.8).text);
		expect(Number(row!.n)).toBe(result.n);
		expect(Number(row!.R)).toBeCloseTo(result.R, 10);
		expect(Number(row!.approximate_share)).toBe(0.8);
		// Rounded: the area to the square metre, the mean distances to the decimetre.
		expect(row!.area_km2).toBe(String(Math.round(result.areaM2) / 1e6));
		expect(row!.area_km2!.split('.')[1]!.length).toBeLessThanOrEqual(6);
		expect(row!.observed_mean_m).toBe(String(Math.round(result.observedMeanM * 10) / 10));
		const geo = JSON.parse(nearestGeoJson(result, 0.8, area).text) as FeatureCollection;
		expect(geo.features[0]!.geometry).toEqual(area);
		expect(geo.features[0]!.properties!.z).toBe(result.z);
	});
});

describe('catchment exports', () => {
	it('write a row and a circle per station and radius', () => {
		const { rows } = catchments(features);
		const csvRows = rowsOf(catchmentsCsv(rows).text);
		expect(csvRows).toHaveLength(rows.length * 2);
		expect(csvRows.map((r) => r.radius_m).slice(0, 2)).toEqual(['500', '800']);
		const geo = JSON.parse(catchmentsGeoJson(rows).text) as FeatureCollection;
		expect(geo.features).toHaveLength(rows.length * 2);
		expect(geo.features[0]!.geometry.type).toBe('Polygon');
	});
});

describe('breakdownsCsv', () => {
	it('puts every table in one file with its dimension first', () => {
		const file = breakdownsCsv([
			{
				dimension: 'district',
				rows: [
					{
						key: 'shibei',
						label: { zh: '市北区', en: 'Shibei' },
						projects: 3,
						located: 2,
						metrics: { length_km: { value: 1.3, qualifier: 'exact' } }
					}
				]
			}
		]);
		expect(file.name).toBe('qingdao-renewal-breakdowns.csv');
		expect(file.text.slice(1)).toBe(
			'dimension,key,label_zh,label_en,projects,located,length_km\r\ndistrict,shibei,市北区,Shibei,3,2,1.3\r\n'
		);
	});

	it('follows a sum that includes a "more than" value with its qualifier', () => {
		const row = (key: string, households: MetricTotal) => ({
			key,
			label: { zh: key, en: key },
			projects: 1,
			located: 1,
			metrics: { households }
		});
		const file = breakdownsCsv([
			{
				dimension: 'layer',
				rows: [
					row('roads', { value: 300, qualifier: 'more-than' }),
					row('villages', { value: 12, qualifier: 'exact' })
				]
			}
		]);
		expect(file.text.slice(1).split('\r\n').slice(0, 3)).toEqual([
			'dimension,key,label_zh,label_en,projects,located,households,households_qualifier',
			'layer,roads,roads,roads,1,1,300,more-than',
			'layer,villages,villages,villages,1,1,12,'
		]);
	});
});
