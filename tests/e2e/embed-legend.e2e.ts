/**
 * A small embed, as a news page would size it: a compact legend of what is on the map, folded away
 * until asked for unless it is short, a selection framed clear of it, and a static map without zoom
 * buttons.
 */
import type { Frame, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** 台东步行街, an approximate point. */
const TAIDONG = { id: 'taidong-pedestrian-street', at: [120.35, 36.082] as [number, number] };

async function openEmbed(
	page: Page,
	baseURL: string | undefined,
	query: string,
	size = [600, 400]
) {
	const src = new URL(`/embed?${query}`, baseURL).href;
	await page.setContent(
		`<iframe id="embed" src="${src}" width="${size[0]}" height="${size[1]}" style="border:0"></iframe>`
	);
	const embed = page.frameLocator('#embed');
	await expect(embed.locator('.maplibregl-ctrl-attrib')).toBeVisible({ timeout: 30_000 });
	const frame = page.frame({ url: /\/embed\?/ })!;
	await frame.waitForFunction(
		() => window.__qdmap?.loaded() && window.__qdmap.isStyleLoaded() && !window.__qdmap.isMoving()
	);
	return { embed, frame };
}

/** The layers the compact legend lists, by id. */
async function listedLayers(frame: Frame): Promise<string[]> {
	return frame
		.locator('[data-testid="embed-legend"] [data-layer]')
		.evaluateAll((items) => items.map((item) => item.getAttribute('data-layer')!));
}

test('a 600×400 embed of every layer folds its legend away, and opens it from the keyboard', async ({
	page,
	baseURL
}) => {
	const { embed } = await openEmbed(page, baseURL, 'lang=en');
	const toggle = embed.getByTestId('embed-legend-toggle');
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	const folded = (await embed.getByTestId('embed-legend').boundingBox())!;
	expect(folded.width * folded.height).toBeLessThan(0.15 * 600 * 400);

	await toggle.focus();
	await page.keyboard.press('Enter');
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await expect(embed.getByTestId('embed-legend').getByText('Schools')).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
});

test('a 600×400 embed of a few layers opens its short legend, listing only those', async ({
	page,
	baseURL
}) => {
	const { embed, frame } = await openEmbed(page, baseURL, 'lang=en&layers=schools,parking');
	await expect(embed.getByTestId('embed-legend-toggle')).toHaveAttribute('aria-expanded', 'true');
	await expect(embed.getByTestId('embed-legend').getByText('Schools')).toBeVisible();
	expect(await listedLayers(frame)).toEqual(['parking', 'schools']);
	const open = (await embed.getByTestId('embed-legend').boundingBox())!;
	expect(open.width * open.height).toBeLessThan(0.15 * 600 * 400);
});

test('zoomed in on the old town, the embed legend lists the layers in view, not all thirteen', async ({
	page,
	baseURL
}) => {
	const { embed, frame } = await openEmbed(page, baseURL, 'lang=zh&map=15.5/36.073/120.319/0/0');
	await embed.getByTestId('embed-legend-toggle').click();
	const listed = await listedLayers(frame);
	const drawn = await frame.evaluate(() => [
		...new Set(
			window
				.__qdmap!.queryRenderedFeatures({
					layers: ['projects-point', 'projects-fill', 'projects-line', 'projects-line-approx']
				})
				.map((f) => f.properties.layer as string)
		)
	]);
	expect(drawn.length).toBeGreaterThan(0);
	for (const layer of drawn) expect(listed).toContain(layer);
	expect(listed.length).toBeLessThan(8);
});

test('a large embed opens with its legend unfolded', async ({ page, baseURL }) => {
	const { embed } = await openEmbed(page, baseURL, 'lang=en', [1000, 700]);
	await expect(embed.getByTestId('embed-legend-toggle')).toHaveAttribute('aria-expanded', 'true');
});

for (const [name, query] of [
	['framed by the embed', `lang=en&project=${TAIDONG.id}`],
	// A linked camera that would put the project in the top-left corner, where the legend sits.
	['on a linked camera', `lang=en&map=15/36.07895/120.35558/0/0&project=${TAIDONG.id}`]
] as const) {
	test(`the selected project is clear of the legend and the card, ${name}`, async ({
		page,
		baseURL
	}) => {
		const { embed, frame } = await openEmbed(page, baseURL, query);
		await expect(embed.getByTestId('embed-card')).toBeVisible();
		const covered = () =>
			frame.evaluate((at) => {
				const map = window.__qdmap!;
				const p = map.project(at);
				const canvas = map.getCanvas().getBoundingClientRect();
				const x = canvas.left + p.x;
				const y = canvas.top + p.y;
				const under = (selector: string) => {
					const box = document.querySelector(selector)?.getBoundingClientRect();
					return (
						!!box && x > box.left - 6 && x < box.right + 6 && y > box.top - 6 && y < box.bottom + 6
					);
				};
				return {
					legend: under('[data-testid="embed-legend"]'),
					card: under('[data-testid="embed-card"]'),
					outside: x < canvas.left || x > canvas.right || y < canvas.top || y > canvas.bottom
				};
			}, TAIDONG.at);
		await expect.poll(covered).toEqual({ legend: false, card: false, outside: false });
	});
}

test('a static embed has no zoom buttons; an interactive one has', async ({ page, baseURL }) => {
	const still = await openEmbed(page, baseURL, 'lang=en&interactive=0');
	await expect(still.embed.locator('.maplibregl-ctrl-attrib')).toBeVisible();
	await expect(still.embed.locator('.maplibregl-ctrl-zoom-in')).toHaveCount(0);
	const moving = await openEmbed(page, baseURL, 'lang=en');
	await expect(moving.embed.locator('.maplibregl-ctrl-zoom-in')).toHaveCount(1);
});
