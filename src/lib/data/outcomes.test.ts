import { describe, expect, it } from 'vitest';
import { decidingUpdate, timeliness } from './outcomes';
import type { Update } from './schema';

const update = (over: Partial<Update>): Update => ({
	id: 'u',
	subject: 'x',
	milestone: 0,
	outcome: 'done',
	date: '2023-06-15',
	date_precision: 'day',
	text: { zh: '完成', en: 'Done' },
	source: { url: 'https://example.org/', title: 't', publisher: 'p', date: '2023-06-20' },
	...over
});

describe('timeliness', () => {
	const due = { due: '2023-06-30' };

	it('is on time for an event on or before the deadline', () => {
		expect(timeliness(due, update({ date: '2023-06-30' }))).toEqual({ kind: 'on-time' });
	});

	it('counts days and months late for an event dated to the day', () => {
		expect(timeliness(due, update({ date: '2023-09-02' }))).toEqual({
			kind: 'late',
			days: 64,
			months: 3
		});
	});

	it('is on time for an event in the deadline’s own month', () => {
		expect(timeliness(due, update({ date: '2023-06-01', date_precision: 'month' }))).toEqual({
			kind: 'on-time'
		});
	});

	it('counts from the first of the month for a later month', () => {
		expect(timeliness(due, update({ date: '2023-08-31', date_precision: 'month' }))).toEqual({
			kind: 'late',
			days: 32,
			months: 2
		});
	});

	it('does not know for a month that straddles a mid-month deadline', () => {
		expect(
			timeliness({ due: '2023-10-10' }, update({ date: '2023-10-01', date_precision: 'month' }))
		).toEqual({ kind: 'unknown' });
	});

	it('does not call "done by" a later date late', () => {
		expect(timeliness(due, update({ date: '2024-01-09', date_precision: 'by' }))).toEqual({
			kind: 'unknown'
		});
		expect(timeliness(due, update({ date: '2023-05-01', date_precision: 'by' }))).toEqual({
			kind: 'on-time'
		});
	});
});

describe('decidingUpdate', () => {
	const started = update({ id: 'a', outcome: 'under-way', date: '2023-03-31' });
	const finished = update({ id: 'b', outcome: 'done', date: '2024-09-30' });
	const award = update({ id: 'c', outcome: 'recognised', date: '2024-12-01' });
	const other = update({ id: 'd', milestone: 1, outcome: 'cancelled', date: '2023-04-01' });
	const all = [finished, started, award, other];

	it('is the latest update on or before the as-of date', () => {
		expect(decidingUpdate(all, 0, '2025-01-01')?.id).toBe('b');
		expect(decidingUpdate(all, 0, '2024-09-29')?.id).toBe('a');
	});

	it('is nothing before the first report', () => {
		expect(decidingUpdate(all, 0, '2023-03-30')).toBeUndefined();
	});

	it('ignores awards and other milestones', () => {
		expect(decidingUpdate([award, other], 0, '2025-01-01')).toBeUndefined();
	});
});
