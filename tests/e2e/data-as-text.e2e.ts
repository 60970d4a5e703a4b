/** Text from data is shown as text: markup in a project's name is not interpreted anywhere. */
import { expect, test, waitForMapIdle } from './fixtures';

const NAME = '<img src=x onerror=alert(1)>';

test('a project named with HTML shows those characters literally', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', (dialog) => {
		dialogs += 1;
		return dialog.dismiss();
	});
	await page.goto('/?lang=en');
	await waitForMapIdle(page);
	await page.evaluate((name) => {
		const explorer = (window as unknown as { __qdexplorer: { features: unknown[] } }).__qdexplorer;
		explorer.features = [
			...explorer.features,
			{
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [120.36, 36.1] },
				properties: {
					id: 'markup-test',
					layer: 'parks',
					district: 'shibei',
					campaign: null,
					name: { zh: name, en: name },
					summary: { zh: name, en: name },
					milestones: [],
					metrics: {},
					location: { confidence: 'high', basis: 'gazetteer', note: { zh: name, en: name } },
					source: { doc: 'qdzb-2023-02-13' }
				}
			}
		];
	}, NAME);
	const item = page.locator('[data-testid="project-list"] a[data-id="markup-test"]');
	await expect(item.locator('.name')).toHaveText(NAME);
	await item.click();
	const panel = page.getByTestId('project-panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(NAME);
	await expect(panel).toContainText(`${NAME}`);
	await page.getByTestId('search').fill('<img');
	await expect(page.getByRole('option').first()).toContainText(NAME);
	expect(await page.locator('img[src="x"]').count()).toBe(0);
	expect(dialogs).toBe(0);
});
