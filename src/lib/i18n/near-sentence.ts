/** "Within 1 km: 5 projects — 2 schools, …" for the near-me results. */
import type { NearbySummary } from '$lib/analysis/summarize-nearby';
import { LAYER_IDS, type MetricKey } from '$lib/data/vocabulary';
import { formatDate, formatDistance, formatMetric } from './format';
import { LAYER_LABELS } from './labels';
import type { Lang } from './messages';

export function nearSentence(
	summary: NearbySummary,
	radiusM: number,
	lang: Lang,
	window?: { from?: string; to?: string }
): string {
	const radius = formatDistance(radiusM, lang);
	const period =
		window?.from || window?.to
			? lang === 'zh'
				? `(时间节点在 ${window.from ? formatDate(window.from, 'zh') : '…'} 至 ${window.to ? formatDate(window.to, 'zh') : '…'})`
				: ` (milestones ${window.from ? formatDate(window.from, 'en') : '…'} – ${window.to ? formatDate(window.to, 'en') : '…'})`
			: '';
	const layers = LAYER_IDS.filter((l) => summary.byLayer[l]).map((l) =>
		lang === 'zh'
			? `${LAYER_LABELS[l].zh} ${summary.byLayer[l]} 个`
			: `${LAYER_LABELS[l].en} ${summary.byLayer[l]}`
	);
	const metrics = (Object.entries(summary.metrics) as [MetricKey, number][]).map(([key, value]) =>
		formatMetric(key, value, lang)
	);
	if (lang === 'zh') {
		if (summary.count === 0) return `${radius}内${period}没有项目。`;
		return (
			`${radius}内${period}共 ${summary.count} 个项目:${layers.join('、')}。` +
			(metrics.length ? `合计${metrics.join(',')}。` : '')
		);
	}
	if (summary.count === 0) return `No project within ${radius}${period}.`;
	const noun = summary.count === 1 ? 'project' : 'projects';
	return (
		`Within ${radius}${period}: ${summary.count} ${noun} — ${layers.join(', ')}.` +
		(metrics.length ? ` Together: ${metrics.join('; ')}.` : '')
	);
}
