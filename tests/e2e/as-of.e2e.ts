/** The as-of date drives every status, on the map and in the list. */
import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';

async function mapStatus(page: Page, id: string): Promise<string | undefined> {
	await waitForMapIdle(page);
	return page.evaluate((wanted) => {
		const features = window.__qdmap!.querySourceFeatures('projects');
		return features.find((f) => f.properties.id === wanted)?.properties.status as
			string | undefined;
	}, id);
}

function listItem(page: Page, id: string) {
	return page.locator(`[data-testid="project-list"] a[data-id="${id}"]`);
}

test('moving the as-of date changes statuses on the map and in the list', async ({ page }) => {
	await page.goto('/?lang=en&asof=2023-02-13');
	await expect(page.getByTestId('as-of-date')).toHaveText('13 Feb 2023');
	await expect(listItem(page, 'xiaogang-station')).toContainText('Upcoming');
	await expect.poll(() => mapStatus(page, 'xiaogang-station')).toBe('upcoming');

	// Drag to the end of March 2023: the 3月底前 demolition is due within 30 days.
	const slider = page.getByTestId('as-of-slider');
	await slider.focus();
	for (let day = 0; day < 40; day++) await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('as-of-date')).toHaveText('25 Mar 2023');
	await expect(listItem(page, 'xiaogang-station')).toContainText('Due within 30 days');
	await expect.poll(() => mapStatus(page, 'xiaogang-station')).toBe('due-soon');
	await expect(page).toHaveURL(/asof=2023-03-25/);

	for (let day = 0; day < 10; day++) await page.keyboard.press('ArrowRight');
	await expect(listItem(page, 'xiaogang-station')).toContainText('Past deadline');
	await expect.poll(() => mapStatus(page, 'xiaogang-station')).toBe('past');
	// Moving the date colours the map by status.
	await expect(page.getByTestId('legend').getByTestId('legend-color-status')).toBeChecked();
});

test('play steps month by month', async ({ page }) => {
	await page.goto('/?lang=en&asof=2023-02-13');
	await page.getByTestId('as-of-play').click();
	await expect(page.getByTestId('as-of-date')).toHaveText('31 Mar 2023', { timeout: 10_000 });
	await page.getByTestId('as-of-play').click();
	await expect(page.getByTestId('as-of-play')).toHaveAttribute('aria-pressed', 'false');
});
