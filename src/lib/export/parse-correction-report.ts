/**
 * Reads back a reader's correction report — the text `composeReport` writes, pasted from an issue or an
 * email into the maintainers' editor (docs/ARCHITECTURE.md, "The maintainers' editor"). Pure. The report
 * is recognised in either language by its own line labels (`i18n/correction.ts`); lines it does not know
 * (a title, a mail header, a quoted reply's ">") are skipped, and a mail program's CRLFs are read as
 * line breaks.
 */
import type { LngLat } from '$lib/geo/types';
import { CORRECTION_KINDS, correctionText, type CorrectionKind } from '$lib/i18n/correction';
import { LANGS, type Lang } from '$lib/i18n/messages';
import { parseLngLat } from './correction-report';

/** What a report says, as far as it could be read. */
export interface ParsedReport {
	/** The language the report was written in. */
	lang: Lang;
	/** The feature's id. */
	id: string;
	/** Its name, as the report gives it. */
	name: string;
	kind: CorrectionKind;
	position?: LngLat;
	date?: string;
	link?: string;
	viewUrl?: string;
	/** The reader's own text ('' when none). */
	text: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The label as a pattern in which a bracket may be of either width (older reports used half-width ones). */
const labelPattern = (label: string) =>
	escape(label.replace(/（/g, '(').replace(/）/g, ')'))
		.replace(/\\\(/g, '[(（]')
		.replace(/\\\)/g, '[)）]');

/** The value of the line `label: value` (either colon, any spacing), or undefined. */
function valueOf(lines: readonly string[], label: string): string | undefined {
	const pattern = new RegExp(`^\\s*${labelPattern(label)}\\s*[:：]\\s*(.*)$`);
	for (const line of lines) {
		const match = pattern.exec(line);
		if (match) return match[1]!.trim();
	}
	return undefined;
}

function parseIn(lines: readonly string[], lang: Lang): ParsedReport | undefined {
	const t = correctionText[lang];
	const project = valueOf(lines, t.reportProject);
	const match = project && /^(.*\S)\s*\(([a-z0-9][a-z0-9-]*)\)$/.exec(project);
	if (!match) return undefined;
	const kindText = valueOf(lines, t.reportKind);
	const kind = CORRECTION_KINDS.find((k) => t.kinds[k] === kindText) ?? 'other';
	const positionText = valueOf(lines, t.reportPosition);
	const textAt = lines.findIndex((line) =>
		new RegExp(`^${escape(t.reportText)}\\s*[:：]\\s*$`).test(line)
	);
	const text =
		textAt >= 0
			? lines
					.slice(textAt + 1)
					.join('\n')
					.trim()
			: '';
	const date = valueOf(lines, t.reportWhen);
	const link = valueOf(lines, t.reportLink);
	const viewUrl = valueOf(lines, t.reportView);
	return {
		lang,
		id: match[2]!,
		name: match[1]!,
		kind,
		...(positionText && parseLngLat(positionText) ? { position: parseLngLat(positionText) } : {}),
		...(date ? { date } : {}),
		...(link ? { link } : {}),
		...(viewUrl ? { viewUrl } : {}),
		text: text.replace(new RegExp(`${escape(t.shortened)}$`), '').trimEnd()
	};
}

/** The report in `pasted`, in whichever language it was written; undefined when it names no project. */
export function parseCorrectionReport(pasted: string): ParsedReport | undefined {
	const raw = pasted.split(/\r?\n/);
	for (const lang of LANGS) {
		// A quoted report ("> Project: …") is read without the quote marks its project line has.
		const label = new RegExp(`^([\\s>]*)${escape(correctionText[lang].reportProject)}\\s*[:：]`);
		const quote = raw.map((line) => label.exec(line)?.[1]).find((prefix) => prefix !== undefined);
		if (quote === undefined) continue;
		const marks = quote.trim();
		const lines = marks
			? raw.map((line) => {
					const start = line.trimStart();
					return start.startsWith(marks) ? start.slice(marks.length).replace(/^ /, '') : line;
				})
			: raw;
		const parsed = parseIn(lines, lang);
		if (parsed) return parsed;
	}
	return undefined;
}
