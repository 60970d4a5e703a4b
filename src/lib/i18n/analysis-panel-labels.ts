/**
 * The few texts the page needs before the analysis panel's own code has loaded: the tab's name and
 * what to say while loading. The panel's other texts are in analysis.ts, loaded with the panel.
 */
import type { Lang } from './messages';

export const PANEL_LABELS: Record<Lang, { tab: string; loading: string; loadFailed: string }> = {
	zh: {
		tab: '分析',
		loading: '正在加载分析模块…',
		loadFailed: '分析模块加载失败。请刷新页面再试。'
	},
	en: {
		tab: 'Analysis',
		loading: 'Loading the analyses…',
		loadFailed: 'The analyses could not be loaded. Reload the page and try again.'
	}
};
