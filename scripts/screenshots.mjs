// Takes screenshots of pages at desktop and phone widths, in Chinese and English, for a human to look at.
// Usage: node scripts/screenshots.mjs [baseURL] [path ...]   (serve a test build first, see README)
// A path may end in @test-id (e.g. "/@tab-summary"): that element is clicked before the screenshot.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://localhost:4173';
const paths = process.argv.slice(3).length ? process.argv.slice(3) : ['/'];
const viewports = {
	desktop: { width: 1280, height: 800 },
	phone: { width: 390, height: 844 }
};
const out = 'screenshots';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
	args: ['--enable-unsafe-swiftshader', '--no-sandbox', '--disable-background-networking']
});
for (const entry of paths) {
	const [path, click] = entry.split('@');
	for (const [device, viewport] of Object.entries(viewports)) {
		for (const lang of ['zh', 'en']) {
			const page = await browser.newPage({
				viewport,
				deviceScaleFactor: device === 'phone' ? 2 : 1,
				isMobile: device === 'phone',
				hasTouch: device === 'phone'
			});
			const url = new URL(path, base);
			url.searchParams.set('lang', lang);
			await page.goto(url.href);
			await page
				.waitForFunction(() => window.__qdmap?.loaded(), null, { timeout: 20000 })
				.catch(() => console.warn(`${url.href}: map not loaded (no test hooks?)`));
			if (click) await page.getByTestId(click).click();
			await page.waitForTimeout(500);
			const name = entry.replace(/[^a-z0-9]+/gi, '_') || 'root';
			const file = `${out}/${name}-${device}-${lang}.png`;
			await page.screenshot({ path: file });
			console.log(`wrote ${file}`);
			await page.close();
		}
	}
}
await browser.close();
