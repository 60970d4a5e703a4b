import { expect, test } from '../e2e/fixtures';
import { chooseFeature, openEditor, readGeodataFile } from './editor';

const ID = 'liaocheng-road-car-park';

test('an update with an impossible date is refused with the data check’s message, and no file changes', async ({
	page
}) => {
	const updates = readGeodataFile('updates.json');
	const log = readGeodataFile('sources/research-log.json');
	await openEditor(page, '?lang=en');
	await chooseFeature(page, ID);
	await page.getByTestId('update-id').fill('liaocheng-road-car-park-test-update');
	await page.getByTestId('update-outcome').selectOption('done');
	await page.getByTestId('update-date').fill('2023-02-30');
	await page.getByTestId('update-text-zh').fill('测试');
	await page.getByTestId('update-text-en').fill('Test');
	await page.getByTestId('update-url').fill('https://example.org/report');
	await page.getByTestId('update-title').fill('Report');
	await page.getByTestId('update-publisher').fill('Publisher');
	await page.getByTestId('update-source-date').fill('2023-03-01');
	await page.getByTestId('edit-save-update').click();

	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Not saved: the data check refused the edit');
	await expect(alert).toContainText('updates.json');
	await expect(alert).toContainText('"2023-02-30"');
	expect(readGeodataFile('updates.json')).toBe(updates);
	expect(readGeodataFile('sources/research-log.json')).toBe(log);
});

test('a place with an invalid uncertainty is refused and the layer file stays byte-identical', async ({
	page
}) => {
	const before = readGeodataFile('parking.geojson');
	await openEditor(page);
	await chooseFeature(page, 'shanghai-branch-road-parking-garage');
	await page.getByLabel('误差范围（米，可不填）').fill('很远');
	await page.getByTestId('edit-save-place').click();
	await expect(page.getByRole('alert')).toContainText('未保存：数据检查不通过');
	await expect(page.getByRole('alert')).toContainText('uncertainty_m');
	expect(readGeodataFile('parking.geojson')).toBe(before);
});
