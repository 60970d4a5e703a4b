/**
 * Amap draws in GCJ-02: on it, our WGS-84 data is shifted for display and everything read off the map is
 * shifted back. The Amap fixture tiles carry a magenta disc at the GCJ-02 position of a station whose
 * WGS-84 position is published; tiles are answered in the page (nothing leaves localhost).
 */
import CheapRuler from 'cheap-ruler';
import type { Page } from '@playwright/test';
import {
	downloadPng,
	expect,
	openImageExport,
	renderedCounts,
	test,
	waitForMapIdle
} from './fixtures';
import { KNOWN_STATION, magentaCentroid, routeBasemapTiles } from './basemap-fixtures';
import { readPngText } from '../../src/lib/map/png-text';

const PROJECT_ID = 'haixinqiao-station-commercial';
const [LNG, LAT] = KNOWN_STATION.wgs84;
const ruler = new CheapRuler(LAT, 'meters');
const AT_STATION = `/?lang=zh&basemap=amap&map=15/${LAT}/${LNG}/0/0`;

/** The magenta marker of the tiles, in page pixels, with our own layers hidden so none covers it. */
async function markerOnScreen(page: Page): Promise<{ x: number; y: number }> {
	const ours = await page.evaluate(() => {
		const map = window.__qdmap!;
		const ids = map
			.getStyle()
			.layers.filter((l) => 'source' in l && !String(l.source).startsWith('basemap-'))
			.map((l) => l.id);
		for (const id of ids) map.setLayoutProperty(id, 'visibility', 'none');
		return ids;
	});
	await waitForMapIdle(page);
	const canvas = page.locator('canvas.maplibregl-canvas');
	const box = (await canvas.boundingBox())!;
	const found = magentaCentroid(await canvas.screenshot());
	await page.evaluate((ids) => {
		for (const id of ids) window.__qdmap!.setLayoutProperty(id, 'visibility', 'visible');
	}, ours);
	await waitForMapIdle(page);
	expect(found, 'the fixture marker is on screen').not.toBeNull();
	return { x: box.x + found!.x, y: box.y + found!.y };
}

/** Where the map draws a project's point, in page pixels. */
async function projectOnScreen(page: Page, id: string): Promise<{ x: number; y: number }> {
	return page.evaluate((wanted) => {
		const map = window.__qdmap!;
		const [feature] = map.querySourceFeatures('projects', {
			filter: ['==', ['get', 'id'], wanted]
		});
		const [lng, lat] = (feature!.geometry as GeoJSON.Point).coordinates as [number, number];
		const p = map.project([lng, lat]);
		const box = map.getCanvas().getBoundingClientRect();
		return { x: box.left + p.x, y: box.top + p.y };
	}, id);
}

function cameraParam(page: Page): string | null {
	return new URL(page.url()).searchParams.get('map');
}

test('on Amap a project is drawn within 3 px of the tile’s marker for the same place', async ({
	page
}) => {
	const tiles = await routeBasemapTiles(page);
	await page.goto(AT_STATION);
	await waitForMapIdle(page);
	expect(tiles.counts.amap).toBeGreaterThan(0);
	await expect(page.getByTestId('basemap-amap').locator('input')).toBeChecked();
	const marker = await markerOnScreen(page);
	const drawn = await projectOnScreen(page, PROJECT_ID);
	expect(Math.hypot(drawn.x - marker.x, drawn.y - marker.y)).toBeLessThan(3);
	// And the point really is drawn there: the rendered project under the marker is this one.
	const hit = await page.evaluate(
		({ x, y, layer }) => {
			const map = window.__qdmap!;
			const box = map.getCanvas().getBoundingClientRect();
			return map
				.queryRenderedFeatures([x - box.left, y - box.top], { layers: [layer] })
				.map((f) => f.properties.id);
		},
		{ ...marker, layer: 'projects-point' }
	);
	expect(hit).toContain(PROJECT_ID);
	// The attribution names the basemap on screen.
	await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('高德地图');
});

