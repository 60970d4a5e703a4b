/**
 * A large dropped file is read in a worker: the panel shows the step under way with a cancel button
 * (reached from the keyboard); a cancelled import adds nothing and says so; the next drop is added.
 * The longest main-thread task from the first drop on is printed, not asserted beyond a sanity bound.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';
import { longestTaskSince, recordLongTasks, report, userLayerIds } from './long-tasks';

/** The most features a layer may have (MAX_FEATURES), as points around Qingdao. */
const POINTS = 50_000;

/** Makes a GeoJSON file of `count` points in the page and drops it on the map area. */
async function dropPoints(page: Page, name: string, count: number) {
	await page.evaluate(
		({ name, count }) => {
			let seed = 7;
			const random = () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
			const features: string[] = [];
			for (let i = 0; i < count; i++) {
				const lng = (120.3 + random() * 0.2).toFixed(6);
				const lat = (36.03 + random() * 0.12).toFixed(6);
				features.push(
					`{"type":"Feature","properties":{"name":"点${i}"},"geometry":{"type":"Point","coordinates":[${lng},${lat}]}}`
				);
			}
			const file = new File(
				[`{"type":"FeatureCollection","features":[${features.join(',')}]}`],
				name,
				{
					type: 'application/geo+json'
				}
			);
			const data = new DataTransfer();
			data.items.add(file);
			performance.mark(`drop-${name}`);
			const target = document.querySelector('main')!;
			for (const type of ['dragenter', 'dragover', 'drop']) {
				target.dispatchEvent(
					new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true })
				);
			}
		},
		{ name, count }
	);
}

test('a 50,000-point file shows its progress, can be cancelled, and the next one is added', async ({
	page
}, info) => {
	test.setTimeout(180_000);
	await recordLongTasks(page);
	await page.goto('/?lang=zh');
	await waitForMapIdle(page);

	await dropPoints(page, 'cancelled-points.geojson', POINTS);
	const progress = page.getByTestId('user-layer-progress');
	// The import of 50,000 points takes a second or two, less than the test's polling can spend
	// before pressing: the page itself focuses the cancel button the moment it is drawn and reports
	// what the progress said then; Enter follows one round trip later.
	const shown = await page.evaluate(
		() =>
			new Promise<{ text: string; bar: boolean; label: string } | null>((resolve) => {
				const started = performance.now();
				const look = () => {
					const cancel = document.querySelector<HTMLButtonElement>(
						'[data-testid="user-layer-cancel"]'
					);
					if (cancel) {
						cancel.focus();
						const box = document.querySelector('[data-testid="user-layer-progress"]')!;
						resolve({
							text: box.textContent ?? '',
							bar: box.querySelector('progress') !== null,
							label: cancel.textContent ?? ''
						});
					} else if (performance.now() - started > 15_000) resolve(null);
					else requestAnimationFrame(look);
				};
				look();
			})
	);
	await page.keyboard.press('Enter');
	expect(shown?.text).toContain('正在读取“cancelled-points.geojson”');
	expect(shown?.bar).toBe(true);
	expect(shown?.label).toBe('取消导入');

	const outcome = page.getByTestId('user-layer-outcomes').locator(':scope > li');
	await expect(outcome).toHaveCount(1);
	await expect(outcome).toHaveAttribute('data-status', 'cancelled');
	await expect(outcome).toContainText('已取消“cancelled-points.geojson”，未添加任何图层。');
	await expect(progress).toHaveCount(0);
	await expect(page.getByTestId('user-layer-list')).toHaveCount(0);

	await dropPoints(page, 'added-points.geojson', POINTS);
	await expect(progress).toContainText('正在读取“added-points.geojson”');
	await expect(outcome).toHaveAttribute('data-status', 'added', { timeout: 90_000 });
	await expect(outcome).toContainText('已添加“added-points.geojson”');
	await expect(page.getByTestId('user-layer-list').locator('li')).toHaveCount(1);
	await expect.poll(() => userLayerIds(page)).toHaveLength(1);
	await waitForMapIdle(page);

	const longest = await longestTaskSince(page, 'drop-cancelled-points.geojson');
	report(info, 'longest main-thread task from the first drop', longest);
	expect(longest, 'sanity bound only').toBeLessThan(20_000);
});
