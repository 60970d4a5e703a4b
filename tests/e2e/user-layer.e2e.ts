/**
 * "Add your own layer": a bad file of each kind gets its own polite message and breaks nothing; a
 * GCJ-02 file is offered the conversion; a good file is drawn, joins the analyses on request, survives
 * a reload and can be removed; without IndexedDB the page says the layer will not be kept.
 * The files are in tests/e2e/fixtures/ (see its README).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, renderedCounts, test, waitForMapIdle } from './fixtures';

/** The explorer page (ANALYSIS_PAGE lets the tests run against a copy of it while it is wired). */
const PAGE = process.env.ANALYSIS_PAGE ?? '/';
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

async function openLayers(page: Page) {
	await page.goto(`${PAGE}?lang=zh`);
	await waitForMapIdle(page);
	await page.getByTestId('tab-analysis').click();
	await page.getByTestId('analysis-mode-layers').click();
}

async function choose(
	page: Page,
	file: string | { name: string; mimeType: string; buffer: Buffer }
) {
	await page
		.getByTestId('user-layer-input')
		.setInputFiles(typeof file === 'string' ? join(FIXTURES, file) : file);
}

/**
 * The map's source for each user layer: a layer has two, its points (clustered, id ending in
 * `-points`) and its lines and polygons; the second names the layer (its style layers start with it).
 */
async function userSources(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		Object.keys(window.__qdmap!.getStyle().sources).filter(
			(id) => id.startsWith('overlay-user-') && !id.endsWith('-points')
		)
	);
}

/** A user layer's features as the map has them: its points first, then its lines and polygons. */
async function sourceFeatures(page: Page, id: string): Promise<GeoJSON.Feature[]> {
	await waitForMapIdle(page);
	return page.evaluate((sourceId) => {
		const features = (id: string) => {
			const source = window.__qdmap!.getSource(id) as unknown as {
				_data: { geojson?: GeoJSON.FeatureCollection } & Partial<GeoJSON.FeatureCollection>;
			};
			return (source._data.geojson ?? (source._data as GeoJSON.FeatureCollection)).features;
		};
		return [...features(`${sourceId}-points`), ...features(sourceId)];
	}, id);
}

/** Drops files made in the page onto `selector`, as a drag from the desktop would. */
async function dropInPage(page: Page, selector: string, name: string, megabytes: number) {
	await page.evaluate(
		({ selector, name, megabytes }) => {
			const file = new File([new Uint8Array(megabytes * 1024 * 1024)], name, {
				type: 'application/geo+json'
			});
			const data = new DataTransfer();
			data.items.add(file);
			const target = document.querySelector(selector)!;
			for (const type of ['dragenter', 'dragover', 'drop']) {
				target.dispatchEvent(
					new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true })
				);
			}
		},
		{ selector, name, megabytes }
	);
}

test.describe('a bad file gets its own message', () => {
	test('malformed JSON says where it breaks', async ({ page }) => {
		await openLayers(page);
		await choose(page, {
			name: 'broken.geojson',
			mimeType: 'application/geo+json',
			buffer: Buffer.from(
				'{\n  "type": "FeatureCollection",\n  "features": [\n    { "type": "Feature" ]\n}\n'
			)
		});
		const error = page.getByTestId('user-layer-error');
		await expect(page.getByTestId('user-layer-announce')).toContainText('文件不是有效的 JSON');
		await expect(error).toContainText('无法添加“broken.geojson”');
		await expect(error).toContainText('文件不是有效的 JSON');
		await expect(error).toContainText('第 4 行');
		await expect(page.getByTestId('user-layer-list')).toHaveCount(0);
	});

	test('an unsupported geometry type is named', async ({ page }) => {
		await openLayers(page);
		await choose(page, 'unsupported-geometry.geojson');
		await expect(page.getByTestId('user-layer-error')).toContainText('几何类型 “Circle” 不受支持');
	});

	test('coordinates out of range name the first one', async ({ page }) => {
		await openLayers(page);
		await choose(page, 'out-of-range.geojson');
		const error = page.getByTestId('user-layer-error');
		await expect(error).toContainText('[250.35, 96.08]');
		await expect(error).toContainText('超出范围');
	});

	test('a CSV without longitude and latitude lists the columns it has', async ({ page }) => {
		await openLayers(page);
		await choose(page, 'no-coordinates.csv');
		const error = page.getByTestId('user-layer-error');
		await expect(error).toContainText('CSV 中找不到经度列和纬度列');
		await expect(error).toContainText('address');
	});

	test('a 50 MB file dropped on the panel is refused at once, without being read', async ({
		page
	}) => {
		await openLayers(page);
		await page.evaluate(() => {
			const reads: number[] = [];
			(window as unknown as { __reads: number[] }).__reads = reads;
			for (const method of ['text', 'arrayBuffer', 'stream', 'bytes'] as const) {
				const original = Blob.prototype[method] as (this: Blob) => unknown;
				Object.defineProperty(Blob.prototype, method, {
					configurable: true,
					value(this: Blob) {
						reads.push(this.size);
						return original.call(this);
					}
				});
			}
		});
		await dropInPage(page, '[data-testid="user-layers"] .drop', 'huge.geojson', 50);
		const error = page.getByTestId('user-layer-error');
		await expect(error).toContainText('文件太大（50 MB），上限为 10 MB');
		expect(await page.evaluate(() => (window as unknown as { __reads: number[] }).__reads)).toEqual(
			[]
		);
	});

	test('the English messages are as polite', async ({ page }) => {
		await page.goto(`${PAGE}?lang=en`);
		await waitForMapIdle(page);
		await page.getByTestId('tab-analysis').click();
		await page.getByTestId('analysis-mode-layers').click();
		await choose(page, 'no-coordinates.csv');
		await expect(page.getByTestId('user-layer-error')).toContainText(
			'No longitude and latitude columns were found in the CSV'
		);
	});
});

