import { expect, test } from '../e2e/fixtures';
import { changedLines, chooseFeature, dataCheck, openEditor, readGeodataFile } from './editor';

const FILE = 'schools.geojson';

test('a position typed with the keyboard moves the pin and is saved as typed', async ({ page }) => {
	await openEditor(page, '?lang=en');
	const id = JSON.parse(readGeodataFile(FILE)).features.find(
		(f: { geometry?: { type: string } }) => f.geometry?.type === 'Point'
	).properties.id;
	const before = readGeodataFile(FILE);
	await chooseFeature(page, id);
	const field = page.getByTestId('edit-position');
	await field.focus();
	await field.press('ControlOrMeta+a');
	await page.keyboard.type('120.371234, 36.081234');
	await expect(page.getByText('Type “longitude, latitude”')).toHaveCount(0);
	// Keyboard only: Tab along to the Save button of the place form and press it.
	await page.getByTestId('edit-save-place').focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toContainText(`Saved ${FILE}`);
	expect(changedLines(before, readGeodataFile(FILE)).map((l) => l.trim())).toEqual([
		'120.371234,',
		'36.081234'
	]);
	expect(dataCheck()).toContain('all valid');
});
