/** One sentence describing the listed projects, for everyone and for screen readers. */
import type { DistrictId, StatusId } from '$lib/data/vocabulary';
import { formatDate } from './format';
import type { Lang } from './messages';

export interface ListSummary {
	total: number;
	byDistrict: Record<DistrictId, number>;
	/** Projects by status against the as-of date. */
	byStatus: Record<StatusId, number>;
	asOf: string;
}

/** Projects reported under way, partly done, delayed or changed. */
const inProgress = (s: ListSummary) =>
	s.byStatus['under-way'] + s.byStatus['partly-done'] + s.byStatus.delayed + s.byStatus.changed;

const SUMMARY_SENTENCE: Record<Lang, (s: ListSummary, date: string) => string> = {
	zh: (s, date) => {
		const parts = [
			s.byStatus.past && `${s.byStatus.past} 个已过期限`,
			s.byStatus['due-soon'] && `${s.byStatus['due-soon']} 个 30 天内到期`,
			s.byStatus.upcoming && `${s.byStatus.upcoming} 个未到期`,
			s.byStatus.done && `${s.byStatus.done} 个已报道完成`,
			inProgress(s) && `${inProgress(s)} 个报道在推进`,
			s.byStatus.cancelled && `${s.byStatus.cancelled} 个报道已取消`
		].filter(Boolean);
		return (
			`共 ${s.total} 个项目（市北区 ${s.byDistrict.shibei} 个，市南区 ${s.byDistrict.shinan} 个）。` +
			(parts.length ? `截至${date}：${parts.join('、')}。` : '')
		);
	},
	en: (s, date) => {
		const parts = [
			s.byStatus.past && `${s.byStatus.past} past deadline`,
			s.byStatus['due-soon'] && `${s.byStatus['due-soon']} due within 30 days`,
			s.byStatus.upcoming && `${s.byStatus.upcoming} upcoming`,
			s.byStatus.done && `${s.byStatus.done} reported done`,
			inProgress(s) && `${inProgress(s)} reported in progress`,
			s.byStatus.cancelled && `${s.byStatus.cancelled} reported cancelled`
		].filter(Boolean);
		const noun = (n: number) => (n === 1 ? 'project' : 'projects');
		return (
			`${s.total} ${noun(s.total)} (Shibei ${s.byDistrict.shibei}, Shinan ${s.byDistrict.shinan}).` +
			(parts.length ? ` As of ${date}: ${parts.join(', ')}.` : '')
		);
	}
};

export function summarySentence(s: ListSummary, lang: Lang): string {
	return SUMMARY_SENTENCE[lang](s, formatDate(s.asOf, lang));
}
