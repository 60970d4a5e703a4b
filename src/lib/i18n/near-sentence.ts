/** "Within 1 km: 5 projects — 2 schools, …" for the near-me results. */
import type { NearbySummary } from '$lib/analysis/summarize-nearby';
import { LAYER_IDS, type LayerId } from '$lib/data/vocabulary';
import { formatDate } from './format';
import { formatDistance, formatMetricTotals } from './format-metrics';
import { LAYER_LABELS } from './labels';
import type { Lang } from './messages';

/** The parts of the sentence, already in the reader's language. */
interface NearParts {
	count: number;
	radius: string;
	/** Milestone window's dates, '…' for an open end; undefined without a window. */
	window?: { from: string; to: string };
	/** Layers with projects in the radius, and how many. */
	layers: [LayerId, number][];
	metrics: string[];
}

const NEAR_SENTENCE: Record<Lang, (parts: NearParts) => string> = {
	zh: ({ count, radius, window, layers, metrics }) => {
		const period = window ? `（时间节点在 ${window.from} 至 ${window.to}）` : '';
		if (count === 0) return `${radius}内${period}没有项目。`;
		const kinds = layers.map(([l, n]) => `${LAYER_LABELS[l].zh} ${n} 个`);
		return (
			`${radius}内${period}共 ${count} 个项目：${kinds.join('、')}。` +
			(metrics.length ? `合计${metrics.join('，')}。` : '')
		);
	},
	en: ({ count, radius, window, layers, metrics }) => {
		const period = window ? ` (milestones ${window.from} – ${window.to})` : '';
		if (count === 0) return `No project within ${radius}${period}.`;
		const noun = count === 1 ? 'project' : 'projects';
		const kinds = layers.map(([l, n]) => `${LAYER_LABELS[l].en} ${n}`);
		return (
			`Within ${radius}${period}: ${count} ${noun} — ${kinds.join(', ')}.` +
			(metrics.length ? ` Together: ${metrics.join('; ')}.` : '')
		);
	}
};

export function nearSentence(
	summary: NearbySummary,
	radiusM: number,
	lang: Lang,
	window?: { from?: string; to?: string }
): string {
	const date = (iso: string | undefined) => (iso ? formatDate(iso, lang) : '…');
	return NEAR_SENTENCE[lang]({
		count: summary.count,
		radius: formatDistance(radiusM, lang),
		window:
			window?.from || window?.to ? { from: date(window.from), to: date(window.to) } : undefined,
		layers: LAYER_IDS.filter((l) => summary.byLayer[l]).map((l) => [l, summary.byLayer[l]!]),
		metrics: formatMetricTotals(summary.metrics, lang)
	});
}