test('a right click on Amap’s marker picks a near-me place within 15 m of the station’s WGS-84 position', async ({
	page
}) => {
	await routeBasemapTiles(page);
	await page.goto(AT_STATION);
	await waitForMapIdle(page);
	const marker = await markerOnScreen(page);
	await page.getByTestId('tab-near').click();
	// A right click (a long press on a touch screen) picks a place even where a project is drawn, as here.
	await page.mouse.click(marker.x, marker.y, { button: 'right' });
	await expect(page).toHaveURL(/[?&]near=/);
	const [lng, lat] = new URL(page.url()).searchParams.get('near')!.split(',').map(Number) as [
		number,
		number
	];
	expect(ruler.distance([lng, lat], KNOWN_STATION.wgs84)).toBeLessThan(15);
	// Unshifted, the click would have been about 460 m off.
	expect(ruler.distance([lng, lat], KNOWN_STATION.gcj02)).toBeGreaterThan(300);
});

test('the URL’s camera stays the same WGS-84 value when switching between Amap and offline', async ({
	page
}) => {
	await routeBasemapTiles(page);
	await page.goto(`/?lang=en&map=14.5/${LAT}/${LNG}/0/0`);
	await waitForMapIdle(page);
	const before = cameraParam(page);
	expect(before).toBe(`14.5/${LAT.toFixed(5)}/${LNG.toFixed(5)}/0/0`);
	const centre = () => page.evaluate(() => window.__qdmap!.getCenter().toArray());

	await page.getByTestId('basemap-amap').click();
	await expect(page).toHaveURL(/[?&]basemap=amap\b/);
	await waitForMapIdle(page);
	expect(cameraParam(page)).toBe(before);
	// MapLibre itself now looks at the GCJ-02 position of the same ground.
	expect(ruler.distance(await centre(), KNOWN_STATION.gcj02)).toBeLessThan(2);

	await page.getByTestId('basemap-offline').click();
	await expect(page).not.toHaveURL(/[?&]basemap=/);
	await waitForMapIdle(page);
	expect(cameraParam(page)).toBe(before);
	expect(ruler.distance(await centre(), KNOWN_STATION.wgs84)).toBeLessThan(2);
});

test.describe('when Amap’s tiles fail', () => {
	test.use({ expectedErrors: /Failed to load resource|ERR_|503/ });

	test('the map falls back to the offline basemap with a notice naming Amap', async ({ page }) => {
		const tiles = await routeBasemapTiles(page, { failing: 'amap' });
		await page.goto('/?lang=zh');
		await waitForMapIdle(page);
		await page.getByTestId('basemap-amap').click();
		await expect(page.getByTestId('notice')).toContainText('高德底图无法加载');
		await expect(page.getByTestId('basemap-offline').locator('input')).toBeChecked();
		await waitForMapIdle(page);
		expect(tiles.counts.amap).toBeGreaterThan(0);
		expect((await renderedCounts(page, ['basemap-land']))['basemap-land']).toBeGreaterThan(0);
	});
});

test('a build without a Tianditu key offers no Tianditu, and a link asking for it opens the default', async ({
	page
}) => {
	await page.goto('/?basemap=tianditu');
	await waitForMapIdle(page);
	await expect(page.getByTestId('basemap-tianditu')).toHaveCount(0);
	await expect(page.getByTestId('basemap-offline').locator('input')).toBeChecked();
	await expect(page.getByTestId('notice')).toHaveCount(0);
	const policy = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(policy).not.toContain('tianditu');
});

test('on Amap the embed shows Amap’s attribution, and a PNG export carries it', async ({
	page,
	baseURL
}) => {
	await routeBasemapTiles(page);
	const src = new URL(`/embed?lang=en&basemap=amap&map=14/${LAT}/${LNG}/0/0`, baseURL).href;
	await page.setContent(`<iframe id="embed" src="${src}" width="600" height="400"></iframe>`);
	const attribution = page.frameLocator('#embed').locator('.maplibregl-ctrl-attrib');
	await expect(attribution).toContainText('高德地图 Amap', { timeout: 30_000 });

	await page.goto(`/?lang=en&basemap=amap&map=14/${LAT}/${LNG}/0/0`);
	await waitForMapIdle(page);
	await openImageExport(page);
	const text = readPngText((await downloadPng(page)).bytes);
	expect(text.Copyright).toContain('高德地图 Amap');
});
