/** The words of the index of all projects (/projects). */
import type { RECORD_KINDS } from '$lib/data/vocabulary';
import type { Lang } from './messages';

export interface ProjectsPageText {
	title: string;
	description: (projects: number) => string;
	heading: string;
	lead: (projects: number, builtOn: string) => string;
	categories: string;
	records: string;
	recordsLead: string;
	locationUnknown: string;
	approximate: string;
	/** Before a record's members, and between them. */
	includes: string;
	memberSeparator: string;
	unnamed: (n: number) => string;
	recordKind: Record<(typeof RECORD_KINDS)[number], string>;
}

export const projectsPageText: Record<Lang, ProjectsPageText> = {
	zh: {
		title: '全部项目 · 青岛城市更新地图',
		description: (n) => `青岛市南区、市北区2023年城市更新的 ${n} 个项目，按类别列出，附时间节点。`,
		heading: '全部项目',
		lead: (n, builtOn) =>
			`市南区、市北区2023年城市更新计划中的 ${n} 个项目，按类别排列。进度按 ${builtOn} 计算。`,
		categories: '类别',
		records: '区级记录',
		recordsLead:
			'没有单一位置的内容：市北区总体计划、十二大攻坚行动、原文列出的各批次项目、市南区“三基”建设。',
		locationUnknown: '位置不详',
		approximate: '大致位置',
		includes: '包括：',
		memberSeparator: '、',
		unnamed: (n) => `，另有 ${n} 个未列名`,
		recordKind: { programme: '区级计划', campaign: '攻坚行动', group: '批次' }
	},
	en: {
		title: 'All projects · Qingdao Urban Renewal Map',
		description: (n) =>
			`The ${n} projects of the 2023 urban renewal programme of Qingdao’s Shinan and Shibei districts, by category, with their deadlines.`,
		heading: 'All projects',
		lead: (n, builtOn) =>
			`The ${n} projects of Shinan's and Shibei's 2023 urban renewal programme, by category. Status as of ${builtOn}.`,
		categories: 'Categories',
		records: 'District records',
		recordsLead:
			'What has no single place: Shibei’s programme, its twelve campaigns, the groups the article lists, Shinan’s “three basics”.',
		locationUnknown: 'location unknown',
		approximate: 'approximate location',
		includes: 'Includes: ',
		memberSeparator: ', ',
		unnamed: (n) => `, and ${n} not named`,
		recordKind: { programme: 'Programme', campaign: 'Campaign', group: 'Group' }
	}
};
