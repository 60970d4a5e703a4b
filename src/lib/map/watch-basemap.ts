/**
 * Watches a freshly set basemap and reports when it fails, so the caller can fall back to the offline
 * basemap. Failure means: the style itself could not be loaded, or its tiles fail and none has loaded, or
 * nothing arrived within the time limit (a hanging connection never raises an error): 3.5 s from setting
 * the style, and a longer limit once the style is in or the first basemap tile is asked for, so a busy page
 * that asks late, or a slow connection, is not blamed on the service. One tile of the basemap arriving is success: the service answers, and
 * a slow machine may take long to finish drawing.
 */
import type { ErrorEvent, Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';

export type BasemapFailure = 'style' | 'tiles' | 'timeout';

export const WATCH_DEFAULTS = {
	timeoutMs: 3500, // the fallback must be on screen within 5 s; leave time to draw the offline style on a busy machine
	// Once the style is in and its first tile asked for, the service answered once: give its tiles longer,
	// so a slow connection or a busy phone is not mistaken for an outage.
	tileTimeoutMs: 8000,
	maxTileErrors: 3, // a single failed edge tile is not an outage; three with none loaded is
	ignoreSource: (_id: string) => false as boolean // our own overlay sources: their tiles say nothing of the basemap
};

/** Starts watching; returns a function that stops watching. `onFail` is called at most once. */
export function watchBasemap(
	map: MapLibreMap,
	onFail: (reason: BasemapFailure) => void,
	options: Partial<typeof WATCH_DEFAULTS> = {}
): () => void {
	const { timeoutMs, tileTimeoutMs, maxTileErrors, ignoreSource } = {
		...WATCH_DEFAULTS,
		...options
	};
	let tileErrors = 0;
	let tilesLoaded = 0;
	let finished = false;

	const finish = (reason?: BasemapFailure) => {
		if (finished) return;
		finished = true;
		clearTimeout(timer);
		map.off('error', onError);
		map.off('sourcedata', onSourceData);
		map.off('sourcedataloading', onTileRequest);
		map.off('style.load', onStyleLoad);
		map.off('idle', onIdle);
		if (reason) onFail(reason);
	};

	const onError = (event: ErrorEvent & { sourceId?: string }) => {
		if (event.sourceId) {
			if (ignoreSource(event.sourceId)) return;
			tileErrors += 1;
			if (tileErrors >= maxTileErrors && tilesLoaded === 0) finish('tiles');
		} else if (!map.isStyleLoaded()) {
			finish('style');
		}
	};
	const onSourceData = (event: MapSourceDataEvent) => {
		if (event.tile && !ignoreSource(event.sourceId)) {
			tilesLoaded += 1;
			finish();
		}
	};
	let asked = false;
	const onTileRequest = (event: MapSourceDataEvent) => {
		if (asked || !event.tile || ignoreSource(event.sourceId)) return;
		asked = true;
		clearTimeout(timer);
		timer = setTimeout(() => finish('timeout'), tileTimeoutMs);
	};
	// The style is in (a hosted style answered, or an inline one was read): what is left is tiles, and a
	// busy page may take more than the first limit to ask for them.
	const onStyleLoad = () => {
		if (asked) return;
		clearTimeout(timer);
		timer = setTimeout(() => finish('timeout'), tileTimeoutMs);
	};
	const onIdle = () => {
		if (!map.isStyleLoaded()) return;
		finish(tileErrors > 0 && tilesLoaded === 0 ? 'tiles' : undefined);
	};
	let timer = setTimeout(() => finish('timeout'), timeoutMs);

	map.on('error', onError);
	map.on('sourcedata', onSourceData);
	map.on('sourcedataloading', onTileRequest);
	map.on('style.load', onStyleLoad);
	map.on('idle', onIdle);
	return () => finish();
}
