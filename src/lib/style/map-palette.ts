/** The map's and images' colours other than the projects' own (see palette.ts). */

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
