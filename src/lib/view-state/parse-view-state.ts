/**
 * Reading a URL's query into a view state (the format is in view-state.ts): each parameter's text is
 * cleaned (url-text.ts) and read into a candidate value, which `canonicalViewState` then checks,
 * clamps or drops. Nothing here throws.
 */
import { BASEMAP_IDS, COLOR_BYS, DISTRICT_IDS, LAYER_IDS, STATUS_IDS } from '$lib/data/vocabulary';
import { isLang } from '$lib/i18n/messages';

import { cleanValue, parseDecimal, splitList } from './url-text';
import {
	CAMPAIGN_FILTERS,
	NEAR_RADIUS_M,
	PARAM_OF,
	VIEW_FIELDS,
	canonicalViewState,
	isOneOf,
	type Camera,
	type NearQuery,
	type ViewField,
	type ViewState,
	type ViewValues
} from './view-state';

const DATE_LOOSE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const DATE_COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

function readDate(text: string): string | undefined {
	const match = DATE_LOOSE.exec(text) ?? DATE_COMPACT.exec(text);
	if (!match) return undefined;
	const [, year = '', month = '', day = ''] = match;
	return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** `zoom/lat/lng[/bearing[/pitch]]`, MapLibre's hash order; a missing or bad bearing or pitch is 0. */
function readCamera(text: string): Camera | undefined {
	const [zoomText, latText, lngText, bearingText, pitchText] = text.split('/');
	const zoom = parseDecimal(zoomText);
	const lat = parseDecimal(latText);
	const lng = parseDecimal(lngText);
	if (zoom === undefined || lat === undefined || lng === undefined) return undefined;
	return {
		center: [lng, lat],
		zoom,
		bearing: parseDecimal(bearingText) ?? 0,
		pitch: parseDecimal(pitchText) ?? 0
	};
}

/** A radius in metres: `1000`, `1000m` or `1km`. */
function readRadiusM(text: string | undefined): number | undefined {
	if (text === undefined) return NEAR_RADIUS_M.missing;
	const match = /^(.*?)(k?m)?$/.exec(text);
	const value = parseDecimal(match?.[1]);
	if (value === undefined) return undefined;
	return match?.[2] === 'km' ? value * 1000 : value;
}

/** `lng,lat[,radius]`. */
function readNear(text: string): NearQuery | undefined {
	const parts = text.split(/[\s,/;]+/u);
	if (parts.length < 2 || parts.length > 3) return undefined;
	const lng = parseDecimal(parts[0]);
	const lat = parseDecimal(parts[1]);
	const radiusM = readRadiusM(parts[2]);
	if (lng === undefined || lat === undefined || radiusM === undefined) return undefined;
	return { center: [lng, lat], radiusM };
}

const TRUE_WORDS = ['1', 'true', 'yes', 'on'];
const FALSE_WORDS = ['0', 'false', 'no', 'off'];

/** Each field read from its cleaned, lower-cased parameter text; ranges are checked afterwards. */
const READ: { [K in ViewField]: (text: string) => ViewValues[K] | undefined } = {
	// Language tags name the language first: "zh-cn", "zh_hans", "en-gb".
	lang: (text) => {
		const base = text.split(/[-_]/)[0];
		return isLang(base) ? base : undefined;
	},
	basemap: (text) => (isOneOf(BASEMAP_IDS, text) ? text : undefined),
	camera: readCamera,
	layers: (text) => {
		const items = splitList(text);
		const known = items.filter((item) => isOneOf(LAYER_IDS, item));
		// "none" stands for the empty list; next to real layer ids it is ignored.
		if (known.length === 0) return items.includes('none') ? [] : undefined;
		return known;
	},
	districts: (text) => splitList(text).filter((item) => isOneOf(DISTRICT_IDS, item)),
	campaigns: (text) => splitList(text).filter((item) => isOneOf(CAMPAIGN_FILTERS, item)),
	statuses: (text) => splitList(text).filter((item) => isOneOf(STATUS_IDS, item)),
	from: readDate,
	to: readDate,
	asOf: readDate,
	project: (text) => text,
	near: readNear,
	listFollowsMap: (text) =>
		TRUE_WORDS.includes(text) ? true : FALSE_WORDS.includes(text) ? false : undefined,
	colorBy: (text) => (isOneOf(COLOR_BYS, text) ? text : undefined)
};

function readField<K extends ViewField>(field: K, params: URLSearchParams, into: ViewState): void {
	const text = cleanValue(params.get(PARAM_OF[field]));
	if (text === undefined) return;
	const value = READ[field](text);
	if (value !== undefined) into[field] = value;
}

/**
 * The view state a URL's query describes. Never throws: every unreadable or out-of-range value is left
 * out (its default applies), numbers are clamped, lists keep their known items. Only the fields the
 * URL sets are present in the result.
 */
export function parseViewState(params: URLSearchParams): ViewState {
	const candidate: ViewState = {};
	for (const field of VIEW_FIELDS) {
		try {
			readField(field, params, candidate);
		} catch {
			// Defensive only: the readers do not throw, but one field must never cost the whole view.
		}
	}
	return canonicalViewState(candidate);
}