test('a GCJ-02 file is accepted with a warning, and converting moves it about 460 m west', async ({
	page
}) => {
	await openLayers(page);
	await choose(page, 'amap-pois.csv');
	const added = page.getByTestId('user-layer-added');
	await expect(added).toContainText('已添加“amap-pois.csv”（2 个要素）');
	await expect(page.getByTestId('user-layer-warnings')).toContainText('GCJ-02');
	const convert = page.getByTestId('user-layer-convert');
	await expect(convert).toHaveText('转换为 WGS-84');

	const [source] = await userSources(page);
	const before = (await sourceFeatures(page, source!))[0]!.geometry as GeoJSON.Point;
	await convert.click();
	await expect(page.getByTestId('user-layer-warnings')).toContainText('从 GCJ-02 转换为 WGS-84');
	await expect(convert).toHaveCount(0);
	await expect(page.getByTestId('user-layer-list')).toContainText('已从 GCJ-02 转换');
	await expect
		.poll(
			async () =>
				((await sourceFeatures(page, source!))[0]!.geometry as GeoJSON.Point).coordinates[0]
		)
		.toBeLessThan(before.coordinates[0]!);
	const after = ((await sourceFeatures(page, source!))[0]!.geometry as GeoJSON.Point).coordinates;
	// About 460 m: 0.0045–0.006° of longitude and 0.001–0.003° of latitude at 36° N.
	const westM = (before.coordinates[0]! - after[0]!) * 90_000;
	const southM = (before.coordinates[1]! - after[1]!) * 111_000;
	expect(Math.hypot(westM, southM)).toBeGreaterThan(400);
	expect(Math.hypot(westM, southM)).toBeLessThan(650);
});

test('a GCJ-02 layer kept from an earlier visit can still be converted, and stays converted', async ({
	page
}) => {
	await openLayers(page);
	await choose(page, 'amap-pois.csv');
	await expect(page.getByTestId('user-layer-convert')).toBeVisible();
	// Not converted now: after a reload the file is gone, only the kept layer remains.
	await page.reload();
	await waitForMapIdle(page);
	await expect(page.getByTestId('user-layer-convert')).toHaveCount(0);
	const item = page.getByTestId('user-layer-list').locator('li').first();
	await expect(item).toContainText('坐标可能是 GCJ-02');
	const convert = item.getByTestId('user-layer-convert-saved');
	await expect(convert).toHaveAccessibleName('把“amap-pois.csv”从 GCJ-02 转换为 WGS-84');
	await expect.poll(() => userSources(page)).toHaveLength(1);
	const [source] = await userSources(page);
	const before = ((await sourceFeatures(page, source!))[0]!.geometry as GeoJSON.Point).coordinates;
	await convert.click();
	await expect(item).toContainText('已从 GCJ-02 转换');
	await expect(convert).toHaveCount(0);
	await expect
		.poll(
			async () =>
				((await sourceFeatures(page, source!))[0]!.geometry as GeoJSON.Point).coordinates[0]
		)
		.toBeLessThan(before[0]! - 0.004);

	await page.reload();
	await waitForMapIdle(page);
	await expect(page.getByTestId('user-layer-list').locator('li').first()).toContainText(
		'已从 GCJ-02 转换'
	);
	await expect.poll(() => userSources(page)).toEqual([source]);
	const kept = ((await sourceFeatures(page, source!))[0]!.geometry as GeoJSON.Point).coordinates;
	expect(kept[0]).toBeLessThan(before[0]! - 0.004);
});

