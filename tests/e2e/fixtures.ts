/**
 * Shared test setup: every test records what the page logged and every request it tried to send
 * outside localhost (those are aborted, so no test ever reaches the internet), and fails at the end
 * if the page logged an error it was not told to expect or tried to leave localhost unexpectedly.
 */
import { readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';

const LOCAL = /^(localhost|127\.0\.0\.1|\[::1\])$/;

interface Options {
	/** Console errors this test expects (for example from a deliberately failing basemap). */
	expectedErrors: RegExp | null;
	/** A host this test expects the page to try (its requests are still aborted or mocked). */
	expectedHost: string | null;
}

interface Fixtures {
	consoleErrors: string[];
	externalRequests: string[];
}

export const test = base.extend<Options & Fixtures>({
	expectedErrors: [null, { option: true }],
	expectedHost: [null, { option: true }],
	externalRequests: async ({ context }, use) => {
		const seen: string[] = [];
		await context.route(
			(url) => (url.protocol === 'http:' || url.protocol === 'https:') && !LOCAL.test(url.hostname),
			(route) => {
				seen.push(route.request().url());
				return route.abort('internetdisconnected');
			}
		);
		await use(seen);
	},
	// Playwright reads a fixture's dependencies from its destructuring pattern; this one has none.
	// eslint-disable-next-line no-empty-pattern
	consoleErrors: async ({}, use) => {
		await use([]);
	},
	page: async (
		{ page, consoleErrors, externalRequests, expectedErrors, expectedHost, javaScriptEnabled },
		use
	) => {
		// A click that lands before the page is hydrated does nothing (its buttons have no handlers yet),
		// which made tests that click at once flaky on a loaded machine: after each navigation to an HTML
		// page, wait until the root layout has marked the page as interactive.
		const goto = page.goto.bind(page);
		page.goto = async (url, options) => {
			const response = await goto(url, options);
			const html = response?.headers()['content-type']?.startsWith('text/html');
			if (javaScriptEnabled !== false && html) {
				await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 30_000 });
			}
			return response;
		};
		page.on('console', (message) => {
			if (message.type() === 'error') consoleErrors.push(message.text());
		});
		page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
		await use(page);
		const unexpectedErrors = consoleErrors.filter((text) => !expectedErrors?.test(text));
		expect(unexpectedErrors, 'the page logged errors').toEqual([]);
		const unexpectedRequests = externalRequests.filter(
			(url) => new URL(url).hostname !== expectedHost
		);
		expect(unexpectedRequests, 'the page tried to leave localhost').toEqual([]);
	}
});

export { expect };

/** Resolves once the map exists, has a loaded style, all tiles are in and the camera is still. */
export async function waitForMapIdle(page: Page): Promise<void> {
	await page.waitForFunction(() => window.__qdmap !== undefined);
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const map = window.__qdmap!;
				const check = () => {
					if (map.loaded() && map.isStyleLoaded() && !map.isMoving()) resolve();
					else map.once('idle', check);
				};
				check();
			})
	);
}

/** Number of rendered features in each of the given style layers. */
export async function renderedCounts(
	page: Page,
	layers: string[]
): Promise<Record<string, number>> {
	return page.evaluate((ids) => {
		const map = window.__qdmap!;
		return Object.fromEntries(
			ids.map((id) => [
				id,
				map.getLayer(id) ? map.queryRenderedFeatures({ layers: [id] }).length : -1
			])
		);
	}, layers);
}

/** Makes the page's browser act as one without WebGL: every WebGL context request returns null. */
export async function disableWebGL(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const original = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (
			this: HTMLCanvasElement,
			type: string,
			...rest: unknown[]
		) {
			if (type.startsWith('webgl')) return null;
			return (original as (...args: unknown[]) => RenderingContext | null).call(
				this,
				type,
				...rest
			);
		} as typeof original;
	});
}

/**
 * Drops a file made from `text` on the map, as a drag from the desktop would (dragenter, dragover,
 * drop on `main`). The MIME type follows the name's extension.
 */
export async function dropFile(page: Page, name: string, text: string): Promise<void> {
	const type = name.endsWith('.csv') ? 'text/csv' : 'application/geo+json';
	await page.evaluate(
		({ name, text, type }) => {
			const data = new DataTransfer();
			data.items.add(new File([text], name, { type }));
			const target = document.querySelector('main')!;
			for (const event of ['dragenter', 'dragover', 'drop']) {
				target.dispatchEvent(
					new DragEvent(event, { dataTransfer: data, bubbles: true, cancelable: true })
				);
			}
		},
		{ name, text, type }
	);
}

/** Opens the share dialog on its image tab. */
export async function openImageExport(page: Page): Promise<void> {
	await page.getByTestId('share').click();
	await page.getByTestId('share-tab-image').click();
}

/** Exports the view at `scale` from the open image tab: the file's suggested name and its bytes. */
export async function downloadPng(
	page: Page,
	scale: 1 | 2 = 1
): Promise<{ name: string; bytes: Uint8Array }> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId(`export-png-${scale}`).click()
	]);
	return {
		name: download.suggestedFilename(),
		bytes: new Uint8Array(readFileSync((await download.path())!))
	};
}
