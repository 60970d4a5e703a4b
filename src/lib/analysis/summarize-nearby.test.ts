import { beforeAll, describe, expect, it } from 'vitest';
import { readGeodata } from '../server/read-geodata';
import type { ProjectFeature } from '../data/schema';
import { validateGeodata, type Geodata } from '../data/validate-geodata';
import { buildNearbyIndex, findNearby } from './find-nearby';
import { summarizeNearby } from './summarize-nearby';

let data: Geodata;
let byId: Map<string, ProjectFeature>;
beforeAll(() => {
	data = validateGeodata(readGeodata('geodata').files).data;
	byId = new Map(data.features.map((f) => [f.properties.id, f]));
});

const projects = () => data.features.filter((f) => !f.properties.context);

describe('summarizeNearby', () => {
	it('finds Shuangshan Primary School alone within 1 km of Shuangshan station', () => {
		// The numbers the near-me end-to-end test expects on screen.
		const index = buildNearbyIndex(projects());
		const hits = findNearby(index, [120.39208, 36.11403], 1000);
		expect(hits.map((h) => h.id)).toEqual(['shuangshan-primary-school']);
		expect(Math.round(hits[0]!.distanceM / 10) * 10).toBe(120);
		const summary = summarizeNearby(hits, byId, data.records);
		expect(summary).toMatchObject({ count: 1, byLayer: { schools: 1 }, metrics: {} });
		expect(summary.groups.map((g) => g.group.id)).toEqual(['schools-delivered']);
	});

	it('counts more projects by layer within 3 km of Taidong station', () => {
		const hits = findNearby(buildNearbyIndex(projects()), [120.34737, 36.07844], 3000);
		const summary = summarizeNearby(hits, byId, data.records);
		expect(summary.count).toBe(hits.length);
		expect(summary.count).toBeGreaterThan(10);
		expect(Object.values(summary.byLayer).reduce((a, b) => a + b, 0)).toBe(hits.length);
	});

	it("gives a group's stated total beside its members in the radius, not a share of it", () => {
		const hits = [{ id: 'shuangshan-primary-school', distanceM: 40 }];
		const summary = summarizeNearby(hits, byId, data.records);
		const schools = summary.groups.find((g) => g.group.id === 'schools-delivered');
		expect(schools?.inRadius).toEqual(['shuangshan-primary-school']);
		expect(schools?.group.metrics.school_places?.value).toBe(4600);
		expect(summary.metrics.school_places).toBeUndefined();
	});

	it("sums the found projects' own metrics, keeping 300余户 as more than 300", () => {
		const hits = [
			{ id: 'chongqing-road-elevated', distanceM: 10 },
			{ id: 'dabaodao-surroundings', distanceM: 20 }
		];
		expect(summarizeNearby(hits, byId, data.records).metrics).toMatchObject({
			households: { value: 300, qualifier: 'more-than' },
			area_m2: { value: 380000, qualifier: 'exact' }
		});
	});

	it('is empty for no hits', () => {
		expect(summarizeNearby([], byId, data.records)).toEqual({
			count: 0,
			byLayer: {},
			metrics: {},
			groups: []
		});
	});
});
