/**
 * The analyses run in a worker: the panel says it is computing until the answer comes, then shows it,
 * and computes again when a setting changes. The longest main-thread task is printed, not asserted
 * beyond a sanity bound.
 */
import { expect, test, waitForMapIdle } from './fixtures';
import { longestTaskSince, recordLongTasks, report } from './long-tasks';

test('opening ?analysis=clusters says it is computing, then shows the clusters', async ({
	page
}, info) => {
	await recordLongTasks(page);
	// Every text the computing status shows, from the start.
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __computing: string[] }).__computing = seen;
		new MutationObserver(() => {
			const text = document
				.querySelector('[data-testid="analysis-computing"]')
				?.textContent?.trim();
			if (text && seen.at(-1) !== text) seen.push(text);
		}).observe(document, { subtree: true, childList: true, characterData: true });
	});
	await page.goto('/?lang=zh&analysis=clusters');
	await expect(page.getByTestId('cluster-list')).toBeVisible();
	await expect(page.getByTestId('analysis-computing')).toHaveText('');
	expect(
		await page.evaluate(() => (window as unknown as { __computing: string[] }).__computing)
	).toContain('计算中…');
	await waitForMapIdle(page);
	report(info, 'longest main-thread task', await longestTaskSince(page));
	expect(await longestTaskSince(page), 'sanity bound only').toBeLessThan(20_000);
});

test('in English, density says “Computing…” and then shows its hexagons', async ({ page }) => {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __computing: string[] }).__computing = seen;
		new MutationObserver(() => {
			const text = document
				.querySelector('[data-testid="analysis-computing"]')
				?.textContent?.trim();
			if (text && seen.at(-1) !== text) seen.push(text);
		}).observe(document, { subtree: true, childList: true, characterData: true });
	});
	await page.goto('/?lang=en&analysis=density');
	await expect(page.getByTestId('density-result')).toBeVisible();
	await expect(page.getByTestId('analysis-computing')).toHaveText('');
	expect(
		await page.evaluate(() => (window as unknown as { __computing: string[] }).__computing)
	).toContain('Computing…');
	await waitForMapIdle(page);
});
