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

	it('says why a district feed has no milestones, and only there', () => {
		const description = (name: string) =>
			files.find((f) => f.path === `/data/${name}`)!.description;
		// The Shinan report (the “三基” programme) dates nothing; the Shibei one dates many projects.
		expect(description('deadlines-shinan.atom').zh).toContain(
			'原文没有给出市南区任何项目的期限，订阅中只有后续报道。'
		);
		expect(description('deadlines-shinan.atom').en).toContain(
			'The source gives no deadline for any project in Shinan'
		);
		expect(description('deadlines-shibei.atom').zh).not.toContain('原文没有给出');
		expect(description('deadlines-shibei.atom').en).not.toContain('no deadline');
	});

	it('leaves out the existing stations shown for context', () => {
		const properties = JSON.parse(body('metro.geojson')).features.map(
			(f: { properties: { id: string; context?: true } }) => f.properties
		);
		expect(properties.some((p: { context?: true }) => p.context)).toBe(false);
	});

	it('follows a metric with its qualifier where some value is "more than" (300余户)', () => {
		const parsed = parseCsv(body('projects.csv').replace(/^\uFEFF/, ''), ',');
		if (!parsed.ok) throw new Error('projects.csv does not parse');
		const [header, ...rows] = parsed.records.map((r) => r.fields);
		const column = (name: string) => header!.indexOf(name);
		expect(column('households_qualifier')).toBe(column('households') + 1);
		const viaduct = rows.find((r) => r[0] === 'chongqing-road-elevated')!;
		expect(viaduct[column('households')]).toBe('300');
		expect(viaduct[column('households_qualifier')]).toBe('more-than');
		const school = rows.find((r) => r[0] === 'shuangshan-primary-school')!;
		expect(school[column('households_qualifier')]).toBe('');
	});

	it("carries each quote's English translation beside it", () => {
		const projects = JSON.parse(body('projects.geojson')).features;
		const station = projects.find((f: { id: string }) => f.id === 'xiaogang-station').properties;
		expect(station.milestones[0]).toMatchObject({
			quote: '3月底前完成地铁2号线小港站房屋拆除',
			quote_en:
				'Complete the demolition of houses at Xiaogang Station on Metro Line 2 by the end of March'
		});
		const parsed = parseCsv(body('records.csv').replace(/^\uFEFF/, ''), ',');
		if (!parsed.ok) throw new Error('records.csv does not parse');
		const [header, ...rows] = parsed.records.map((r) => r.fields);
		const row = rows.find((r) => r[0] === 'shibei-programme')!;
		expect(row[header!.indexOf('quote')]).toBe('加快推进总投资612亿元的159个项目建设');
		expect(row[header!.indexOf('quote_en')]).toBe(
			'Speed up construction of 159 projects with a total investment of 61.2 billion yuan'
		);
	});

	it('writes one CSV row per feature of the matching GeoJSON', () => {
		for (const name of ['projects', 'schools', 'governance']) {
			const features = JSON.parse(body(`${name}.geojson`)).features;
			const parsed = parseCsv(body(`${name}.csv`).replace(/^\uFEFF/, ''), ',');
			expect(parsed.ok && parsed.records.length - 1).toBe(features.length);
		}
	});
});

describe('outcomes in the published files', () => {
	const today = publishedFiles(data, '2026-11-29', (path) => path);
	const todayBody = (name: string) => today.find((f) => f.path === `/data/${name}`)!.body();

	it('gives each GeoJSON feature its updates and its last search', () => {
		const features = JSON.parse(todayBody('parks.geojson')).features;
		const greenway = features.find(
			(f: { id: string }) => f.id === 'taipingshan-greenway'
		).properties;
		expect(greenway.updates.map((u: { id: string }) => u.id)).toEqual(
			data.updates.filter((u) => u.subject === 'taipingshan-greenway').map((u) => u.id)
		);
		expect(greenway.research).toEqual({ searched: '2026-11-29', result: 'found' });
	});

	it('states the deciding report in the CSV, and the search where there is none', () => {
		const parsed = parseCsv(todayBody('parks.csv').replace(/^\uFEFF/, ''), ',');
		if (!parsed.ok) throw new Error('parks.csv does not parse');
		const [header, ...rows] = parsed.records.map((r) => r.fields);
		const row = (id: string) => {
			const cells = rows.find((r) => r[0] === id)!;
			return Object.fromEntries(header!.map((h, i) => [h, cells[i]]));
		};
		const opened = data.updates.find((u) => u.id === 'taipingshan-greenway-opened')!;
		expect(row('taipingshan-greenway')).toMatchObject({
			status: 'done',
			status_report_date: opened.date,
			status_report_url: opened.source.url,
			late_days: '',
			search_result: 'found'
		});
		expect(row('seaside-walk-4-3km')).toMatchObject({
			status: 'past',
			status_report_url: '',
			update_count: '0',
			searched: '2026-11-29',
			search_result: 'nothing-found'
		});
	});

	it('publishes the research log', () => {
		expect(JSON.parse(todayBody('research-log.json')).entries).toEqual(data.research);
	});
});
