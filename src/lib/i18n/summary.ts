/**
 * The summary tab: totals by category and district, and the metrics. Apart from `messages.ts`, so
 * that they load with their part of the page (docs/ARCHITECTURE.md, "First load").
 */
import type { Lang } from './messages';

const zh = {
	summaryTitle: '筛选结果汇总',
	summaryByLayer: '按类别',
	summaryByDistrict: '按区',
	summaryMetrics: '指标合计',
	summaryMetricsNote: '只计入筛选结果中各项目自身的指标；整批次的总数（如6500个泊位）见批次记录。',
	summaryNoMetrics: '筛选结果中的项目没有可合计的指标。',
	allProjects: '全部项目页面'
};

export type SummaryText = typeof zh;

const en: SummaryText = {
	summaryTitle: 'Summary of the filtered projects',
	summaryByLayer: 'By category',
	summaryByDistrict: 'By district',
	summaryMetrics: 'Metric totals',
	summaryMetricsNote:
		'Only metrics stated for the listed projects themselves; totals of whole groups (such as 6,500 parking spaces) are on the group records.',
	summaryNoMetrics: 'The filtered projects have no metrics to add up.',
	allProjects: 'All project pages'
};

export const summaryText: Record<Lang, SummaryText> = { zh, en };
