/**
 * Several files dropped at once: each gets its own outcome (added, or refused with its reason), a live
 * region announces the drop, each outcome can be dismissed from the keyboard, the next drop replaces
 * them, and file names are shown as text, never as markup. The files are in tests/e2e/fixtures/.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

interface Dropped {
	name: string;
	text: string;
}

const fixture = (file: string, name = file): Dropped => ({
	name,
	text: readFileSync(join(FIXTURES, file), 'utf8')
});

/** Drops `files` on `selector` in one drag, as a drag of several files from the desktop would. */
async function drop(page: Page, selector: string, files: Dropped[]) {
	await page.evaluate(
		({ selector, files }) => {
			const data = new DataTransfer();
			for (const { name, text } of files) data.items.add(new File([text], name));
			const target = document.querySelector(selector)!;
			for (const type of ['dragenter', 'dragover', 'drop']) {
				target.dispatchEvent(
					new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true })
				);
			}
		},
		{ selector, files }
	);
}

const FOUR = [
	fixture('planned-kiosks.geojson'),
	fixture('unsupported-geometry.geojson'),
	fixture('amap-pois.csv'),
	// A file name is data: markup in it must show as text.
	fixture('no-coordinates.csv', '<b>bold <img src=x onerror=alert(1)>.csv')
];

test('four files dropped on the map at once: four outcomes, two layers', async ({ page }) => {
	await page.goto('/?lang=zh');
	await waitForMapIdle(page);
	await drop(page, 'main', FOUR);

	const outcomes = page.getByTestId('user-layer-outcomes').locator(':scope > li');
	await expect(outcomes).toHaveCount(4);
	await expect(outcomes.nth(0)).toHaveAttribute('data-status', 'added');
	await expect(outcomes.nth(0)).toContainText('已添加“planned-kiosks.geojson”（6 个要素）');
	await expect(outcomes.nth(1)).toHaveAttribute('data-status', 'refused');
	await expect(outcomes.nth(1)).toContainText('无法添加“unsupported-geometry.geojson”');
	await expect(outcomes.nth(1)).toContainText('几何类型 “Circle” 不受支持');
	await expect(outcomes.nth(2)).toHaveAttribute('data-status', 'added');
	await expect(outcomes.nth(2)).toContainText('已添加“amap-pois.csv”');
	await expect(outcomes.nth(2).getByTestId('user-layer-warnings')).toContainText('GCJ-02');
	await expect(outcomes.nth(3)).toHaveAttribute('data-status', 'refused');
	await expect(outcomes.nth(3)).toContainText('无法添加“<b>bold <img src=x onerror=alert(1)>.csv”');
	await expect(outcomes.nth(3)).toContainText('CSV 中找不到经度列和纬度列');
	await expect(page.getByTestId('user-layers').locator('b, img')).toHaveCount(0);

	await expect(page.getByTestId('user-layer-list').locator('li')).toHaveCount(2);
	const announce = page.getByTestId('user-layer-announce');
	await expect(announce).toHaveAttribute('role', 'status');
	await expect(announce).toContainText('4 个文件：已添加 2 个，无法添加 2 个');
	await expect(announce).toContainText(
		'“unsupported-geometry.geojson”、“<b>bold <img src=x onerror=alert(1)>.csv”'
	);
});

test('outcomes are dismissed from the keyboard, and the next drop replaces them', async ({
	page
}) => {
	await page.goto('/?lang=en');
	await waitForMapIdle(page);
	await page.getByTestId('tab-analysis').click();
	await page.getByTestId('analysis-mode-layers').click();
	await drop(page, '[data-testid="user-layers"] .drop', FOUR);
	const outcomes = page.getByTestId('user-layer-outcomes').locator(':scope > li');
	await expect(outcomes).toHaveCount(4);
	await expect(page.getByTestId('user-layer-announce')).toContainText(
		'4 files: 2 added, 2 could not be added.'
	);

	const dismiss = outcomes.nth(1).getByTestId('user-layer-dismiss');
	await expect(dismiss).toHaveAccessibleName('Dismiss the note on “unsupported-geometry.geojson”');
	await dismiss.focus();
	await page.keyboard.press('Enter');
	await expect(outcomes).toHaveCount(3);
	await expect(page.getByTestId('user-layer-outcomes')).not.toContainText('unsupported-geometry');
	// The keyboard stays in the list: on the outcome that took the dismissed one's place.
	await expect(outcomes.nth(1).getByTestId('user-layer-dismiss')).toBeFocused();
	// Dismissing an outcome keeps its layer.
	await expect(page.getByTestId('user-layer-list').locator('li')).toHaveCount(2);

	await drop(page, '[data-testid="user-layers"] .drop', [fixture('out-of-range.geojson')]);
	await expect(outcomes).toHaveCount(1);
	await expect(outcomes.first()).toContainText('out-of-range.geojson');
	await expect(page.getByTestId('user-layer-list').locator('li')).toHaveCount(2);
});
