/**
 * Writing a view state into a URL's query (the format is in view-state.ts): the state is made
 * canonical first, then each field is written as its parameter, in canonical order.
 */
import { formatSearch } from './url-text';
import {
	CAMERA_DECIMALS,
	PARAM_OF,
	VIEW_FIELDS,
	VIEW_PARAMS,
	canonicalViewState,
	type ViewField,
	type ViewState,
	type ViewValues
} from './view-state';

/** `13.25` rather than `13.250`: a canonical number has no more decimals than it is written with. */
function formatShort(value: number): string {
	return String(value);
}

const WRITE: { [K in ViewField]: (value: ViewValues[K]) => string } = {
	lang: (lang) => lang,
	basemap: (basemap) => basemap,
	camera: ({ center: [lng, lat], zoom, bearing, pitch }) =>
		[
			formatShort(zoom),
			lat.toFixed(CAMERA_DECIMALS.lngLat),
			lng.toFixed(CAMERA_DECIMALS.lngLat),
			formatShort(bearing),
			formatShort(pitch)
		].join('/'),
	layers: (layers) => (layers.length === 0 ? 'none' : layers.join(',')),
	districts: (districts) => districts.join(','),
	campaigns: (campaigns) => campaigns.join(','),
	statuses: (statuses) => statuses.join(','),
	from: (date) => date,
	to: (date) => date,
	asOf: (date) => date,
	project: (slug) => slug,
	near: ({ center: [lng, lat], radiusM }) =>
		`${lng.toFixed(CAMERA_DECIMALS.lngLat)},${lat.toFixed(CAMERA_DECIMALS.lngLat)},${radiusM}`,
	listFollowsMap: (follows) => (follows ? '1' : '0'),
	colorBy: (colorBy) => colorBy
};

function writeField<K extends ViewField>(
	field: K,
	state: Partial<ViewValues>,
	into: URLSearchParams
): void {
	const value = state[field];
	if (value !== undefined) into.append(PARAM_OF[field], WRITE[field](value));
}

function isViewParam(key: string): boolean {
	return (VIEW_PARAMS as readonly string[]).includes(key);
}

/**
 * A copy of `params` with the state written in canonical form. The state is the whole view: every
 * parameter in `VIEW_PARAMS` is rewritten from it, and a field that is `undefined` (or invalid)
 * removes its parameter. Foreign parameters are kept, in their order, before the view's.
 */
export function writeViewState(params: URLSearchParams, state: ViewState): URLSearchParams {
	const next = new URLSearchParams();
	for (const [key, value] of params) if (!isViewParam(key)) next.append(key, value);
	const canonical = canonicalViewState(state);
	for (const field of VIEW_FIELDS) writeField(field, canonical, next);
	return next;
}

/** Only the view's parameters, canonical, readable ("," and "/" kept), without "?": for share links. */
export function viewStateToSearch(state: ViewState): string {
	return formatSearch(writeViewState(new URLSearchParams(), state));
}

/** True when two states describe the same view, i.e. would be written as the same URL. */
export function sameViewState(a: ViewState, b: ViewState): boolean {
	return viewStateToSearch(a) === viewStateToSearch(b);
}
