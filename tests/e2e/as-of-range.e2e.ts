/** The as-of slider's end labels name the dates its ends stand for, and its range holds the date shown. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function slider(page: Page) {
	const input = page.getByTestId('as-of-slider');
	return {
		value: Number(await input.inputValue()),
		max: Number(await input.getAttribute('max'))
	};
}

test('on a day before the end of 2024, the slider ends today, where its thumb is', async ({
	page
}) => {
	// Noon in Qingdao on 10 June 2024: the old slider ran on to 31 Dec 2024 past today.
	await page.clock.setFixedTime(new Date('2024-06-10T04:00:00Z'));
	await page.goto('/?lang=en');
	await expect(page.getByTestId('as-of-date')).toHaveText('10 Jun 2024');
	await expect(page.getByTestId('as-of-end')).toHaveText('10 Jun 2024');
	await expect.poll(() => slider(page)).toEqual({ value: 526, max: 526 });
});

test('a linked date after today widens the range to it, and stays there while dragging', async ({
	page
}) => {
	await page.goto('/?lang=zh&asof=2029-03-31');
	await expect(page.getByTestId('as-of-date')).toHaveText('2029年3月31日');
	await expect(page.getByTestId('as-of-end')).toHaveText('2029年3月31日');
	const { value, max } = await slider(page);
	expect(value).toBe(max);
	await page.getByTestId('as-of-slider').focus();
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByTestId('as-of-date')).toHaveText('2029年3月30日');
	await expect(page.getByTestId('as-of-end')).toHaveText('2029年3月31日');
	expect(await slider(page)).toEqual({ value: max - 1, max });
});

test('a linked date before 2023 starts the range at it', async ({ page }) => {
	await page.goto('/?lang=en&asof=2020-06-01');
	await expect(page.getByTestId('as-of-date')).toHaveText('1 Jun 2020');
	await expect(page.getByTestId('as-of-start')).toHaveText('1 Jun 2020');
	expect((await slider(page)).value).toBe(0);
});
