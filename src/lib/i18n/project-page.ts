/** The words of a project's own page (/projects/<id>) around the project's details. */
import type { Milestone } from '$lib/data/schema';
import type { StatusId } from '$lib/data/vocabulary';
import type { Lang } from './messages';

/** What the page's map shows of the project. */
export type MapPlacement = 'location' | 'approximate' | 'district';

export interface ProjectPageText {
	/** The map's alternative text. */
	mapAlt: (name: string, district: string, placement: MapPlacement) => string;
	/** Under the map; `ringM` is the uncertainty circle's radius, 0 when none is drawn. */
	mapCaption: { district: string; approximate: (ringM: number) => string; location: string };
	openInExplorer: string;
	/** Heading of the key milestone, by the project's status. */
	keyMilestone: Record<StatusId, string>;
	/** Before the quoted phrase of the source. */
	sourcePhrase: string;
	statusAsOf: (builtOn: string) => string;
	reportedOn: string;
	layerData: (layer: string) => string;
	districtFeed: (district: string) => string;
	allData: string;
	/** The meta description of a project without a summary: its first milestone, else its name. */
	description: (name: string, first: Milestone | undefined) => string;
}

export const projectPageText: Record<Lang, ProjectPageText> = {
	zh: {
		mapAlt: (name, district, placement) =>
			`地图：${name}的${{ location: '位置', approximate: '大致位置', district: '所在区（位置不详）' }[placement]}，${district}`,
		mapCaption: {
			district: '位置不详，图中只标出所在区。',
			approximate: (ringM) =>
				`大致位置：空心点、虚线表示位置是估计的${ringM ? `，虚线圆圈为误差范围（约 ${ringM} 米）` : ''}。`,
			location: '位置较可靠。'
		},
		openInExplorer: '在地图上查看',
		keyMilestone: {
			'due-soon': '下一个时间节点',
			upcoming: '下一个时间节点',
			'under-way': '正在推进的时间节点',
			'partly-done': '部分完成的时间节点',
			delayed: '报道延期的时间节点',
			changed: '有变更的时间节点',
			cancelled: '已取消的时间节点',
			past: '最近到期的时间节点',
			done: '最后一个时间节点',
			none: '时间节点'
		},
		sourcePhrase: '原文',
		statusAsOf: (builtOn) => `进度按 ${builtOn}（网页生成日）计算。`,
		reportedOn: '报道日期',
		layerData: (layer) => `“${layer}”数据`,
		districtFeed: (district) => `${district}时间节点订阅`,
		allData: '全部数据下载',
		description: (name, first) => (first ? `${name}：${first.phrase}${first.text.zh}。` : name)
	},
	en: {
		mapAlt: (name, district, placement) =>
			`Map: ${{ location: 'location', approximate: 'approximate location', district: 'district (location unknown)' }[placement]} of ${name}, ${district}`,
		mapCaption: {
			district: 'Location unknown: the map shows only the district.',
			approximate: (ringM) =>
				`Approximate location: hollow and dashed shapes are estimates${ringM ? `; the dashed circle shows how far off it may be (about ${ringM} m)` : ''}.`,
			location: 'Location fairly reliable.'
		},
		openInExplorer: 'See it on the map',
		keyMilestone: {
			'due-soon': 'Next milestone',
			upcoming: 'Next milestone',
			'under-way': 'Milestone under way',
			'partly-done': 'Milestone partly done',
			delayed: 'Milestone reported delayed',
			changed: 'Milestone changed',
			cancelled: 'Milestone cancelled',
			past: 'Latest deadline',
			done: 'Last milestone',
			none: 'Milestones'
		},
		sourcePhrase: 'source',
		statusAsOf: (builtOn) => `Status as of ${builtOn}, when this page was built.`,
		reportedOn: 'Reported on',
		layerData: (layer) => `“${layer}” data`,
		districtFeed: (district) => `${district} deadline feed`,
		allData: 'All data files',
		description: (name, first) => (first ? `${name}: ${first.text.en}.` : name)
	}
};
