/**
 * The online basemap falls back to the offline one within 5 s, with a notice, when its style or its
 * tiles cannot be loaded. The online host is intercepted: nothing leaves localhost.
 */
import type { Page } from '@playwright/test';
import { expect, renderedCounts, test, waitForMapIdle } from './fixtures';

const HOST = 'tiles.openfreemap.org';
const FALLBACK_LIMIT_MS = 5000;

test.use({ expectedHost: HOST, expectedErrors: /Failed to load resource|ERR_/ });

async function chooseOnlineAndTimeFallback(page: Page): Promise<number> {
	await page.goto('/');
	await waitForMapIdle(page);
	// Timed inside the page, from the click to the notice appearing, so test-runner latency is not counted.
	await page.evaluate(() => {
		const timing: { clicked?: number; shown?: number } = {};
		(window as unknown as { __fallbackTiming: typeof timing }).__fallbackTiming = timing;
		document.addEventListener('click', () => (timing.clicked ??= performance.now()), {
			capture: true
		});
		new MutationObserver(() => {
			if (timing.clicked !== undefined && document.querySelector('[data-testid="notice"]'))
				timing.shown ??= performance.now();
		}).observe(document.body, { childList: true, subtree: true });
	});
	await page.getByTestId('basemap-online').click();
	await expect(page.getByTestId('notice')).toBeVisible({ timeout: FALLBACK_LIMIT_MS + 5000 });
	const elapsed = await page.evaluate(() => {
		const timing = (window as unknown as { __fallbackTiming: { clicked: number; shown: number } })
			.__fallbackTiming;
		return timing.shown - timing.clicked;
	});
	await waitForMapIdle(page);
	const counts = await renderedCounts(page, ['basemap-land', 'basemap-district-line']);
	expect(counts['basemap-land']).toBeGreaterThan(0);
	expect(counts['basemap-district-line']).toBeGreaterThan(0);
	await expect(page.getByTestId('basemap-offline').locator('input')).toBeChecked();
	return elapsed;
}

test('an unreachable online style falls back to the offline basemap with a notice', async ({
	page
}) => {
	// The context-wide route aborts every non-local request, the style included.
	const elapsed = await chooseOnlineAndTimeFallback(page);
	expect(elapsed).toBeLessThan(FALLBACK_LIMIT_MS);
	await expect(page.getByTestId('notice')).toContainText('离线底图');
});

test('failing online tiles fall back to the offline basemap', async ({ page }) => {
	await page.route(`https://${HOST}/styles/**`, (route) =>
		route.fulfill({
			contentType: 'application/json',
			body: JSON.stringify({
				version: 8,
				sources: {
					osm: {
						type: 'vector',
						tiles: [`https://${HOST}/planet/{z}/{x}/{y}.pbf`],
						maxzoom: 14
					}
				},
				layers: [
					{ id: 'bg', type: 'background', paint: { 'background-color': '#eee' } },
					{ id: 'water', type: 'fill', source: 'osm', 'source-layer': 'water' }
				]
			})
		})
	);
	const elapsed = await chooseOnlineAndTimeFallback(page);
	expect(elapsed).toBeLessThan(FALLBACK_LIMIT_MS);
});

test('an online style that never answers falls back within 5 s', async ({ page }) => {
	await page.route(`https://${HOST}/**`, () => {
		// Never fulfilled: a hanging connection raises no error, only the watchdog notices.
	});
	const elapsed = await chooseOnlineAndTimeFallback(page);
	expect(elapsed).toBeLessThan(FALLBACK_LIMIT_MS);
});

test('the notice can be dismissed', async ({ page }) => {
	await chooseOnlineAndTimeFallback(page);
	await page.getByTestId('notice').getByRole('button').click();
	await expect(page.getByTestId('notice')).toHaveCount(0);
});

test('a reachable online basemap is shown, with no notice', async ({ page }) => {
	// A stand-in for the online style that loads: one inline GeoJSON source, so no tile request at all.
	await page.route(`https://${HOST}/styles/**`, (route) =>
		route.fulfill({
			contentType: 'application/json',
			body: JSON.stringify({
				version: 8,
				sources: {
					square: {
						type: 'geojson',
						data: {
							type: 'Polygon',
							coordinates: [
								[
									[120.3, 36.05],
									[120.42, 36.05],
									[120.42, 36.15],
									[120.3, 36.15],
									[120.3, 36.05]
								]
							]
						}
					}
				},
				layers: [{ id: 'online-square', type: 'fill', source: 'square' }]
			})
		})
	);
	await page.goto('/');
	await waitForMapIdle(page);
	await page.getByTestId('basemap-online').click();
	await expect(page).toHaveURL(/[?&]basemap=online\b/);
	await page.waitForFunction(() => window.__qdmap!.getLayer('online-square') !== undefined);
	await waitForMapIdle(page);
	// Longer than the watchdog's limit: a working basemap must not be replaced.
	await page.waitForTimeout(4500);
	await expect(page.getByTestId('notice')).toHaveCount(0);
	expect((await renderedCounts(page, ['online-square']))['online-square']).toBeGreaterThan(0);
	await expect(page.getByTestId('basemap-online').locator('input')).toBeChecked();
});
