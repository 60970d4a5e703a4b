/** Stories: a link or file opens the steps as cards; scrolling, keys or a tap show each step on the map. */
import type { Page } from '@playwright/test';
import { disableWebGL, expect, test, waitForMapIdle } from './fixtures';
import { storyToSearch, type Story } from '../../src/lib/view-state/story';

const story: Story = {
	title: { zh: '三处地方', en: 'Three places' },
	author: 'Test desk',
	source: 'geodata',
	steps: [
		{
			view: { camera: { center: [120.38, 36.1], zoom: 12, bearing: 0, pitch: 0 } },
			title: { zh: '全貌', en: 'Overview' },
			caption: { en: 'The two districts.' }
		},
		{
			view: {
				camera: { center: [120.40007, 36.12707], zoom: 15.2, bearing: 0, pitch: 0 },
				project: 'hexi-village',
				asOf: '2023-06-30',
				colorBy: 'status'
			},
			title: { zh: '河西', en: 'Hexi' },
			caption: { en: 'Due by 31 March.' }
		},
		{
			view: {
				camera: { center: [120.3095, 36.077], zoom: 15.5, bearing: 0, pitch: 0 },
				project: 'xiaogang-station'
			},
			title: { en: 'Xiaogang' },
			caption: {}
		}
	]
};

/** Metres between two `[lng, lat]` points near Qingdao (an equirectangular approximation suffices at 1 m). */
function metres([lng1, lat1]: [number, number], [lng2, lat2]: [number, number]): number {
	const k = Math.PI / 180;
	const x = (lng2 - lng1) * k * Math.cos(((lat1 + lat2) / 2) * k);
	return Math.hypot(x, (lat2 - lat1) * k) * 6_371_000;
}

async function mapCentre(page: Page): Promise<[number, number]> {
	await waitForMapIdle(page);
	return page.evaluate(() => {
		const c = window.__qdmap!.getCenter();
		return [c.lng, c.lat] as [number, number];
	});
}

async function expectStep(page: Page, index: number) {
	const step = story.steps[index]!;
	await expect(page.getByTestId('story')).toHaveAttribute('data-active', String(index));
	await expect
		.poll(async () => metres(await mapCentre(page), step.view.camera!.center))
		.toBeLessThan(1);
	const selected = await page.evaluate(
		() => (window as unknown as { __qdexplorer: { selectedId?: string } }).__qdexplorer.selectedId
	);
	expect(selected).toBe(step.view.project);
}

const link = `/story?lang=en&${storyToSearch(story)}`;

test('scrolling to step 2 moves the map to its camera and selects its project', async ({
	page
}) => {
	await page.goto(link);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Three places');
	await expect(page.getByTestId('story-card')).toHaveCount(3);
	await expectStep(page, 0);
	await page
		.getByTestId('story-card')
		.nth(1)
		.evaluate((card) => card.scrollIntoView({ block: 'center' }));
	await expectStep(page, 1);
	await expect(
		page.getByTestId('story-card').nth(1).getByTestId('story-project-link')
	).toHaveAttribute('href', '/projects/hexi-village?lang=en');
});

test('a folded legend lists the layers in view, and the statuses when a step colours by them', async ({
	page
}) => {
	await page.goto(link);
	await expectStep(page, 0);
	const legend = page.getByTestId('story-legend');
	const toggle = page.getByTestId('story-legend-toggle');
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await expect(legend.locator('li[data-layer]').first()).toBeVisible();
	await expect(legend.locator('.statuses li')).toHaveCount(0);
	// Step 2 colours the map by status: the legend follows.
	await page
		.getByTestId('story-card')
		.nth(1)
		.evaluate((card) => card.scrollIntoView({ block: 'center' }));
	await expectStep(page, 1);
	await expect(legend.locator('.statuses li').first()).toBeVisible();
});

test('on a phone the story map has no zoom buttons to be covered, and the cards hide what lies under them', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/story?lang=zh');
	await waitForMapIdle(page);
	// The bar, the introduction and the cards pass over the fixed map: buttons there could not be tapped.
	await expect(page.locator('.maplibregl-ctrl-zoom-in')).toBeHidden();
	const card = page.getByTestId('story-card').first();
	const background = await card.evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(background).toMatch(/^rgb\(\d+, \d+, \d+\)$/);
	// On a desktop the map sits beside the text, and keeps its buttons.
	await page.setViewportSize({ width: 1280, height: 800 });
	await expect(page.locator('.maplibregl-ctrl-zoom-in')).toBeVisible();
});

