/**
 * Every colour the map and its images draw with, as typed data: the live map's style layers, the
 * offline basemap, the static maps of the project pages and the PNG export all read them from here,
 * so they look alike. Interface colours (borders, text, accents of panels) are CSS custom properties
 * in `tokens.css`. `palette.test.ts` checks the invariants: every layer and status has a colour, the
 * categorical palettes are distinct, every value is a hex colour.
 */
import type { LayerId, StatusId } from '$lib/data/vocabulary';

/**
 * Category colours: Paul Tol's "muted" and "bright" qualitative schemes (colour-blind safe within each
 * scheme); twelve categories exceed any safe scheme, so geometry kind and the legend's labels carry the
 * distinction too.
 */
export const LAYER_COLORS: Readonly<Record<LayerId, string>> = {
	'cruise-port': '#332288',
	'historic-districts': '#882255',
	'licun-river': '#44AA99',
	metro: '#CC6677',
	parking: '#4477AA',
	schools: '#DDAA33',
	industry: '#999933',
	villages: '#AA4499',
	roads: '#555555',
	parks: '#117733',
	'public-facilities': '#EE7733',
	governance: '#66CCEE'
};

/**
 * Status colours: the Okabe–Ito palette (colour-blind safe) for the deadline statuses and the main
 * outcomes; partly done is a paler done, cancelled near-black. Status is always named in text too.
 */
export const STATUS_COLORS: Readonly<Record<StatusId, string>> = {
	upcoming: '#0072B2',
	'due-soon': '#E69F00',
	'under-way': '#56B4E9',
	'partly-done': '#7FCDB1',
	done: '#009E73',
	delayed: '#CC79A7',
	changed: '#B59A00',
	cancelled: '#3A3A3A',
	past: '#D55E00',
	none: '#999999'
};

/** A layer's legend swatch while the map is coloured by status: the layer has no colour of its own then. */
export const LEGEND_NEUTRAL_COLOR = '#d5dde0';

/** Existing metro stations shown for context: a neutral grey, read as "not a project". */
export const CONTEXT_COLOR = '#8a8f94';

/**
 * Cluster colours: the Okabe–Ito palette without its black and grey (colour-blind safe; M. Okabe and
 * K. Ito, "Color Universal Design", 2008). Clusters beyond seven reuse colours; their numbers on the
 * map and in the list tell them apart.
 */
export const CLUSTER_COLORS = [
	'#E69F00',
	'#56B4E9',
	'#009E73',
	'#F0E442',
	'#0072B2',
	'#D55E00',
	'#CC79A7'
] as const;

/** Noise: the grey of the context stations, read as "not part of anything". */
export const NOISE_COLOR = '#7d8387';

/**
 * Five classes of viridis (matplotlib's perceptually uniform, colour-blind-safe map, sampled at
 * 0, 0.25, 0.5, 0.75, 1), from light to dark so that on a light basemap darker reads as more.
 */
export const DENSITY_COLORS = ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'] as const;

/** Hexagons that hold projects whose summed metric is 0: visibly there, but outside the ramp. */
export const DENSITY_ZERO_COLOR = '#d9d9d9';

/** The app's accent (catchment circles, the near-me circle); the selected station's projects are ringed in amber. */
export const ACCENT_COLOR = '#1f4e5f';
export const HIGHLIGHT_COLOR = '#f2b134';

/** A reader's proposed position in "Suggest a correction": a pin unlike any project's colour. */
export const CORRECTION_PIN_COLOR = '#c2185b';

/**
 * A user's own layers: saturated colours away from the project palettes' muted tones, each drawn
 * with a white casing so it stands apart from the projects beneath.
 */
export const USER_LAYER_COLORS = ['#e6007e', '#0050b5', '#00875a', '#c43c00', '#6a3d9a'] as const;

/** Ink and halo of labels drawn over the map. */
export const LABEL_COLORS = {
	ink: '#1d2a30', // analysis labels on light fills
	projectInk: '#22303a', // project names
	contextInk: '#5b6268', // context station names
	selection: '#111111', // the casing of a selected project
	halo: '#ffffff'
} as const;

/** The offline basemap: a light, warm land on a pale sea, the two focus districts lighter still. */
export const BASEMAP_COLORS = {
	sea: '#cfe2ec',
	land: '#f6f3ec',
	focusFill: '#fffdf8',
	otherLine: '#b9b1a3',
	focusLine: '#7a6c58',
	focusLabel: '#4a4034',
	otherLabel: '#8d8373',
	halo: '#ffffff',
	waterLabel: '#5f8aa0'
} as const;

/** What the static maps of the project pages add to the basemap: scale bar ink, the inset's marker, the frame. */
export const STATIC_MAP_COLORS = {
	ink: '#33424a',
	inset: '#d1495b',
	frame: '#9aa7ad'
} as const;

/** The colour of cluster `id` (colours repeat after seven). */
export function clusterColor(id: number): string {
	return CLUSTER_COLORS[id % CLUSTER_COLORS.length]!;
}

/** The outcome chart's segments: kept green, late orange, in progress sky blue, no report vermilion. */
export const TALLY_COLORS = {
	'on-time': '#009E73',
	late: '#E69F00',
	'done-undated': '#7FCDB1',
	'in-progress': '#56B4E9',
	cancelled: '#3A3A3A',
	unreported: '#D55E00',
	'not-due': '#C8CDD0'
} as const;
