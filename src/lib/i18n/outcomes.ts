/**
 * What the sourced updates say, in words: outcome names, an update's date at its precision, whether a
 * completion came on time or how late, and "no report found (searched …)" from the research log.
 */
import type { Timeliness } from '$lib/data/outcomes';
import type { ResearchEntry, Update } from '$lib/data/schema';
import type { UpdateOutcome } from '$lib/data/vocabulary';
import { formatDate, formatMonth } from './format';
import type { Lang } from './messages';

/** What an update reports, as a badge. */
export const OUTCOME_LABELS: Record<UpdateOutcome, Record<Lang, string>> = {
	done: { zh: '已完成', en: 'Done' },
	'partly-done': { zh: '部分完成', en: 'Partly done' },
	'under-way': { zh: '进行中', en: 'Under way' },
	delayed: { zh: '延期', en: 'Delayed' },
	changed: { zh: '有变更', en: 'Changed' },
	cancelled: { zh: '已取消', en: 'Cancelled' },
	recognised: { zh: '获评', en: 'Recognised' }
};

const DATE_WORDS: Record<Lang, { by: (date: string) => string }> = {
	zh: { by: (date) => `截至${date}` },
	en: { by: (date) => `by ${date}` }
};

/** An update's date at its precision: "2023年4月27日", "2023年6月", "截至2024年9月30日". */
export function formatUpdateDate(
	update: Pick<Update, 'date' | 'date_precision'>,
	lang: Lang
): string {
	switch (update.date_precision) {
		case 'day':
			return formatDate(update.date, lang);
		case 'month':
			return formatMonth(update.date, lang);
		case 'by':
			return DATE_WORDS[lang].by(formatDate(update.date, lang));
	}
}

const LATENESS: Record<Lang, (t: Extract<Timeliness, { kind: 'late' }>) => string> = {
	zh: ({ days, months }) => (months >= 2 ? `晚了约 ${months} 个月` : `晚了 ${days} 天`),
	en: ({ days, months }) => (months >= 2 ? `about ${months} months late` : `${days} days late`)
};

const TIMELINESS_WORDS: Record<Lang, Record<'on-time' | 'unknown', string>> = {
	zh: { 'on-time': '按期', unknown: '是否按期不详' },
	en: { 'on-time': 'on time', unknown: 'whether on time is not known' }
};

/** "on time" / "about 3 months late" / "whether on time is not known". */
export function describeTimeliness(timeliness: Timeliness, lang: Lang): string {
	return timeliness.kind === 'late'
		? LATENESS[lang](timeliness)
		: TIMELINESS_WORDS[lang][timeliness.kind];
}

const RESEARCH_WORDS: Record<Lang, { none: (date: string) => string; never: string }> = {
	zh: {
		none: (date) => `未找到后续报道(${date}检索)`,
		never: '尚未检索后续报道'
	},
	en: {
		none: (date) => `No later report found (searched ${date})`,
		never: 'Not yet searched for later reports'
	}
};

/** What the research log says when no update bears on a subject. */
export function describeNoReport(entry: ResearchEntry | undefined, lang: Lang): string {
	return entry
		? RESEARCH_WORDS[lang].none(formatDate(entry.searched, lang))
		: RESEARCH_WORDS[lang].never;
}

const SOURCE_WORDS: Record<Lang, (publisher: string, title: string, date: string) => string> = {
	zh: (publisher, title, date) => `${publisher}《${title}》,${date}`,
	en: (publisher, title, date) => `${publisher}, “${title}”, ${date}`
};

/** "青岛晚报《…》,2023年4月27日" — the citation line of an update. */
export function citeUpdate(update: Update, lang: Lang): string {
	const { publisher, title, date } = update.source;
	return SOURCE_WORDS[lang](publisher, title, formatDate(date, lang));
}
