/**
 * What the sourced updates say about a milestone: which update decides it at an as-of date, and
 * whether a reported completion came on time or how late. Only updates can make a milestone done;
 * lateness is stated only as far as the update's date precision allows.
 */
import { daysBetween, endOfMonth, monthsBetween } from './dates';
import type { Milestone, ResearchEntry, Update } from './schema';

/**
 * On time; late by at least `days` (and `months` calendar months when the event is dated to a month);
 * or unknown — "done by" a date after the deadline says nothing about when it happened.
 */
export type Timeliness =
	{ kind: 'on-time' } | { kind: 'late'; days: number; months: number } | { kind: 'unknown' };

/** Whether the event an update reports came by the milestone's deadline. */
export function timeliness(milestone: Pick<Milestone, 'due'>, update: Update): Timeliness {
	const { due } = milestone;
	switch (update.date_precision) {
		case 'day':
			return update.date <= due
				? { kind: 'on-time' }
				: {
						kind: 'late',
						days: daysBetween(due, update.date),
						months: monthsBetween(due, update.date)
					};
		case 'month': {
			const first = `${update.date.slice(0, 7)}-01`;
			if (endOfMonth(update.date) <= due) return { kind: 'on-time' };
			if (first > due)
				return { kind: 'late', days: daysBetween(due, first), months: monthsBetween(due, first) };
			return { kind: 'unknown' };
		}
		case 'by':
			return update.date <= due ? { kind: 'on-time' } : { kind: 'unknown' };
	}
}

/** Updates that bear on a milestone's status: about that milestone, and not a title or award. */
function bearsOn(update: Update, index: number): boolean {
	return update.milestone === index && update.outcome !== 'recognised';
}

/**
 * The update that decides milestone `index` at `asOf`: the latest one dated on or before it (two on
 * one day: the later in the file). Updates are the subject's own.
 */
export function decidingUpdate(
	updates: readonly Update[],
	index: number,
	asOf: string
): Update | undefined {
	let best: Update | undefined;
	for (const update of updates) {
		if (!bearsOn(update, index) || update.date > asOf) continue;
		if (!best || update.date >= best.date) best = update;
	}
	return best;
}

/** What a page needs of the research log: when a subject was searched and with what result. */
export type ResearchNote = Pick<ResearchEntry, 'subject' | 'searched' | 'result'>;

/** The research log without its queries and pages, for pages that only state the result. */
export function researchNotes(entries: readonly ResearchEntry[]): ResearchNote[] {
	return entries.map(({ subject, searched, result }) => ({ subject, searched, result }));
}
