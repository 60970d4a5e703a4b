/** Stories: written in the share dialog, kept over a reload, shared as a link and as a JSON file. */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test, waitForMapIdle } from './fixtures';

const cameras = [
	{ center: [120.38, 36.1], zoom: 12 },
	{ center: [120.40007, 36.12707], zoom: 15 },
	{ center: [120.3095, 36.077], zoom: 15.5 }
] as const;

async function openStoryTab(page: Page) {
	await page.getByTestId('share').click();
	await page.getByTestId('share-tab-story').click();
	await expect(page.getByTestId('story-editor')).toBeVisible();
}

async function readerCentre(page: Page): Promise<[number, number]> {
	await waitForMapIdle(page);
	return page.evaluate(() => {
		const c = window.__qdmap!.getCenter();
		return [Number(c.lng.toFixed(5)), Number(c.lat.toFixed(5))] as [number, number];
	});
}

test('three steps written in the dialog survive a reload, and the link and the file open the same story', async ({
	page,
	context
}) => {
	// Three pages and three map moves: longer than one behaviour's usual minute on a loaded machine.
	test.setTimeout(180_000);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/?lang=en');
	await waitForMapIdle(page);
	for (const [i, camera] of cameras.entries()) {
		await page.evaluate((c) => window.__qdmap!.jumpTo(c as never), camera);
		await waitForMapIdle(page);
		await openStoryTab(page);
		await page.getByTestId('story-add').click();
		await expect(page.getByTestId(`story-step-${i}`)).toBeVisible();
		await page.getByTestId('story-step-title-en').fill(`Step ${['one', 'two', 'three'][i]}`);
		await page.keyboard.press('Escape');
	}
	await openStoryTab(page);
	await page.getByTestId('story-title-en').fill('My walk');
	await page.getByTestId('story-edit-1').click();
	await page.getByTestId('story-step-caption-en').fill('The village.');
	// The draft is written after each change; give IndexedDB a moment before reloading.
	await page.waitForTimeout(300);

	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await openStoryTab(page);
	await expect(page.getByTestId('story-steps').locator('> li')).toHaveCount(3);
	await expect(page.getByTestId('story-title-en')).toHaveValue('My walk');
	await expect(page.getByTestId('story-step-1')).toContainText('Step two');
	await expect(page.getByTestId('story-length')).toContainText('characters long');

	const link = await page.getByTestId('story-link').inputValue();
	expect(link.length).toBeLessThanOrEqual(2000);
	const downloading = page.waitForEvent('download');
	await page.getByTestId('story-download').click();
	const file = readFileSync((await (await downloading).path())!, 'utf8');
	expect(JSON.parse(file).steps).toHaveLength(3);

	// The link …
	const fromLink = await context.newPage();
	await fromLink.goto(`${link}&lang=en`);
	await expect(fromLink.getByRole('heading', { level: 1 })).toHaveText('My walk');
	await expect(fromLink.getByTestId('story-card')).toHaveCount(3);
	await fromLink.keyboard.press('ArrowDown');
	await expect(fromLink.getByTestId('story-card').nth(1)).toContainText('The village.');
	const linkCentre = await readerCentre(fromLink);

	// … and the file open the same story.
	const fromFile = await context.newPage();
	await fromFile.goto('/story?lang=en');
	await fromFile.getByTestId('story-file').setInputFiles({
		name: 'story.json',
		mimeType: 'application/json',
		buffer: Buffer.from(file)
	});
	await expect(fromFile.getByRole('heading', { level: 1 })).toHaveText('My walk');
	await expect(fromFile.getByTestId('story-card')).toHaveCount(3);
	await expect(fromFile.getByTestId('story-card').nth(2)).toContainText('Step three');
	await fromFile.keyboard.press('ArrowDown');
	await expect(fromFile.getByTestId('story')).toHaveAttribute('data-active', '1');
	expect(await readerCentre(fromFile)).toEqual(linkCentre);
	expect(linkCentre[0]).toBeCloseTo(cameras[1].center[0], 4);
	expect(linkCentre[1]).toBeCloseTo(cameras[1].center[1], 4);
});

test('a story whose link would pass 2,000 characters offers the JSON file instead', async ({
	page
}) => {
	await page.goto('/?lang=en');
	await openStoryTab(page);
	for (let i = 0; i < 4; i += 1) {
		await page.getByTestId('story-add').click();
		await page.getByTestId('story-step-caption-en').fill('A long caption. '.repeat(30));
	}
	await expect(page.getByTestId('story-too-long')).toContainText('Use the JSON file instead');
	await expect(page.getByTestId('story-link')).toHaveCount(0);
	await expect(page.getByTestId('story-download')).toBeVisible();
});

test('a picked file that is not a story is refused with a message', async ({ page }) => {
	await page.goto('/story?lang=en');
	await page.getByTestId('story-file').setInputFiles({
		name: 'x.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"type":"FeatureCollection","features":[]}')
	});
	await expect(page.getByTestId('story-error')).toContainText('not a story');
	await expect(page.getByTestId('story-card')).toHaveCount(7);
});
