/**
 * The build with every basemap configured (a fixture Tianditu key and review number, a self-hosted vector
 * basemap): Tianditu and the Protomaps-styled vector basemap work in both languages, their attribution is
 * shown, and a failing one falls back to the offline basemap. Tiles are answered in the page.
 */
import type { Page } from '@playwright/test';
import { expect, renderedCounts, test, waitForMapIdle } from '../fixtures';
import { KNOWN_STATION, magentaCentroid, routeBasemapTiles } from '../basemap-fixtures';

const [LNG, LAT] = KNOWN_STATION.wgs84;

test('Tianditu is offered with a key: base and annotation tiles per language, the review number shown', async ({
	page
}) => {
	const tiles = await routeBasemapTiles(page);
	await page.goto(`/?lang=zh&basemap=tianditu&map=15/${LAT}/${LNG}/0/0`);
	await waitForMapIdle(page);
	await expect(page.getByTestId('basemap-tianditu').locator('input')).toBeChecked();
	expect(tiles.urls.some((u) => u.includes('LAYER=vec') && u.includes('tk=fixture-key'))).toBe(
		true
	);
	expect(tiles.urls.some((u) => u.includes('LAYER=cva'))).toBe(true);
	await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('审图号 GS(2099)0001号');

	// Tianditu is WGS-84: nothing is shifted, the station sits on the tile's marker.
	const canvas = page.locator('canvas.maplibregl-canvas');
	await page.evaluate(() => {
		const map = window.__qdmap!;
		for (const l of map.getStyle().layers)
			if ('source' in l && !String(l.source).startsWith('basemap-'))
				map.setLayoutProperty(l.id, 'visibility', 'none');
	});
	await waitForMapIdle(page);
	const marker = magentaCentroid(await canvas.screenshot())!;
	expect(marker).not.toBeNull();
	const station = await page.evaluate((at) => window.__qdmap!.project(at), KNOWN_STATION.wgs84);
	expect(Math.hypot(station.x - marker.x, station.y - marker.y)).toBeLessThan(3);

	// English labels come from the English annotation layer, without reloading the style.
	const before = tiles.urls.length;
	await page.getByTestId('lang-switch').click();
	await expect(page).toHaveURL(/[?&]lang=en\b/);
	await waitForMapIdle(page);
	expect(tiles.urls.slice(before).some((u) => u.includes('LAYER=eva'))).toBe(true);
	await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Tianditu');
});

async function vectorLabels(page: Page): Promise<{ field: string; placed: number }> {
	return page.evaluate(() => {
		const map = window.__qdmap!;
		const field = JSON.stringify(map.getLayoutProperty('places_locality', 'text-field'));
		const placed = map.queryRenderedFeatures({ layers: ['places_locality'] }).length;
		return { field, placed };
	});
}

test('the self-hosted vector basemap draws the fixture’s land and labels in both languages', async ({
	page
}) => {
	const tiles = await routeBasemapTiles(page);
	await page.goto('/?lang=zh&basemap=vector&map=12/36.08/120.36/0/0');
	await waitForMapIdle(page);
	await expect(page.getByTestId('basemap-vector').locator('input')).toBeChecked();
	expect(tiles.counts.vector).toBeGreaterThan(0);
	const counts = await renderedCounts(page, ['earth', 'boundaries']);
	expect(counts.earth).toBeGreaterThan(0);
	expect(counts.boundaries).toBeGreaterThan(0);
	const zh = await vectorLabels(page);
	expect(zh.placed).toBeGreaterThan(0);
	expect(zh.field).toContain('name:zh');
	await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Protomaps');

	await page.getByTestId('lang-switch').click();
	await expect(page).toHaveURL(/[?&]lang=en\b/);
	await waitForMapIdle(page);
	const en = await vectorLabels(page);
	expect(en.field).toContain('name:en');
	expect(en.field).not.toContain('name:zh');
	expect(en.placed).toBeGreaterThan(0);
});

test('the switch lists all five basemaps; on a phone it is a select', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await routeBasemapTiles(page);
	await page.goto('/?lang=en');
	await waitForMapIdle(page);
	const select = page.getByTestId('basemap-select');
	await expect(select).toBeVisible();
	await expect(select.locator('option')).toHaveText([
		'Offline',
		'Online',
		'Tianditu',
		'Amap',
		'Vector'
	]);
	await select.selectOption('vector');
	await expect(page).toHaveURL(/[?&]basemap=vector\b/);
	// The vector style's code loads on demand: wait for its layers before waiting for the map.
	await page.waitForFunction(() => window.__qdmap!.getLayer('earth') !== undefined);
	await waitForMapIdle(page);
	expect((await renderedCounts(page, ['earth']))['earth']).toBeGreaterThan(0);
});

test.describe('a failing basemap', () => {
	test.use({ expectedErrors: /Failed to load resource|ERR_|503/ });

	for (const [id, name] of [
		['tianditu', '天地图'],
		['vector', '矢量']
	] as const) {
		test(`${id}: its tile failure falls back to the offline basemap with a notice`, async ({
			page
		}) => {
			const tiles = await routeBasemapTiles(page, { failing: id });
			await page.goto('/?lang=zh');
			await waitForMapIdle(page);
			await page.getByTestId(`basemap-${id}`).click();
			await expect(page.getByTestId('notice')).toContainText(`${name}底图无法加载`);
			await expect(page.getByTestId('basemap-offline').locator('input')).toBeChecked();
			await waitForMapIdle(page);
			expect(tiles.counts[id]).toBeGreaterThan(0);
			expect((await renderedCounts(page, ['basemap-land']))['basemap-land']).toBeGreaterThan(0);
		});
	}
});
