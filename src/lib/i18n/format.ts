/**
 * Dates and statuses in the reader's language. Numbers, distances and metrics are in
 * `format-metrics.ts`, apart, so that the first load does not carry them (docs/ARCHITECTURE.md,
 * "First load").
 */
import type { StatusId } from '$lib/data/vocabulary';
import { INTL_LOCALE } from './lang-tags';
import type { Lang } from './messages';

/**
 * One formatter per language and options, made on first use. Making an Intl formatter costs far more
 * than formatting with one (the page's first render formats hundreds of dates: building a formatter for
 * each was a fifth of hydrating the explorer, measured in Chromium's profiler with the CPU slowed 4×).
 */
export function cached<F>(make: (lang: Lang) => F): (lang: Lang) => F {
	const made: Partial<Record<Lang, F>> = {};
	return (lang) => (made[lang] ??= make(lang));
}

/** Month names: "3月" in Chinese, "Mar" in English. */
const MONTH: Record<Lang, 'long' | 'short'> = { zh: 'long', en: 'short' };

const days = cached(
	(lang) =>
		new Intl.DateTimeFormat(INTL_LOCALE[lang], {
			year: 'numeric',
			month: MONTH[lang],
			day: 'numeric',
			timeZone: 'UTC'
		})
);
const months = cached(
	(lang) =>
		new Intl.DateTimeFormat(INTL_LOCALE[lang], {
			year: 'numeric',
			month: MONTH[lang],
			timeZone: 'UTC'
		})
);

/** "2023年3月31日" / "31 Mar 2023". */
export function formatDate(isoDate: string, lang: Lang): string {
	return days(lang).format(new Date(`${isoDate}T00:00:00Z`));
}

/** "2023年3月" / "Mar 2023". */
export function formatMonth(isoDate: string, lang: Lang): string {
	return months(lang).format(new Date(`${isoDate}T00:00:00Z`));
}

export const STATUS_LABELS: Record<StatusId, Record<Lang, string>> = {
	upcoming: { zh: '未到期', en: 'Upcoming' },
	'due-soon': { zh: '30天内到期', en: 'Due within 30 days' },
	'under-way': { zh: '报道在推进', en: 'Reported under way' },
	'partly-done': { zh: '报道部分完成', en: 'Reported partly done' },
	done: { zh: '已报道完成', en: 'Reported done' },
	delayed: { zh: '报道延期', en: 'Reported delayed' },
	changed: { zh: '报道有变更', en: 'Reported changed' },
	cancelled: { zh: '报道已取消', en: 'Reported cancelled' },
	past: { zh: '已过期限（未找到该节点的报道）', en: 'Past deadline — no report on it' },
	none: { zh: '无时间节点', en: 'No dated milestone' }
};
