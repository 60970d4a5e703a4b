/**
 * "What is being built near me?" — by a click on the map, by the browser's position, by a link — gives
 * the same projects, nearest first, with the totals the unit tests compute
 * (src/lib/analysis/summarize-nearby.test.ts: only 双山小学 within 1 km of 双山站, 120 m away).
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';

const SHUANGSHAN_STATION = { longitude: 120.39208, latitude: 36.11403 };
const SENTENCE_ZH = '1 公里内共 1 个项目：学校 1 个。';

async function expectShuangshanResult(page: Page, exactDistance: boolean) {
	const results = page.getByTestId('near-results');
	await expect(results.locator('li')).toHaveCount(1);
	await expect(results.locator('li').first()).toContainText('双山小学');
	const distance = await results.getByTestId('near-distance').first().textContent();
	const metres = Number(/(\d+)/.exec(distance!)![1]);
	if (exactDistance) expect(distance).toBe('120 米');
	else expect(Math.abs(metres - 120)).toBeLessThanOrEqual(10);
	await expect(page.getByTestId('near-summary')).toHaveText(SENTENCE_ZH);
	await expect(page.getByTestId('near')).toContainText('新增学位 4,600余个');
}

/** Frames 双山站 close enough that the school's marker (120 m away) is not under the pointer. */
async function shuangshanOnScreen(page: Page): Promise<{ x: number; y: number }> {
	await page.evaluate(({ longitude, latitude }) => {
		window.__qdmap!.jumpTo({ center: [longitude, latitude], zoom: 15 });
	}, SHUANGSHAN_STATION);
	await waitForMapIdle(page);
	return page.evaluate(({ longitude, latitude }) => {
		const p = window.__qdmap!.project([longitude, latitude]);
		const box = window.__qdmap!.getCanvas().getBoundingClientRect();
		return { x: box.left + p.x, y: box.top + p.y };
	}, SHUANGSHAN_STATION);
}

test('a click on the map by 双山 lists 双山小学 first, with its distance and the totals', async ({
	page
}) => {
	await page.goto('/?lang=zh');
	await waitForMapIdle(page);
	await page.getByTestId('tab-near').click();
	const point = await shuangshanOnScreen(page);
	await page.mouse.click(point.x, point.y);
	await expectShuangshanResult(page, false);
	await expect(page).toHaveURL(/[?&]near=120\.39\d*,36\.11\d*,1000\b/);
	await expect
		.poll(() => page.evaluate(() => window.__qdmap!.getSource('near') !== undefined))
		.toBe(true);
});

test('my location (mocked) gives the same result', async ({ page, context }) => {
	await context.grantPermissions(['geolocation']);
	await context.setGeolocation(SHUANGSHAN_STATION);
	await page.goto('/?lang=zh');
	await page.getByTestId('tab-near').click();
	await page.getByTestId('near-locate').click();
	await expectShuangshanResult(page, true);
	// The map shows the circle: zoomed in from the city's overview, centred on the place.
	await waitForMapIdle(page);
	const view = await page.evaluate(() => {
		const m = window.__qdmap!;
		return { zoom: m.getZoom(), bounds: m.getBounds().toArray().flat() };
	});
	expect(view.zoom).toBeGreaterThan(13);
	const [west, south, east, north] = view.bounds;
	expect(SHUANGSHAN_STATION.longitude).toBeGreaterThan(west!);
	expect(SHUANGSHAN_STATION.longitude).toBeLessThan(east!);
	expect(SHUANGSHAN_STATION.latitude).toBeGreaterThan(south!);
	expect(SHUANGSHAN_STATION.latitude).toBeLessThan(north!);
});

test('a refused location permission says what to do', async ({ page }) => {
	await page.goto('/?lang=zh');
	await page.getByTestId('tab-near').click();
	await page.getByTestId('near-locate').click();
	await expect(page.getByTestId('notice')).toContainText('没有获得定位权限');
	await expect(page.getByTestId('near-results')).toHaveCount(0);
});

test('a position outside Qingdao says so', async ({ page, context }) => {
	await context.grantPermissions(['geolocation']);
	await context.setGeolocation({ longitude: 116.39, latitude: 39.91 });
	await page.goto('/?lang=en');
	await page.getByTestId('tab-near').click();
	await page.getByTestId('near-locate').click();
	await expect(page.getByTestId('notice')).toContainText('outside Shinan and Shibei');
});

