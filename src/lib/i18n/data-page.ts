/** The words of the published-data page (/data); its passages with markup are in the page itself. */
import type { Lang } from './messages';

/** The page's groups of files besides the per-layer table. */
export type FileGroupId = 'projects' | 'feeds' | 'records';

export interface DataPageText {
	title: string;
	description: string;
	heading: string;
	fileGroups: Record<FileGroupId, string>;
	byCategory: string;
	category: string;
	projectCount: (n: number) => string;
	tableNote: string;
	notes: string;
	licence: string;
	data: string;
	/** Before the attribution to give. */
	attribute: string;
	source: string;
	/** After the source's reports. */
	quotations: string;
	mapImages: string;
	land: string;
	/** Between the land's and the district outlines' licences. */
	districtOutlines: string;
}

export const dataPageText: Record<Lang, DataPageText> = {
	zh: {
		title: '数据下载 · 青岛城市更新地图',
		description:
			'青岛市南区、市北区2023年城市更新项目数据：GeoJSON、CSV、时间节点订阅（Atom），CC BY 4.0。',
		heading: '数据下载',
		fileGroups: { projects: '全部项目', feeds: '时间节点订阅', records: '区级记录和进展更新' },
		byCategory: '按类别',
		category: '类别',
		projectCount: (n) => `${n} 个项目`,
		tableNote: '各类别的 CSV 与 projects.csv 列相同。',
		notes: '说明',
		licence: '许可与署名',
		data: '数据',
		attribute: '署名：',
		source: '来源',
		quotations: '。引句仅供核对，版权归原作者。',
		mapImages: '地图图片',
		land: '陆地',
		districtOutlines: '；区界'
	},
	en: {
		title: 'Data · Qingdao Urban Renewal Map',
		description:
			'Data of the 2023 urban renewal projects of Qingdao’s Shinan and Shibei districts: GeoJSON, CSV, an Atom feed of deadlines. CC BY 4.0.',
		heading: 'Data downloads',
		fileGroups: {
			projects: 'All projects',
			feeds: 'Deadline feeds',
			records: 'District records and updates'
		},
		byCategory: 'By category',
		category: 'Category',
		projectCount: (n) => `${n} projects`,
		tableNote: 'Each category’s CSV has the same columns as projects.csv.',
		notes: 'Notes',
		licence: 'Licence and attribution',
		data: 'Data',
		attribute: 'attribute:',
		source: 'Source',
		quotations: '. Quotations are given for reference; their copyright remains with the source.',
		mapImages: 'Map images',
		land: 'Land',
		districtOutlines: '; district outlines'
	}
};