test('a linked story never paints the example story first', async ({ page }) => {
	// Every frame before it is painted, note the page's heading if it is visible.
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __headings: string[] }).__headings = seen;
		const look = () => {
			const h1 = document.querySelector('h1');
			if (h1 && getComputedStyle(h1).visibility === 'visible') {
				const text = h1.textContent?.trim() ?? '';
				if (seen.at(-1) !== text) seen.push(text);
			}
			requestAnimationFrame(look);
		};
		requestAnimationFrame(look);
	});
	await page.goto(link);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Three places');
	await expectStep(page, 0);
	const seen = await page.evaluate(
		() => (window as unknown as { __headings: string[] }).__headings
	);
	expect(seen).toEqual(['Three places']);
});

test('the arrow keys and Tab alone move between the steps', async ({ page }) => {
	await page.goto(link);
	await expectStep(page, 0);
	await page.keyboard.press('ArrowDown');
	await expectStep(page, 1);
	await expect(page.getByTestId('story-card').nth(1)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expectStep(page, 2);
	await page.keyboard.press('ArrowUp');
	await expectStep(page, 1);
	// Tab reaches the links and buttons of the next card, which shows its step.
	for (let i = 0; i < 8; i += 1) {
		await page.keyboard.press('Tab');
		const inThird = await page
			.getByTestId('story-card')
			.nth(2)
			.evaluate((card) => card.contains(document.activeElement));
		if (inThird) break;
	}
	await expectStep(page, 2);
});

test.describe('on a 390 px phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('a tap on "Next step" shows the next step over the map', async ({ page }) => {
		await page.goto(link);
		await expectStep(page, 0);
		await page.getByTestId('story-card').first().getByRole('button', { name: 'Next step' }).tap();
		await expectStep(page, 1);
		await expect(page.getByTestId('story-card').nth(1)).toBeInViewport();
		const card = (await page.getByTestId('story-card').nth(1).boundingBox())!;
		expect(card.width).toBeLessThanOrEqual(390);
	});

	test('the home page’s link to the example story is shown and opens it by touch', async ({
		page
	}) => {
		await page.goto('/?lang=zh');
		const storyLink = page.getByTestId('example-story-link');
		await expect(storyLink).toBeVisible();
		await storyLink.tap();
		await expect(page).toHaveURL(/\/story\?lang=zh/);
		await expect(page.getByTestId('story-card').first()).toBeVisible();
	});
});

test('a link with one mangled step shows the other steps and a note where it was', async ({
	page
}) => {
	const params = new URLSearchParams(storyToSearch(story));
	const steps = params.getAll('step');
	params.delete('step');
	params.append('step', steps[0]!);
	params.append('step', `${steps[1]!.slice(0, 12)}%E2%80%A6`);
	params.append('step', steps[2]!);
	await page.goto(`/story?lang=en&${params}`);
	await expect(page.getByTestId('story-card')).toHaveCount(2);
	await expect(page.getByTestId('story-skipped')).toContainText('Step 2 could not be read');
	await expect(page.getByTestId('story-card').nth(1)).toContainText('Xiaogang');
	await expectStep(page, 0);
});

test('a story file on this site opens from ?src=, one from elsewhere is refused', async ({
	page
}) => {
	await page.goto('/story?lang=en&src=/stories/first-half-2023.json');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('The first half-year');
	await expect(page.getByTestId('story-card')).toHaveCount(7);
	await page.goto('/story?lang=en&src=https://example.org/story.json');
	await expect(page.getByTestId('story-error')).toContainText('Only story files on this site');
});

test('a link whose story cannot be read opens the example story, and says so', async ({ page }) => {
	await page.goto('/story?lang=en&step=99');
	await expect(page.getByTestId('story-error')).toContainText(
		'The story in this link cannot be read'
	);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('The first half-year');
	await expect(page.getByTestId('story-card')).toHaveCount(7);
	await expect(page.getByTestId('story-skipped')).toHaveCount(0);
});

test('without WebGL the steps read as a list with a notice', async ({ page }) => {
	await disableWebGL(page);
	await page.goto(link);
	await expect(page.getByTestId('story')).toHaveClass(/nomap/);
	await expect(page.getByTestId('notice')).toBeVisible();
	await expect(page.getByTestId('story-card')).toHaveCount(3);
	await expect(page.getByTestId('story-card').nth(1)).toBeInViewport();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the example story reads as a list of titles, captions and project links', async ({
		page
	}) => {
		await page.goto('/story');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('上半年');
		await expect(page.getByTestId('story-card')).toHaveCount(7);
		await expect(page.getByRole('heading', { level: 2 }).nth(1)).toContainText('历史文化街区');
		await expect(page.getByTestId('story-project-link').first()).toHaveAttribute(
			'href',
			/\/projects\/sifang-road-block/
		);
	});
});
