/**
 * The keyboard reaches the controls without walking the list: the list is one Tab stop whose items
 * the arrow keys move between, and the map's own buttons speak the interface's language.
 */
import { expect, test, waitForMapIdle } from './fixtures';

test('the as-of slider is a few Tab presses from the top, each stop visibly focused', async ({
	page
}) => {
	await page.goto('/?lang=zh');
	await waitForMapIdle(page);
	const slider = page.getByTestId('as-of-slider');
	let presses = 0;
	while (presses < 40 && !(await slider.evaluate((el) => el === document.activeElement))) {
		await page.keyboard.press('Tab');
		presses++;
		const outline = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement;
			const style = getComputedStyle(el);
			return { tag: el.tagName, outline: style.outlineStyle, shadow: style.boxShadow };
		});
		expect(
			outline.outline !== 'none' || outline.shadow !== 'none',
			`Tab stop ${presses} (${outline.tag}) shows focus`
		).toBe(true);
	}
	await expect(slider).toBeFocused();
	expect(presses).toBeLessThanOrEqual(30);
});

test('the list is one Tab stop: arrows move within it, Enter opens, Tab leaves it', async ({
	page
}) => {
	await page.goto('/?lang=zh');
	// The map's own controls are Tab stops after the list: let them arrive before tabbing past the list,
	// or Shift+Tab may start from an element that has just been replaced.
	await waitForMapIdle(page);
	const links = page.getByTestId('project-list').locator('a');
	await expect(links.locator('[tabindex="0"]')).toHaveCount(0);
	await expect(page.getByTestId('project-list').locator('a[tabindex="0"]')).toHaveCount(1);
	await links.first().focus();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	const third = links.nth(2);
	await expect(third).toBeFocused();
	await expect(third).toHaveAttribute('tabindex', '0');
	await page.keyboard.press('Tab');
	expect(
		await page.evaluate(() => !!document.activeElement?.closest('[data-testid=project-list]'))
	).toBe(false);
	await page.keyboard.press('Shift+Tab');
	await expect(third).toBeFocused();
	const name = (await third.locator('.name').textContent())!.trim();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('project-panel').getByRole('heading', { level: 2 })).toHaveText(
		name
	);
});

test("the map's zoom, compass and canvas labels follow the interface language", async ({
	page
}) => {
	await page.goto('/?lang=zh');
	await waitForMapIdle(page);
	const zoomIn = page.locator('.maplibregl-ctrl-zoom-in');
	await expect(zoomIn).toHaveAttribute('aria-label', '放大');
	await expect(zoomIn).toHaveAttribute('title', '放大');
	await expect(page.locator('.maplibregl-ctrl-zoom-out')).toHaveAttribute('aria-label', '缩小');
	await expect(page.locator('.maplibregl-ctrl-compass')).toHaveAttribute('aria-label', /指北/);
	await page.getByTestId('lang-switch').click();
	await expect(zoomIn).toHaveAttribute('aria-label', 'Zoom in');
	await expect(page.locator('.maplibregl-ctrl-zoom-out')).toHaveAttribute('title', 'Zoom out');
	await page.getByTestId('lang-switch').click();
	await expect(zoomIn).toHaveAttribute('aria-label', '放大');
});
