/** Each filter narrows the list, its counts and the map; they combine; clearing restores everything. */
import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';

/** The number the list's summary sentence starts with ("共 70 个项目…"). */
async function listTotal(page: Page): Promise<number> {
	const text = await page.getByTestId('list-summary').textContent();
	return Number(/(\d+)/.exec(text ?? '')![1]);
}

/** Ids of the projects drawn on the map (the source's data, not only what is in view). */
async function mapIds(page: Page): Promise<string[]> {
	await waitForMapIdle(page);
	return page.evaluate(() => {
		const source = window.__qdmap!.getSource('projects') as unknown as {
			_data: { geojson?: GeoJSON.FeatureCollection } & Partial<GeoJSON.FeatureCollection>;
		};
		const data = source._data.geojson ?? (source._data as GeoJSON.FeatureCollection);
		return data.features.map((f) => f.properties!.id as string).sort();
	});
}

test.beforeEach(async ({ page }) => {
	await page.goto('/?lang=zh');
	await waitForMapIdle(page);
});

test('the district filter narrows list, counts and map', async ({ page }) => {
	const all = await listTotal(page);
	const allOnMap = await mapIds(page);
	await page.getByTestId('tab-filters').click();
	await page.getByTestId('filter-district-shinan').check();
	await expect(page).toHaveURL(/district=shinan/);
	await page.getByTestId('tab-list').click();
	const shinan = await listTotal(page);
	expect(shinan).toBeGreaterThan(0);
	expect(shinan).toBeLessThan(all);
	const shinanOnMap = await mapIds(page);
	expect(shinanOnMap.length).toBeLessThan(allOnMap.length);
	expect(shinanOnMap).toContain('jinhu-road-subdistrict');
	expect(shinanOnMap).not.toContain('xiaogang-station');
});

test('a layer switched off in the legend leaves the map and the list', async ({ page }) => {
	const legendCount = Number(
		await page
			.getByTestId('legend')
			.locator('label', { hasText: '学校' })
			.locator('.n')
			.textContent()
	);
	expect(legendCount).toBe(9);
	const all = await listTotal(page);
	await page.getByTestId('legend-layer-schools').uncheck();
	await expect(page).toHaveURL(/layers=/);
	expect(await listTotal(page)).toBe(all - 9);
	expect(await mapIds(page)).not.toContain('shuangshan-primary-school');
});

test('status and date filters combine, and clearing them restores the list', async ({ page }) => {
	const all = await listTotal(page);
	await page.getByTestId('tab-filters').click();
	await page.getByTestId('filter-from').fill('2023-03-01');
	await page.getByTestId('filter-to').fill('2023-03-31');
	await page.getByTestId('filter-to').blur();
	await page.getByTestId('tab-list').click();
	const march = await listTotal(page);
	expect(march).toBeLessThan(all);
	await expect(page.getByTestId('project-list')).toContainText('地铁2号线小港站');
	await expect(page.getByTestId('project-list')).not.toContainText('辽阳路快速路');

	await page.getByTestId('tab-filters').click();
	await page.getByTestId('filter-campaign-metro').check();
	await page.getByTestId('tab-list').click();
	expect(await listTotal(page)).toBe(1);
	expect(await mapIds(page)).toEqual(['xiaogang-station']);

	await page.getByTestId('tab-filters').click();
	await page.getByTestId('filter-reset').click();
	await page.getByTestId('tab-list').click();
	expect(await listTotal(page)).toBe(all);
});

test('the summary totals follow the filters', async ({ page }) => {
	await page.getByTestId('tab-filters').click();
	await page.getByTestId('filter-campaign-park-city').check();
	await page.getByTestId('tab-summary').click();
	await expect(page.getByTestId('summary-totals')).toContainText('长度 4.3公里');
	await page.getByTestId('tab-filters').click();
	await page.getByTestId('filter-campaign-park-city').uncheck();
	await page.getByTestId('filter-campaign-municipal-transport').check();
	await page.getByTestId('tab-summary').click();
	await expect(page.getByTestId('summary-totals')).toContainText('征收户数 300余户');
	await expect(page.getByTestId('summary-totals')).not.toContainText('4.3公里');
});

test('a filter that matches nothing says what to do', async ({ page }) => {
	await page.getByTestId('tab-filters').click();
	await page.getByTestId('filter-district-shinan').check();
	await page.getByTestId('filter-campaign-metro').check();
	await page.getByTestId('tab-list').click();
	await expect(page.getByTestId('list-empty')).toContainText('清除筛选');
});
