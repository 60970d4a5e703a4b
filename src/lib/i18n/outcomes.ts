/**
 * What the sourced updates say, in words: outcome names, an update's date at its precision, whether a
 * completion came on time or how late, and "no report found (searched …)" from the research log.
 */
import type { Timeliness } from '$lib/data/outcomes';
import type { MilestoneTally, TallyKey } from '$lib/data/milestone-tally';
import type { ResearchNote } from '$lib/data/outcomes';
import type { Update } from '$lib/data/schema';
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
		none: (date) => `未找到后续报道（${date}检索）`,
		never: '尚未检索后续报道'
	},
	en: {
		none: (date) => `No later report found (searched ${date})`,
		never: 'Not yet searched for later reports'
	}
};

/** What the research log says when no update bears on a subject. */
export function describeNoReport(entry: ResearchNote | undefined, lang: Lang): string {
	return entry
		? RESEARCH_WORDS[lang].none(formatDate(entry.searched, lang))
		: RESEARCH_WORDS[lang].never;
}

const SOURCE_WORDS: Record<Lang, (publisher: string, title: string, date: string) => string> = {
	zh: (publisher, title, date) => `${publisher}《${title}》，${date}`,
	en: (publisher, title, date) => `${publisher}, “${title}”, ${date}`
};

/** "青岛晚报《…》,2023年4月27日" — the citation line of an update. */
export function citeUpdate(update: Update, lang: Lang): string {
	const { publisher, title, date } = update.source;
	return SOURCE_WORDS[lang](publisher, title, formatDate(date, lang));
}

/** The timeline's words about reports. */
export const REPORT_TEXT: Record<
	Lang,
	{
		laterReports: string;
		source: string;
		evidence: string;
		opensNewTab: string;
		afterAsOf: (n: number, date: string) => string;
		doneTiming: (timing: string) => string;
		outcomesTitle: string;
		byCampaign: string;
		byDistrict: string;
		noCampaign: string;
	}
> = {
	zh: {
		laterReports: '关于整个项目的报道（不针对上面的节点）',
		source: '来源',
		evidence: '原文摘句',
		opensNewTab: '（在新标签页打开）',
		afterAsOf: (n, date) => `${date}之后还有 ${n} 条报道。`,
		doneTiming: (timing) => `完成：${timing}`,
		outcomesTitle: '承诺与结果',
		byCampaign: '按攻坚行动',
		byDistrict: '按区',
		noCampaign: '未列入攻坚行动'
	},
	en: {
		laterReports: 'Reports on the project as a whole (not on a deadline above)',
		source: 'Source',
		evidence: 'Evidence',
		opensNewTab: '(opens in a new tab)',
		afterAsOf: (n, date) => `${n} more ${n === 1 ? 'report' : 'reports'} after ${date}.`,
		doneTiming: (timing) => `Done ${timing}`,
		outcomesTitle: 'Promises and outcomes',
		byCampaign: 'By campaign',
		byDistrict: 'By district',
		noCampaign: 'No campaign'
	}
};

/** The outcome chart's segment names. */
export const TALLY_LABELS: Record<TallyKey, Record<Lang, string>> = {
	'on-time': { zh: '按期完成', en: 'Done on time' },
	late: { zh: '逾期完成', en: 'Done late' },
	'done-undated': { zh: '完成（日期不详）', en: 'Done, date unclear' },
	'in-progress': { zh: '报道在推进', en: 'Reported in progress' },
	cancelled: { zh: '已取消', en: 'Cancelled' },
	unreported: { zh: '过期未见报道', en: 'Past deadline, no report' },
	'not-due': { zh: '未到期', en: 'Not yet due' }
};

const TALLY_SENTENCE: Record<Lang, (t: MilestoneTally, date: string) => string> = {
	zh: ({ total, counts: c }, date) => {
		const done = c['on-time'] + c.late + c['done-undated'];
		const parts = [
			`${done} 个已报道完成${done ? `（其中 ${c['on-time']} 个按期）` : ''}`,
			c['in-progress'] && `${c['in-progress']} 个报道在推进`,
			c.cancelled && `${c.cancelled} 个已取消`,
			c.unreported && `${c.unreported} 个过期未找到报道`,
			c['not-due'] && `${c['not-due']} 个未到期`
		].filter(Boolean);
		return `截至${date}，${total} 个时间节点：${parts.join('，')}。`;
	},
	en: ({ total, counts: c }, date) => {
		const done = c['on-time'] + c.late + c['done-undated'];
		const parts = [
			`${done} reported done${done ? ` (${c['on-time']} on time)` : ''}`,
			c['in-progress'] && `${c['in-progress']} reported in progress`,
			c.cancelled && `${c.cancelled} cancelled`,
			c.unreported && `${c.unreported} past deadline with no report found`,
			c['not-due'] && `${c['not-due']} not yet due`
		].filter(Boolean);
		return `As of ${date}, ${total} ${total === 1 ? 'milestone' : 'milestones'}: ${parts.join(', ')}.`;
	}
};

/** "As of 29 Nov 2026, 84 milestones: 9 reported done (8 on time), 12 reported in progress, …". */
export function describeTally(tally: MilestoneTally, asOf: string, lang: Lang): string {
	return TALLY_SENTENCE[lang](tally, formatDate(asOf, lang));
}
