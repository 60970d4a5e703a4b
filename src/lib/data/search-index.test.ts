import { beforeAll, describe, expect, it } from 'vitest';
import { readGeodata } from '../server/read-geodata';
import { LAYER_SEARCH_WORDS } from '../i18n/search-words';
import {
	buildSearchIndex,
	entryAt,
	layersNamed,
	matchingProjectIds,
	search,
	type SearchEntry
} from './search-index';
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
	it('takes "至" in "台东三路至登州路" for a joining word, not part of a street', () => {
		const streets = index.filter((e) => e.kind === 'street').map((e) => e.zh);
		expect(streets).toContain('登州路');
		expect(streets).not.toContain('至登州路');
		expect(streets.filter((s) => /^[至到与和及]/.test(s))).toEqual([]);
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

describe('search by category', () => {
	const schools = () =>
		new Set(index.filter((e) => e.layer === 'schools' && e.kind === 'project').map((e) => e.key));
	it('finds every school for 学校, "school" and 小学 alike', () => {
		for (const query of ['学校', 'school', 'Schools', '小学', 'kindergarten']) {
			expect(matchingProjectIds(index, query, LAYER_SEARCH_WORDS), query).toEqual(schools());
		}
	});
	it('ranks names before the rest of the category', () => {
		const hits = search(index, '学校', 20, LAYER_SEARCH_WORDS);
		expect(hits.length).toBe(schools().size);
		expect(hits[0]!.zh).toContain('学校');
		expect(hits.at(-1)!.zh).not.toContain('学校');
	});
	it('lets short fragments and place names name no layer', () => {
		expect(layersNamed('is', LAYER_SEARCH_WORDS).size).toBe(0);
		expect(layersNamed('学', LAYER_SEARCH_WORDS).size).toBe(0);
		expect(layersNamed('市南', LAYER_SEARCH_WORDS).size).toBe(0);
		expect([...layersNamed('绿道', LAYER_SEARCH_WORDS)]).toEqual(['parks']);
	});
	it('without categories, finds names only', () => {
		expect(matchingProjectIds(index, '学校').size).toBeLessThan(schools().size);
	});
});

describe('entryAt', () => {
	it('names the station at a place chosen from the search, after rounding to 5 decimals', () => {
		expect(entryAt(index, [120.34737, 36.07844])).toMatchObject({ key: 'taidong-station' });
	});
	it('names nothing a few dozen metres away', () => {
		expect(entryAt(index, [120.3478, 36.0788])).toBeUndefined();
	});
});
