/**
 * The analyses say what their numbers rest on: a cluster counts its members on estimated positions
 * and those that share one point; the catchment table leaves out metrics that are zero at every
 * station, and says which, and how many of the projects it counts sit on estimated positions.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';

async function openAnalysis(page: Page, mode: string, lang = 'zh') {
	await page.goto(`/?lang=${lang}`);
	await waitForMapIdle(page);
	await page.getByTestId('tab-analysis').click();
	await page.getByTestId(`analysis-mode-${mode}`).click();
}

test('cluster 1 says seven cruise-port items sit on one estimated point', async ({ page }) => {
	await openAnalysis(page, 'clusters');
	const first = page.getByTestId('cluster-list').locator(':scope > li').first();
	const caveat = first.getByTestId('cluster-caveat');
	await expect(caveat).toContainText('7 个位置都为估计');
	await expect(caveat).toContainText('7 个共用同一个估计点');
	await page.getByTestId('lang-switch').click();
	await expect(caveat).toContainText('All 7 members are on estimated positions');
	await expect(caveat).toContainText('7 share one estimated point');
});

test('the catchment table hides metrics that are zero at every station, and names them', async ({
	page
}) => {
	await openAnalysis(page, 'catchments');
	const table = page.getByTestId('catchment-table');
	await expect(table.locator('tbody tr').first()).toBeVisible();
	const columns = await table.locator('thead th').count();
	// Every metric column left has a number other than 0 in some row.
	for (let col = 2; col <= columns; col++) {
		const cells = await table.locator(`tbody tr > :nth-child(${col})`).allTextContents();
		expect(
			cells.some((text) => text.trim() !== '0'),
			`column ${col}`
		).toBe(true);
	}
	expect(columns).toBeLessThan(5);
	// Each metric is either a column or named in the note.
	const note = page.getByTestId('catchment-hidden');
	await expect(note).toContainText('为零');
	const headers = await table.locator('thead th').allTextContents();
	for (const metric of ['泊位', '学位', '建筑面积']) {
		if (!headers.some((text) => text.includes(metric))) await expect(note).toContainText(metric);
	}
});

test('the catchment table says how many of the projects it counts sit on estimated positions', async ({
	page
}) => {
	await openAnalysis(page, 'catchments', 'en');
	const note = page.getByTestId('catchment-estimated');
	const counts = async () => {
		const match = /(\d+) of the (\d+) projects counted sit on estimated positions/.exec(
			(await note.textContent()) ?? ''
		);
		return match ? [Number(match[1]), Number(match[2])] : [];
	};
	await expect.poll(counts).toHaveLength(2);
	const [estimated500, counted500] = await counts();
	expect(estimated500).toBeGreaterThan(0);
	expect(estimated500).toBeLessThanOrEqual(counted500!);
	// A wider radius counts at least as many projects.
	await page.getByTestId('catchment-radius-800').check();
	await expect.poll(async () => (await counts())[1]).toBeGreaterThanOrEqual(counted500!);
	await page.getByTestId('lang-switch').click();
	await expect(note).toContainText('个位置为估计');
});

test('the density view says how many of the projects it bins sit on estimated positions', async ({
	page
}) => {
	await openAnalysis(page, 'density', 'en');
	const note = page.getByTestId('density-estimated');
	await expect(note).toContainText(/\d+ of the \d+ projects binned sit on estimated positions/);
	const [estimated, binned] = ((await note.textContent()) ?? '').match(/\d+/g)!.map(Number);
	expect(estimated).toBeGreaterThan(0);
	expect(estimated).toBeLessThanOrEqual(binned!);
	await expect(page.getByTestId('density-result')).toContainText(`${binned} projects in`);
});
