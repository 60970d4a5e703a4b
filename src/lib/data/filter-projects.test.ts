import { beforeAll, describe, expect, it } from 'vitest';
import { readGeodata } from '../server/read-geodata';
import { matchesFilter, type ProjectFilter } from './filter-projects';
import type { ProjectFeature } from './schema';
import { projectStatus } from './status';
import { validateGeodata } from './validate-geodata';

let features: ProjectFeature[];
beforeAll(() => {
	features = validateGeodata(readGeodata('geodata').files).data.features;
});

function ids(filter: ProjectFilter, asOf = '2023-02-13'): string[] {
	return features
		.filter((f) => matchesFilter(f, projectStatus(f.properties.milestones, asOf), filter))
		.map((f) => f.properties.id);
}

describe('matchesFilter', () => {
	it('keeps everything with no filter', () => {
		expect(ids({})).toHaveLength(features.length);
	});
	it('keeps only the chosen layers', () => {
		const schools = ids({ layers: ['schools'] });
		expect(schools).toContain('shuangshan-primary-school');
		expect(
			schools.every(
				(id) => features.find((f) => f.properties.id === id)!.properties.layer === 'schools'
			)
		).toBe(true);
	});
	it('treats "none" as projects outside every campaign', () => {
		const outside = ids({ campaigns: ['none'] });
		expect(outside).toContain('shuangshan-primary-school');
		expect(outside).not.toContain('xiaogang-station');
	});
	it('combines filters with AND', () => {
		expect(ids({ districts: ['shinan'], layers: ['schools'] })).toEqual([]);
	});
	it('finds projects with a milestone in the date window', () => {
		const firstQuarter = ids({ from: '2023-01-01', to: '2023-03-31' });
		expect(firstQuarter).toEqual(expect.arrayContaining(['xiaogang-station', 'hexi-village']));
		expect(firstQuarter).not.toContain('liaoyang-road-expressway');
	});
	it('counts a window milestone (March to June) as overlapping April', () => {
		expect(ids({ from: '2023-04-01', to: '2023-04-30' })).toContain(
			'licun-river-illegal-structures-clearance'
		);
	});
	it('filters by status against the as-of date', () => {
		expect(ids({ statuses: ['past'] }, '2023-04-01')).toContain('xiaogang-station');
		expect(ids({ statuses: ['past'] }, '2023-03-01')).not.toContain('xiaogang-station');
	});
	it('drops projects outside the map view, and those with no location', () => {
		const inView = ids({ bounds: [120.3, 36.07, 120.32, 36.085] });
		expect(inView).toContain('xiaogang-station');
		expect(inView).not.toContain('shuangshan-primary-school');
		expect(inView).not.toContain('tongde-road-primary-school');
	});
});
