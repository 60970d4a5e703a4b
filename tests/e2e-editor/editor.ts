/** Shared steps of the editor's end-to-end tests (they run against `vite dev` on a scratch geodata copy). */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, waitForMapIdle } from '../e2e/fixtures';
import type { Page } from '@playwright/test';

/** The scratch geodata folder the dev server edits (playwright.config.ts). */
export const GEODATA = process.env.E2E_EDITOR_GEODATA!;

export const readGeodataFile = (file: string) => readFileSync(join(GEODATA, file), 'utf8');

/** `npm run data:check` on the scratch folder; throws with its output when it fails. */
export function dataCheck(): string {
	return execFileSync(process.execPath, ['--import', 'tsx', 'scripts/check-data.ts', GEODATA], {
		encoding: 'utf8'
	});
}

/** Opens /edit and waits for the data and the map. */
export async function openEditor(page: Page, query = ''): Promise<void> {
	await page.goto(`/edit${query}`);
	await expect(page.getByTestId('edit-search')).toBeVisible({ timeout: 60_000 });
	await waitForMapIdle(page);
}

/** Chooses a feature by searching for its id. */
export async function chooseFeature(page: Page, id: string): Promise<void> {
	await page.getByTestId('edit-search').fill(id);
	await page.locator(`button[data-id="${id}"]`).click();
	await expect(page.getByTestId('edit-position')).toBeVisible();
}

/** The lines of `after` that differ from `before`, both split into lines of equal count. */
export function changedLines(before: string, after: string): string[] {
	const a = before.split('\n');
	const b = after.split('\n');
	expect(b.length).toBe(a.length);
	return b.flatMap((line, i) => (line === a[i] ? [] : [line]));
}
