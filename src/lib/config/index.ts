/** Build-time settings (PUBLIC_* environment variables, see README). */
import { defaultBasemap, type Basemap, type BasemapId } from '$lib/data/basemaps.js';
import { feedbackTemplate } from './feedback-template';
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

/**
 * Where readers' corrections go: the `PUBLIC_FEEDBACK_URL` template, or undefined when unset or unusable
 * (the build warns then). Test builds let a test set it per page (`window.__qdfeedback`), so one build can
 * check both a web and a mailto: template.
 */
export function feedbackUrlTemplate(): string | undefined {
	if (TEST_HOOKS && typeof window !== 'undefined' && window.__qdfeedback !== undefined)
		return feedbackTemplate(window.__qdfeedback);
	return feedbackTemplate(env.PUBLIC_FEEDBACK_URL);
}
