/**
 * The view state: everything a shared link restores, so that a journalist can embed exactly the view
 * they want. This module holds its types, its URL parameters and the canonical form every value is
 * checked into; parse-view-state.ts reads a URL into it and write-view-state.ts writes it back.
 * Parsing is tolerant: an unknown or mangled value falls back to its default (`undefined` = "not in
 * the URL") and nothing throws, so any link opens a working map. Unknown parameters are ignored by
 * the parser and kept by the writer. Coordinates are `[lng, lat]` in degrees.
 *
 * | field          | param      | canonical form                      | also read                        |
 * | -------------- | ---------- | ----------------------------------- | -------------------------------- |
 * | lang           | `lang`     | `zh`, `en`                          | any case, `zh-CN` → zh           |
 * | basemap        | `basemap`  | `online`, `offline`                 | any case                         |
 * | camera         | `map`      | `zoom/lat/lng/bearing/pitch`        | no bearing/pitch (0); lng/lat    |
 * | layers         | `layers`   | ids in vocabulary order; `none`=[]  | dupes; unknown ids dropped       |
 * | districts      | `district` | ids in vocabulary order             | as layers                        |
 * | campaigns      | `campaign` | ids in vocabulary order, `none` last| as layers                        |
 * | statuses       | `status`   | ids in vocabulary order             | as layers                        |
 * | from, to       | `from` `to`| `YYYY-MM-DD` in 2020–2030, from ≤ to| `2023-5-1`, `20230501`; swapped  |
 * | asOf           | `asof`     | `YYYY-MM-DD` in 2020–2030           | as from                          |
 * | project        | `project`  | slug of ≤ 80 characters             | any case                         |
 * | near           | `near`     | `lng,lat,radiusM`, centre in Qingdao| lat,lng; `1km`; no radius (1 km) |
 * | listFollowsMap | `extent`   | `1`, `0`                            | `true`, `no`, `on`…              |
 * | colorBy        | `color`    | `layer`, `status`                   | any case                         |
 *
 * Numbers are clamped: zoom 0–22, pitch 0–60, lat ±85.05, radius 250–3000 m; bearing is taken into
 * (−180, 180], lng into [−180, 180]. A lat/lng pair in the wrong order is turned round when only
 * the other order lies in Qingdao. Every value may also arrive double percent-encoded, in full-width
 * characters, wrapped in quotes or followed by punctuation (see url-text.ts). Of a repeated parameter
 * the first occurrence counts.
 */
import { isIsoDate } from '$lib/data/dates';
import {
	BASEMAP_IDS,
	CAMPAIGN_IDS,
	COLOR_BYS,
	DISTRICT_IDS,
	LAYER_IDS,
	QINGDAO_BBOX,
	STATUS_IDS,
	type BasemapId,
	type CampaignId,
	type ColorBy,
	type DistrictId,
	type LayerId,
	type StatusId
} from '$lib/data/vocabulary';
import { isLang, type Lang } from '$lib/i18n/messages';

import { slugValue } from './url-text';

/** The map camera. `center` is `[lng, lat]` in degrees, bearing and pitch in degrees. */
export interface Camera {
	center: [lng: number, lat: number];
	zoom: number;
	bearing: number;
	pitch: number;
}

/** A "near this point" search: `center` is `[lng, lat]` in degrees. */
export interface NearQuery {
	center: [lng: number, lat: number];
	radiusM: number;
}

/** Campaign filter items: a campaign, or `none` for projects that belong to no campaign. */
export type CampaignFilter = CampaignId | 'none';

/** The view a URL describes. Every field is optional: `undefined` = "not in the URL, use the default". */
export interface ViewState {
	/** Interface and content language; default: detected from the browser. */
	lang?: Lang;
	/** Basemap; default: the build's basemap. */
	basemap?: BasemapId;
	/** Default: the whole programme in view. */
	camera?: Camera;
	/** Visible layers; `[]` hides them all; default: all visible. */
	layers?: LayerId[];
	districts?: DistrictId[];
	campaigns?: CampaignFilter[];
	statuses?: StatusId[];
	/** Milestone date window, ISO dates, `from` ≤ `to`. */
	from?: string;
	to?: string;
	/** The date statuses are computed against; default: today. */
	asOf?: string;
	/** Selected project's id (slug syntax only: the caller checks that it exists). */
	project?: string;
	near?: NearQuery;
	/** The project list shows only what is in the map's extent. */
	listFollowsMap?: boolean;
	colorBy?: ColorBy;
}

