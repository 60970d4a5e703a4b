/**
 * A word of 40,000 characters in a user's file (its name, its features' names and properties) wraps
 * inside the panel that shows it: no panel and no page grows wider than the window. Text from our own
 * data wraps the same way wherever it is shown.
 */
import type { Page } from '@playwright/test';
import { dropFile, expect, test, waitForMapIdle } from './fixtures';

const WORD = 'x'.repeat(40_000);

/** Three user points close enough to make a cluster, each named with the long word. */
const LAYER = JSON.stringify({
	type: 'FeatureCollection',
	features: [
		[120.4, 36.06],
		[120.4005, 36.0602],
		[120.4002, 36.0598]
	].map((coordinates, i) => ({
		type: 'Feature',
		properties: { name: `${i}${WORD}`, note: WORD },
		geometry: { type: 'Point', coordinates }
	}))
});

async function dropLongLayer(page: Page) {
	await dropFile(page, `${WORD}.geojson`, LAYER);
	await expect(page.getByTestId('user-layer-list').locator('li')).toHaveCount(1);
}

/** The widest of the page and the analysis panel, content included. */
function widths(page: Page) {
	return page.evaluate(() => ({
		page: document.documentElement.scrollWidth,
		panel: document.querySelector('[data-testid="analysis"]')!.scrollWidth
	}));
}

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
]) {
	test(`a 40,000-character word in a user layer keeps the panel within ${viewport.width} px`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await page.goto('/?lang=zh');
		await waitForMapIdle(page);
		await page.getByTestId('tab-analysis').click();
		await dropLongLayer(page);
		// The layer's features join the clusters, which list their members by name.
		await page.getByTestId('analysis-mode-clusters').click();
		await page.getByTestId('analysis-include-user').check();
		await expect(page.getByTestId('cluster-list')).toContainText('xxxxxxxxxx');
		const { page: pageWidth, panel } = await widths(page);
		expect(pageWidth).toBeLessThanOrEqual(viewport.width);
		expect(panel).toBeLessThanOrEqual(viewport.width);
	});
}

test('text from the data may wrap anywhere, in the panel, the list, tables and project pages', async ({
	page
}) => {
	const wraps = (selector: string) =>
		page
			.locator(selector)
			.first()
			.evaluate((el) => getComputedStyle(el).overflowWrap);
	await page.goto('/?lang=en&project=shuangshan-primary-school');
	await expect(page.getByTestId('project-panel')).toBeVisible();
	// The map's legend is the interface's own words in a tight row, and breaks only between words.
	expect(await wraps('[data-testid="legend"]')).toBe('normal');
	expect(await wraps('[data-testid="project-panel"] h3')).toBe('anywhere');
	await page.getByTestId('panel-close').click();
	expect(await wraps('[data-testid="project-list"] a')).toBe('anywhere');
	await page.goto('/projects/shuangshan-primary-school');
	expect(await wraps('main.details')).toBe('anywhere');
	await page.goto('/data');
	expect(await wraps('table.layers tbody th')).toBe('anywhere');
});
