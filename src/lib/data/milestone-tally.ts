/**
 * What became of the promises, counted: each milestone of a set of projects, at an as-of date, as kept
 * (done on time), late, done without a date precise enough to tell, in progress (under way, partly done,
 * delayed, changed), cancelled, past its deadline with no report found, or not yet due — in all, and
 * grouped (by campaign, by district) for the chart.
 */
import type { Milestone, Update } from './schema';
import { milestoneOutcome } from './status';
import type { StatusId } from './vocabulary';

export const TALLY_KEYS = [
	'on-time',
	'late',
	'done-undated',
	'in-progress',
	'cancelled',
	'unreported',
	'not-due'
] as const;
export type TallyKey = (typeof TALLY_KEYS)[number];

export interface MilestoneTally {
	total: number;
	counts: Record<TallyKey, number>;
}

/** Something with milestones: a project's properties or a district record. */
export interface Promising {
	id: string;
	milestones: readonly Milestone[];
}

const IN_PROGRESS: readonly StatusId[] = ['under-way', 'partly-done', 'delayed', 'changed'];

export function emptyTally(): MilestoneTally {
	return {
		total: 0,
		counts: Object.fromEntries(TALLY_KEYS.map((k) => [k, 0])) as Record<TallyKey, number>
	};
}

/** The tally key of one milestone at `asOf`, given its subject's own updates. */
export function tallyKey(
	milestone: Milestone,
	index: number,
	asOf: string,
	updates: readonly Update[]
): TallyKey {
	const outcome = milestoneOutcome(milestone, index, asOf, updates);
	switch (outcome.status) {
		case 'done':
			return outcome.timeliness?.kind === 'late'
				? 'late'
				: outcome.timeliness?.kind === 'on-time'
					? 'on-time'
					: 'done-undated';
		case 'cancelled':
			return 'cancelled';
		case 'past':
			return 'unreported';
		case 'upcoming':
		case 'due-soon':
		case 'none':
			return 'not-due';
		default:
			return IN_PROGRESS.includes(outcome.status) ? 'in-progress' : 'not-due';
	}
}

/** Every milestone of `subjects`, grouped by `groupOf` (one group, '', when omitted). */
export function tallyMilestones<S extends Promising>(
	subjects: readonly S[],
	updates: readonly Update[],
	asOf: string,
	groupOf: (subject: S) => string = () => ''
): Map<string, MilestoneTally> {
	const bySubject = new Map<string, Update[]>();
	for (const u of updates) bySubject.set(u.subject, [...(bySubject.get(u.subject) ?? []), u]);
	const groups = new Map<string, MilestoneTally>();
	for (const subject of subjects) {
		const group = groupOf(subject);
		const tally = groups.get(group) ?? emptyTally();
		subject.milestones.forEach((m, i) => {
			tally.total++;
			tally.counts[tallyKey(m, i, asOf, bySubject.get(subject.id) ?? [])]++;
		});
		groups.set(group, tally);
	}
	return groups;
}
