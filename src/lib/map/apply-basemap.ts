/** Puts a basemap on the map; for the online one, falls back to the offline basemap when it fails. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '$lib/i18n/messages';
import { ONLINE_STYLE_URL } from '$lib/config';
import type { BasemapId } from '$lib/data/vocabulary';
import { nameExpression } from './name-field';
import { offlineStyle, OFFLINE_LAYERS } from './offline-style';
import { isOverlaySource } from './project-layers';
import { watchBasemap, type BasemapFailure } from './watch-basemap';

/** Sets the basemap's style; returns a function that stops any watching it started. */
export function applyBasemap(
	map: MapLibreMap,
	basemap: BasemapId,
	lang: Lang,
	onFallback: (reason: BasemapFailure) => void
): () => void {
	if (basemap === 'offline') {
		map.setStyle(offlineStyle(lang), { diff: false });
		return () => {};
	}
	map.setStyle(ONLINE_STYLE_URL, { diff: false });
	return watchBasemap(
		map,
		(reason) => {
			map.setStyle(offlineStyle(lang), { diff: false });
			onFallback(reason);
		},
		{ ignoreSource: isOverlaySource }
	);
}

/** Switches the offline basemap's labels to another language without reloading its data. */
export function setOfflineLabelLanguage(map: MapLibreMap, lang: Lang): void {
	for (const layer of [OFFLINE_LAYERS.districtLabel, OFFLINE_LAYERS.waterLabel]) {
		if (map.getLayer(layer)) map.setLayoutProperty(layer, 'text-field', nameExpression(lang));
	}
}
