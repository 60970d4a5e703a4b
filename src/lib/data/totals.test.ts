/**
 * The data adds up to what the article states — each stated number in exactly one place, on a feature
 * or a district-level record, never split across features or invented to make a sum work.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readGeodata } from '../server/read-geodata';
import { sumMetrics } from './sum-metrics';
import { validateGeodata, type Geodata } from './validate-geodata';

let data: Geodata;
beforeAll(() => {
	data = validateGeodata(readGeodata('geodata').files).data;
});

const everything = () => [...data.features.map((f) => f.properties), ...data.records];
const record = (id: string) => {
	const found = data.records.find((r) => r.id === id);
	if (!found) throw new Error(`no record "${id}"`);
	return found;
};
const feature = (id: string) => {
	const found = data.features.find((f) => f.properties.id === id);
	if (!found) throw new Error(`no feature "${id}"`);
	return found.properties;
};

describe('the data adds up to the article', () => {
	it('has 6,500 planned and 3,200 new parking spaces', () => {
		const totals = sumMetrics(everything());
		expect(totals.parking_spaces_planned?.value).toBe(6500);
		expect(totals.parking_spaces_added?.value).toBe(3200);
	});

	it('has 15 parking projects: 6 new and 9 continuing, 7 of them opening this year', () => {
		const count = (id: string) => record(id).metrics.project_count?.value;
		expect(count('parking-programme')).toBe(15);
		expect(count('parking-new')).toBe(6);
		expect(count('parking-continuing')).toBe(9);
		expect(count('parking-new')! + count('parking-continuing')!).toBe(count('parking-programme'));
		expect(count('parking-opening')).toBe(7);
	});

	it('counts each group as its named members plus its unnamed ones', () => {
		const countKeys = [
			'project_count',
			'school_count',
			'road_count',
			'station_count',
			'parcel_count',
			'compound_count',
			'route_count'
		] as const;
		const groups = data.records.filter((r) => r.unnamed_count !== undefined);
		expect(groups.length).toBeGreaterThan(10);
		for (const r of groups) {
			const stated = countKeys.map((key) => r.metrics[key]?.value).find((n) => n !== undefined);
			// A group without a count metric ("3个历史文化街区") names all its members.
			expect(r.members.length + r.unnamed_count!, r.id).toBe(stated ?? r.members.length);
		}
	});

	it('has 4,600 new school places, from the three schools delivered', () => {
		expect(sumMetrics(everything()).school_places?.value).toBe(4600);
		expect(record('schools-delivered').metrics.school_places?.value).toBe(4600);
		expect(record('schools-delivered').members).toHaveLength(3);
	});

	it('has 37,000 m² of restoration due by the end of June and 23,000 m² started', () => {
		const restoration = record('historic-blocks-restoration');
		expect(restoration.metrics.floor_area_m2?.value).toBe(37000);
		expect(restoration.milestones.map((m) => m.due)).toEqual(['2023-06-30']);
		expect(record('historic-blocks-start').metrics.floor_area_m2?.value).toBe(23000);
		expect(sumMetrics(everything()).floor_area_m2?.value).toBe(60000);
	});

	it('has 380,000 m² of old blocks around Dabaodao', () => {
		expect(feature('dabaodao-surroundings').metrics.area_m2?.value).toBe(380000);
	});

	it('has six roads over 1.3 km, and walks of 3.2 km and 4.3 km', () => {
		expect(record('historic-roads').metrics.road_count?.value).toBe(6);
		expect(record('historic-roads').metrics.length_km?.value).toBe(1.3);
		expect(feature('zhonggang-bay-promenade').metrics.length_km?.value).toBe(3.2);
		expect(feature('seaside-walk-4-3km').metrics.length_km?.value).toBe(4.3);
		expect(sumMetrics(everything()).length_km?.value).toBe(8.8);
	});

	it('has 135 compounds, 20 park projects, 700 mu, 300 households and 8 riverside parcels', () => {
		const totals = sumMetrics(everything());
		expect(totals.compound_count?.value).toBe(135);
		expect(record('park-city-projects').metrics.project_count?.value).toBe(20);
		expect(totals.land_mu?.value).toBe(700);
		expect(totals.households?.value).toBe(300);
		expect(totals.parcel_count?.value).toBe(8);
	});

	it("has Shibei's 159 projects and CNY 61.2 billion", () => {
		const programme = record('shibei-programme');
		expect(programme.metrics.project_count?.value).toBe(159);
		expect(programme.metrics.investment_cny?.value).toBe(61_200_000_000);
		expect(sumMetrics(everything()).investment_cny?.value).toBe(61_200_000_000);
	});

	it("has Shinan's 50 communities", () => {
		expect(record('shinan-sanji').metrics.community_count?.value).toBe(50);
	});
});
