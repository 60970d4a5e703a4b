/**
 * A file that is not text is named for what it is: a zip archive renamed `.geojson`, dropped on the
 * "My layers" panel, is called a ZIP archive (perhaps a zipped shapefile or a workbook) — not a text
 * file in the wrong encoding — and nothing is added to the map.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';

/** A real zip archive (a zipped shapefile: parks.shp and parks.dbf), 496 bytes. */
const ZIPPED_SHAPEFILE =
	'UEsDBBQAAAAIABRUfV0mTAu3GAEAAAAEAAAJAAAAcGFya3Muc2hwY2BkYmZhZWPn4OTi5uHl4xcQFBIWERUTl5CUkpaRlZNXUFRSVlFVU9fQ1NLW0dXTNzA0MjYxNTO3sLSytrG1s3dwdHJ2cXVz9/D08vbx9fMPCAwKDgkNC4+IjIqOiY2LT0hMSk5JTUvPyMzKzsnNyy8oLCouKS0rr6isqq6pratvaGxqbmlta+/o7Oru6e3rnzBx0uQpU6dNnzFz1uw5c+fNX7Bw0eIlS5ctX7Fy1eo1a9et37Bx0+YtW7dt37Fz1+49e/ftP3Dw0OEjR48dP3Hy1OkzZ8+dv3Dx0uUrV69dv3Hz1u07d+/df/Dw0eMnT589f/Hy1es3b9+9//Dx0+cvX799//Hz1+8/f//9Zxj1/6j/R7D/AVBLAwQUAAAACAAUVH1dHAaCRwYAAABBAAAACQAAAHBhcmtzLmRiZmNmoBAAAFBLAQIUAxQAAAAIABRUfV0mTAu3GAEAAAAEAAAJAAAAAAAAAAAAAACAAQAAAABwYXJrcy5zaHBQSwECFAMUAAAACAAUVH1dHAaCRwYAAABBAAAACQAAAAAAAAAAAAAAgAE/AQAAcGFya3MuZGJmUEsFBgAAAAACAAIAbgAAAGwBAAAAAA==';

async function openLayers(page: Page, lang: 'zh' | 'en') {
	await page.goto(`/?lang=${lang}`);
	await waitForMapIdle(page);
	await page.getByTestId('tab-analysis').click();
	await page.getByTestId('analysis-mode-layers').click();
}

/** Drops the bytes as a file called `name` on the panel's drop zone, as a drag from the desktop would. */
async function drop(page: Page, name: string, base64: string) {
	await page.evaluate(
		({ name, base64 }) => {
			const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
			const file = new File([bytes], name, { type: 'application/geo+json' });
			const init = { dataTransfer: new DataTransfer(), bubbles: true, cancelable: true };
			init.dataTransfer.items.add(file);
			const zone = document.querySelector('[data-testid="user-layers"] .drop')!;
			for (const type of ['dragenter', 'dragover', 'drop'])
				zone.dispatchEvent(new DragEvent(type, init));
		},
		{ name, base64 }
	);
}

for (const [lang, expected] of [
	['zh', '这是一个 ZIP 压缩包（可能是压缩的 Shapefile 或 .xlsx 工作簿）'],
	['en', 'This is a ZIP archive (perhaps a zipped shapefile or an .xlsx workbook)']
] as const) {
	test(`a zip renamed .geojson is called a ZIP archive (${lang})`, async ({ page }) => {
		await openLayers(page, lang);
		await drop(page, 'parks.geojson', ZIPPED_SHAPEFILE);
		const error = page.getByTestId('user-layer-error');
		await expect(error).toContainText(expected);
		await expect(error).not.toContainText(lang === 'zh' ? 'UTF-8 编码' : 'not UTF-8');
		const sources = await page.evaluate(() =>
			Object.keys(window.__qdmap!.getStyle().sources).filter((id) => id.startsWith('overlay-user-'))
		);
		expect(sources).toEqual([]);
	});
}
