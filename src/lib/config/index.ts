/** Build-time settings (PUBLIC_* environment variables, see README). */
import {
	configuredBasemaps,
	defaultBasemap,
	type Basemap,
	type BasemapId
} from '$lib/data/basemaps.js';

const env = import.meta.env;

/** The basemaps this build offers, in the switch's order; always includes `offline`. */
export const BASEMAPS: readonly Basemap[] = configuredBasemaps(env);

/** Where a page opens: `PUBLIC_BASEMAP` when offered (the test builds use `offline`). */
export const DEFAULT_BASEMAP: BasemapId = defaultBasemap(env, BASEMAPS);

/** The offered basemap with this id, if the build offers it. */
export function offeredBasemap(id: BasemapId): Basemap | undefined {
	return BASEMAPS.find((basemap) => basemap.id === id);
}

/** Test builds expose the map object as `window.__qdmap` so end-to-end tests can inspect rendering. */
export const TEST_HOOKS = env.PUBLIC_TEST_HOOKS === '1';
