import { describe, expect, it } from 'vitest';
import { loadGeodata } from '$lib/server/geodata';
import { breakdowns } from './breakdowns';

const { features } = loadGeodata();
const projects = features.filter((f) => !f.properties.context);

describe('breakdowns', () => {
	it('counts every project once per dimension', () => {
		const tables = breakdowns(projects);
		for (const rows of Object.values(tables)) {
			expect(rows.reduce((sum, row) => sum + row.projects, 0)).toBe(projects.length);
		}
	});

	it('counts located projects apart from those without a location', () => {
		const { district } = breakdowns(projects);
		const located = projects.filter((f) => f.geometry !== null).length;
		expect(district.reduce((sum, row) => sum + row.located, 0)).toBe(located);
		expect(located).toBeLessThan(projects.length);
	});

	it('puts projects in no campaign under "none" and leaves out empty groups', () => {
		const { campaign, layer } = breakdowns(projects);
		expect(campaign.at(-1)?.key).toBe('none');
		const schoolsOnly = breakdowns(projects.filter((f) => f.properties.layer === 'schools'));
		expect(schoolsOnly.layer.map((row) => row.key)).toEqual(['schools']);
		expect(layer.every((row) => row.projects > 0)).toBe(true);
	});

	it('sums the metrics stated on the projects themselves', () => {
		const { layer } = breakdowns(projects);
		const roads = layer.find((row) => row.key === 'roads');
		const stated = projects
			.filter((f) => f.properties.layer === 'roads')
			.reduce((sum, f) => sum + (f.properties.metrics.households?.value ?? 0), 0);
		expect(roads?.metrics.households?.value ?? 0).toBe(stated);
	});
});