test('the link reopens the same result, and the radius widens it', async ({ page }) => {
	await page.goto('/?lang=zh&near=120.39208,36.11403,1000');
	await expectShuangshanResult(page, true);
	await page.getByTestId('near-radius-slider').fill('3000');
	await expect(page).toHaveURL(/near=120\.39208,36\.11403,3000/);
	await expect(page.getByTestId('near-radius')).toHaveText('3 公里');
	expect(await page.getByTestId('near-results').locator('li').count()).toBeGreaterThan(1);
	await expect(page.getByTestId('near-results').locator('li').first()).toContainText('双山小学');
});

test('searching a place in the near-me tab chooses it', async ({ page }) => {
	await page.goto('/?lang=zh');
	await page.getByTestId('tab-near').click();
	await page.getByTestId('search').fill('双山站');
	await page
		.getByRole('option', { name: /双山站/ })
		.first()
		.click();
	await expectShuangshanResult(page, true);
});

test.describe('on a touch screen', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	/** Holds one finger on the map for `ms`, through the DevTools protocol (Playwright has no press-and-hold). */
	async function touchAndHold(page: Page, point: { x: number; y: number }, ms: number) {
		const cdp = await page.context().newCDPSession(page);
		const start = cdp.send('Input.dispatchTouchEvent', {
			type: 'touchStart',
			touchPoints: [point]
		});
		// A tap (ms = 0): both messages are sent at once, so a loaded machine cannot hold them apart.
		if (ms > 0) {
			await start;
			await page.waitForTimeout(ms);
		}
		await Promise.all([
			start,
			cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
		]);
	}

	// MapLibre turns a finger held still for 500 ms into a `contextmenu` map event; the page's DOM
	// contextmenu is stopped here, as iOS Safari never sends one, so only MapLibre's long press counts.
	test('a long press by 双山 chooses the place, from any tab', async ({ page }) => {
		await page.addInitScript(() =>
			addEventListener('contextmenu', (event) => event.stopImmediatePropagation(), {
				capture: true
			})
		);
		await page.goto('/?lang=zh');
		await waitForMapIdle(page);
		await touchAndHold(page, await shuangshanOnScreen(page), 900);
		await expectShuangshanResult(page, false);
		await expect(page).toHaveURL(/[?&]near=120\.39\d*,36\.11\d*,1000\b/);
	});

	test('a long press on a project chooses the place without opening the project', async ({
		page
	}) => {
		await page.goto('/?lang=zh');
		await waitForMapIdle(page);
		await shuangshanOnScreen(page);
		const school = await page.evaluate(() => {
			const p = window.__qdmap!.project([120.3915, 36.115]); // 双山小学
			const box = window.__qdmap!.getCanvas().getBoundingClientRect();
			return { x: box.left + p.x, y: box.top + p.y };
		});
		await touchAndHold(page, school, 900);
		await expect(page.getByTestId('near-results').locator('li').first()).toContainText('双山小学');
		await page.waitForTimeout(500);
		await expect(page.getByTestId('project-panel')).toHaveCount(0);
		expect(page.url()).not.toContain('project=');
	});

	test('a short tap does not choose a place', async ({ page }) => {
		// On a loaded machine the two protocol messages of a 100 ms tap arrived 500 ms apart, which is a
		// long press: the tap sends both at once, the page measures how long the finger was down, and a
		// tap that still came out long is tried again on a fresh page.
		await page.addInitScript(() => {
			const w = window as unknown as { __touchDown?: number; __held?: number };
			addEventListener('touchstart', (e) => (w.__touchDown = e.timeStamp), { capture: true });
			addEventListener('touchend', (e) => (w.__held = e.timeStamp - (w.__touchDown ?? 0)), {
				capture: true
			});
		});
		let held = Infinity;
		for (let attempt = 0; attempt < 3 && held >= 400; attempt++) {
			await page.goto('/?lang=zh');
			await waitForMapIdle(page);
			await touchAndHold(page, await shuangshanOnScreen(page), 0);
			held = await page.evaluate(() => (window as unknown as { __held: number }).__held);
		}
		expect(held, 'a tap under 400 ms could be made').toBeLessThan(400);
		await page.waitForTimeout(800);
		await expect(page.getByTestId('near-results')).toHaveCount(0);
		expect(page.url()).not.toContain('near=');
	});
});
