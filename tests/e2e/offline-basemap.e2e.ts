import { expect, renderedCounts, test, waitForMapIdle } from './fixtures';

const BASEMAP_LAYERS = ['basemap-land', 'basemap-district-line', 'basemap-district-label'];

test('the offline basemap draws land, district outlines and labels with no network', async ({
	page,
	externalRequests
}) => {
	await page.goto('/');
	await waitForMapIdle(page);

	const counts = await renderedCounts(page, BASEMAP_LAYERS);
	for (const layer of BASEMAP_LAYERS) expect(counts[layer], layer).toBeGreaterThan(0);

	const labels = await page.evaluate(() =>
		window
			.__qdmap!.queryRenderedFeatures({ layers: ['basemap-district-label'] })
			.map((feature) => feature.properties.name_zh as string)
	);
	expect(labels).toEqual(expect.arrayContaining(['市南区', '市北区']));
	expect(externalRequests).toEqual([]);
});

test('the map is framed on Shinan and Shibei', async ({ page }) => {
	await page.goto('/');
	await waitForMapIdle(page);
	const bounds = await page.evaluate(() => window.__qdmap!.getBounds().toArray());
	const [[west, south], [east, north]] = bounds as [[number, number], [number, number]];
	// Both districts lie within roughly 120.28–120.44 E, 36.04–36.16 N.
	expect(west).toBeLessThan(120.29);
	expect(east).toBeGreaterThan(120.43);
	expect(south).toBeLessThan(36.045);
	expect(north).toBeGreaterThan(36.155);
	expect(east - west).toBeLessThan(1);
});

test('the attribution is visible and names OpenStreetMap', async ({ page }) => {
	await page.goto('/');
	await waitForMapIdle(page);
	const attribution = page.locator('.maplibregl-ctrl-attrib');
	await expect(attribution).toBeVisible();
	await expect(attribution).toContainText('OpenStreetMap');
});

test('switching language relabels the districts and keeps the language in the URL', async ({
	page
}) => {
	await page.goto('/');
	await waitForMapIdle(page);
	await page.getByTestId('lang-switch').click();
	await expect(page).toHaveURL(/[?&]lang=en\b/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Qingdao Urban Renewal Map');
	await page.waitForFunction(() =>
		window
			.__qdmap!.queryRenderedFeatures({ layers: ['basemap-district-label'] })
			.some((feature) => feature.properties.name_en === 'Shinan District')
	);
	const field = await page.evaluate(() =>
		JSON.stringify(window.__qdmap!.getLayoutProperty('basemap-district-label', 'text-field'))
	);
	expect(field).toContain('name_en');

	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Qingdao Urban Renewal Map');
});
