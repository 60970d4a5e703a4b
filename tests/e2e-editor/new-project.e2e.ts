import type { Page } from '@playwright/test';
import { expect, test } from '../e2e/fixtures';
import { dataCheck, openEditor, readGeodataFile } from './editor';

// A layer file the other editor tests do not write or compare, so they can run in parallel with these.
const FILE = 'parks.geojson';
const LOG = 'sources/research-log.json';
/** A whole clause of the source text (geodata/sources/qingdao-morning-post-2023-02-13.txt). */
const QUOTE_IN_SOURCE = '完成太平山、浮山绿道景观提升工程';

/** Fills the new-project form with a park project whose one milestone quotes `quote`. */
async function fillProject(page: Page, id: string, quote: string) {
	await page.getByTestId('edit-new-project').click();
	await page.getByTestId('project-id').fill(id);
	await page.getByTestId('project-layer').selectOption('parks');
	await page.getByTestId('project-district').selectOption('shibei');
	await page.getByTestId('project-campaign').selectOption('park-city');
	await page.getByTestId('project-name-zh').fill('太平山绿道');
	await page.getByTestId('project-name-en').fill('Taipingshan greenway');
	await page.getByTestId('project-source').selectOption('qdzb-2023-02-13');
	await page.getByTestId('project-report').selectOption('shibei');
	await page.getByTestId('milestone-action').selectOption('complete');
	await page.getByTestId('milestone-due').fill('2023-12-31');
	await page.getByTestId('milestone-precision').selectOption('year');
	await page.getByTestId('milestone-phrase').fill('今年');
	await page.getByTestId('milestone-text-zh').fill('景观提升完成');
	await page.getByTestId('milestone-text-en').fill('Landscape upgrade complete');
	await page.getByTestId('milestone-quote').fill(quote);
	await page
		.getByTestId('milestone-quote-en')
		.fill('Complete the landscape upgrade of the Taipingshan and Fushan greenways');
	await page.getByTestId('project-searched').fill('2026-11-29');
	await page.getByTestId('project-queries').fill('太平山 绿道 景观提升');
}

test('a new project whose quote is in the source is placed by a click on the map, saved, and the data stays valid', async ({
	page
}) => {
	const id = 'taipingshan-greenway-e2e';
	const before = readGeodataFile(FILE);
	await openEditor(page, '?lang=en');
	await fillProject(page, id, QUOTE_IN_SOURCE);

	const map = page.getByRole('region', { name: 'Editing map' });
	const box = (await map.boundingBox())!;
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	await expect(page.getByTestId('project-position')).toHaveValue(/^120\.\d+, 36\.\d+$/);
	await expect(page.getByTestId('edit-pin')).toBeVisible();

	await page.getByTestId('project-save').click();
	await expect(page.getByRole('status')).toContainText(`Saved ${FILE}, ${LOG}`);
	const after = readGeodataFile(FILE);
	expect(after).not.toBe(before);
	const added = JSON.parse(after).features.at(-1);
	expect(added.properties).toMatchObject({
		id,
		layer: 'parks',
		source: { doc: 'qdzb-2023-02-13' }
	});
	expect(added.properties.milestones[0].quote).toBe(QUOTE_IN_SOURCE);
	expect(added.geometry.type).toBe('Point');
	expect(readGeodataFile(LOG)).toContain(`"subject": "${id}"`);
	expect(dataCheck()).toContain('all valid');
});

test('a new project whose quote is not in the source is refused with the data check’s message, and no file changes', async ({
	page
}) => {
	const id = 'made-up-greenway-e2e';
	const [before, log] = [readGeodataFile(FILE), readGeodataFile(LOG)];
	await openEditor(page, '?lang=en');
	await fillProject(page, id, '完成一条原文里没有的绿道');
	await page.getByTestId('project-position').fill('120.33, 36.08');
	await page.getByTestId('project-save').click();

	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Not saved: the data check refused the edit');
	await expect(alert).toContainText(id);
	await expect(alert).toContainText('is not verbatim in source "qdzb-2023-02-13"');
	expect(readGeodataFile(FILE)).toBe(before);
	expect(readGeodataFile(LOG)).toBe(log);
});
