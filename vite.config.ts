import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { geodataCheck } from './scripts/vite-plugin-geodata.js';

export default defineConfig({
	plugins: [geodataCheck(), sveltekit()],
	// PUBLIC_* settings (basemap choice, test hooks) are read through import.meta.env at build time.
	envPrefix: ['VITE_', 'PUBLIC_'],
	// GeoJSON files are served as hashed static assets, not bundled into JavaScript.
	assetsInclude: ['**/*.geojson'],
	server: { fs: { allow: ['geodata'] } },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
