/**
 * URL ⇄ view state. Parsing is tolerant: an unknown or mangled value falls back to its default and
 * never throws, so any link opens a working map. Unknown parameters are ignored.
 */
import { isLang, type Lang } from '$lib/i18n/messages';
import { BASEMAP_IDS, type BasemapId } from '$lib/map/basemap-ids';

export interface ViewState {
	/** Interface and content language; `undefined` means "not in the URL": detect from the browser. */
	lang: Lang | undefined;
	/** Basemap; `undefined` means "not in the URL": use the build's default. */
	basemap: BasemapId | undefined;
}

function isBasemapId(value: unknown): value is BasemapId {
	return typeof value === 'string' && (BASEMAP_IDS as readonly string[]).includes(value);
}

export function parseViewState(params: URLSearchParams): ViewState {
	const lang = params.get('lang')?.trim().toLowerCase();
	const basemap = params.get('basemap')?.trim().toLowerCase();
	return {
		lang: isLang(lang) ? lang : undefined,
		basemap: isBasemapId(basemap) ? basemap : undefined
	};
}

/** Writes the state into `params` (a copy), keeping parameters this module does not own. */
export function writeViewState(params: URLSearchParams, state: ViewState): URLSearchParams {
	const next = new URLSearchParams(params);
	for (const [key, value] of Object.entries(state)) {
		if (value === undefined) next.delete(key);
		else next.set(key, String(value));
	}
	return next;
}
