/**
 * The filters tab: district, campaign, status and deadline dates. Apart from `messages.ts`, so that
 * they load with their part of the page (docs/ARCHITECTURE.md, "First load").
 */
import type { Lang } from './messages';

const zh = {
	filterDistrict: '区',
	filterCampaign: '攻坚行动',
	filterCampaignNone: '未列入攻坚行动',
	filterStatus: '进度',
	filterDates: '时间节点在此期间',
	filterFrom: '从',
	filterTo: '至'
};

export type FilterText = typeof zh;

const en: FilterText = {
	filterDistrict: 'District',
	filterCampaign: 'Campaign',
	filterCampaignNone: 'Not in a campaign',
	filterStatus: 'Status',
	filterDates: 'Milestones due between',
	filterFrom: 'From',
	filterTo: 'To'
};

export const filterText: Record<Lang, FilterText> = { zh, en };
