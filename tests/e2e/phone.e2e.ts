/** At 390 × 844 the map and the sheet share the screen without overlapping, and every control is reachable. */
import { expect, test, waitForMapIdle } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('the map and the sheet do not overlap', async ({ page }) => {
	await page.goto('/?lang=zh');
	await waitForMapIdle(page);
	const map = (await page.locator('.maplibregl-canvas').boundingBox())!;
	const sheet = (await page.locator('aside').boundingBox())!;
	expect(map.y + map.height).toBeLessThanOrEqual(sheet.y + 1);
	expect(sheet.y + sheet.height).toBeLessThanOrEqual(844 + 1);
	expect(map.height).toBeGreaterThan(200);
});

test('every control is reachable by touch', async ({ page }) => {
	await page.goto('/?lang=zh');
	await waitForMapIdle(page);
	for (const control of [
		page.getByTestId('lang-switch'),
		page.getByTestId('search'),
		page.getByTestId('tab-list'),
		page.getByTestId('tab-filters'),
		page.getByTestId('tab-summary'),
		page.getByTestId('basemap-offline'),
		page.getByTestId('as-of-slider'),
		page.locator('.maplibregl-ctrl-zoom-in'),
		page.locator('.maplibregl-ctrl-attrib')
	]) {
		await expect(control).toBeInViewport();
	}
	await page.getByTestId('tab-filters').tap();
	const schools = page.getByTestId('sheet-legend-layer-schools');
	await schools.scrollIntoViewIfNeeded();
	await schools.tap();
	await expect(schools).not.toBeChecked();
	await page.getByTestId('tab-list').tap();
	await page.getByTestId('project-list').locator('a').first().tap();
	await expect(page.getByTestId('project-panel')).toBeVisible();
	await page.getByTestId('panel-close').tap();
	await page.getByTestId('sheet-handle').tap();
	await expect(page.locator('.explorer')).toHaveAttribute('data-sheet', 'full');
	await page.getByTestId('sheet-handle').tap();
	await expect(page.locator('.explorer')).toHaveAttribute('data-sheet', 'peek');
});

test('while the map loads, its notice sits below the basemap switch, not over it', async ({
	page
}) => {
	// The map's worker never arrives, so the map stays loading.
	await page.route('**/maplibre-gl-worker*.js', () => new Promise(() => {}));
	await page.goto('/?lang=zh');
	const notice = page.getByTestId('map-loading');
	await expect(notice).toBeVisible();
	const box = (await notice.boundingBox())!;
	for (const option of ['offline', 'online', 'tianditu', 'amap', 'vector']) {
		const control = page.getByTestId(`basemap-${option}`);
		if ((await control.count()) === 0) continue;
		const other = (await control.boundingBox())!;
		const apart =
			box.y >= other.y + other.height ||
			other.y >= box.y + box.height ||
			box.x >= other.x + other.width ||
			other.x >= box.x + box.width;
		expect(apart, `the loading notice overlaps basemap-${option}`).toBe(true);
	}
	await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('a project opened on a linked camera is moved clear of the map credits', async ({ page }) => {
	// A journalist's link whose camera leaves 绍兴路 school at the bottom edge of a phone's map.
	await page.goto(
		'/?lang=zh&map=14.2/36.0905/120.3555/20/30&layers=schools,parking&project=shaoxing-road-school'
	);
	await waitForMapIdle(page);
	const clear = () =>
		page.evaluate(() => {
			const map = window.__qdmap!;
			const p = map.project([120.38, 36.078]);
			const canvas = map.getCanvas().getBoundingClientRect();
			const credits = document.querySelector('.maplibregl-ctrl-attrib')!.getBoundingClientRect();
			const x = canvas.left + p.x;
			const y = canvas.top + p.y;
			const under =
				x > credits.left - 8 &&
				x < credits.right + 8 &&
				y > credits.top - 8 &&
				y < credits.bottom + 8;
			return !under && y < canvas.bottom - 8;
		});
	await expect.poll(clear).toBe(true);
});

test('a notice on the map takes the map’s width, not half of it', async ({ page }) => {
	await page.goto('/?lang=en&project=no-such-project');
	const notice = page.getByTestId('notice');
	await expect(notice).toBeVisible();
	const box = (await notice.boundingBox())!;
	expect(box.width).toBeGreaterThan(300);
	expect(box.x + box.width).toBeLessThanOrEqual(390);
});
