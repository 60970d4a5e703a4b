/**
 * The first load carries only what the list needs; the project panel and the analysis state load on
 * demand (docs/ARCHITECTURE.md, "First load: the list first"). When those parts cannot be fetched, the
 * list and the map still work and the page says what failed and what to do.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';

/** Text only the project panel's chunk and the analysis state's chunk carry. */
const MARKERS = ['data-testid="project-panel"', 'drawn before the analysis state was loaded'];

/** Fails every script that carries one of `markers`, as a dropped connection would; returns their paths. */
async function failScripts(page: Page, markers: readonly string[]): Promise<string[]> {
	const failed: string[] = [];
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		const response = await route.fetch();
		const body = await response.text();
		if (markers.some((marker) => body.includes(marker))) {
			failed.push(new URL(route.request().url()).pathname);
			return route.abort('connectionreset');
		}
		return route.fulfill({ response, body });
	});
	return failed;
}

test.use({ expectedErrors: /Failed to fetch dynamically imported module|Failed to load resource/ });

test('without the parts loaded on demand, the list and map work and the page says what failed', async ({
	page
}) => {
	const failed = await failScripts(page, MARKERS);
	await page.goto('/?lang=en');
	const list = page.getByTestId('project-list');
	await expect(list.getByRole('link').first()).toBeVisible();
	await waitForMapIdle(page);

	// Opening a project: its panel cannot load, and the page says so.
	await list.getByRole('link').first().click();
	await expect(page.getByRole('alert')).toHaveText(
		'This part of the page could not be loaded. Check the connection and reload the page.'
	);
	await page.keyboard.press('Escape');
	await expect(list).toBeVisible();

	// The analysis tab: its state cannot load.
	await page.getByTestId('tab-analysis').click();
	await expect(page.getByRole('alert')).toHaveText(
		'The analyses could not be loaded. Reload the page and try again.'
	);
	// Both parts were asked for after the first load, and refused here.
	expect(failed.length).toBeGreaterThanOrEqual(2);
	// Scripts still on their way when the page closes need no answer.
	await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test("the map's controls that cannot be fetched are missing, and the page says so", async ({
	page
}) => {
	// Only MapChrome's chunk draws the legend box on the map.
	await failScripts(page, ['legend-on-map']);
	await page.goto('/?lang=en');
	await expect(page.getByTestId('project-list').getByRole('link').first()).toBeVisible();
	await waitForMapIdle(page);
	const notice = page.locator('main').getByTestId('notice');
	await expect(notice.locator('p')).toHaveText(
		'This part of the page could not be loaded. Check the connection and reload the page.'
	);
	await expect(page.getByTestId('legend-toggle')).toHaveCount(0);
	await notice.getByRole('button', { name: 'Dismiss' }).click();
	await expect(notice).toHaveCount(0);
	await page.unrouteAll({ behavior: 'ignoreErrors' });
});

/** Holds back every script that carries `marker` until `release()`; `asked()` says one was requested. */
async function holdScript(
	page: Page,
	marker: string
): Promise<{ asked: () => boolean; release: () => void }> {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	let asked = false;
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		const response = await route.fetch();
		const body = await response.text();
		if (body.includes(marker)) {
			asked = true;
			await held;
		}
		return route.fulfill({ response, body });
	});
	return { asked: () => asked, release };
}

/** Text only the search's chunk carries (its pattern for street names). */
const SEARCH_MARKER = '大街|步行街';

test('the search loads on demand: typed and entered before it is in, it says so and then chooses', async ({
	page
}) => {
	const search = await holdScript(page, SEARCH_MARKER);
	await page.goto('/?lang=en');
	await expect(page.getByTestId('project-list').getByRole('link').first()).toBeVisible();
	await page.getByTestId('search').fill('shuangshan');
	await expect(page.getByTestId('search-none')).toHaveText('Loading the search…');
	await expect.poll(search.asked).toBe(true);
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	search.release();
	await expect(page.getByTestId('project-panel').getByRole('heading', { level: 2 })).toContainText(
		'Shuangshan'
	);
	// The list is whole again: the chosen entry cleared the search.
	await expect(page.getByTestId('search')).toHaveValue('');
	// Scripts still on their way when the page closes need no answer.
	await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('a search that cannot load says so in place of suggestions', async ({ page }) => {
	await failScripts(page, [SEARCH_MARKER]);
	await page.goto('/?lang=zh');
	await expect(page.getByTestId('project-list').getByRole('link').first()).toBeVisible();
	await page.getByTestId('search').fill('双山');
	await expect(page.getByTestId('search-none')).toHaveText(
		'这部分页面无法加载。请检查网络连接后刷新页面。'
	);
	// The list is not narrowed by a search that is not there.
	await expect(page.getByTestId('list-match')).toHaveCount(0);
	await page.unrouteAll({ behavior: 'ignoreErrors' });
});

/** Text only the English interface texts' chunk carries. */
const ENGLISH_MARKER = 'Skip to the map';

test('the English texts load for an English reader: the page reads in Chinese until they are in', async ({
	page
}) => {
	const english = await holdScript(page, ENGLISH_MARKER);
	await page.goto('/?lang=en');
	const listTab = page.getByTestId('tab-list');
	// The list is there and usable, in English content, while its interface texts are still coming.
	await expect(page.getByTestId('project-list').getByRole('link').first()).toBeVisible();
	await expect.poll(english.asked).toBe(true);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(listTab).toHaveText('列表');
	english.release();
	await expect(listTab).toHaveText('List');
	await expect(page.getByTestId('search')).toHaveAttribute(
		'placeholder',
		'Projects, streets, stations'
	);
	await page.unrouteAll({ behavior: 'ignoreErrors' });
});
