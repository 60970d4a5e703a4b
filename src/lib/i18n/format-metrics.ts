/**
 * Numbers, distances and metrics in the reader's language: 万/亿 in Chinese (Intl's compact notation
 * for zh-CN), thousands separators in English; "1.2 公里" / "1.2 km", "约300余户" / "about 300+
 * households".
 */
import type { MetricTotals } from '$lib/data/sum-metrics';
import type { MetricKey, Qualifier } from '$lib/data/vocabulary';
import { cached } from './format';
import { INTL_LOCALE } from './lang-tags';
import type { Lang } from './messages';

/** How numbers from 10 000 up are written: Chinese counts in 万 and 亿. */
const LARGE_NUMBER: Record<Lang, Intl.NumberFormatOptions> = {
	zh: { notation: 'compact', maximumFractionDigits: 2 },
	en: { maximumFractionDigits: 2 }
};

const largeNumbers = cached((lang) => new Intl.NumberFormat(INTL_LOCALE[lang], LARGE_NUMBER[lang]));
const numbers = cached(
	(lang) => new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: 2 })
);

export function formatNumber(value: number, lang: Lang): string {
	return (Math.abs(value) >= 10_000 ? largeNumbers(lang) : numbers(lang)).format(value);
}

const METRES: Record<Lang, (n: string) => string> = { zh: (n) => `${n} 米`, en: (n) => `${n} m` };
const KILOMETRES: Record<Lang, (n: string) => string> = {
	zh: (n) => `${n} 公里`,
	en: (n) => `${n} km`
};

/** "850 米" / "850 m", the number as given. */
export function formatMetres(metres: number, lang: Lang): string {
	return METRES[lang](String(metres));
}

/**
 * "850 米" / "850 m" below a kilometre (to 10 m; to 5 m below 100 m), then "2.05 公里" / "2.05 km":
 * the same 10 m steps, so a radius of 2050 m reads as set and 995 m does not read "1000 米".
 */
export function formatDistance(metres: number, lang: Lang): string {
	const rounded = metres < 100 ? Math.round(metres / 5) * 5 : Math.round(metres / 10) * 10;
	if (rounded < 1000) return formatMetres(rounded, lang);
	return KILOMETRES[lang](formatNumber(rounded / 1000, lang));
}

interface MetricLabel {
	/** What is counted, e.g. "planned parking spaces". */
	name: Record<Lang, string>;
	/** Unit written after the number; empty when the name says it. */
	unit: Record<Lang, string>;
}

export const METRIC_LABELS: Record<MetricKey, MetricLabel> = {
	parking_spaces_planned: {
		name: { zh: '规划泊位', en: 'planned parking spaces' },
		unit: { zh: '个', en: '' }
	},
	parking_spaces_added: {
		name: { zh: '新增泊位', en: 'new parking spaces' },
		unit: { zh: '个', en: '' }
	},
	school_places: { name: { zh: '新增学位', en: 'new school places' }, unit: { zh: '个', en: '' } },
	floor_area_m2: { name: { zh: '建筑面积', en: 'floor area' }, unit: { zh: '平方米', en: 'm²' } },
	area_m2: { name: { zh: '面积', en: 'area' }, unit: { zh: '平方米', en: 'm²' } },
	length_km: { name: { zh: '长度', en: 'length' }, unit: { zh: '公里', en: 'km' } },
	households: { name: { zh: '征收户数', en: 'households' }, unit: { zh: '户', en: '' } },
	land_mu: { name: { zh: '土地', en: 'land' }, unit: { zh: '亩', en: 'mu' } },
	investment_cny: { name: { zh: '总投资', en: 'total investment' }, unit: { zh: '元', en: 'CNY' } },
	project_count: { name: { zh: '项目', en: 'projects' }, unit: { zh: '个', en: '' } },
	school_count: { name: { zh: '学校', en: 'schools' }, unit: { zh: '所', en: '' } },
	road_count: { name: { zh: '道路', en: 'roads' }, unit: { zh: '条', en: '' } },
	station_count: { name: { zh: '地铁站点', en: 'metro stations' }, unit: { zh: '个', en: '' } },
	parcel_count: { name: { zh: '地块', en: 'land parcels' }, unit: { zh: '宗', en: '' } },
	compound_count: {
		name: { zh: '居民小区', en: 'residential compounds' },
		unit: { zh: '个', en: '' }
	},
	community_count: { name: { zh: '社区', en: 'communities' }, unit: { zh: '个', en: '' } },
	route_count: { name: { zh: '旅游路线', en: 'tourist routes' }, unit: { zh: '条', en: '' } },
	occupancy_pct: {
		name: { zh: '业态导入率', en: 'business occupancy' },
		unit: { zh: '%', en: '%' }
	},
	community_meetings_per_month: {
		name: { zh: '每月列席社区联席会议', en: 'community meetings attended a month' },
		unit: { zh: '次', en: '' }
	},
	grid_visits_per_week: {
		name: { zh: '每周走访网格', en: 'grid visits a week' },
		unit: { zh: '次', en: '' }
	},
	grid_forums_per_month: {
		name: { zh: '每月网格座谈会', en: 'grid forums a month' },
		unit: { zh: '次', en: '' }
	},
	grid_reviews_per_year: {
		name: { zh: '每年"解剖麻雀"', en: 'in-depth grid reviews a year' },
		unit: { zh: '次', en: '' }
	}
};

