/**
 * The words that name each layer in a search, in both languages. They load with the search, not with
 * the page (docs/ARCHITECTURE.md, "First load").
 */
import type { CategoryWords } from '$lib/data/search-index';
import { LAYER_IDS, type LayerId } from '$lib/data/vocabulary';
import { LAYER_LABELS } from './labels';
import type { Lang } from './messages';

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