export type ViewField = keyof ViewState;
/** Each field's type when it is set. */
export type ViewValues = Required<ViewState>;

/** The parameter of each field, in the canonical order of a written URL. */
export const PARAM_OF = {
	lang: 'lang',
	basemap: 'basemap',
	camera: 'map',
	layers: 'layers',
	districts: 'district',
	campaigns: 'campaign',
	statuses: 'status',
	from: 'from',
	to: 'to',
	asOf: 'asof',
	project: 'project',
	near: 'near',
	listFollowsMap: 'extent',
	colorBy: 'color'
} as const satisfies { [K in ViewField]-?: string };

export type ViewParam = (typeof PARAM_OF)[ViewField];

/** The fields in the canonical order of a written URL. */
export const VIEW_FIELDS = Object.keys(PARAM_OF) as ViewField[];

/** The URL parameters the view state owns, in canonical order; the others belong to someone else. */
export const VIEW_PARAMS: readonly ViewParam[] = VIEW_FIELDS.map((field) => PARAM_OF[field]);

/**
 * Camera limits: MapLibre's default zoom range (0–22) and maximum pitch (60°); ±85.05° is Web
 * Mercator's limit of ±85.0511° rounded inward.
 */
export const CAMERA_LIMITS = { minZoom: 0, maxZoom: 22, maxPitch: 60, maxLat: 85.05 } as const;

/** Decimals written: 0.01 zoom levels; 1e-5° ≈ 1 m at Qingdao; 0.1° of bearing and pitch. */
export const CAMERA_DECIMALS = { zoom: 2, lngLat: 5, angle: 1 } as const;

/** Radius of a "near" search in metres: the map offers 250 m – 3 km (analysis/find-nearby.ts). */
export const NEAR_RADIUS_M = {
	min: 250, // the smallest radius the map offers
	max: 3000, // the largest radius the map offers
	missing: 1000 // a link with a centre but no radius: the everyday "within 1 km"
} as const;

/** Accepted dates: the programme is 2023's, the window leaves room for slips and earlier plans. */
export const DATE_RANGE = { min: '2020-01-01', max: '2030-12-31' } as const;

export const CAMPAIGN_FILTERS = [
	...CAMPAIGN_IDS,
	'none'
] as const satisfies readonly CampaignFilter[];

// ---------------------------------------------------------------------------------------------
// Canonical values: every rule about what is valid lives here, shared by the parser and the writer.

export function isOneOf<T extends string>(vocabulary: readonly T[], value: unknown): value is T {
	return typeof value === 'string' && (vocabulary as readonly string[]).includes(value);
}

function clamp(value: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, value));
}

/** Rounded as the writer prints it, so that reading the text gives the same number; never -0. */
function roundTo(value: number, decimals: number): number {
	return Number(value.toFixed(decimals)) + 0;
}

/** Longitude wrapped into [-180, 180]: 190 → -170. */
function wrapLng(lng: number): number {
	return lng >= -180 && lng <= 180 ? lng : ((((lng + 180) % 360) + 360) % 360) - 180;
}

/** Bearing normalised into (-180, 180]: 270 → -90, -180 → 180. Values inside are kept exact. */
function normaliseBearing(bearing: number): number {
	if (bearing > -180 && bearing <= 180) return bearing;
	const turned = ((bearing % 360) + 360) % 360;
	return turned > 180 ? turned - 360 : turned;
}

function inQingdao([lng, lat]: readonly [number, number]): boolean {
	const [west, south, east, north] = QINGDAO_BBOX;
	return lng >= west && lng <= east && lat >= south && lat <= north;
}

/** `[lng, lat]`, or `[lat, lng]` turned round when only that reading lies in Qingdao (36° N, 120° E). */
function lngLatOrder(center: readonly [number, number]): [number, number] {
	const [a, b] = center;
	return !inQingdao([a, b]) && inQingdao([b, a]) ? [b, a] : [a, b];
}

function allFinite(...values: unknown[]): boolean {
	return values.every((value) => typeof value === 'number' && Number.isFinite(value));
}

