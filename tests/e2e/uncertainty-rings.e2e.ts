/**
 * Approximate locations close up: the uncertainty rings stay faint while browsing, and the ring of the
 * selected or hovered project is drawn in full. The paint values are MapLibre's own, evaluated per
 * rendered feature (with its feature state) by queryRenderedFeatures.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';

const RING = 'projects-uncertainty';
/** 台东步行街: an approximate point with a 300 m ring, among many others around 台东 and 海信桥. */
const TAIDONG = { id: 'taidong-pedestrian-street', at: [120.35, 36.082] as [number, number] };

interface Ring {
	id: string;
	fill: number;
	stroke: number;
}

async function rings(page: Page): Promise<Ring[]> {
	return page.evaluate((layer) => {
		const map = window.__qdmap!;
		return map.queryRenderedFeatures({ layers: [layer] }).map((f) => {
			const paint = f.layer.paint as Record<string, number>;
			return {
				id: f.properties.id as string,
				fill: paint['circle-opacity']!,
				stroke: paint['circle-stroke-opacity']!
			};
		});
	}, RING);
}

const ringOf = async (page: Page, id: string) => (await rings(page)).find((r) => r.id === id);

test('close up, the rings of approximate projects are faint until one is selected', async ({
	page
}) => {
	await page.goto('/?lang=zh&map=14/36.082/120.35/0/0');
	await waitForMapIdle(page);
	const browsing = await rings(page);
	expect(browsing.length).toBeGreaterThan(3);
	for (const ring of browsing) {
		expect(ring.fill, ring.id).toBeLessThanOrEqual(0.02);
		expect(ring.stroke, ring.id).toBeLessThanOrEqual(0.25);
	}

	await page.getByTestId('project-list').locator(`a[data-id="${TAIDONG.id}"]`).click();
	await waitForMapIdle(page);
	const selected = await ringOf(page, TAIDONG.id);
	expect(selected?.fill).toBeGreaterThanOrEqual(0.08);
	expect(selected?.stroke).toBeGreaterThanOrEqual(0.6);
	for (const ring of (await rings(page)).filter((r) => r.id !== TAIDONG.id))
		expect(ring.fill, ring.id).toBeLessThanOrEqual(0.02);
	// The marker keeps its approximate look: hollow, white inside.
	const marker = await page.evaluate((id) => {
		const hit = window
			.__qdmap!.queryRenderedFeatures({ layers: ['projects-point'] })
			.find((f) => f.properties.id === id);
		return (hit?.layer.paint as Record<string, { r: number; g: number; b: number }>)[
			'circle-color'
		];
	}, TAIDONG.id);
	expect(marker).toMatchObject({ r: 1, g: 1, b: 1 });
});

test('hovering an approximate marker draws its ring in full, and leaving fades it again', async ({
	page
}) => {
	await page.goto('/?lang=en&map=14.5/36.082/120.35/0/0');
	await waitForMapIdle(page);
	expect((await ringOf(page, TAIDONG.id))?.fill).toBeLessThanOrEqual(0.02);
	const [x, y] = await page.evaluate((at) => {
		const map = window.__qdmap!;
		const p = map.project(at);
		const box = map.getCanvas().getBoundingClientRect();
		return [box.left + p.x, box.top + p.y];
	}, TAIDONG.at);
	await page.mouse.move(x - 40, y - 40);
	await page.mouse.move(x, y, { steps: 4 });
	await expect
		.poll(async () => (await ringOf(page, TAIDONG.id))?.stroke)
		.toBeGreaterThanOrEqual(0.6);
	await page.mouse.move(x + 150, y + 150, { steps: 4 });
	await expect.poll(async () => (await ringOf(page, TAIDONG.id))?.stroke).toBeLessThanOrEqual(0.25);
});

test('close up, schematic rectangles are pale until one is selected, and keep their dashed outline', async ({
	page
}) => {
	const fills = () =>
		page.evaluate(() =>
			window
				.__qdmap!.queryRenderedFeatures({ layers: ['projects-fill'] })
				.filter((f) => f.properties.confidence === 'low')
				.map((f) => ({
					id: f.properties.id as string,
					opacity: (f.layer.paint as Record<string, number>)['fill-opacity']!
				}))
		);
	await page.goto('/?lang=zh&map=15/36.073/120.319/0/0');
	await waitForMapIdle(page);
	const browsing = await fills();
	expect(browsing.length).toBeGreaterThan(2);
	for (const fill of browsing) expect(fill.opacity, fill.id).toBeLessThanOrEqual(0.06);

	await page.getByTestId('project-list').locator('a[data-id="sifang-road-block"]').click();
	await waitForMapIdle(page);
	const selected = (await fills()).find((f) => f.id === 'sifang-road-block');
	expect(selected?.opacity).toBeGreaterThanOrEqual(0.14);
	const dashed = await page.evaluate(() =>
		window
			.__qdmap!.queryRenderedFeatures({ layers: ['projects-outline-approx'] })
			.some((f) => f.properties.id === 'sifang-road-block')
	);
	expect(dashed).toBe(true);
});
