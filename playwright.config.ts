import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against the built, prerendered site served by `vite preview`, in Debian's
 * Chromium (Playwright cannot download its own browsers here). WebGL2 comes from SwiftShader.
 */

/**
 * `preferred` when no one listens on it, else a free port the system picks. A config is loaded
 * synchronously and Node asks for ports only asynchronously, so a short child process listens, prints
 * the port it got and exits.
 */
export function freePort(preferred: number): number {
	const script = `const net = require('node:net');
const listen = (port, fallback) => {
	const server = net.createServer();
	server.once('error', fallback);
	server.listen(port, () => {
		process.stdout.write(String(server.address().port));
		server.close();
	});
};
listen(${Number(preferred)}, () => listen(0, (error) => { throw error; }));`;
	return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim());
}

/**
 * The test server's port: E2E_PORT when set, else 4317 when free, else any free port. Playwright loads
 * this file in the runner and again in each worker; the runner puts its choice in E2E_PORT, which the
 * workers inherit, so all of them use the same port.
 */
function e2ePort(): number {
	process.env.E2E_PORT ||= String(freePort(4317));
	return Number(process.env.E2E_PORT);
}
const PORT = e2ePort();
/** The second test build, with every basemap configured (fixture tiles stand in for the services). */
const BASEMAPS_PORT = (() => {
	process.env.E2E_BASEMAPS_PORT ||= String(freePort(PORT + 1));
	return Number(process.env.E2E_BASEMAPS_PORT);
})();
const BASEMAPS_ENV = {
	PUBLIC_BASEMAP: 'offline',
	PUBLIC_TEST_HOOKS: '1',
	BUILD_DIR: '.e2e-build-basemaps',
	KIT_OUT_DIR: '.svelte-kit-basemaps',
	PUBLIC_TIANDITU_KEY: 'fixture-key',
	PUBLIC_TIANDITU_REVIEW_NO: 'GS(2099)0001号',
	PUBLIC_VECTOR_TILES_URL: '/fixture-tiles/{z}/{x}/{y}.pbf',
	// Readers' corrections (tests/e2e/basemaps/feedback.e2e.ts): the host is answered inside the browser.
	PUBLIC_FEEDBACK_URL: 'https://feedback.example.org/repo/issues/new?title={title}&body={body}'
};
/** The maintainers' editor runs on the dev server only: its tests get one, on a scratch copy of geodata/. */
const EDITOR_PORT = (() => {
	process.env.E2E_EDITOR_PORT ||= String(freePort(BASEMAPS_PORT + 1));
	return Number(process.env.E2E_EDITOR_PORT);
})();
/** The editor tests' geodata folder, copied afresh from geodata/ when their server starts. */
export const EDITOR_GEODATA = (process.env.E2E_EDITOR_GEODATA ||= join(
	tmpdir(),
	`qdmap-editor-geodata-${EDITOR_PORT}`
));
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 15_000 },
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		locale: 'zh-CN',
		trace: 'off',
		launchOptions: {
			executablePath: chromium,
			args: [
				'--enable-unsafe-swiftshader',
				'--use-angle=swiftshader',
				'--ignore-gpu-blocklist',
				'--no-sandbox',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--disable-quic',
				'--no-first-run'
			]
		}
	},
	projects: [
		{
			name: 'chromium',
			testIgnore: 'basemaps/**',
			use: { ...devices['Desktop Chrome'], channel: undefined }
		},
		{
			name: 'basemaps',
			testMatch: 'basemaps/**/*.e2e.ts',
			use: {
				...devices['Desktop Chrome'],
				channel: undefined,
				baseURL: `http://localhost:${BASEMAPS_PORT}`
			}
		},
		{
			name: 'editor',
			testDir: 'tests/e2e-editor',
			// The tests share one scratch copy of geodata/ and compare its files byte for byte: one at a time.
			workers: 1,
			fullyParallel: false,
			use: {
				...devices['Desktop Chrome'],
				channel: undefined,
				baseURL: `http://localhost:${EDITOR_PORT}`
			}
		}
	],
	webServer: [
		{
			// A test build: offline basemap by default, test hooks on, its own output folder.
			command: `npm run build && npx vite preview --port ${PORT} --strictPort`,
			env: { PUBLIC_BASEMAP: 'offline', PUBLIC_TEST_HOOKS: '1', BUILD_DIR: '.e2e-build' },
			url: `http://localhost:${PORT}`,
			reuseExistingServer: false,
			timeout: 300_000
		},
		{
			// The same site with Tianditu keyed and a self-hosted vector basemap; the tests answer their tiles
			// (tests/e2e/basemap-fixtures.ts), the vector ones at /fixture-tiles/ on this server.
			command: `npm run build && npx vite preview --port ${BASEMAPS_PORT} --strictPort`,
			env: BASEMAPS_ENV,
			url: `http://localhost:${BASEMAPS_PORT}`,
			reuseExistingServer: false,
			timeout: 300_000
		},
		{
			// The editor's dev server (`vite dev`: /edit and its save endpoint exist only there), editing a
			// fresh scratch copy of geodata/, with its own SvelteKit folder beside the two builds'.
			command:
				`node -e "const fs = require('node:fs'); const dir = process.env.GEODATA_DIR; ` +
				`fs.rmSync(dir, { recursive: true, force: true }); fs.cpSync('geodata', dir, { recursive: true })" ` +
				`&& npx vite dev --port ${EDITOR_PORT} --strictPort`,
			env: {
				GEODATA_DIR: EDITOR_GEODATA,
				PUBLIC_BASEMAP: 'offline',
				PUBLIC_TEST_HOOKS: '1',
				KIT_OUT_DIR: '.svelte-kit-editor'
			},
			url: `http://localhost:${EDITOR_PORT}/__editor/files`,
			reuseExistingServer: false,
			timeout: 300_000
		}
	]
});
