/** Journalists: the exact view in a link, an embed in any iframe size, a PNG for print. */
import type { Page } from '@playwright/test';
import { downloadPng, expect, openImageExport, test, waitForMapIdle } from './fixtures';
import { readPngText } from '../../src/lib/map/png-text';

async function viewOf(page: Page) {
	await waitForMapIdle(page);
	return page.evaluate(() => {
		const map = window.__qdmap!;
		const c = map.getCenter();
		return {
			center: [Number(c.lng.toFixed(4)), Number(c.lat.toFixed(4))] as [number, number],
			zoom: Number(map.getZoom().toFixed(2)),
			bearing: Number(map.getBearing().toFixed(1)),
			pitch: Number(map.getPitch().toFixed(1))
		};
	});
}

test('a view opened from its copied link has the same camera, layers, filters, selection and language', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/?lang=en');
	await waitForMapIdle(page);
	await page.getByTestId('legend-layer-parks').uncheck();
	await page.getByTestId('tab-filters').click();
	await page.getByTestId('filter-district-shibei').check();
	await page.getByTestId('tab-list').click();
	await page.getByTestId('project-list').locator('a[data-id="xiaogang-station"]').click();
	await waitForMapIdle(page);
	await page.evaluate(() => window.__qdmap!.jumpTo({ bearing: 20, pitch: 30, zoom: 14.5 }));
	await waitForMapIdle(page);
	const before = await viewOf(page);

	await page.getByTestId('share').click();
	await page.getByTestId('share-copy-link').click();
	await expect(page.getByTestId('share-copy-link')).toHaveText('Copied');
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toBe(await page.getByTestId('share-link').inputValue());
	await expect(page.getByTestId('share-qr')).toBeVisible();

	const other = await context.newPage();
	await other.goto(link);
	const after = await viewOf(other);
	expect(after.center[0]).toBeCloseTo(before.center[0], 3);
	expect(after.center[1]).toBeCloseTo(before.center[1], 3);
	expect(after.zoom).toBeCloseTo(before.zoom, 1);
	expect(after.bearing).toBeCloseTo(before.bearing, 0);
	expect(after.pitch).toBeCloseTo(before.pitch, 0);
	await expect(other.getByTestId('legend-layer-parks')).not.toBeChecked();
	await expect(other.getByTestId('project-panel').getByRole('heading', { level: 2 })).toHaveText(
		'Xiaogang Station (Metro Line 2)'
	);
	await expect(other.getByRole('heading', { level: 1 })).toHaveText('Qingdao Urban Renewal Map');
	await other.getByTestId('panel-close').click();
	await other.getByTestId('tab-filters').click();
	await expect(other.getByTestId('filter-district-shibei')).toBeChecked();
	await other.close();
});

test('a mangled link opens a working map: an absurd camera gives way to the default view', async ({
	page
}) => {
	await page.goto('/?lang=zh&map=99/999/-999/720/90&layers=%%%&near=1,2,3&asof=2023-02-30');
	const view = await viewOf(page);
	// The default view frames Shinan and Shibei, not the pole where the clamped numbers point.
	expect(view.center[0]).toBeGreaterThan(120.2);
	expect(view.center[0]).toBeLessThan(120.5);
	expect(view.center[1]).toBeGreaterThan(36.0);
	expect(view.center[1]).toBeLessThan(36.2);
	await expect(page.getByTestId('project-list').locator('a')).not.toHaveCount(0);
	await expect(page).toHaveURL(/[?&]map=1\d(\.\d+)?\/36\.\d+\/120\.\d+\/0\/0/);
	await expect(page).not.toHaveURL(/near=|asof=/);
});

test('back and forward restore the views', async ({ page }) => {
	await page.goto('/?lang=zh');
	await waitForMapIdle(page);
	await page.getByTestId('project-list').locator('a[data-id="xiaogang-station"]').click();
	await expect(page).toHaveURL(/project=xiaogang-station/);
	await page.getByTestId('panel-close').click();
	await page.getByTestId('project-list').locator('a[data-id="hexi-village"]').click();
	await expect(page).toHaveURL(/project=hexi-village/);
	await page.goBack();
	await expect(page).not.toHaveURL(/project=/);
	await expect(page.getByTestId('project-panel')).toHaveCount(0);
	await page.goBack();
	await expect(page.getByTestId('project-panel').getByRole('heading', { level: 2 })).toHaveText(
		'地铁2号线小港站'
	);
	await page.goForward();
	await page.goForward();
	await expect(page.getByTestId('project-panel').getByRole('heading', { level: 2 })).toContainText(
		'河西'
	);
});

