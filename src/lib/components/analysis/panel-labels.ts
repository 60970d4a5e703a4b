// The page imports the analysis tab's first texts from here; they live in $lib/i18n.
export { PANEL_LABELS } from '$lib/i18n/analysis-panel-labels';
