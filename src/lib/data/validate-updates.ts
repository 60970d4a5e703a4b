/**
 * Validates what happened since the article: the updates (dated, sourced outcomes of milestones) and
 * the research log (for every project and record, what was searched for later reports, and when).
 * "No report found" is a fact only when the log says so; so every project and record must have an
 * entry, and the log and the updates must agree.
 */
import * as v from 'valibot';
import { ResearchEntry, ResearchLogFile, Update, UpdatesFile, type Milestone } from './schema';
import type { GeodataIssue } from './validate-geodata';
import { describeIssue, entryId, fieldOf, schemaIssues } from './valibot-issues';

export const UPDATES_FILE = 'updates.json';
export const RESEARCH_LOG_FILE = 'sources/research-log.json';

/** What the updates and the log may refer to: every feature and record, with its milestones. */
export interface Subject {
	id: string;
	/** Undefined for a feature that failed validation: its id is known, its milestones are not. */
	milestones: readonly Milestone[] | undefined;
	/** Whether the log must have an entry for it (context features carry no promise to follow up). */
	researched: boolean;
}

function fileIssues(file: string, issues: v.BaseIssue<unknown>[]): GeodataIssue[] {
	return issues.map((issue) => ({ file, field: fieldOf(issue), message: describeIssue(issue) }));
}

/**
 * The valid updates, and the ids of all entries (valid or not, so that a broken update does not also
 * break the log's reference to it); problems go to `issues`. `claimId` keeps ids unique across files.
 */
export function validateUpdates(
	json: unknown,
	subjects: ReadonlyMap<string, Subject>,
	claimId: (file: string, id: string) => void,
	issues: GeodataIssue[]
): { updates: Update[]; ids: Set<string> } {
	const updates: Update[] = [];
	const ids = new Set<string>();
	const file = v.safeParse(UpdatesFile, json);
	if (!file.success) {
		issues.push(...fileIssues(UPDATES_FILE, file.issues));
		return { updates, ids };
	}
	file.output.updates.forEach((entry, index) => {
		const id = entryId(entry, index, false);
		ids.add(id);
		const parsed = v.safeParse(Update, entry);
		if (!parsed.success) {
			issues.push(...schemaIssues(UPDATES_FILE, id, parsed.issues));
			return;
		}
		const update = parsed.output;
		claimId(UPDATES_FILE, update.id);
		const subject = subjects.get(update.subject);
		const problem = (field: string, message: string) =>
			issues.push({ file: UPDATES_FILE, id, field, message });
		if (!subject) problem('subject', `"${update.subject}" is not a feature or record id`);
		else if (
			subject.milestones &&
			update.milestone !== undefined &&
			update.milestone >= subject.milestones.length
		)
			problem('milestone', `"${update.subject}" has no milestone ${update.milestone}`);
		const sameMonth = update.date.slice(0, 7) === update.source.date.slice(0, 7);
		if (update.date > update.source.date && !(update.date_precision === 'month' && sameMonth))
			problem('date', `${update.date} is after the source's date ${update.source.date}`);
		updates.push(update);
	});
	return { updates, ids };
}

/** The valid log entries; problems go to `issues`. */
export function validateResearchLog(
	json: unknown,
	subjects: ReadonlyMap<string, Subject>,
	{ updates, ids }: { updates: readonly Update[]; ids: ReadonlySet<string> },
	issues: GeodataIssue[]
): ResearchEntry[] {
	const file = v.safeParse(ResearchLogFile, json);
	if (!file.success) {
		issues.push(...fileIssues(RESEARCH_LOG_FILE, file.issues));
		return [];
	}
	const updateById = new Map(updates.map((u) => [u.id, u]));
	const entries = new Map<string, ResearchEntry>();
	// Subjects of every entry, valid or not: a broken entry is reported once, not also as missing.
	const mentioned = new Set<string>();
	file.output.entries.forEach((raw, index) => {
		const where = (raw as { subject?: unknown })?.subject;
		const id = typeof where === 'string' && where ? where : `#${index}`;
		mentioned.add(id);
		const parsed = v.safeParse(ResearchEntry, raw);
		if (!parsed.success) {
			issues.push(...schemaIssues(RESEARCH_LOG_FILE, id, parsed.issues));
			return;
		}
		const entry = parsed.output;
		const problem = (field: string, message: string) =>
			issues.push({ file: RESEARCH_LOG_FILE, id, field, message });
		if (!subjects.has(entry.subject))
			return problem('subject', `"${entry.subject}" is not a feature or record id`);
		if (entries.has(entry.subject))
			return problem('subject', `has a second entry; keep one entry per project or record`);
		entries.set(entry.subject, entry);
		entry.updates.forEach((updateId, i) => {
			const update = updateById.get(updateId);
			if (!update) {
				if (!ids.has(updateId)) problem(`updates[${i}]`, `"${updateId}" is not an update id`);
			} else if (update.subject !== entry.subject)
				problem(`updates[${i}]`, `"${updateId}" is about "${update.subject}", not this subject`);
		});
		if (entry.result === 'found' && entry.updates.length === 0)
			problem('updates', `is empty, but the result is "found": list the updates found`);
		if (entry.result === 'nothing-found' && entry.updates.length > 0)
			problem('result', `is "nothing-found" but the entry lists updates`);
	});
	for (const subject of subjects.values()) {
		if (subject.researched && !mentioned.has(subject.id))
			issues.push({
				file: RESEARCH_LOG_FILE,
				id: subject.id,
				message: `has no entry: record when it was searched, the queries, the pages looked at and the result`
			});
	}
	for (const update of updates) {
		if (subjects.has(update.subject) && !entries.get(update.subject)?.updates.includes(update.id))
			issues.push({
				file: UPDATES_FILE,
				id: update.id,
				field: 'subject',
				message: `"${update.subject}"'s entry in geodata/${RESEARCH_LOG_FILE} does not list this update`
			});
	}
	return [...entries.values()];
}
