import { describe, expect, it } from 'vitest';
import { readGeodata } from '../server/read-geodata';
import { tallyMilestones, TALLY_KEYS } from './milestone-tally';
import type { Milestone, Update } from './schema';
import { validateGeodata } from './validate-geodata';

const m = (due: string): Milestone => ({
	action: 'complete',
	due,
	precision: 'month',
	phrase: 'p',
	text: { zh: '完成', en: 'Complete' },
	quote: 'q',
	quote_en: 'q'
});

const u = (subject: string, outcome: Update['outcome'], date: string): Update => ({
	id: `${subject}-${outcome}-${date}`,
	subject,
	milestone: 0,
	outcome,
	date,
	date_precision: 'day',
	text: { zh: 'x', en: 'x' },
	source: { url: 'https://example.org/', title: 't', publisher: 'p', date }
});

describe('tallyMilestones', () => {
	const subjects = [
		{ id: 'kept', district: 'a', milestones: [m('2023-06-30')] },
		{ id: 'late', district: 'a', milestones: [m('2023-06-30')] },
		{ id: 'going', district: 'b', milestones: [m('2023-06-30')] },
		{ id: 'silent', district: 'b', milestones: [m('2023-06-30'), m('2027-01-31')] }
	];
	const updates = [
		u('kept', 'done', '2023-06-01'),
		u('late', 'done', '2023-09-01'),
		u('going', 'under-way', '2023-05-01')
	];

	it('counts each milestone once, by what the updates say at the as-of date', () => {
		const all = tallyMilestones(subjects, updates, '2024-01-01').get('')!;
		expect(all).toEqual({
			total: 5,
			counts: {
				'on-time': 1,
				late: 1,
				'done-undated': 0,
				'in-progress': 1,
				cancelled: 0,
				unreported: 1,
				'not-due': 1
			}
		});
	});

	it('does not count a report before it was made', () => {
		const early = tallyMilestones(subjects, updates, '2023-07-15').get('')!;
		expect(early.counts.late).toBe(0);
		expect(early.counts.unreported).toBe(2);
	});

	it('groups by a key', () => {
		const byDistrict = tallyMilestones(subjects, updates, '2024-01-01', (s) => s.district);
		expect(byDistrict.get('a')!.counts['on-time']).toBe(1);
		expect(byDistrict.get('b')!.total).toBe(3);
	});

	it('adds up to every milestone of the committed data', () => {
		const { data } = validateGeodata(readGeodata('geodata').files);
		const projects = data.features.filter((f) => !f.properties.context).map((f) => f.properties);
		const tally = tallyMilestones(projects, data.updates, '2026-11-29').get('')!;
		const sum = TALLY_KEYS.reduce((n, k) => n + tally.counts[k], 0);
		expect(sum).toBe(tally.total);
		expect(tally.total).toBe(projects.reduce((n, p) => n + p.milestones.length, 0));
	});
});
