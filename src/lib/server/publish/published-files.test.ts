import { describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/import/parse-csv';
import { loadGeodata } from '$lib/server/geodata';
import { publishedFiles, publishedProjects } from './published-files';

const data = loadGeodata();
const files = publishedFiles(data, '2023-02-13', (path) => path);
const body = (name: string) => files.find((f) => f.path === `/data/${name}`)!.body();

describe('publishedFiles', () => {
	it('publishes each path once', () => {
		const paths = files.map((f) => f.path);
		expect(new Set(paths).size).toBe(paths.length);
	});

	it('writes JSON and GeoJSON files that parse, with every item', () => {
		const projects = JSON.parse(body('projects.geojson'));
		expect(projects.type).toBe('FeatureCollection');
		expect(projects.features).toHaveLength(publishedProjects(data.features).length);
		expect(JSON.parse(body('records.json')).records).toHaveLength(data.records.length);
		expect(JSON.parse(body('updates.json')).updates).toEqual(data.updates);
	});

	it('writes an empty list as valid JSON too', () => {
		const empty = publishedFiles({ ...data, updates: [] }, '2023-02-13', (p) => p);
		const updates = empty.find((f) => f.path === '/data/updates.json')!.body();
		expect(JSON.parse(updates)).toMatchObject({ updates: [] });
	});

	it('leaves out the existing stations shown for context', () => {
		const properties = JSON.parse(body('metro.geojson')).features.map(
			(f: { properties: { id: string; context?: true } }) => f.properties
		);
		expect(properties.some((p: { context?: true }) => p.context)).toBe(false);
	});

	it('writes one CSV row per feature of the matching GeoJSON', () => {
		for (const name of ['projects', 'schools', 'governance']) {
			const features = JSON.parse(body(`${name}.geojson`)).features;
			const parsed = parseCsv(body(`${name}.csv`).replace(/^\uFEFF/, ''), ',');
			expect(parsed.ok && parsed.records.length - 1).toBe(features.length);
		}
	});
});
