/**
 * The legend of the exported PNG: what the map shows, as the legend beside it lists it (the layers
 * with projects in view and their counts, or the statuses), the density view's classes when it is
 * open, and the hollow mark of an approximate location.
 */
import { densityRange, densityValueName } from '$lib/components/analysis/density-legend';
import { LAYER_IDS, STATUS_IDS } from '$lib/data/vocabulary';
import { analysisMessages } from '$lib/i18n/analysis';
import { STATUS_LABELS } from '$lib/i18n/format';
import { LAYER_LABELS } from '$lib/i18n/labels';
import type { LegendEntry } from '$lib/map/png-layout';
import type { Analysis } from '$lib/state/analysis.svelte';
import type { Explorer } from '$lib/state/explorer.svelte';
import { LAYER_COLORS, STATUS_COLORS } from '$lib/style/palette';

/** The grey of the legend's hollow mark (Legend.svelte draws it in the same grey). */
const HOLLOW_COLOR = '#555555';

/** The legend of the map as it is; `analysis`, when loaded, adds the density view's classes. */
export function pngLegend(explorer: Explorer, analysis?: Analysis): LegendEntry[] {
	const { lang, layerCounts } = explorer;
	const entries =
		explorer.colorBy === 'layer'
			? LAYER_IDS.filter((l) => explorer.layers.includes(l) && layerCounts[l] > 0).map((l) => ({
					label: `${LAYER_LABELS[l][lang]} ${layerCounts[l]}`,
					color: LAYER_COLORS[l]
				}))
			: STATUS_IDS.map((s) => ({ label: STATUS_LABELS[s][lang], color: STATUS_COLORS[s] }));
	const density = analysis?.mode === 'density' ? analysis.density : undefined;
	const m = analysisMessages[lang];
	const value = densityValueName(analysis?.densityMetric ?? null, lang, m);
	const hexagons = (density?.classes ?? []).map((c) => ({
		label: `${value} ${m.densityClass(densityRange(c, lang, m), c.hexagons)}`,
		color: c.color
	}));
	return [
		...entries,
		...hexagons,
		{ label: explorer.t.confidenceLow, color: HOLLOW_COLOR, hollow: true }
	];
}
