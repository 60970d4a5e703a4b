/**
 * A place chosen for "near me" from the search is named, not given as coordinates; a new radius
 * frames its circle; distances read to the nearest ten metres in both languages.
 */
import { expect, test, waitForMapIdle } from './fixtures';

test('a place picked in the search is named by its name, also in a link', async ({ page }) => {
	await page.goto('/?lang=zh');
	await page.getByTestId('tab-near').click();
	await page.getByTestId('search').fill('台东站');
	await page
		.getByRole('option', { name: /台东站/ })
		.first()
		.click();
	await expect(page.getByTestId('near-place')).toHaveText('台东站');
	await expect(page.getByTestId('near-place')).not.toContainText('120.');
	const link = page.url();
	await page.goto(link.replace('lang=zh', 'lang=en'));
	await expect(page.getByTestId('near-place')).toHaveText(/^Taidong station/);
});

test('changing the radius frames the whole circle', async ({ page }) => {
	await page.goto('/?lang=zh&near=120.39208,36.11403,500&map=16/36.11403/120.39208');
	await waitForMapIdle(page);
	await page.getByTestId('near-radius-slider').fill('3000');
	await waitForMapIdle(page);
	const [[west, south], [east, north]] = (await page.evaluate(() =>
		window.__qdmap!.getBounds().toArray()
	)) as [[number, number], [number, number]];
	// 3 km around 双山站 is about ±0.033° of longitude and ±0.027° of latitude.
	expect(east - west).toBeGreaterThan(0.066);
	expect(north - south).toBeGreaterThan(0.054);
	expect(west).toBeLessThan(120.39208 - 0.033);
	expect(east).toBeGreaterThan(120.39208 + 0.033);
});

test('2050 m reads 2.05 km, in both languages', async ({ page }) => {
	await page.goto('/?lang=zh&near=120.39208,36.11403,2050');
	await expect(page.getByTestId('near-radius')).toHaveText('2.05 公里');
	await page.getByTestId('lang-switch').click();
	await expect(page.getByTestId('near-radius')).toHaveText('2.05 km');
});

test('a station chosen in the search from the list shows what is being built around it', async ({
	page
}) => {
	await page.goto('/?lang=zh');
	await page.getByTestId('search').fill('台东站');
	await page
		.getByRole('option', { name: /台东站/ })
		.first()
		.click();
	await expect(page.getByTestId('tab-near')).toHaveAttribute('aria-selected', 'true');
	await expect(page.getByTestId('near-place')).toHaveText('台东站');
	await expect(page.getByTestId('near-summary')).toContainText('1 公里');
	await expect(page.getByTestId('project-panel')).toHaveCount(0);
	await expect(page).toHaveURL(/[?&]near=/);
});

test('a search that finds nothing says how to look around an address', async ({ page }) => {
	await page.goto('/?lang=en');
	await page.getByTestId('search').fill('Hong Kong Middle Road');
	await expect(page.getByTestId('search-none')).toHaveText(
		'No project, street or station matches. To look around an address, open Near me and click that spot on the map (long-press on a phone).'
	);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('a station chosen in the search brings the answer into view', async ({ page }) => {
		await page.goto('/?lang=en');
		await page.getByTestId('search').fill('Taidong');
		await page.getByRole('option', { name: /Taidong station/ }).click();
		await expect(page.getByTestId('near-summary')).toBeInViewport();
	});
});
