/**
 * A user's layer whose properties are named as JavaScript and MapLibre use names of their own
 * (`constructor`, `__proto__`, `$name`, `hasOwnProperty`) is drawn like any other, and nothing is
 * logged. The file is tests/e2e/fixtures/reserved-keys.geojson.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, renderedCounts, test, waitForMapIdle } from './fixtures';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const FILE = 'reserved-keys.geojson';

test('a layer with properties named constructor, __proto__, $name, hasOwnProperty is drawn', async ({
	page
}) => {
	// Zoom 17: beyond the zoom where a user layer's points are clustered, so each is drawn on its own.
	await page.goto('/?lang=zh&map=17/36.0602/120.4002');
	await waitForMapIdle(page);
	await page.evaluate(
		({ name, text }) => {
			const data = new DataTransfer();
			data.items.add(new File([text], name, { type: 'application/geo+json' }));
			const target = document.querySelector('main')!;
			for (const type of ['dragenter', 'dragover', 'drop']) {
				target.dispatchEvent(
					new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true })
				);
			}
		},
		{ name: FILE, text: readFileSync(join(FIXTURES, FILE), 'utf8') }
	);
	await expect(page.getByTestId('user-layer-outcomes').locator(':scope > li')).toHaveAttribute(
		'data-status',
		'added'
	);
	const source = await page.evaluate(() =>
		Object.keys(window.__qdmap!.getStyle().sources).find(
			(id) => id.startsWith('overlay-user-') && !id.endsWith('-points')
		)!
	);
	const point = `${source}-point`;
	await expect
		.poll(async () => {
			await waitForMapIdle(page);
			return (await renderedCounts(page, [point]))[point];
		})
		.toBe(4);
	// No prototype was replaced on the way.
	expect(await page.evaluate(() => (({}) as { polluted?: boolean }).polluted)).toBeUndefined();
});
