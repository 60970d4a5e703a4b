/**
 * A user layer opened from its name and read feature by feature: the name frames the layer's extent,
 * a click on one of its features lists that feature's properties as text (markup in keys and values
 * stays text, long values wrap), and Escape or the close button closes the list.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';

/** Away from every project, so that a click there can only hit the user's point. */
const SPOT: [number, number] = [120.55, 36.16];

const LAYER = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			geometry: { type: 'Point', coordinates: SPOT },
			properties: {
				name: '试验点',
				'<img src=x onerror=alert(1)>': '<b>not bold</b>',
				note: 'x'.repeat(3000),
				empty: '',
				floors: 12
			}
		},
		{
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [SPOT[0] + 0.01, SPOT[1] + 0.006] },
			properties: { name: '另一点' }
		}
	]
};

/** Drops one file on the map, as a drag from the desktop would. */
async function dropOnMap(page: Page, name: string, text: string) {
	await page.evaluate(
		({ name, text }) => {
			const data = new DataTransfer();
			data.items.add(new File([text], name));
			const target = document.querySelector('main')!;
			for (const type of ['dragenter', 'dragover', 'drop']) {
				target.dispatchEvent(
					new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true })
				);
			}
		},
		{ name, text }
	);
}

const mapBounds = (page: Page) =>
	page.evaluate(() => window.__qdmap!.getBounds().toArray().flat() as number[]);

async function clickAt(page: Page, lngLat: [number, number]) {
	const { x, y } = await page.evaluate((p) => window.__qdmap!.project(p), lngLat);
	const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
	await page.mouse.click(box.x + x, box.y + y);
}

test.beforeEach(async ({ page }) => {
	await page.goto('/?lang=zh');
	await waitForMapIdle(page);
	await dropOnMap(page, 'trial-points.geojson', JSON.stringify(LAYER));
	await expect(page.getByTestId('user-layer-list')).toContainText('trial-points.geojson');
});

test("a layer's name frames its extent", async ({ page }) => {
	const [west, south, east, north] = await mapBounds(page);
	// The districts' view does not show the layer yet.
	expect(west! < SPOT[0] && SPOT[0] < east! && south! < SPOT[1] && SPOT[1] < north!).toBe(false);

	const name = page.getByTestId('user-layer-show');
	await expect(name).toHaveAccessibleName('在地图上显示“trial-points.geojson”的全部要素');
	await name.click();
	await waitForMapIdle(page);

	const [w, s, e, n] = await mapBounds(page);
	for (const [lng, lat] of [SPOT, [SPOT[0] + 0.01, SPOT[1] + 0.006]]) {
		expect(lng).toBeGreaterThan(w!);
		expect(lng).toBeLessThan(e!);
		expect(lat).toBeGreaterThan(s!);
		expect(lat).toBeLessThan(n!);
	}
	// Fitted: the layer spans 0.01° of longitude, the view a few times that, not the whole city.
	expect(e! - w!).toBeLessThan(0.06);
});

test('a click on a feature lists its properties as text; Escape closes them', async ({ page }) => {
	await page.getByTestId('user-layer-show').click();
	await waitForMapIdle(page);
	await clickAt(page, SPOT);

	const card = page.getByTestId('user-feature');
	await expect(card).toBeVisible();
	await expect(card.getByRole('heading')).toHaveText('“trial-points.geojson”中的要素');
	const terms = card.locator('dt');
	await expect(terms).toHaveText([
		'name',
		'<img src=x onerror=alert(1)>',
		'note',
		'empty',
		'floors'
	]);
	await expect(card.locator('dd')).toHaveText([
		'试验点',
		'<b>not bold</b>',
		'x'.repeat(3000),
		'（空）',
		'12'
	]);
	await expect(card.locator('img, b')).toHaveCount(0);
	// The 3,000-character word wraps inside the card.
	expect(await card.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);

	// The card has focus: Tab reaches its close button, Escape closes it.
	await expect(card).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByTestId('user-feature-close')).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(card).toHaveCount(0);

	// A click on the other point opens that one; the close button closes it.
	await clickAt(page, [SPOT[0] + 0.01, SPOT[1] + 0.006]);
	await expect(card.locator('dd')).toHaveText(['另一点']);
	await page.getByTestId('user-feature-close').click();
	await expect(card).toHaveCount(0);
});
