/**
 * The details of one project: its fields, milestones, quote, source and location. Apart from
 * `messages.ts`, so that they load with their part of the page (docs/ARCHITECTURE.md, "First
 * load").
 */
import type { Lang } from './messages';

const zh = {
	panelCampaign: '攻坚行动',
	panelMetrics: '指标',
	panelMilestones: '时间节点',
	panelQuote: '原文',
	panelSource: '来源',
	panelLocation: '位置',
	panelGroup: '所属批次',
	panelNoLocation: '原文和参考资料没有给出可靠的位置，因此不在地图上显示。'
};

export type DetailsText = typeof zh;

const en: DetailsText = {
	panelCampaign: 'Campaign',
	panelMetrics: 'Metrics',
	panelMilestones: 'Milestones',
	panelQuote: 'Source text',
	panelSource: 'Source',
	panelLocation: 'Location',
	panelGroup: 'Part of',
	panelNoLocation:
		'Neither the source nor the references give a reliable location, so it is not drawn on the map.'
};

export const detailsText: Record<Lang, DetailsText> = { zh, en };
