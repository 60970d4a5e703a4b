/** Build-time settings (PUBLIC_* environment variables, see README). */
import { defaultBasemap, type Basemap, type BasemapId } from '$lib/data/basemaps.js';
import { siteUrl } from './site-url';

const env = import.meta.env;

/**
 * The basemaps this build offers, in the switch's order; always includes `offline`. The build resolves
 * them from its settings (docs/ARCHITECTURE.md, "Basemaps"), so the page does not carry the registry.
 */
export const BASEMAPS: readonly Basemap[] = __OFFERED_BASEMAPS__;

/** Where a page opens: `PUBLIC_BASEMAP` when offered (the test builds use `offline`). */
export const DEFAULT_BASEMAP: BasemapId = defaultBasemap(env, BASEMAPS);

/** The offered basemap with this id, if the build offers it. */
export function offeredBasemap(id: BasemapId): Basemap | undefined {
	return BASEMAPS.find((basemap) => basemap.id === id);
}

/** Test builds expose the map object as `window.__qdmap` so end-to-end tests can inspect rendering. */
export const TEST_HOOKS = env.PUBLIC_TEST_HOOKS === '1';

/** The site's address when configured (`PUBLIC_SITE_URL`), else ''. */
export const SITE_URL = siteUrl(env.PUBLIC_SITE_URL);
