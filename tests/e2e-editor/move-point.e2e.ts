import { expect, test, waitForMapIdle } from '../e2e/fixtures';
import { changedLines, chooseFeature, dataCheck, openEditor, readGeodataFile } from './editor';

const FILE = 'parking.geojson';
const ID = 'liaocheng-road-car-park';

test('dragging a point’s pin and saving changes only its coordinate lines, and the data stays valid', async ({
	page
}) => {
	const before = readGeodataFile(FILE);
	await openEditor(page);
	await chooseFeature(page, ID);
	const field = page.getByTestId('edit-position');
	const stored = await field.inputValue();
	await waitForMapIdle(page);

	const pin = page.getByTestId('edit-pin');
	const box = (await pin.boundingBox())!;
	// A marker's anchor is its bottom centre; grab it a little above, where the pin is drawn.
	const x = box.x + box.width / 2;
	const y = box.y + box.height / 2;
	await page.mouse.move(x, y);
	await page.mouse.down();
	await page.mouse.move(x + 40, y - 30, { steps: 8 });
	await page.mouse.move(x + 80, y - 60, { steps: 8 });
	await page.mouse.up();
	await expect(field).not.toHaveValue(stored);

	await page.getByRole('button', { name: '查看改动' }).first().click();
	await expect(page.getByTestId('edit-diff')).toContainText('120.');
	expect(readGeodataFile(FILE)).toBe(before);

	await page.getByTestId('edit-save-place').click();
	await expect(page.getByRole('status')).toContainText(`已保存 ${FILE}`);
	const changed = changedLines(before, readGeodataFile(FILE));
	expect(changed).toHaveLength(2);
	for (const line of changed) expect(line).toMatch(/^ {5}\d+\.\d+,?$/);
	expect(dataCheck()).toContain('all valid');
});
