import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from '../e2e/fixtures';
import { changedLines, dataCheck, openEditor, readGeodataFile } from './editor';

/** Chooses a line or area by searching for its id, and waits for its shape to be in edit. */
async function chooseShape(page: Page, id: string): Promise<void> {
	await page.getByTestId('edit-search').fill(id);
	await page.locator(`button[data-id="${id}"]`).click();
	await expect(page.getByTestId('edit-shape')).toBeVisible();
	await waitForMapIdle(page);
}

/** Where a WGS-84 position is on the page (the offline basemap is WGS-84). */
async function onPage(page: Page, at: [number, number]): Promise<{ x: number; y: number }> {
	const point = await page.evaluate((p) => window.__qdmap!.project(p), at);
	const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
	return { x: box.x + point.x, y: box.y + point.y };
}

/** Drags with the mouse from one place on the page by (dx, dy) pixels, in small steps. */
async function drag(page: Page, from: { x: number; y: number }, dx: number, dy: number) {
	await page.mouse.move(from.x, from.y);
	await page.mouse.down();
	await page.mouse.move(from.x + dx / 2, from.y + dy / 2, { steps: 8 });
	await page.mouse.move(from.x + dx, from.y + dy, { steps: 8 });
	await page.mouse.up();
}

test('dragging one vertex of an area and saving changes only that vertex’s coordinate lines', async ({
	page
}) => {
	const FILE = 'historic-districts.geojson';
	const ID = 'sifang-road-block';
	const before = readGeodataFile(FILE);
	await openEditor(page);
	await chooseShape(page, ID);
	const field = page.getByTestId('edit-shape');
	const stored = await field.inputValue();
	expect(stored).toContain('[120.32, 36.0725]');

	await drag(page, await onPage(page, [120.32, 36.0725]), 40, -30);
	await expect(field).not.toHaveValue(stored);
	expect(await field.inputValue()).not.toContain('[120.32, 36.0725]');

	await page.getByRole('button', { name: '查看改动' }).first().click();
	await expect(page.getByTestId('edit-diff')).toContainText('-       120.32,');
	expect(readGeodataFile(FILE)).toBe(before);

	await page.getByTestId('edit-save-place').click();
	await expect(page.getByRole('status')).toContainText(`已保存 ${FILE}`);
	const changed = changedLines(before, readGeodataFile(FILE));
	expect(changed).toHaveLength(2);
	for (const line of changed) expect(line).toMatch(/^ {7}\d+\.\d+,?$/);
	expect(dataCheck()).toContain('all valid');
});

test('dragging an area’s first vertex moves its closing vertex with it, four lines in all', async ({
	page
}) => {
	const FILE = 'villages.geojson';
	const ID = 'hexi-village';
	const before = readGeodataFile(FILE);
	await openEditor(page, '?lang=en');
	await chooseShape(page, ID);
	const field = page.getByTestId('edit-shape');
	const stored = await field.inputValue();

	await drag(page, await onPage(page, [120.40074, 36.12167]), -30, 30);
	await expect(field).not.toHaveValue(stored);

	await page.getByTestId('edit-save-place').click();
	await expect(page.getByRole('status')).toContainText(`Saved ${FILE}`);
	const changed = changedLines(before, readGeodataFile(FILE));
	expect(changed).toHaveLength(4);
	expect(changed[0]).toBe(changed[2]);
	expect(changed[1]).toBe(changed[3]);
	expect(dataCheck()).toContain('all valid');

	// Reset shape puts back what is stored now (the saved shape), and nothing is left to save.
	await drag(page, await onPage(page, [120.40676, 36.12698]), 30, 0);
	const saved = readGeodataFile(FILE);
	await page.getByTestId('edit-shape-reset').click();
	await page.getByRole('button', { name: 'Show the changes' }).first().click();
	await expect(page.getByTestId('edit-outcome')).toContainText('Nothing changes.');
	expect(readGeodataFile(FILE)).toBe(saved);
});

test('typed coordinates that leave an area’s ring open are refused with a message, and no file changes', async ({
	page
}) => {
	const FILE = 'historic-districts.geojson';
	const before = readGeodataFile(FILE);
	await openEditor(page, '?lang=en');
	await chooseShape(page, 'guantao-road-block');
	const field = page.getByTestId('edit-shape');
	await field.fill(
		'[[[120.3125, 36.076], [120.3148, 36.076], [120.3148, 36.08], [120.3125, 36.08], [120.3125, 36.0765]]]'
	);
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('#edit-shape-help')).toContainText('not closed');

	await page.getByTestId('edit-save-place').click();
	await expect(page.getByRole('alert')).toContainText(
		'The area’s ring is not closed: make the last position equal to the first.'
	);
	expect(readGeodataFile(FILE)).toBe(before);
});

