/**
 * The legend of the exported PNG: what the map shows, as the legend beside it lists it (the layers
 * with projects in view and their counts, or the statuses), and the hollow mark of an approximate
 * location.
 */
import { LAYER_IDS, STATUS_IDS } from '$lib/data/vocabulary';
import { STATUS_LABELS } from '$lib/i18n/format';
import { LAYER_LABELS } from '$lib/i18n/labels';
import type { LegendEntry } from '$lib/map/png-layout';
import type { Explorer } from '$lib/state/explorer.svelte';
import { LAYER_COLORS, STATUS_COLORS } from '$lib/style/palette';

/** The grey of the legend's hollow mark (Legend.svelte draws it in the same grey). */
const HOLLOW_COLOR = '#555555';

export function pngLegend(explorer: Explorer): LegendEntry[] {
	const { lang, layerCounts } = explorer;
	const entries =
		explorer.colorBy === 'layer'
			? LAYER_IDS.filter((l) => explorer.layers.includes(l) && layerCounts[l] > 0).map((l) => ({
					label: `${LAYER_LABELS[l][lang]} ${layerCounts[l]}`,
					color: LAYER_COLORS[l]
				}))
			: STATUS_IDS.map((s) => ({ label: STATUS_LABELS[s][lang], color: STATUS_COLORS[s] }));
	return [...entries, { label: explorer.t.confidenceLow, color: HOLLOW_COLOR, hollow: true }];
}