function canonicalCamera(camera: Camera): Camera | undefined {
	const [lng, lat] = camera.center;
	const { zoom, bearing, pitch } = camera;
	if (!allFinite(lng, lat, zoom, bearing, pitch)) return undefined;
	const [x, y] = lngLatOrder([lng, lat]);
	const { minZoom, maxZoom, maxPitch, maxLat } = CAMERA_LIMITS;
	return {
		center: [
			roundTo(wrapLng(x), CAMERA_DECIMALS.lngLat),
			roundTo(clamp(y, -maxLat, maxLat), CAMERA_DECIMALS.lngLat)
		],
		zoom: roundTo(clamp(zoom, minZoom, maxZoom), CAMERA_DECIMALS.zoom),
		// Normalised again after rounding: -179.96 rounds to -180.0, which is written 180.
		bearing: normaliseBearing(roundTo(normaliseBearing(bearing), CAMERA_DECIMALS.angle)),
		pitch: roundTo(clamp(pitch, 0, maxPitch), CAMERA_DECIMALS.angle)
	};
}

function canonicalNear(near: NearQuery): NearQuery | undefined {
	const [lng, lat] = near.center;
	if (!allFinite(lng, lat, near.radiusM)) return undefined;
	const [x, y] = lngLatOrder([lng, lat]);
	const center: [number, number] = [
		roundTo(x, CAMERA_DECIMALS.lngLat),
		roundTo(y, CAMERA_DECIMALS.lngLat)
	];
	if (!inQingdao(center)) return undefined;
	return { center, radiusM: Math.round(clamp(near.radiusM, NEAR_RADIUS_M.min, NEAR_RADIUS_M.max)) };
}

/** Known items only, each once, in vocabulary order; `undefined` when none is left. */
function canonicalList<T extends string>(
	vocabulary: readonly T[],
	items: readonly string[]
): T[] | undefined {
	const known = vocabulary.filter((id) => items.includes(id));
	return known.length > 0 ? known : undefined;
}

function canonicalDate(date: string): string | undefined {
	return isIsoDate(date) && date >= DATE_RANGE.min && date <= DATE_RANGE.max ? date : undefined;
}

/** Each field's canonical value, or `undefined` when the value is not valid. */
const CANONICAL: { [K in ViewField]: (value: ViewValues[K]) => ViewValues[K] | undefined } = {
	lang: (lang) => (isLang(lang) ? lang : undefined),
	basemap: (basemap) => (isOneOf(BASEMAP_IDS, basemap) ? basemap : undefined),
	camera: canonicalCamera,
	// An explicitly empty layer list means "all hidden"; the other lists filter nothing when empty.
	layers: (layers) => (layers.length === 0 ? [] : canonicalList(LAYER_IDS, layers)),
	districts: (districts) => canonicalList(DISTRICT_IDS, districts),
	campaigns: (campaigns) => canonicalList(CAMPAIGN_FILTERS, campaigns),
	statuses: (statuses) => canonicalList(STATUS_IDS, statuses),
	from: canonicalDate,
	to: canonicalDate,
	asOf: canonicalDate,
	project: slugValue,
	near: canonicalNear,
	listFollowsMap: (follows) => (typeof follows === 'boolean' ? follows : undefined),
	colorBy: (colorBy) => (isOneOf(COLOR_BYS, colorBy) ? colorBy : undefined)
};

function canonicalField<K extends ViewField>(
	field: K,
	state: Partial<ViewValues>,
	into: ViewState
): void {
	const value = state[field];
	if (value === undefined) return;
	const canonical = CANONICAL[field](value);
	if (canonical !== undefined) into[field] = canonical;
}

/**
 * The canonical form of a state: numbers clamped and rounded as they are written, lists deduplicated
 * in vocabulary order, a reversed date window turned round, invalid fields dropped. This is what
 * `parseViewState(writeViewState(params, state))` returns.
 */
export function canonicalViewState(state: ViewState): ViewState {
	const canonical: ViewState = {};
	for (const field of VIEW_FIELDS) canonicalField(field, state, canonical);
	const { from, to } = canonical;
	if (from !== undefined && to !== undefined && from > to) {
		canonical.from = to;
		canonical.to = from;
	}
	return canonical;
}