test('typed coordinates whose outline crosses itself are refused with where it crosses, and no file changes', async ({
	page
}) => {
	const FILE = 'historic-districts.geojson';
	const before = readGeodataFile(FILE);
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await openEditor(page);
	await chooseShape(page, 'guantao-road-block');
	const field = page.getByTestId('edit-shape');

	// The north corners swapped: a bow-tie whose halves meet at (120.31365, 36.078).
	await field.fill(
		'[[[120.3125, 36.076], [120.3148, 36.076], [120.3125, 36.08], [120.3148, 36.08], [120.3125, 36.076]]]'
	);
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('#edit-shape-help')).toContainText(
		'120.31365, 36.078 处自相交叉或相接'
	);

	await page.getByTestId('edit-save-place').click();
	await expect(page.getByRole('alert')).toContainText('自相交叉或相接');
	expect(readGeodataFile(FILE)).toBe(before);
	// terra-draw refuses a crossed outline (it throws when handed one): the field must not pass it on.
	expect(errors).toEqual([]);
});

test('an area chosen while the map still loads gets its handles, and they work', async ({
	page
}) => {
	await openEditor(page, '?lang=en');
	const handles = () => page.evaluate(() => Boolean(window.__qdmap!.getLayer('td-point')));
	// A point first: the map moves to it and loads; the area is chosen before it has finished.
	await page.getByTestId('edit-search').fill('xiaogang-station');
	await page.locator('button[data-id="xiaogang-station"]').click();
	await page.getByTestId('edit-search').fill('guantao-road-block');
	await page.locator('button[data-id="guantao-road-block"]').click();
	await expect.poll(handles, { timeout: 30_000 }).toBe(true);

	await waitForMapIdle(page);
	const field = page.getByTestId('edit-shape');
	const stored = await field.inputValue();
	await drag(page, await onPage(page, [120.3148, 36.08]), 30, -20);
	await expect(field).not.toHaveValue(stored);
});

test('a river of two lines: a vertex of the second deleted with a right-click and one added at a midpoint, saved as one MultiLineString', async ({
	page
}) => {
	const FILE = 'licun-river.geojson';
	const ID = 'licun-river-landscape';
	const before = readGeodataFile(FILE);
	const stored = JSON.parse(before).features.find(
		(f: { properties: { id: string } }) => f.properties.id === ID
	).geometry.coordinates as number[][][];
	await openEditor(page, '?lang=en');
	await chooseShape(page, ID);
	const field = page.getByTestId('edit-shape');

	// The first line is in edit; a click on a vertex of the second chooses it. On a loaded machine that
	// click may not take, or the right-click may land first: both are tried again until the vertex is
	// gone. A click on a vertex of the line already in edit, or a right-click off a vertex, does nothing.
	const second = await onPage(page, [120.48, 36.118]);
	const vertex = await onPage(page, [120.44, 36.128]);
	await expect(async () => {
		await page.mouse.click(second.x, second.y);
		await waitForMapIdle(page);
		await page.mouse.click(vertex.x, vertex.y, { button: 'right' });
		await expect(field).not.toHaveValue(/\[120\.44, 36\.128\]/, { timeout: 3000 });
	}).toPass({ timeout: 40_000 });
	// Nothing else moved: the second line lost exactly that vertex.
	expect((await field.inputValue()).match(/\[/g)).toHaveLength(
		1 + stored[0]!.length + stored[1]!.length + 2 - 1
	);
	const mid = await onPage(page, [(120.46 + 120.418) / 2, (36.123 + 36.1325) / 2]);
	await page.mouse.click(mid.x, mid.y);
	await expect(field).toHaveValue(/\[120\.43\d*, 36\.127\d*\]/);

	await page.getByTestId('edit-save-place').click();
	await expect(page.getByRole('status')).toContainText(`Saved ${FILE}`);
	const saved = JSON.parse(readGeodataFile(FILE)).features.find(
		(f: { properties: { id: string } }) => f.properties.id === ID
	).geometry;
	expect(saved.type).toBe('MultiLineString');
	expect(saved.coordinates[0]).toEqual(stored[0]);
	expect(saved.coordinates[1]).toHaveLength(stored[1]!.length);
	const moved = (saved.coordinates[1] as number[][]).filter(
		(p, i) => JSON.stringify(p) !== JSON.stringify(stored[1]![i])
	);
	expect(moved).toHaveLength(1);
	expect(changedLines(before, readGeodataFile(FILE))).toHaveLength(2);
	expect(dataCheck()).toContain('all valid');
});
