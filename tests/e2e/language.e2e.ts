import { expect, test, waitForMapIdle } from './fixtures';

test('Chinese is the default for a Chinese browser', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('青岛城市更新地图');
	await expect(page.getByTestId('list-summary')).toContainText('个项目');
});

test.describe('with an English browser', () => {
	test.use({ locale: 'en-GB' });
	test('English is the default', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Qingdao Urban Renewal Map');
	});

	test('the data page and the projects index follow it too, and a choice of Chinese is kept', async ({
		page
	}) => {
		await page.goto('/data');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data downloads');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await page.goto('/projects');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('All projects');
		// Choosing Chinese on an English browser stays chosen through a reload.
		await page.getByRole('link', { name: '中文' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('全部项目');
		await expect(page).toHaveURL(/[?&]lang=zh\b/);
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('全部项目');
		// …and through the links to the next pages.
		const crumbs = page.getByRole('navigation', { name: '导航' });
		await page.getByRole('link', { name: '双山小学', exact: true }).first().click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('双山小学');
		await crumbs.getByRole('link', { name: '全部项目' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('全部项目');
		await crumbs.getByRole('link', { name: '青岛城市更新地图' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('青岛城市更新地图');
	});
});

test('switching to English translates interface and content, and the URL keeps it', async ({
	page
}) => {
	await page.goto('/?project=shuangshan-primary-school');
	const panel = page.getByTestId('project-panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('双山小学');
	await page.getByTestId('lang-switch').click();
	await expect(page).toHaveURL(/[?&]lang=en\b/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Qingdao Urban Renewal Map');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Shuangshan Primary School');
	await expect(panel).toContainText('Schools · Shibei');
	await expect(page.getByTestId('panel-close')).toHaveText(/Back to the list/);

	await page.reload();
	await expect(page.getByTestId('project-panel').getByRole('heading', { level: 2 })).toHaveText(
		'Shuangshan Primary School'
	);
	await waitForMapIdle(page);
	const label = await page.evaluate(() =>
		JSON.stringify(window.__qdmap!.getLayoutProperty('projects-label', 'text-field'))
	);
	expect(label).toContain('name_en');
});
