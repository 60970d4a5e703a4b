import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { loadEnv } from 'vite';
import { basemapWarnings, configuredBasemaps } from './src/lib/data/basemaps.js';
import { cspDirectives } from './src/lib/config/csp.js';

const env = { ...loadEnv('production', process.cwd(), 'PUBLIC_'), ...process.env };

for (const warning of basemapWarnings(env, configuredBasemaps(env)))
	console.warn(`basemap: ${warning}`);

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
			// Generated from the basemap registry; see docs/ARCHITECTURE.md, "Basemaps".
			directives: /** @type {any} */ (cspDirectives(env))
		}
	}
};

export default config;
