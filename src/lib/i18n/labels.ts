/** Names of the data vocabulary in both languages. */
import type { CategoryWords } from '$lib/data/search-index';
import { LAYER_IDS, type Action, type DistrictId, type LayerId } from '$lib/data/vocabulary';
import type { Lang } from './messages';

type Names = Record<Lang, string>;

export const LAYER_LABELS: Record<LayerId, Names> = {
	'cruise-port': { zh: '邮轮港区', en: 'Cruise port' },
	'historic-districts': { zh: '历史城区', en: 'Historic districts' },
	'licun-river': { zh: '李村河流域', en: 'Licun River' },
	metro: { zh: '地铁及TOD', en: 'Metro and TOD' },
	parking: { zh: '停车设施', en: 'Parking' },
	schools: { zh: '学校', en: 'Schools' },
	industry: { zh: '老四方工业区', en: 'Old Sifang industry' },
	villages: { zh: '城中村改造', en: 'Urban villages' },
	roads: { zh: '道路交通', en: 'Roads' },
	parks: { zh: '公园绿道', en: 'Parks and greenways' },
	'public-facilities': { zh: '公共设施', en: 'Public facilities' },
	governance: { zh: '基层治理(市南)', en: 'Governance (Shinan)' }
};

/**
 * The kinds of project a layer holds, in the words a reader may search for them: searching 小学 or
 * "kindergarten" finds the schools as 学校 and "school" do. Only words that name the kind, not a
 * place, so that no street or district name picks a whole layer.
 */
const LAYER_KINDS: Partial<Record<LayerId, Record<Lang, readonly string[]>>> = {
	schools: {
		zh: ['学校', '小学', '中学', '幼儿园', '九年一贯制'],
		en: ['school', 'primary school', 'middle school', 'kindergarten']
	},
	parking: { zh: ['停车场', '停车楼', '泊位'], en: ['car park', 'parking garage'] },
	metro: { zh: ['地铁站', '车站'], en: ['station', 'subway'] },
	parks: { zh: ['公园', '绿道'], en: ['park', 'greenway'] },
	roads: { zh: ['道路', '立交', '高架', '快速路'], en: ['road', 'interchange', 'viaduct'] },
	villages: { zh: ['城中村', '小区'], en: ['village', 'compound'] },
	'public-facilities': { zh: ['医院', '体育场'], en: ['hospital', 'stadium'] }
};

/**
 * A label and its words, without what it adds in brackets (a district is not a category):
 * "Parks and greenways" → parks and greenways, parks, greenways; "地铁及TOD" → 地铁及TOD, 地铁, TOD.
 */
function labelWords(label: string): string[] {
	const bare = label.replace(/[(（][^)）]*[)）]/gu, ' ').trim();
	return [bare, ...bare.split(/\s+and\s+|\s+|及|和|、/u)].filter((word) => word.length > 0);
}

/** Each layer's search words in both languages: its labels, their words, and its kinds. */
export const LAYER_SEARCH_WORDS: readonly CategoryWords[] = LAYER_IDS.map((layer) => ({
	layer,
	words: [
		...Object.values(LAYER_LABELS[layer]).flatMap(labelWords),
		...Object.values(LAYER_KINDS[layer] ?? {}).flat()
	]
}));

export const DISTRICT_LABELS: Record<DistrictId, Names> = {
	shibei: { zh: '市北区', en: 'Shibei' },
	shinan: { zh: '市南区', en: 'Shinan' }
};

export const ACTION_LABELS: Record<Action, Names> = {
	start: { zh: '开工/启动', en: 'Start' },
	construction: { zh: '推进建设', en: 'Construction' },
	complete: { zh: '完成', en: 'Completion' },
	'topping-out': { zh: '主体封顶', en: 'Topping-out' },
	delivery: { zh: '竣工交付', en: 'Handover' },
	open: { zh: '建成投用', en: 'Opening' },
	acceptance: { zh: '竣工验收', en: 'Acceptance' },
	expropriation: { zh: '征收', en: 'Expropriation' },
	demolition: { zh: '拆除', en: 'Demolition' },
	clearance: { zh: '征迁清零', en: 'Clearance' },
	'land-sale': { zh: '土地出让', en: 'Land sale' },
	renovation: { zh: '改造', en: 'Renovation' },
	target: { zh: '目标', en: 'Target' }
};
