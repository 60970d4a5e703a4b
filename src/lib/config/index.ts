/** Build-time settings (PUBLIC_* environment variables, see README). */
import type { BasemapId } from '$lib/data/vocabulary';
import { DEFAULT_ONLINE_STYLE_URL } from './online-basemap.js';

const env = import.meta.env;

/** `PUBLIC_BASEMAP=offline` starts on the offline basemap and never contacts the online one unless the user picks it. */
export const DEFAULT_BASEMAP: BasemapId = env.PUBLIC_BASEMAP === 'offline' ? 'offline' : 'online';

export const ONLINE_STYLE_URL: string = env.PUBLIC_BASEMAP_STYLE_URL || DEFAULT_ONLINE_STYLE_URL;

/** Test builds expose the map object as `window.__qdmap` so end-to-end tests can inspect rendering. */
export const TEST_HOOKS = env.PUBLIC_TEST_HOOKS === '1';
