import { describe, expect, it } from 'vitest';
import type { ResearchEntry, Update } from '$lib/data/schema';
import { citeUpdate, describeNoReport, describeTimeliness, formatUpdateDate } from './outcomes';

const update: Update = {
	id: 'u',
	subject: 'x',
	milestone: 0,
	outcome: 'done',
	date: '2023-04-27',
	date_precision: 'day',
	text: { zh: '开放', en: 'Opened' },
	source: {
		url: 'https://example.org/',
		title: '公园开放',
		publisher: '青岛晚报',
		date: '2023-04-27'
	}
};

describe('formatUpdateDate', () => {
	it('keeps the precision of the report', () => {
		expect(formatUpdateDate(update, 'zh')).toBe('2023年4月27日');
		expect(formatUpdateDate({ ...update, date_precision: 'month' }, 'en')).toBe('Apr 2023');
		expect(formatUpdateDate({ ...update, date_precision: 'by' }, 'zh')).toBe('截至2023年4月27日');
		expect(formatUpdateDate({ ...update, date_precision: 'by' }, 'en')).toBe('by 27 Apr 2023');
	});
});

describe('describeTimeliness', () => {
	it('counts days under two months and months beyond', () => {
		expect(describeTimeliness({ kind: 'late', days: 20, months: 1 }, 'en')).toBe('20 days late');
		expect(describeTimeliness({ kind: 'late', days: 95, months: 3 }, 'zh')).toBe('晚了约 3 个月');
		expect(describeTimeliness({ kind: 'on-time' }, 'zh')).toBe('按期');
	});
});

describe('describeNoReport', () => {
	const entry: ResearchEntry = {
		subject: 'x',
		searched: '2026-11-29',
		queries: ['q'],
		pages: [],
		result: 'nothing-found',
		updates: []
	};

	it('states the search date', () => {
		expect(describeNoReport(entry, 'zh')).toBe('未找到后续报道（2026年11月29日检索）');
		expect(describeNoReport(entry, 'en')).toBe('No later report found (searched 29 Nov 2026)');
	});

	it('says when nothing was searched', () => {
		expect(describeNoReport(undefined, 'en')).toBe('Not yet searched for later reports');
	});
});

describe('citeUpdate', () => {
	it('names publisher, title and date', () => {
		expect(citeUpdate(update, 'zh')).toBe('青岛晚报《公园开放》，2023年4月27日');
		expect(citeUpdate(update, 'en')).toBe('青岛晚报, “公园开放”, 27 Apr 2023');
	});
});
