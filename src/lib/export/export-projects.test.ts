import { describe, expect, it } from 'vitest';
import { projectStatus } from '$lib/data/status';
import { parseCsv } from '$lib/import/parse-csv';
import { loadGeodata } from '$lib/server/geodata';
import { metricColumns, projectsCsv, projectsGeoJson } from './export-projects';
import { CSV_BOM } from './to-csv';

const { features } = loadGeodata();
const projects = features.filter((f) => !f.properties.context);
const statusOf = (id: string) =>
	projectStatus(features.find((f) => f.properties.id === id)!.properties.milestones, '2023-03-01');

describe('projectsCsv', () => {
	it('writes one row per project under a header, named for a filtered set', () => {
		const file = projectsCsv(projects, statusOf, true);
		expect(file.name).toBe('qingdao-renewal-projects-filtered.csv');
		expect(file.type).toBe('text/csv;charset=utf-8');
		const lines = file.text.slice(CSV_BOM.length).trimEnd().split('\r\n');
		expect(lines[0]!.startsWith('id,name_zh,name_en,layer,district,campaign')).toBe(true);
		// No name in the data holds a line break, so one line is one row.
		expect(lines).toHaveLength(projects.length + 1);
	});

	it('gives a located project a point and its next milestone as of the date', () => {
		const school = projects.filter((f) => f.properties.id === 'shuangshan-primary-school');
		const text = projectsCsv(school, statusOf, false).text;
		const [header, row] = text.slice(1).trimEnd().split('\r\n');
		const cells = Object.fromEntries(
			header!.split(',').map((name, i) => [name, row!.split(',')[i]])
		);
		expect(cells.name_zh).toBe('双山小学');
		expect(Number(cells.lon)).toBeCloseTo(120.39, 1);
		expect(Number(cells.lat)).toBeCloseTo(36.11, 1);
		expect(cells.next_due).toMatch(/^2023-\d\d-\d\d$/);
	});

	it('writes 300余户 as 300 with a "more-than" qualifier column', () => {
		const viaduct = projects.filter((f) => f.properties.id === 'chongqing-road-elevated');
		const [header, row] = projectsCsv(viaduct, statusOf, false)
			.text.slice(1)
			.trimEnd()
			.split('\r\n');
		const cells = Object.fromEntries(
			header!.split(',').map((name, i) => [name, row!.split(',')[i]])
		);
		expect(cells).toMatchObject({ households: '300', households_qualifier: 'more-than' });
	});

	it('writes points with at most six decimals', () => {
		const parsed = parseCsv(projectsCsv(projects, statusOf, false).text.slice(1), ',');
		if (!parsed.ok) throw new Error('the CSV does not parse');
		const [header, ...rows] = parsed.records.map((r) => r.fields);
		const lon = header!.indexOf('lon');
		const points = rows.flatMap((row) => row.slice(lon, lon + 2)).filter(Boolean);
		expect(points.length).toBeGreaterThan(100);
		for (const value of points) expect(value).toMatch(/^\d+(\.\d{1,6})?$/);
	});

	it('leaves the point empty for a project without a location', () => {
		const unlocated = projects.filter((f) => f.geometry === null).slice(0, 1);
		const [header, row] = projectsCsv(unlocated, statusOf, false)
			.text.slice(1)
			.trimEnd()
			.split('\r\n');
		const lon = header!.split(',').indexOf('lon');
		expect(row!.split(',')[lon]).toBe('');
	});
});

describe('projectsGeoJson', () => {
	it('is the features as published, in a FeatureCollection', () => {
		const file = projectsGeoJson(projects, false);
		expect(file.name).toBe('qingdao-renewal-projects.geojson');
		expect(JSON.parse(file.text)).toEqual({ type: 'FeatureCollection', features: projects });
	});
});

describe('metricColumns', () => {
	it('lists the metrics stated anywhere, in vocabulary order', () => {
		expect(metricColumns([{ length_km: 1 }, { school_places: 2, length_km: 3 }])).toEqual([
			'school_places',
			'length_km'
		]);
	});
});
