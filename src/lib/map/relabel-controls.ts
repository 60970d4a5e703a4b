/**
 * Relabels MapLibre's controls after a language switch. MapLibre 6 reads its `locale` option once,
 * when the map is created, and has no call to change it later; its controls set their `title` and
 * `aria-label` from that locale when they are added, so the same attributes are set here, in place.
 */
import type { MapLibreUiId } from '$lib/i18n/maplibre-locale';

/** Where each string is shown: the element's class, and whether it has a tooltip (`title`) too. */
const PLACES: readonly { id: MapLibreUiId; selector: string; title: boolean }[] = [
	{ id: 'Map.Title', selector: '.maplibregl-canvas', title: false },
	{ id: 'NavigationControl.ZoomIn', selector: '.maplibregl-ctrl-zoom-in', title: true },
	{ id: 'NavigationControl.ZoomOut', selector: '.maplibregl-ctrl-zoom-out', title: true },
	{ id: 'NavigationControl.ResetBearing', selector: '.maplibregl-ctrl-compass', title: true },
	{
		id: 'AttributionControl.ToggleAttribution',
		selector: '.maplibregl-ctrl-attrib-button',
		title: true
	},
	{ id: 'LogoControl.Title', selector: '.maplibregl-ctrl-logo', title: false }
];

/** Sets the labels of the controls inside `container` from `labels`. */
export function relabelControls(
	container: HTMLElement,
	labels: Readonly<Record<MapLibreUiId, string>>
): void {
	for (const { id, selector, title } of PLACES) {
		for (const element of container.querySelectorAll(selector)) {
			element.setAttribute('aria-label', labels[id]);
			if (title) element.setAttribute('title', labels[id]);
		}
	}
}
