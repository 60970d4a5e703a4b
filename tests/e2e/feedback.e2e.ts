/**
 * "Suggest a correction" is offered only when the build names a feedback channel (PUBLIC_FEEDBACK_URL).
 * The main test build has none; the channel's behaviour is tested in basemaps/feedback.e2e.ts, against
 * the second build, which has one.
 */
import { expect, test } from './fixtures';

test('without PUBLIC_FEEDBACK_URL there is no correction button, in the explorer or on a project page', async ({
	page
}) => {
	await page.goto('/?lang=zh&project=shuangshan-primary-school');
	const panel = page.getByTestId('project-panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('双山小学');
	await expect(page.getByTestId('correction-open')).toHaveCount(0);
	await expect(page.getByText('提出更正')).toHaveCount(0);

	await page.goto('/projects/shuangshan-primary-school?lang=en');
	await expect(page.getByTestId('open-in-explorer')).toBeVisible();
	await expect(page.getByTestId('correction-open')).toHaveCount(0);
	await expect(page.getByText('Suggest a correction')).toHaveCount(0);
});
