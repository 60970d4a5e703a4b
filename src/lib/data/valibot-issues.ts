/** Valibot's issues as the data check's messages: file, entry id, field path and what was wrong. */
import type * as v from 'valibot';
import type { GeodataIssue } from './validate-geodata';

export function fieldOf(issue: v.BaseIssue<unknown>): string {
	let path = '';
	for (const item of issue.path ?? []) {
		const key = item.key as string | number;
		path += typeof key === 'number' ? `[${key}]` : path ? `.${key}` : key;
	}
	return path.replace(/^properties\./, '');
}

export const QUOTE_EN_HINT = 'add the English translation of "quote" beside it';

/** What to add for a missing field, where "is missing" alone would not say it. */
const MISSING_HINTS: Record<string, string> = { quote_en: QUOTE_EN_HINT };

export function describeIssue(issue: v.BaseIssue<unknown>): string {
	// An object's missing key: valibot reports it on the key's path with the input undefined.
	if ((issue.type === 'object' || issue.type === 'strict_object') && issue.input === undefined) {
		const key = issue.path?.at(-1)?.key;
		const hint = typeof key === 'string' ? MISSING_HINTS[key] : undefined;
		return hint ? `is missing: ${hint}` : 'is missing';
	}
	// Type and picklist failures say what they got; checks put the input in their own message.
	return issue.kind === 'schema' ? `${issue.message} (got ${issue.received})` : issue.message;
}

export function schemaIssues(
	file: string,
	id: string | undefined,
	issues: v.BaseIssue<unknown>[]
): GeodataIssue[] {
	return issues.map((issue) => ({
		file,
		id,
		field: fieldOf(issue),
		message: describeIssue(issue)
	}));
}

export function entryId(entry: unknown, index: number, inProperties: boolean): string {
	const holder = inProperties ? (entry as { properties?: unknown })?.properties : entry;
	const id = (holder as { id?: unknown } | null | undefined)?.id;
	return typeof id === 'string' && id ? id : `#${index}`;
}
