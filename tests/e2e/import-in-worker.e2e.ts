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

/**
 * Lets the test hold back the worker's answer to a file being imported (`holdImportAnswers`), so that
 * a cancel can be pressed while the import is still under way however fast this machine reads the
 * file. Progress messages pass; a held answer is dropped, as its worker is ended by the cancel.
 */
async function catchImportAnswers(page: Page) {
	await page.addInitScript(() => {
		const state = window as unknown as { __holdImportAnswers: boolean };
		state.__holdImportAnswers = false;
		const handler = Object.getOwnPropertyDescriptor(Worker.prototype, 'onmessage')!;
		Object.defineProperty(Worker.prototype, 'onmessage', {
			...handler,
			set(this: Worker, listener: ((event: MessageEvent) => void) | null) {
				handler.set!.call(
					this,
					listener &&
						((event: MessageEvent) => {
							const answer = event.data as { kind?: string; value?: { status?: unknown } };
							const imported = answer?.kind === 'done' && answer.value?.status !== undefined;
							if (!(imported && state.__holdImportAnswers)) listener.call(this, event);
						})
				);
			}
		});
	});
}

async function holdImportAnswers(page: Page, hold: boolean) {
	await page.evaluate((hold) => {
		(window as unknown as { __holdImportAnswers: boolean }).__holdImportAnswers = hold;
	}, hold);
}

test('a 50,000-point file shows its progress, can be cancelled, and the next one is added', async ({
	page
}, info) => {
	test.setTimeout(180_000);
	await recordLongTasks(page);
	await catchImportAnswers(page);
	await page.goto('/?lang=zh');
	await waitForMapIdle(page);

	await holdImportAnswers(page, true);
	await dropPoints(page, 'cancelled-points.geojson', POINTS);
	const progress = page.getByTestId('user-layer-progress');
	await expect(progress).toContainText('正在读取“cancelled-points.geojson”');
	await expect(progress.locator('progress')).toBeVisible();
	const cancel = page.getByTestId('user-layer-cancel');
	await expect(cancel).toHaveText('取消导入');
	await cancel.press('Enter');
	await holdImportAnswers(page, false);

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
