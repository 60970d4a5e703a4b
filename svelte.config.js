import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { loadEnv } from 'vite';
import { DEFAULT_ONLINE_STYLE_URL } from './src/lib/config/online-basemap.js';

const env = { ...loadEnv('production', process.cwd(), 'PUBLIC_'), ...process.env };

/**
 * Origins the browser may contact besides the site itself: the online basemap's style host and any
 * extra hosts its tiles come from (PUBLIC_BASEMAP_HOSTS, comma-separated https origins).
 * @returns {string[]}
 */
function basemapOrigins() {
	const urls = [env.PUBLIC_BASEMAP_STYLE_URL || DEFAULT_ONLINE_STYLE_URL];
	for (const host of (env.PUBLIC_BASEMAP_HOSTS ?? '').split(','))
		if (host.trim()) urls.push(host.trim());
	return [...new Set(urls.map((url) => new URL(url).origin))];
}

const remote = basemapOrigins();

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({
			// Test builds go to their own folder so `npm test` never overwrites a production build.
			pages: env.BUILD_DIR || 'build',
			assets: env.BUILD_DIR || 'build',
			// Static hosts serve 404.html for unknown paths (a mistyped project id): it renders the 404 page.
			fallback: '404.html',
			strict: true
		}),
		alias: { $geodata: 'geodata' },
		// Separate working folders let two builds run side by side (KIT_OUT_DIR, used by parallel test runs).
		outDir: env.KIT_OUT_DIR || '.svelte-kit',
		csp: {
			mode: 'hash',
			directives: {
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
			}
		}
	}
};

export default config;
