/**
 * The density view's classes in words, for its legend beside the map and the exported image's: the
 * value each colour stands for, and how many hexagons have it.
 */
import type { DensityClass } from '$lib/analysis/density-classes';
import type { MetricKey } from '$lib/data/vocabulary';
import type { AnalysisMessages } from '$lib/i18n/analysis';
import { formatMetricName, formatNumber } from '$lib/i18n/format-metrics';
import type { Lang } from '$lib/i18n/messages';

/** What the colours count: projects, or the chosen metric's sum. */
export function densityValueName(
	metric: MetricKey | null,
	lang: Lang,
	m: AnalysisMessages
): string {
	return metric ? formatMetricName(metric, lang) : m.valueCount;
}

/** A class's range of values: "3–5", "4", or that its hexagons have projects with a metric of 0. */
export function densityRange(c: DensityClass, lang: Lang, m: AnalysisMessages): string {
	if (c.zero) return m.densityZero;
	const [min, max] = [formatNumber(c.min, lang), formatNumber(c.max, lang)];
	return min === max ? min : `${min}–${max}`;
}
