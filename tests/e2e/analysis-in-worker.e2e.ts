/**
 * The analyses run in a worker: the panel says it is computing until the answer comes, then shows it,
 * and computes again when a setting changes. The longest main-thread task is printed, not asserted
 * beyond a sanity bound.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';
import { longestTaskSince, recordLongTasks, report } from './long-tasks';

/** Records every text the analysis's computing status shows, from the page's start. */
async function recordComputingTexts(page: Page): Promise<void> {
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
}

/** The texts recordComputingTexts saw, in order. */
function computingTexts(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { __computing: string[] }).__computing);
}

test('opening ?analysis=clusters says it is computing, then shows the clusters', async ({
	page
}, info) => {
	await recordLongTasks(page);
	await recordComputingTexts(page);
	await page.goto('/?lang=zh&analysis=clusters');
	await expect(page.getByTestId('cluster-list')).toBeVisible();
	await expect(page.getByTestId('analysis-computing')).toHaveText('');
	expect(await computingTexts(page)).toContain('计算中…');
	await waitForMapIdle(page);
	report(info, 'longest main-thread task', await longestTaskSince(page));
	expect(await longestTaskSince(page), 'sanity bound only').toBeLessThan(20_000);
});

test('in English, density says “Computing…” and then shows its hexagons', async ({ page }) => {
	await recordComputingTexts(page);
	await page.goto('/?lang=en&analysis=density');
	await expect(page.getByTestId('density-result')).toBeVisible();
	await expect(page.getByTestId('analysis-computing')).toHaveText('');
	expect(await computingTexts(page)).toContain('Computing…');
	await waitForMapIdle(page);
});
