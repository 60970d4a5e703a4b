/** The static pages' breadcrumb: its name for screen readers and the pages it links to. */
import type { Lang } from './messages';

export const PAGE_NAV_LABEL: Record<Lang, string> = { zh: '导航', en: 'Breadcrumb' };

/** The static pages a breadcrumb links to, by name. */
export const CRUMB_LABELS: Record<'projects' | 'data', Record<Lang, string>> = {
	projects: { zh: '全部项目', en: 'All projects' },
	data: { zh: '数据下载', en: 'Data' }
};
