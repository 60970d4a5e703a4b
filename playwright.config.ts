import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against the built, prerendered site served by `vite preview`, in Debian's
 * Chromium (Playwright cannot download its own browsers here). WebGL2 comes from SwiftShader.
 */
const PORT = Number(process.env.E2E_PORT ?? 4317);
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
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
	webServer: {
		// A test build: offline basemap by default, test hooks on, its own output folder.
		command: `npm run build && npx vite preview --port ${PORT} --strictPort`,
		env: { PUBLIC_BASEMAP: 'offline', PUBLIC_TEST_HOOKS: '1', BUILD_DIR: '.e2e-build' },
		url: `http://localhost:${PORT}`,
		reuseExistingServer: false,
		timeout: 300_000
	}
});
