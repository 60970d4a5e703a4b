/**
 * The source's own words for English readers: beside the verbatim Chinese quote, its English translation,
 * labelled as a translation — on a project's page and in the explorer's project panel; Chinese readers
 * see the Chinese quote only.
 */
import { expect, test } from './fixtures';

const QUOTE = '3月底前完成地铁2号线小港站房屋拆除';
const TRANSLATION =
	'Complete the demolition of houses at Xiaogang Station on Metro Line 2 by the end of March';

test('an English reader of a project page sees the translation, marked as one, beside the Chinese', async ({
	page
}) => {
	await page.goto('/projects/xiaogang-station?lang=en');
	const milestone = page.getByTestId('milestone').first();
	const original = milestone.locator('blockquote[lang="zh-Hans"]');
	await expect(original).toHaveText(`“${QUOTE}”`);
	const translation = milestone.getByTestId('quote-translation');
	await expect(translation).toHaveText(`Translation: ${TRANSLATION}`);
	await expect(translation).toHaveAttribute('lang', 'en');
	await expect(translation).toBeVisible();
	// Beside the original: in the same figure, right after it.
	await expect(original.locator('xpath=following-sibling::*[1]')).toHaveAttribute(
		'data-testid',
		'quote-translation'
	);
});

test('a Chinese reader of a project page sees only the Chinese quote', async ({ page }) => {
	await page.goto('/projects/xiaogang-station');
	const milestone = page.getByTestId('milestone').first();
	await expect(milestone.locator('blockquote[lang="zh-Hans"]')).toHaveText(`“${QUOTE}”`);
	await expect(page.getByTestId('quote-translation')).toHaveCount(0);
	await expect(page.getByText(TRANSLATION)).toHaveCount(0);
});

test('the explorer panel shows the translation in English and drops it on switching to Chinese', async ({
	page
}) => {
	await page.goto('/?lang=en&project=xiaogang-station');
	const panel = page.getByTestId('project-panel');
	await expect(panel.getByTestId('quote-translation').first()).toHaveText(
		`Translation: ${TRANSLATION}`
	);
	await expect(panel.locator('blockquote[lang="zh-Hans"]').first()).toHaveText(`“${QUOTE}”`);
	await page.getByTestId('lang-switch').click();
	await expect(panel.locator('blockquote[lang="zh-Hans"]').first()).toHaveText(`“${QUOTE}”`);
	await expect(panel.getByTestId('quote-translation')).toHaveCount(0);
});
