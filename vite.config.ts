import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { geodataCheck } from './scripts/vite-plugin-geodata.js';
import { feedbackUrlCheck } from './scripts/vite-plugin-feedback-url.js';
import { siteUrlCheck } from './scripts/vite-plugin-site-url.js';
import { geodataEditor } from './scripts/vite-plugin-editor.js';
import { firstLoadChunks } from './scripts/vite-plugin-first-load-chunks.js';
import { offeredBasemaps } from './scripts/vite-plugin-basemaps.js';
import { headersFor } from './src/lib/server/publish/frame-headers.js';

/** `vite preview` sends the headers of the build's `_headers` file, as the static hosts do. */
function previewHeaders(): Plugin {
	return {
		name: 'preview-headers',
		configurePreviewServer(server) {
			const file = join(process.env.BUILD_DIR || 'build', '_headers');
			server.middlewares.use((req, res, next) => {
				let rules = '';
				try {
					rules = readFileSync(file, 'utf8');
				} catch {
					// No _headers in this build: nothing to add.
				}
				const path = new URL(req.url ?? '/', 'http://localhost').pathname;
				for (const [name, value] of Object.entries(headersFor(rules, path)))
					res.setHeader(name, value);
				next();
			});
		}
	};
}

export default defineConfig({
	plugins: [
		geodataCheck(),
		siteUrlCheck(),
		feedbackUrlCheck(),
		geodataEditor(),
		offeredBasemaps(),
		sveltekit(),
		firstLoadChunks(),
		previewHeaders()
	],
	// PUBLIC_* settings (basemap choice, test hooks) are read through import.meta.env at build time.
	envPrefix: ['VITE_', 'PUBLIC_'],
	// GeoJSON files are served as hashed static assets, not bundled into JavaScript.
	assetsInclude: ['**/*.geojson'],
	server: { fs: { allow: ['geodata'] } },
	// The page's own workers (user layers, analyses) are ES modules: they load their code in chunks.
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
