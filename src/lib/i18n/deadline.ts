/** A milestone's window in words: the source's own phrase in Chinese, its meaning spelled out in English. */
import type { Milestone } from '$lib/data/schema';
import { formatDate, formatMonth } from './format';
import type { Lang } from './messages';

const DEADLINE: Record<Lang, (m: Milestone) => string> = {
	zh: (m) => `原文：${m.phrase}`,
	en: (m) => {
		const year = m.due.slice(0, 4);
		switch (m.precision) {
			case 'month':
				return `by end of ${formatMonth(m.due, 'en')}`;
			case 'early-month':
				return `early ${formatMonth(m.due, 'en')} (by ${formatDate(m.due, 'en')})`;
			case 'half-year':
				return m.due.endsWith('-06-30')
					? `in the first half of ${year}`
					: `in the second half of ${year}`;
			case 'year':
				return `by end of ${year}`;
			case 'month-range':
				return `between ${formatMonth(m.start ?? m.due, 'en')} and ${formatMonth(m.due, 'en')}`;
		}
	}
};

export function describeDeadline(m: Milestone, lang: Lang): string {
	return DEADLINE[lang](m);
}
