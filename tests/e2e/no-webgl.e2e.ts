import { disableWebGL, expect, test } from './fixtures';

test.use({ expectedErrors: /WebGL/i });

test('without WebGL the page says so and stays usable', async ({ page }) => {
	await disableWebGL(page);
	await page.goto('/');
	await expect(page.getByTestId('notice')).toContainText('WebGL');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.getByTestId('lang-switch').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Qingdao Urban Renewal Map');
});
