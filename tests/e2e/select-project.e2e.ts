/** Selecting a project — from search, the list, the map or the URL — opens its panel and frames it. */
import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';

const XIAOGANG = [120.3095, 36.077] as const;

async function expectFramed(page: Page, [lng, lat]: readonly [number, number]) {
	await waitForMapIdle(page);
	const view = await page.evaluate(() => ({
		bounds: window.__qdmap!.getBounds().toArray(),
		zoom: window.__qdmap!.getZoom()
	}));
	const [[west, south], [east, north]] = view.bounds as [[number, number], [number, number]];
	expect(lng).toBeGreaterThan(west);
	expect(lng).toBeLessThan(east);
	expect(lat).toBeGreaterThan(south);
	expect(lat).toBeLessThan(north);
	expect(view.zoom).toBeGreaterThan(13);
}

test('searching 小港站 opens it with its 2023-03-31 deadline, the quote, and frames it', async ({
	page
}) => {
	await page.goto('/?lang=zh');
	await waitForMapIdle(page);
	await page.getByTestId('search').fill('小港站');
	await page.getByRole('option', { name: /地铁2号线小港站/ }).click();

	const panel = page.getByTestId('project-panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('地铁2号线小港站');
	const milestone = panel.getByTestId('milestone');
	await expect(milestone.locator('time')).toHaveText('2023年3月31日');
	await expect(milestone.locator('time')).toHaveAttribute('datetime', '2023-03-31');
	await expect(milestone.locator('blockquote')).toContainText('3月底前完成地铁2号线小港站房屋拆除');
	await expect(page).toHaveURL(/[?&]project=xiaogang-station\b/);
	await expectFramed(page, XIAOGANG);
});

test('the deadline is localised in English', async ({ page }) => {
	await page.goto('/?lang=en&project=xiaogang-station');
	const milestone = page.getByTestId('project-panel').getByTestId('milestone');
	await expect(milestone.locator('time')).toHaveText('31 Mar 2023');
	await expect(milestone).toContainText('by end of Mar 2023');
	await expectFramed(page, XIAOGANG);
});

test('the search box works from the keyboard', async ({ page }) => {
	await page.goto('/?lang=en');
	await page.getByTestId('search').fill('shuangshan');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('project-panel').getByRole('heading', { level: 2 })).toContainText(
		'Shuangshan'
	);
});

test('clicking a project on the map opens it; closing returns to the previous view', async ({
	page
}) => {
	await page.goto('/?lang=zh');
	await waitForMapIdle(page);
	const before = await page.evaluate(() => window.__qdmap!.getZoom());
	const point = await page.evaluate(() => {
		const [lng, lat] = [120.35167, 36.11611]; // 弘诚体育场 (high confidence, from the gazetteer)
		const p = window.__qdmap!.project([lng, lat]);
		const box = window.__qdmap!.getCanvas().getBoundingClientRect();
		return { x: box.left + p.x, y: box.top + p.y };
	});
	await page.mouse.click(point.x, point.y);
	const panel = page.getByTestId('project-panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('弘诚体育场改造工程');
	await page.getByTestId('panel-close').click();
	await expect(panel).toHaveCount(0);
	await waitForMapIdle(page);
	expect(await page.evaluate(() => window.__qdmap!.getZoom())).toBeCloseTo(before, 1);
	await expect(page).not.toHaveURL(/project=/);
});

test('the list opens a project from the keyboard', async ({ page }) => {
	await page.goto('/?lang=zh');
	const first = page.getByTestId('project-list').locator('a').first();
	await first.focus();
	await page.keyboard.press('ArrowDown');
	const second = page.getByTestId('project-list').locator('a').nth(1);
	await expect(second).toBeFocused();
	const name = await second.locator('.name').textContent();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('project-panel').getByRole('heading', { level: 2 })).toHaveText(
		name!.trim()
	);
	// Escape closes it again, back to the list.
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('project-panel')).toHaveCount(0);
	await expect(page.getByTestId('project-list')).toBeVisible();
	expect(page.url()).not.toContain('project=');
});

test('the first Tab stop skips to the map, which the keyboard then zooms', async ({ page }) => {
	await page.goto('/?lang=en');
	await waitForMapIdle(page);
	await page.keyboard.press('Tab');
	const skip = page.getByTestId('skip-to-map');
	await expect(skip).toBeFocused();
	await expect(skip).toHaveText('Skip to the map');
	expect((await skip.boundingBox())!.y).toBeGreaterThanOrEqual(0);
	await page.keyboard.press('Enter');
	await expect(page.locator('.maplibregl-canvas')).toBeFocused();
	const zoom = await page.evaluate(() => window.__qdmap!.getZoom());
	await page.keyboard.press('=');
	await expect.poll(() => page.evaluate(() => window.__qdmap!.getZoom())).toBeGreaterThan(zoom);
});

test('the tabs are one Tab stop, moved between with the arrow keys', async ({ page }) => {
	await page.goto('/?lang=en');
	const list = page.getByTestId('tab-list');
	await expect(list).toHaveAttribute('tabindex', '0');
	await expect(page.getByTestId('tab-near')).toHaveAttribute('tabindex', '-1');
	await list.focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('tab-near')).toBeFocused();
	await expect(page.getByTestId('tab-near')).toHaveAttribute('aria-selected', 'true');
	await expect(page.getByTestId('near')).toBeVisible();
	await page.keyboard.press('End');
	await expect(page.getByTestId('tab-analysis')).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect(list).toBeFocused();
	await expect(list).toHaveAttribute('aria-selected', 'true');
});

test('an unknown project in the URL opens the map with nothing selected', async ({ page }) => {
	await page.goto('/?project=no-such-project&lang=zh');
	await waitForMapIdle(page);
	await expect(page.getByTestId('project-list')).toBeVisible();
	await expect(page.getByTestId('project-panel')).toHaveCount(0);
	// The page says why nothing is open, and the notice goes when dismissed.
	const notice = page.getByTestId('notice');
	await expect(notice.locator('p')).toHaveText(
		'链接里的项目“no-such-project”不在数据中，可能已改名或删除。地图显示全部项目。'
	);
	await notice.getByRole('button', { name: '关闭' }).click();
	await expect(notice).toHaveCount(0);
});

test('a long unknown project id is quoted cut short, in English too', async ({ page }) => {
	// (A project id is a slug of at most 80 characters: a longer one is dropped from the link as mangled.)
	await page.goto(`/?lang=en&project=${'x'.repeat(80)}`);
	await expect(page.getByTestId('notice').locator('p')).toHaveText(
		`The link names a project, “${'x'.repeat(60)}…”, that is not in the data (it may have been renamed or removed). The map shows all projects.`
	);
	// The quoted id wraps inside the notice rather than running out of it.
	const text = page.getByTestId('notice').locator('p');
	expect(await text.evaluate((p) => p.scrollWidth <= p.clientWidth)).toBe(true);
});

test('closing a project from the keyboard puts the focus back on its row', async ({ page }) => {
	await page.goto('/?lang=en');
	const row = page.getByTestId('project-list').locator('[data-item]').nth(2);
	const id = await row.getAttribute('data-id');
	await row.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('project-panel')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('project-panel')).toHaveCount(0);
	await expect(page.locator(`[data-testid="project-list"] [data-id="${id}"]`)).toBeFocused();
});
