/**
 * Typing in the search box narrows the list as well as offering places to jump to, and a category
 * word finds the whole category in either language: 学校, "school" and 小学 all count the schools.
 */
import { readFileSync } from 'node:fs';
import { expect, test, waitForMapIdle } from './fixtures';

/** The schools layer's projects, read from the data rather than written down here. */
const SCHOOLS = (
	JSON.parse(readFileSync('geodata/schools.geojson', 'utf8')) as {
		features: { properties: { id: string; context?: boolean } }[];
	}
).features.filter((f) => !f.properties.context).length;

test('typing filters the list and says how many of all match', async ({ page }) => {
	await page.goto('/?lang=zh');
	const list = page.getByTestId('project-list').locator('a');
	const all = await list.count();
	await page.getByTestId('search').fill('聊城路');
	await expect.poll(() => list.count()).toBeLessThan(all);
	await expect(page.getByTestId('list-match')).toHaveText(
		`${await list.count()} / ${all} 个项目符合“聊城路”`
	);
	for (const name of await list.locator('.name').allTextContents())
		expect(name).toContain('聊城路');
	// Escape closes the suggestions, a second Escape clears the search and the list is whole again.
	await page.keyboard.press('Escape');
	await page.keyboard.press('Escape');
	await expect(list).toHaveCount(all);
	await expect(page.getByTestId('list-match')).toHaveCount(0);
});

test('a category word finds the category in both languages, its kinds included', async ({
	page
}) => {
	await page.goto('/?lang=zh');
	const list = page.getByTestId('project-list').locator('a');
	for (const query of ['学校', 'school', 'Schools', '小学']) {
		await page.getByTestId('search').fill(query);
		await expect(list, query).toHaveCount(SCHOOLS);
		for (const meta of await list.locator('.meta').allTextContents())
			expect(meta, query).toContain('学校');
	}
	await page.goto('/?lang=en');
	await page.getByTestId('search').fill('学校');
	await expect(page.getByTestId('list-match')).toContainText(`${SCHOOLS} of`);
});

test('nothing matching says what to do, and one click clears the search', async ({ page }) => {
	await page.goto('/?lang=en');
	const list = page.getByTestId('project-list').locator('a');
	const all = await list.count();
	await page.getByTestId('search').fill('zzzz');
	const empty = page.getByTestId('list-empty');
	await expect(empty).toContainText('No project matches “zzzz”');
	await expect(empty).toContainText('school');
	await page.getByTestId('list-clear-search').click();
	await expect(list).toHaveCount(all);
	await expect(page.getByTestId('search')).toHaveValue('');
});

test('choosing a street while a project is open frames the street, not the view from before the project', async ({
	page
}) => {
	await page.goto('/?lang=zh&project=taidong-station');
	await expect(page.getByTestId('project-panel')).toBeVisible();
	await waitForMapIdle(page);
	await page.getByTestId('search').fill('辽阳路');
	await page.getByRole('option', { name: /辽阳路.*街道/ }).click();
	await waitForMapIdle(page);
	// The street runs along the projects named after it: the map shows them, zoomed in past the city.
	const view = await page.evaluate(() => {
		const map = window.__qdmap!;
		return { zoom: map.getZoom(), bounds: map.getBounds().toArray().flat() };
	});
	expect(view.zoom).toBeGreaterThan(11.5);
	const [west, south, east, north] = view.bounds as [number, number, number, number];
	// 辽阳路 crosses Shibei from about 120.36 to 120.44° E near 36.09–36.11° N.
	expect(west).toBeLessThan(120.39);
	expect(east).toBeGreaterThan(120.39);
	expect(south).toBeLessThan(36.1);
	expect(north).toBeGreaterThan(36.1);
	expect(east - west).toBeLessThan(0.3);

	// The list now follows the map, and says so above the list, with the way back to all of it.
	const list = page.getByTestId('project-list').locator('a');
	const inView = await list.count();
	await expect(page.getByTestId('list-follows-map')).toContainText('只列出地图范围内的项目');
	await page.getByTestId('list-show-all').click();
	await expect(page.getByTestId('list-follows-map')).toHaveCount(0);
	await expect.poll(() => list.count()).toBeGreaterThan(inView);
});
