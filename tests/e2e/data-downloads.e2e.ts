/**
 * The links to published data files are plain downloads: clicking one saves the file under its name
 * (GeoJSON and Atom are not shown as text), and the client router neither preloads it nor logs
 * "Not found". The fixture fails the test on any logged error.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Hovers (which preloads a page link) and clicks the link, and returns the download it starts. */
async function download(page: Page, name: string | RegExp) {
	const link = page.getByRole('link', { name, exact: typeof name === 'string' });
	await link.hover();
	const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
	return file;
}

test('each kind of file on /data downloads under its own name', async ({ page }) => {
	await page.goto('/data');
	await page.waitForLoadState('networkidle');
	for (const name of ['projects.csv', 'projects.geojson', 'deadlines.atom', 'schools.csv']) {
		const file = await download(page, name);
		expect(file.suggestedFilename()).toBe(name);
		expect(await file.failure()).toBeNull();
	}
	// Still on the data page: nothing navigated away.
	await expect(page).toHaveURL(/\/data$/);
});

test("a project page's layer file and district feed download too", async ({ page }) => {
	await page.goto('/projects/shuangshan-primary-school?lang=en');
	await page.waitForLoadState('networkidle');
	expect((await download(page, /\(GeoJSON\)$/)).suggestedFilename()).toBe('schools.geojson');
	expect((await download(page, /\(Atom\)$/)).suggestedFilename()).toMatch(/^deadlines-\w+\.atom$/);
	await expect(page).toHaveURL(/\/projects\/shuangshan-primary-school/);
});