test('a good layer is drawn, survives a reload and can be removed', async ({ page }) => {
	await openLayers(page);
	await choose(page, 'planned-kiosks.geojson');
	await expect(page.getByTestId('user-layer-added')).toContainText('6 个要素');
	const items = page.getByTestId('user-layer-list').locator('li');
	await expect(items).toHaveCount(1);
	await expect(items.first()).toContainText('planned-kiosks.geojson');
	await expect(items.first()).toContainText('4 个点、1 条线、1 个面');
	const [source] = await userSources(page);
	expect(await sourceFeatures(page, source!)).toHaveLength(6);
	// Close enough that the four kiosks are not clustered: each is drawn as its own point.
	await page.evaluate(() => window.__qdmap!.jumpTo({ center: [120.4002, 36.0602], zoom: 17 }));
	await waitForMapIdle(page);
	const point = `${source}-point`;
	expect((await renderedCounts(page, [point]))[point]).toBe(4);

	await page.reload();
	await waitForMapIdle(page);
	// Drawn again from IndexedDB, before the panel is even opened.
	await expect.poll(() => userSources(page)).toEqual([source]);
	await page.getByTestId('tab-analysis').click();
	await page.getByTestId('analysis-mode-layers').click();
	await expect(items).toHaveCount(1);

	await items.first().getByTestId('user-layer-remove').click();
	await expect(page.getByTestId('user-layer-list')).toHaveCount(0);
	await expect.poll(() => userSources(page)).toEqual([]);
	await page.reload();
	await waitForMapIdle(page);
	await page.getByTestId('tab-analysis').click();
	await page.getByTestId('analysis-mode-layers').click();
	await expect(page.getByTestId('user-layers')).toContainText('还没有添加图层');
	expect(await userSources(page)).toEqual([]);
});

test('a file dropped on the map opens the panel and adds the layer', async ({ page }) => {
	await page.goto(`${PAGE}?lang=zh`);
	await waitForMapIdle(page);
	await page.evaluate(() => {
		const file = new File(['name,lon,lat\n台东,120.347,36.083\n'], 'dropped.csv', {
			type: 'text/csv'
		});
		const data = new DataTransfer();
		data.items.add(file);
		const map = document.querySelector('main')!;
		for (const type of ['dragenter', 'dragover', 'drop']) {
			map.dispatchEvent(
				new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true })
			);
		}
	});
	await expect(page.getByTestId('tab-analysis')).toHaveAttribute('aria-selected', 'true');
	await expect(page.getByTestId('user-layer-added')).toContainText(
		'已添加“dropped.csv”（1 个要素）'
	);
	await expect.poll(async () => (await userSources(page)).length).toBe(1);
});

test('with “include my layers”, the layer joins the clusters', async ({ page }) => {
	await openLayers(page);
	await choose(page, 'planned-kiosks.geojson');
	await expect(page.getByTestId('user-layer-added')).toBeVisible();
	await page.getByTestId('analysis-mode-clusters').click();
	const list = page.getByTestId('cluster-list').locator(':scope > li');
	await expect(list.first()).toBeVisible();
	const without = await list.count();
	await page.getByTestId('analysis-include-user').check();
	await expect(list).toHaveCount(without + 1);
	await expect(page.getByTestId('cluster-list')).toContainText('0 个项目 + 6 个我的要素');
});

test.describe('without IndexedDB', () => {
	test('a layer still shows, and the page says it will not be kept', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'indexedDB', {
				configurable: true,
				get() {
					throw new DOMException(
						'The user denied permission to access the database.',
						'SecurityError'
					);
				}
			});
		});
		await openLayers(page);
		await expect(page.getByTestId('user-layer-storage')).toContainText('刷新页面后会消失');
		await choose(page, 'planned-kiosks.geojson');
		await expect(page.getByTestId('user-layer-added')).toContainText('6 个要素');
		await expect.poll(async () => (await userSources(page)).length).toBe(1);
	});
});