for (const [width, height] of [
	[400, 300],
	[1200, 800]
] as const) {
	test(`/embed renders inside a ${width}×${height} iframe with the attribution visible`, async ({
		page,
		baseURL
	}) => {
		// A bare host page, like a news article, with the map in an iframe of the given size.
		const src = new URL('/embed?lang=en&title=Shibei%20projects&legend=1', baseURL).href;
		await page.setContent(
			`<iframe id="embed" src="${src}" width="${width}" height="${height}" style="border:0"></iframe>`
		);
		const embed = page.frameLocator('#embed');
		await expect(embed.getByRole('heading', { level: 1 })).toHaveText('Shibei projects');
		const attribution = embed.locator('.maplibregl-ctrl-attrib');
		await expect(attribution).toBeVisible({ timeout: 30_000 });
		await expect(attribution).toContainText('OpenStreetMap');
		const box = (await attribution.boundingBox())!;
		const frame = (await page.locator('#embed').boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(frame.x - 1);
		expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height + 1);
		const canvas = (await embed.locator('.maplibregl-canvas').boundingBox())!;
		expect(canvas.width).toBeGreaterThan(width * 0.9);
	});
}

test('the embed code follows the options, and the preview shows it', async ({ page }) => {
	await page.goto('/?lang=en');
	await page.getByTestId('share').click();
	await page.getByTestId('share-tab-embed').click();
	await page.getByTestId('embed-size-medium').check();
	await page.getByTestId('embed-title').fill('Schools 2023');
	await page.getByTestId('embed-legend').uncheck();
	await page.getByTestId('embed-interactive').uncheck();
	const code = await page.getByTestId('embed-code').inputValue();
	expect(code).toMatch(
		/^<iframe src="http:\/\/localhost:\d+\/embed\?lang=en&amp;map=[\d./]+&amp;title=Schools\+2023&amp;legend=0&amp;interactive=0" title="Schools 2023" width="600" height="400"/
	);
	const preview = page.frameLocator('[data-testid="embed-preview"]');
	await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Schools 2023');
	await expect(preview.getByTestId('embed-legend')).toHaveCount(0);
});

test("with the density view open, the PNG's legend says what each colour counts", async ({
	page
}) => {
	await page.goto('/?lang=en&analysis=density');
	await waitForMapIdle(page);
	await expect(page.getByTestId('density-legend')).toBeVisible();
	await openImageExport(page);
	const text = readPngText((await downloadPng(page)).bytes);
	expect(text.Description).toMatch(/Number of projects \d+(–\d+)? \(\d+ hexagons?\)/);
});

test('the PNG at 2× is twice the size of 1× and carries legend and attribution', async ({
	page
}) => {
	await page.goto('/?lang=zh');
	await waitForMapIdle(page);
	await openImageExport(page);
	const sizes: { width: number; height: number; file: Uint8Array }[] = [];
	for (const scale of [1, 2] as const) {
		const { name, bytes: file } = await downloadPng(page, scale);
		expect(name).toMatch(/^qingdao-renewal-map-\d{4}-\d{2}-\d{2}(@2x)?\.png$/);
		const view = new DataView(file.buffer, file.byteOffset);
		sizes.push({ width: view.getUint32(16), height: view.getUint32(20), file });
	}
	const [one, two] = sizes as [(typeof sizes)[0], (typeof sizes)[0]];
	expect(two.width).toBe(one.width * 2);
	expect(Math.abs(two.height - one.height * 2)).toBeLessThanOrEqual(2);
	const text = readPngText(two.file);
	expect(text.Copyright).toContain('OpenStreetMap');
	expect(text.Description).toContain('学校');
	expect(text.Title).toBe('青岛城市更新地图');
	// The subtitle counts the projects and says how many of them the map can place.
	const [, shown, onMap] = /(\d+) 个项目，地图上 (\d+) 个/.exec(text.Description!) ?? [];
	expect(Number(onMap)).toBeGreaterThan(0);
	expect(Number(onMap)).toBeLessThan(Number(shown));

	// The legend's swatches are drawn in the picture: find the schools colour in its lower part.
	const found = await page.evaluate(async (bytes) => {
		const bitmap = await createImageBitmap(
			new Blob([new Uint8Array(bytes)], { type: 'image/png' })
		);
		const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
		const ctx = canvas.getContext('2d')!;
		ctx.drawImage(bitmap, 0, 0);
		const top = Math.round(bitmap.height * 0.8);
		const pixels = ctx.getImageData(0, top, bitmap.width, bitmap.height - top).data;
		let schools = 0;
		for (let i = 0; i < pixels.length; i += 4) {
			if (pixels[i] === 0xdd && pixels[i + 1] === 0xaa && pixels[i + 2] === 0x33) schools += 1;
		}
		return schools;
	}, Array.from(one.file));
	expect(found).toBeGreaterThan(50);
});

test('with automatic height, the sizing script fits the iframe to the map', async ({
	page,
	baseURL
}) => {
	const src = new URL('/embed?lang=en&title=Fits&autoheight=1', baseURL).href;
	const script = new URL('/embed.js', baseURL).href;
	await page.setContent(
		`<iframe id="embed" data-qd-embed src="${src}" width="400" height="150" style="border:0"></iframe>` +
			`<script src="${script}"></script>`
	);
	// 400 px wide: a 16:10 map (250 px) plus the title band.
	await expect
		.poll(async () => (await page.locator('#embed').boundingBox())!.height, { timeout: 20_000 })
		.toBeGreaterThan(250);
	const height = (await page.locator('#embed').boundingBox())!.height;
	expect(height).toBeLessThan(400);
	await expect(page.frameLocator('#embed').locator('.maplibregl-ctrl-attrib')).toBeInViewport();
});
