import { describe, expect, it } from 'vitest';
import type { Milestone, Update } from './schema';
import { addDays, milestoneOutcome, milestoneStatus, projectStatus, todayInChina } from './status';

const milestone = (due: string, action: Milestone['action'] = 'complete'): Milestone => ({
	action,
	due,
	precision: 'month',
	phrase: '3月底前',
	text: { zh: '完成', en: 'Complete' },
	quote: '3月底前完成',
	quote_en: 'Complete by the end of March'
});

const done = (milestone: number, date: string): Update => ({
	id: `u-${milestone}-${date}`,
	subject: 'x',
	milestone,
	outcome: 'done',
	date,
	date_precision: 'day',
	text: { zh: '完成', en: 'Done' },
	source: { title: 't', publisher: 'p', date, url: 'https://example.org/' }
});

describe('addDays', () => {
	it('crosses month and leap-year boundaries', () => {
		expect(addDays('2023-03-31', 1)).toBe('2023-04-01');
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
		expect(addDays('2023-12-15', 30)).toBe('2024-01-14');
	});
});

describe('todayInChina', () => {
	it('is already the next day in Qingdao late in the UTC evening', () => {
		expect(todayInChina(new Date('2023-03-31T17:00:00Z'))).toBe('2023-04-01');
	});
});

describe('milestoneStatus', () => {
	it('is upcoming more than 30 days ahead', () => {
		expect(milestoneStatus(milestone('2023-06-30'), 0, '2023-05-30')).toBe('upcoming');
	});
	it('is due soon within 30 days, the deadline day included', () => {
		expect(milestoneStatus(milestone('2023-06-30'), 0, '2023-05-31')).toBe('due-soon');
		expect(milestoneStatus(milestone('2023-06-30'), 0, '2023-06-30')).toBe('due-soon');
	});
	it('is past the day after its deadline when no outcome is recorded', () => {
		expect(milestoneStatus(milestone('2023-06-30'), 0, '2023-07-01')).toBe('past');
	});
	it('is done only from an update dated on or before the as-of date', () => {
		const updates = [done(0, '2023-06-20')];
		expect(milestoneStatus(milestone('2023-06-30'), 0, '2023-06-19', updates)).toBe('due-soon');
		expect(milestoneStatus(milestone('2023-06-30'), 0, '2023-06-20', updates)).toBe('done');
	});
	it('ignores updates about another milestone', () => {
		expect(milestoneStatus(milestone('2023-06-30'), 0, '2023-07-01', [done(1, '2023-06-01')])).toBe(
			'past'
		);
	});
});

describe('projectStatus', () => {
	const twoSteps = [milestone('2023-12-31', 'open'), milestone('2023-03-31', 'demolition')];

	it('follows the next open milestone, whatever the order in the data', () => {
		expect(projectStatus(twoSteps, '2023-02-13')).toEqual({
			status: 'upcoming',
			index: 1,
			milestones: ['upcoming', 'upcoming']
		});
	});
	it('moves to the later milestone once the earlier deadline has passed', () => {
		expect(projectStatus(twoSteps, '2023-12-10')).toMatchObject({ status: 'due-soon', index: 0 });
	});
	it('is past when every deadline has passed without a recorded outcome', () => {
		expect(projectStatus(twoSteps, '2024-01-01')).toMatchObject({ status: 'past', index: 0 });
	});
	it('is done when every milestone is reported done', () => {
		expect(
			projectStatus(twoSteps, '2024-01-01', [done(0, '2023-12-20'), done(1, '2023-03-30')])
		).toMatchObject({ status: 'done' });
	});
	it('is none without milestones', () => {
		expect(projectStatus([], '2023-05-01')).toEqual({ status: 'none', milestones: [] });
	});
});

const report = (milestone: number, outcome: Update['outcome'], date: string): Update => ({
	...done(milestone, date),
	id: `u-${milestone}-${outcome}-${date}`,
	outcome
});

describe('milestoneOutcome', () => {
	const due = milestone('2023-06-30');

	it('takes its status from the latest report on or before the as-of date', () => {
		const reports = [report(0, 'under-way', '2023-03-31'), report(0, 'done', '2024-09-30')];
		expect(milestoneOutcome(due, 0, '2023-05-01', reports)).toMatchObject({ status: 'under-way' });
		expect(milestoneOutcome(due, 0, '2024-10-01', reports)).toMatchObject({ status: 'done' });
	});

	it('says how late a reported completion was', () => {
		expect(milestoneOutcome(due, 0, '2024-01-01', [done(0, '2023-09-02')])).toEqual({
			status: 'done',
			update: done(0, '2023-09-02'),
			timeliness: { kind: 'late', days: 64, months: 3 }
		});
	});

	it('is past deadline, not under way, before the first report', () => {
		expect(milestoneOutcome(due, 0, '2023-07-01', [report(0, 'under-way', '2023-08-01')])).toEqual({
			status: 'past'
		});
	});

	it('is not decided by an award', () => {
		expect(milestoneStatus(due, 0, '2023-07-01', [report(0, 'recognised', '2023-06-01')])).toBe(
			'past'
		);
	});

	for (const outcome of ['partly-done', 'delayed', 'changed', 'cancelled'] as const)
		it(`is ${outcome} when the latest report says so`, () => {
			expect(milestoneStatus(due, 0, '2023-12-31', [report(0, outcome, '2023-07-15')])).toBe(
				outcome
			);
		});
});

describe('projectStatus with reported outcomes', () => {
	const twoSteps = [milestone('2023-03-31', 'demolition'), milestone('2023-12-31', 'open')];

	it('follows an open milestone that is reported under way', () => {
		expect(
			projectStatus(twoSteps, '2023-06-01', [
				done(0, '2023-03-20'),
				report(1, 'under-way', '2023-05-01')
			])
		).toMatchObject({ status: 'under-way', index: 1 });
	});

	it('passes over a cancelled milestone to the one still open', () => {
		expect(
			projectStatus(twoSteps, '2023-02-13', [report(0, 'cancelled', '2023-02-01')])
		).toMatchObject({ status: 'upcoming', index: 1 });
	});

	it('is cancelled when every milestone is cancelled', () => {
		expect(
			projectStatus(twoSteps, '2024-01-01', [
				report(0, 'cancelled', '2023-02-01'),
				report(1, 'cancelled', '2023-02-01')
			])
		).toMatchObject({ status: 'cancelled' });
	});
});
