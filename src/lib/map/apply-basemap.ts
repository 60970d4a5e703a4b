/** Puts a basemap on the map; any but the offline one falls back to the offline basemap when it fails. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Basemap } from '$lib/data/basemaps.js';
import type { Lang } from '$lib/i18n/messages';
import { basemapStyle, setBasemapLanguage } from './basemap-style';
import { nameExpression } from './name-field';
import { offlineStyle, OFFLINE_LAYERS } from './offline-style';
import { isOverlaySource } from './project-layers';
import { watchBasemap, type BasemapFailure } from './watch-basemap';

/** Sets the basemap's style; returns a function that stops any watching it started. */
export function applyBasemap(
	map: MapLibreMap,
	basemap: Basemap,
	lang: Lang,
	onFallback: (reason: BasemapFailure) => void
): () => void {
	if (basemap.kind === 'bundled') {
		map.setStyle(offlineStyle(lang), { diff: false });
		return () => {};
	}
	let stopped = false;
	let stopWatching = () => {};
	const fallBack = (reason: BasemapFailure) => {
		map.setStyle(offlineStyle(lang), { diff: false });
		onFallback(reason);
	};
	basemapStyle(basemap, lang).then(
		(style) => {
			if (stopped) return;
			map.setStyle(style, { diff: false });
			stopWatching = watchBasemap(map, fallBack, { ignoreSource: isOverlaySource });
		},
		() => {
			// The style's code could not be loaded (a chunk request failed): the same as a style failure.
			if (!stopped) fallBack('style');
		}
	);
	return () => {
		stopped = true;
		stopWatching();
	};
}

/** Relabels the shown basemap in another language without reloading its data. */
export function setBasemapLabelLanguage(map: MapLibreMap, basemap: Basemap, lang: Lang): void {
	if (basemap.kind === 'bundled') {
		for (const layer of [OFFLINE_LAYERS.districtLabel, OFFLINE_LAYERS.waterLabel]) {
			if (map.getLayer(layer)) map.setLayoutProperty(layer, 'text-field', nameExpression(lang));
		}
	} else {
		void setBasemapLanguage(map, basemap, lang);
	}
}
