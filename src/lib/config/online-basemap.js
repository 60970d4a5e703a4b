// Shared by svelte.config.js (CSP) and the app, so plain JavaScript.

/** OpenFreeMap's Positron style: OSM vector tiles, no key; style, tiles, glyphs and sprites on one host. */
export const DEFAULT_ONLINE_STYLE_URL = 'https://tiles.openfreemap.org/styles/positron';
