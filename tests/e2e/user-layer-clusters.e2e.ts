/**
 * A user layer of many points is drawn clustered: circles with their counts, every point counted once,
 * and a click on a circle zooms in until it comes apart.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';

/** 5,000 points on a 100 × 50 grid about 20 m apart, near Taidong, as a CSV. */
function gridCsv(): string {
	const rows = ['lng,lat,name'];
	for (let i = 0; i < 5000; i++) {
		const lng = 120.36 + (i % 100) * 0.00022;
		const lat = 36.07 + Math.floor(i / 100) * 0.00018;
		rows.push(`${lng.toFixed(6)},${lat.toFixed(6)},p${i}`);
	}
	return rows.join('\n');
}

async function dropOnMap(page: Page, name: string, text: string) {
	await page.evaluate(
		({ name, text }) => {
			const data = new DataTransfer();
			data.items.add(new File([text], name, { type: 'text/csv' }));
			const target = document.querySelector('main')!;
			for (const type of ['dragenter', 'dragover', 'drop']) {
				target.dispatchEvent(
					new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true })
				);
			}
		},
		{ name, text }
	);
}

/** The rendered clusters of a layer and their counts, and the single points drawn beside them. */
const rendered = (page: Page, layerId: string) =>
	page.evaluate((id) => {
		const map = window.__qdmap!;
		const layer = (suffix: string) => `overlay-user-${id}${suffix}`;
		if (!map.getLayer(layer('-clusters'))) return undefined;
		const clusters = map.queryRenderedFeatures({ layers: [layer('-clusters')] });
		return {
			counts: clusters.map((f) => f.properties.point_count as number),
			labels: map
				.queryRenderedFeatures({ layers: [layer('-cluster-count')] })
				.map((f) => String(f.properties.point_count_abbreviated)),
			points: map.queryRenderedFeatures({ layers: [layer('-point')] }).length
		};
	}, layerId);

test('5,000 dropped points are drawn as counted clusters; a click on one zooms in', async ({
	page
}) => {
	await page.goto('/?lang=zh');
	await waitForMapIdle(page);
	await dropOnMap(page, 'grid-5000.csv', gridCsv());
	const item = page.getByTestId('user-layer-list').locator('li');
	await expect(item).toContainText('grid-5000.csv');
	const layerId = (await item.getAttribute('data-layer'))!;
	await waitForMapIdle(page);

	const drawn = (await rendered(page, layerId))!;
	expect(drawn).toBeDefined();
	expect(drawn.counts.length).toBeGreaterThan(0);
	expect(drawn.counts.length).toBeLessThan(200);
	// Every point is in one cluster or drawn on its own (tiles may repeat a cluster at their edges).
	const total = drawn.counts.reduce((a, b) => a + b, 0) + drawn.points;
	expect(total).toBeGreaterThanOrEqual(5000);
	expect(drawn.labels.length).toBe(drawn.counts.length);
	expect(drawn.labels.every((label) => /^\d+(\.\d)?k?$/.test(label))).toBe(true);

	// A click on the biggest circle zooms in.
	const before = await page.evaluate(() => window.__qdmap!.getZoom());
	const target = await page.evaluate((id) => {
		const map = window.__qdmap!;
		const [biggest] = map
			.queryRenderedFeatures({ layers: [`overlay-user-${id}-clusters`] })
			.toSorted(
				(a, b) => (b.properties.point_count as number) - (a.properties.point_count as number)
			);
		return map.project((biggest!.geometry as GeoJSON.Point).coordinates as [number, number]);
	}, layerId);
	const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
	await page.mouse.click(box.x + target.x, box.y + target.y);
	await expect.poll(() => page.evaluate(() => window.__qdmap!.getZoom())).toBeGreaterThan(before);
});
