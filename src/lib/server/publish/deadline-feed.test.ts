import { stableUrn } from './stable-id';
import { describe, expect, it } from 'vitest';
import type { DistrictRecord, Milestone, ProjectFeature, Update } from '$lib/data/schema';
import { loadGeodata } from '$lib/server/geodata';
import { toAtom } from './atom';
import { deadlineEntries, deadlineFeed, deadlineFeedPath } from './deadline-feed';
import type { SourceInfo } from './sources';

const SOURCES: SourceInfo[] = [
	{
		id: 'doc',
		publisher: { zh: '青岛早报', en: 'Qingdao Morning Post' },
		date: '2023-02-13',
		reports: { shibei: { title: '市北:年内实现城中村历史性清零', byline: '记者' } }
	}
];

const demolition: Milestone = {
	action: 'demolition',
	due: '2023-03-31',
	precision: 'month',
	phrase: '3月底前',
	text: { zh: '完成房屋拆除', en: 'Complete demolition of houses' },
	quote: '3月底前完成地铁2号线小港站房屋拆除',
	quote_en:
		'Complete the demolition of houses at Xiaogang Station on Metro Line 2 by the end of March'
};

function feature(
	id: string,
	district: 'shibei' | 'shinan',
	milestones: Milestone[],
	context = false
): ProjectFeature {
	return {
		type: 'Feature',
		geometry: { type: 'Point', coordinates: [120.31, 36.08] },
		properties: {
			id,
			layer: 'metro',
			district,
			campaign: null,
			...(context ? { context: true as const } : {}),
			name: { zh: `${id}站`, en: `${id} station` },
			milestones,
			metrics: {},
			location: { confidence: 'low', basis: 'gazetteer' },
			source: { doc: 'doc', report: 'shibei' }
		}
	};
}

const record: DistrictRecord = {
	id: 'metro',
	kind: 'campaign',
	district: 'shibei',
	name: { zh: '地铁建设攻坚', en: 'Metro campaign' },
	metrics: {},
	milestones: [{ ...demolition, due: '2023-12-31', precision: 'year', phrase: '年内' }],
	members: [],
	quote: '…',
	quote_en: '…',
	source: { doc: 'doc', report: 'shibei' }
};

const input = {
	features: [
		feature('xiaogang', 'shibei', [demolition]),
		feature('later', 'shinan', [{ ...demolition, due: '2023-06-30' }]),
		feature('existing', 'shibei', [demolition], true)
	],
	records: [record],
	updates: [] as Update[],
	sources: SOURCES
};

const url = (path: string) => `https://example.org${path}`;

describe('deadlineEntries', () => {
	it('has one entry per milestone of projects and records, not of context stations', () => {
		expect(deadlineEntries(input, { url })).toHaveLength(3);
	});

	it('titles an entry "due · name · what happens" and links it to the project page', () => {
		const [first] = deadlineEntries(input, { url });
		expect(first!.title).toBe('2023-03-31 · xiaogang站 · 完成房屋拆除');
		expect(first!.links).toEqual([
			{ href: 'https://example.org/projects/xiaogang', type: 'text/html' }
		]);
	});

	it('puts the earliest deadline first', () => {
		const titles = deadlineEntries(input, { url }).map((e) => e.title.slice(0, 10));
		expect(titles).toEqual(['2023-03-31', '2023-06-30', '2023-12-31']);
	});

	it('keeps only the district asked for', () => {
		const shinan = deadlineEntries(input, { url, district: 'shinan' });
		expect(shinan.map((e) => e.title)).toEqual(['2023-06-30 · later站 · 完成房屋拆除']);
	});

	it('quotes the source sentence verbatim in a plain-text content', () => {
		const [first] = deadlineEntries(input, { url });
		expect(first!.content).toContain('原文：“3月底前完成地铁2号线小港站房屋拆除”');
		expect(first!.content).toContain(
			'Translation of the source text: “Complete the demolition of houses at Xiaogang Station on Metro Line 2 by the end of March”'
		);
		expect(first!.content).toContain('《市北:年内实现城中村历史性清零》');
	});

	it('dates an entry by its article unless a sourced update is later', () => {
		const update: Update = {
			id: 'done',
			subject: 'xiaogang',
			milestone: 0,
			outcome: 'done',
			date: '2023-03-28',
			date_precision: 'day',
			text: { zh: '拆除完成', en: 'Demolition done' },
			source: { title: 't', publisher: 'p', date: '2023-03-29', url: 'https://example.org/n' }
		};
		const [first, second] = deadlineEntries({ ...input, updates: [update] }, { url });
		expect(first!.published).toBe('2023-02-13T00:00:00+08:00');
		expect(first!.updated).toBe('2023-03-28T00:00:00+08:00');
		expect(first!.content).toContain('Update 2023-03-28 (done)');
		expect(second!.updated).toBe('2023-02-13T00:00:00+08:00');
	});

	it('gives a milestone the same id in every build and every feed', () => {
		const all = deadlineEntries(input, { url });
		const shibei = deadlineEntries(input, { url: (p) => p, district: 'shibei' });
		expect(shibei[0]!.id).toBe(all[0]!.id);
		expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
	});

	it('names the project and the missing source when a source is unknown', () => {
		const orphan = feature('orphan', 'shibei', [demolition]);
		orphan.properties.source = { doc: 'nowhere' };
		expect(() => deadlineEntries({ ...input, features: [orphan] }, { url })).toThrow(
			/"orphan" cites source "nowhere"/
		);
	});
});

describe('deadlineFeed', () => {
	it('links to itself at the path it is published under', () => {
		const feed = deadlineFeed(input, { url, district: 'shibei' });
		expect(deadlineFeedPath('shibei')).toBe('/data/deadlines-shibei.atom');
		expect(feed.links[0]).toMatchObject({
			rel: 'self',
			href: 'https://example.org/data/deadlines-shibei.atom'
		});
		expect(feed.title).toContain('市北区');
	});

	it('builds a valid feed from the real data, one entry per milestone and per update', () => {
		const { features, records, updates } = loadGeodata();
		const feed = deadlineFeed({ features, records, updates }, { url: (p) => p });
		const milestones =
			features
				.filter((f) => !f.properties.context)
				.reduce((n, f) => n + f.properties.milestones.length, 0) +
			records.reduce((n, r) => n + r.milestones.length, 0);
		expect(feed.entries).toHaveLength(milestones + updates.length);
		expect(() => toAtom(feed)).not.toThrow();
	});

	it('gives each update an entry dated by its source, linking the project and the source', () => {
		const { features, records, updates } = loadGeodata();
		const feed = deadlineFeed({ features, records, updates }, { url: (p) => p });
		const update = updates.find((u) => u.id === 'taipingshan-greenway-opened')!;
		const entry = feed.entries.find((e) => e.id === stableUrn(`update/${update.id}`))!;
		expect(entry).toBeDefined();
		expect(entry.published).toBe(`${update.source.date}T00:00:00+08:00`);
		expect(entry.links).toEqual([
			{ href: `/projects/${update.subject}`, type: 'text/html' },
			{ rel: 'related', href: update.source.url, type: 'text/html' }
		]);
		expect(entry.content).toContain(update.text.zh);
		expect(entry.content).toContain(update.text.en);
	});
});