const MORE_THAN: Record<Lang, (n: string) => string> = { zh: (n) => `${n}余`, en: (n) => `${n}+` };
const ABOUT: Record<Lang, (n: string) => string> = { zh: (n) => `约${n}`, en: (n) => `about ${n}` };
/** A number and its unit: "3.7万平方米" / "37,000 m²". */
const WITH_UNIT: Record<Lang, (number: string, unit: string) => string> = {
	zh: (number, unit) => `${number}${unit}`,
	en: (number, unit) => `${number} ${unit}`
};
/** A metric's name and amount; English puts a count before its noun ("6,500+ parking spaces"). */
const METRIC_PHRASE: Record<Lang, (label: MetricLabel, amount: string) => string> = {
	zh: (label, amount) => `${label.name.zh} ${amount}`,
	en: (label, amount) =>
		label.unit.en ? `${label.name.en}: ${amount}` : `${amount} ${label.name.en}`
};
/** A metric's name with its unit, for a legend or a menu: "建筑面积（平方米）" / "floor area (m²)". */
const NAME_WITH_UNIT: Record<Lang, (name: string, unit: string) => string> = {
	zh: (name, unit) => `${name}（${unit}）`,
	en: (name, unit) => `${name} (${unit})`
};

/** The number with its qualifier and unit: "6500余个" / "6,500+"; "3.7万平方米" / "37,000 m²". */
export function formatMetricValue(
	key: MetricKey,
	value: number,
	lang: Lang,
	qualifier: Qualifier = 'exact'
): string {
	const { unit } = METRIC_LABELS[key];
	let number = formatNumber(value, lang);
	if (qualifier === 'more-than') number = MORE_THAN[lang](number);
	if (qualifier === 'about') number = ABOUT[lang](number);
	const u = unit[lang];
	if (!u) return number;
	if (u === '%') return `${number}%`;
	return WITH_UNIT[lang](number, u);
}

/** A whole metric as a phrase: "规划泊位 6500余个" / "6,500+ planned parking spaces". */
export function formatMetric(
	key: MetricKey,
	value: number,
	lang: Lang,
	qualifier: Qualifier = 'exact'
): string {
	return METRIC_PHRASE[lang](METRIC_LABELS[key], formatMetricValue(key, value, lang, qualifier));
}

/** Summed metrics as phrases, each with its sum's qualifier: ["征收户数 300余户"] / ["300+ households"]. */
export function formatMetricTotals(totals: MetricTotals, lang: Lang): string[] {
	return (Object.entries(totals) as [MetricKey, { value: number; qualifier: Qualifier }][]).map(
		([key, total]) => formatMetric(key, total.value, lang, total.qualifier)
	);
}

/** A metric's name, with its unit when the unit is not in the name. */
export function formatMetricName(key: MetricKey, lang: Lang): string {
	const { name, unit } = METRIC_LABELS[key];
	return unit[lang] ? NAME_WITH_UNIT[lang](name[lang], unit[lang]) : name[lang];
}
