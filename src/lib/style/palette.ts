/**
 * Every colour the map and its images draw with, as typed data: the live map's style layers, the
 * offline basemap, the static maps of the project pages and the PNG export all read them from here
 * and from `map-palette.ts`, so they look alike. This file holds the projects' colours (by layer, by
 * status), which the list needs on the first load; `map-palette.ts` holds the rest (analyses, basemap,
 * labels, images), which load with the parts that draw them (docs/ARCHITECTURE.md, "First load").
 * Interface colours (borders, text, accents of panels) are CSS custom properties in `tokens.css`.
 * `palette.test.ts` checks the invariants of both: every layer and status has a colour, the
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
