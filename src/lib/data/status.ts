/**
 * Milestone status against an as-of date (docs/ARCHITECTURE.md, "Status"): upcoming, due within 30 days, past its
 * deadline with no outcome recorded, or reported done — "done" only ever comes from a dated, sourced
 * update, never from the deadline passing.
 */
import type { Milestone, Update } from './schema';
import type { StatusId } from './vocabulary';

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

/** The update reporting this milestone done by `asOf`, if any. */
function doneBy(updates: readonly Update[], index: number, asOf: string): Update | undefined {
	return updates.find((u) => u.milestone === index && u.outcome === 'done' && u.date <= asOf);
}

export function milestoneStatus(
	milestone: Milestone,
	index: number,
	asOf: string,
	updates: readonly Update[] = []
): StatusId {
	if (doneBy(updates, index, asOf)) return 'done';
	if (milestone.due < asOf) return 'past';
	if (milestone.due <= addDays(asOf, DUE_SOON_DAYS)) return 'due-soon';
	return 'upcoming';
}

export interface ProjectStatus {
	status: StatusId;
	/** The milestone that decides the status: the next open one, else the latest missed, else the last. */
	index?: number;
	/** Every milestone's status, in order. */
	milestones: StatusId[];
}

/**
 * A project's status is that of its next open milestone (due soon or upcoming); if none is open, that
 * of its latest missed deadline; if all are reported done, done; with no milestones, "none".
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
	const open = byDue.find((s) => s.status === 'due-soon' || s.status === 'upcoming');
	if (open) return { status: open.status, index: open.index, milestones: statuses };
	const missed = byDue.filter((s) => s.status === 'past').at(-1);
	if (missed) return { status: 'past', index: missed.index, milestones: statuses };
	return { status: 'done', index: byDue.at(-1)!.index, milestones: statuses };
}
