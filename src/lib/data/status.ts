/**
 * Milestone status against an as-of date (docs/ARCHITECTURE.md, "Status"): from the latest sourced
 * update on or before it (done, partly done, under way, delayed, changed, cancelled), else from the
 * deadline (upcoming, due within 30 days, past its deadline with no report found). "Done" only ever
 * comes from a dated, sourced update, never from the deadline passing.
 */
import { decidingUpdate, timeliness, type Timeliness } from './outcomes';
import type { Milestone, Update } from './schema';
import type { StatusId, UpdateOutcome } from './vocabulary';

/** A deadline this close (inclusive) counts as "due soon". */
export const DUE_SOON_DAYS = 30;

/** The ISO date `days` after `isoDate` (UTC calendar arithmetic). */
export function addDays(isoDate: string, days: number): string {
	const date = new Date(`${isoDate}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}

/** Today's date in China (UTC+8), where the deadlines are. */
export function todayInChina(now = new Date()): string {
	return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The status an update's outcome gives its milestone (awards never decide one). */
const STATUS_OF_OUTCOME: Record<Exclude<UpdateOutcome, 'recognised'>, StatusId> = {
	done: 'done',
	'partly-done': 'partly-done',
	'under-way': 'under-way',
	delayed: 'delayed',
	changed: 'changed',
	cancelled: 'cancelled'
};

/** Statuses after which nothing more is expected of a milestone. */
const SETTLED: readonly StatusId[] = ['done', 'cancelled'];

export interface MilestoneOutcome {
	status: StatusId;
	/** The update that decides the status, if any. */
	update?: Update;
	/** For a reported completion: on time, or how late. */
	timeliness?: Timeliness;
}

/** A milestone's status at `asOf`, the update that decides it and, when done, whether on time. */
export function milestoneOutcome(
	milestone: Milestone,
	index: number,
	asOf: string,
	updates: readonly Update[] = []
): MilestoneOutcome {
	const update = decidingUpdate(updates, index, asOf);
	if (update && update.outcome !== 'recognised') {
		const status = STATUS_OF_OUTCOME[update.outcome];
		return status === 'done'
			? { status, update, timeliness: timeliness(milestone, update) }
			: { status, update };
	}
	if (milestone.due < asOf) return { status: 'past' };
	if (milestone.due <= addDays(asOf, DUE_SOON_DAYS)) return { status: 'due-soon' };
	return { status: 'upcoming' };
}

export function milestoneStatus(
	milestone: Milestone,
	index: number,
	asOf: string,
	updates: readonly Update[] = []
): StatusId {
	return milestoneOutcome(milestone, index, asOf, updates).status;
}

export interface ProjectStatus {
	status: StatusId;
	/** The milestone that decides the status: the next open one, else the latest unsettled, else the last. */
	index?: number;
	/** Every milestone's status, in order. */
	milestones: StatusId[];
}

/**
 * A project's status is that of its next open milestone (not yet due and not settled); if none is
 * open, that of its latest unsettled one (past, under way, delayed …); if all are settled, done (or
 * cancelled when none was done); with no milestones, "none".
 */
export function projectStatus(
	milestones: readonly Milestone[],
	asOf: string,
	updates: readonly Update[] = []
): ProjectStatus {
	const statuses = milestones.map((m, i) => milestoneStatus(m, i, asOf, updates));
	if (statuses.length === 0) return { status: 'none', milestones: statuses };
	const byDue = statuses
		.map((status, index) => ({ status, index, due: milestones[index]!.due }))
		.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.index - b.index));
	const unsettled = byDue.filter((s) => !SETTLED.includes(s.status));
	const open = unsettled.find((s) => s.due >= asOf);
	const decisive =
		open ?? unsettled.at(-1) ?? byDue.filter((s) => s.status === 'done').at(-1) ?? byDue.at(-1)!;
	return { status: decisive.status, index: decisive.index, milestones: statuses };
}
