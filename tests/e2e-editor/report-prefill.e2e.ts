import { expect, test } from '../e2e/fixtures';
import { openEditor, readGeodataFile } from './editor';

// A reader's report as the correction form composes it, pasted from an email (a title line above).
const REPORT = `更正：上海支路停车楼（位置不对）

项目：上海支路停车楼 (shanghai-branch-road-parking-garage)
类型：位置不对
建议位置（WGS-84 经度, 纬度）：120.325000, 36.078000
查看：http://localhost/?project=shanghai-branch-road-parking-garage

说明:
停车场在路的北头。`;

test('a pasted report opens its feature with the proposed position in the form and beside the current one on the map', async ({
	page
}) => {
	const garage = JSON.parse(readGeodataFile('parking.geojson')).features.find(
		(f: { properties: { id: string } }) => f.properties.id === 'shanghai-branch-road-parking-garage'
	);
	const [lng, lat] = garage.geometry.coordinates as [number, number];
	await openEditor(page);
	await page.getByTestId('edit-report').fill(REPORT);
	await page.getByRole('button', { name: '打开对应的编辑' }).click();
	await expect(page.getByTestId('edit-report-message')).toContainText('已打开“上海支路停车楼”');
	await expect(page.getByTestId('edit-position')).toHaveValue('120.325000, 36.078000');
	await expect(page.getByText(`当前位置：${lng.toFixed(6)}, ${lat.toFixed(6)}`)).toBeVisible();
	await expect(page.getByText('报告建议的位置：120.325000, 36.078000')).toBeVisible();
	await expect(page.getByTestId('edit-current')).toBeVisible();
	await expect(page.getByTestId('edit-proposed')).toBeVisible();
	await expect(page.getByTestId('edit-pin')).toBeVisible();
});

test('text that is not a report is refused with what to paste', async ({ page }) => {
	await openEditor(page, '?lang=en');
	await page.getByTestId('edit-report').fill('hello');
	await page.getByRole('button', { name: 'Open the matching edit' }).click();
	await expect(page.getByTestId('edit-report-message')).toContainText(
		'needs a line “Project: name (id)”'
	);
});
