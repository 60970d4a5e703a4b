import { beforeAll, describe, expect, it } from 'vitest';
import { readGeodata } from '../server/read-geodata';
import { buildSearchIndex, search, type SearchEntry } from './search-index';
import { validateGeodata } from './validate-geodata';

let index: SearchEntry[];
beforeAll(() => {
	index = buildSearchIndex(validateGeodata(readGeodata('geodata').files).data.features);
});

describe('search', () => {
	it('finds a project by its Chinese name', () => {
		expect(search(index, '小港站')[0]?.key).toBe('xiaogang-station');
	});
	it('finds a project by its English name, ignoring case and punctuation', () => {
		expect(search(index, 'shuangshan primary')[0]?.key).toBe('shuangshan-primary-school');
	});
	it('finds a metro station of the data', () => {
		const hit = search(index, '双山站')[0];
		expect(hit).toMatchObject({ kind: 'station', key: 'shuangshan-station' });
	});
	it('finds a street named in project names, with the projects on it', () => {
		const street = search(index, '聊城路').find((e) => e.kind === 'street');
		expect(street?.projectIds).toContain('liaocheng-road-car-park');
		expect(street?.bounds).toBeDefined();
	});
	it('ranks an exact match before prefix matches, and prefixes before substrings', () => {
		const hits = search(index, '聊城路');
		expect(hits[0]).toMatchObject({ kind: 'street', zh: '聊城路' });
		expect(hits[1]?.zh).toBe('聊城路停车场');
		const metro = search(index, '地铁', 20).map((e) => e.zh);
		expect(metro[0]!.startsWith('地铁')).toBe(true);
	});
	it('returns nothing for an empty or unmatched query', () => {
		expect(search(index, '   ')).toEqual([]);
		expect(search(index, 'zzzz')).toEqual([]);
	});
});
