/**
 * /embed in a browser without WebGL: instead of a blank frame, the embedded view's projects as a list
 * (name, next deadline, status), its filters applied, each linking to the project's page in a new tab.
 */
import type { Page } from '@playwright/test';
import { disableWebGL, expect, test } from './fixtures';

test.use({ expectedErrors: /WebGL/i });

/** The ids the list at `path` shows, once the page has given up on the map. */
async function listedIds(page: Page, path: string): Promise<string[]> {
	await page.goto(path);
	await expect(page.getByTestId('notice')).toContainText('WebGL');
	const items = page.getByTestId('project-list').locator('[data-id]');
	await expect(items.first()).toBeVisible();
	return items.evaluateAll((links) => links.map((a) => a.getAttribute('data-id') ?? ''));
}

test('without WebGL /embed lists its projects, with links to their pages', async ({ page }) => {
	await disableWebGL(page);
	const all = await listedIds(page, '/embed?lang=zh');
	// The same projects as the full map lists without WebGL.
	expect(all.toSorted()).toEqual((await listedIds(page, '/?lang=zh')).toSorted());

	await page.goto('/embed?lang=zh');
	const fallback = page.getByTestId('embed-fallback');
	const first = fallback.getByTestId('project-list').locator('[data-id]').first();
	await expect(first).toHaveAttribute('href', `/projects/${all[0]}`);
	await expect(first).toHaveAttribute('target', '_blank');
	await expect(first.locator('.name')).not.toBeEmpty();
	await expect(first.locator('.badge[data-status]')).not.toBeEmpty();
	// The next deadline, on the items that still have one.
	await expect(fallback.locator('[data-id] time').first()).toHaveAttribute(
		'datetime',
		/^\d{4}-\d{2}-\d{2}/
	);
});

test('without WebGL /embed honours the view’s filters', async ({ page }) => {
	await disableWebGL(page);
	const all = await listedIds(page, '/embed?lang=zh');
	const shinan = await listedIds(page, '/embed?lang=zh&district=shinan');
	expect(shinan.length).toBeGreaterThan(0);
	expect(shinan.length).toBeLessThan(all.length);
	const meta = page.getByTestId('project-list').locator('.meta');
	for (const text of await meta.allTextContents()) expect(text).toContain('市南区');
	// The same as the full map with the same filter.
	expect(shinan.toSorted()).toEqual(
		(await listedIds(page, '/?lang=zh&district=shinan')).toSorted()
	);
});
