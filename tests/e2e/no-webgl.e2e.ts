import { expect, test } from './fixtures';

test.use({ expectedErrors: /WebGL/i });

test('without WebGL the page says so and stays usable', async ({ page }) => {
	await page.addInitScript(() => {
		const original = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (
			this: HTMLCanvasElement,
			type: string,
			...rest: unknown[]
		) {
			if (type.startsWith('webgl')) return null;
			return (original as (...args: unknown[]) => RenderingContext | null).call(
				this,
				type,
				...rest
			);
		} as typeof original;
	});
	await page.goto('/');
	await expect(page.getByTestId('notice')).toContainText('WebGL');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.getByTestId('lang-switch').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Qingdao Urban Renewal Map');
});
