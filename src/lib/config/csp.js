// @ts-check
/**
 * The Content-Security-Policy, built from the basemap registry: the browser may contact the site itself and
 * exactly the hosts of the basemaps this build offers. Plain JavaScript: svelte.config.js imports it.
 */
import { basemapOrigins, configuredBasemaps } from '../data/basemaps.js';

/**
 * @param {Record<string, string | undefined>} env the build's settings (PUBLIC_* variables)
 * @returns {Record<string, string[]>}
 */
export function cspDirectives(env) {
	const remote = basemapOrigins(configuredBasemaps(env));
	return {
		'default-src': ['self'],
		'script-src': ['self'],
		'style-src': ['self'],
		// Style attributes only (SvelteKit's route announcer sets one); no inline <style> elements.
		'style-src-attr': ['unsafe-inline'],
		'img-src': ['self', 'data:', 'blob:', ...remote],
		'font-src': ['self', 'data:'],
		'connect-src': ['self', ...remote],
		// MapLibre runs its worker from our own origin (setWorkerUrl); blob: covers image decoding.
		'worker-src': ['self', 'blob:'],
		'child-src': ['self', 'blob:'],
		'object-src': ['none'],
		'base-uri': ['self'],
		'form-action': ['self']
	};
}
