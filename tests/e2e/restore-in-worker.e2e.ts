/**
 * Layers kept from an earlier visit are restored after the list and the map, in a worker, one at a
 * time with the progress shown; the list answers meanwhile. Four big layers are put in IndexedDB as a
 * previous visit would have left them (50,000 points twice, a 400,000-vertex multipoint and polygon).
 * The longest main-thread task of the visit is printed, not asserted beyond a sanity bound.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';
import { longestTaskSince, recordLongTasks, report, userLayerIds } from './long-tasks';

/** Writes four big layers where the site keeps them (idb-keyval: database, store, key = layer id). */
async function keepFourBigLayers(page: Page) {
	// Any page of the site gives its origin's IndexedDB; this one starts no map.
	await page.goto('/favicon.svg');
	await page.evaluate(async () => {
		let seed = 11;
		const random = () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
		const around = () => [120.3 + random() * 0.2, 36.03 + random() * 0.12];
		const counts = (type: string, n: number) => ({
			Point: 0,
			MultiPoint: 0,
			LineString: 0,
			MultiLineString: 0,
			Polygon: 0,
			MultiPolygon: 0,
			[type]: n
		});
		const layer = (id: string, name: string, color: string, features: unknown[], type: string) => ({
			version: 1,
			id,
			addedAt: `2026-11-2${id.at(-1)}T10:00:00.000Z`,
			color,
			layer: {
				name,
				kind: 'geojson',
				features,
				bbox: [120.3, 36.03, 120.5, 36.15],
				counts: counts(type, features.length),
				warnings: [],
				datum: 'wgs84',
				datumHint: 'unknown'
			}
		});
		const points = (prefix: string) =>
			Array.from({ length: 50_000 }, (_, i) => ({
				type: 'Feature',
				id: `${prefix}-${i}`,
				geometry: { type: 'Point', coordinates: around() },
				properties: { name: `${prefix} ${i}` }
			}));
		// A ring of 400,000 vertices around the middle of the city, closed.
		const ring = Array.from({ length: 400_000 }, (_, i) => {
			const angle = (i / 399_999) * 2 * Math.PI;
			return [120.38 + 0.05 * Math.cos(angle), 36.08 + 0.04 * Math.sin(angle)];
		});
		ring[ring.length - 1] = ring[0]!;
		const layers = [
			layer('keep1', 'points-a.geojson', '#0072b2', points('a'), 'Point'),
			layer('keep2', 'points-b.geojson', '#e69f00', points('b'), 'Point'),
			layer(
				'keep3',
				'multipoint.geojson',
				'#009e73',
				[
					{
						type: 'Feature',
						id: 'feature-1',
						geometry: { type: 'MultiPoint', coordinates: Array.from({ length: 400_000 }, around) },
						properties: {}
					}
				],
				'MultiPoint'
			),
			layer(
				'keep4',
				'polygon.geojson',
				'#cc79a7',
				[
					{
						type: 'Feature',
						id: 'feature-1',
						geometry: { type: 'Polygon', coordinates: [ring] },
						properties: {}
					}
				],
				'Polygon'
			)
		];
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('qingdao-renewal-map');
			open.onupgradeneeded = () => open.result.createObjectStore('user-layers');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		await new Promise<void>((resolve, reject) => {
			const tx = db.transaction('user-layers', 'readwrite');
			for (const saved of layers) tx.objectStore('user-layers').put(saved, saved.id);
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	});
}

test('four big kept layers come back after the list and the map, one by one, with progress', async ({
	page
}, info) => {
	test.setTimeout(240_000);
	await keepFourBigLayers(page);
	await recordLongTasks(page);
	// Every text the restoring notice shows, and when it went away.
	await page.addInitScript(() => {
		const seen: string[] = [];
		const state = { seen, restoredAt: undefined as number | undefined, shown: false };
		(window as unknown as { __restore: typeof state }).__restore = state;
		new MutationObserver(() => {
			const notice = document.querySelector('[data-testid="map-restoring"]');
			if (notice) {
				state.shown = true;
				const text = notice.textContent?.trim() ?? '';
				if (seen.at(-1) !== text) seen.push(text);
			} else if (state.shown && state.restoredAt === undefined) {
				state.restoredAt = performance.now();
			}
		}).observe(document, { subtree: true, childList: true, characterData: true });
	});
	const restore = () =>
		page.evaluate(
			() => (window as unknown as { __restore: { seen: string[]; restoredAt?: number } }).__restore
		);

	await page.goto('/?lang=zh');
	// The list answers first: a search opens a project while the kept layers are not yet back.
	await page.getByTestId('search').fill('小港站');
	await page.getByRole('option', { name: /地铁2号线小港站/ }).click();
	await expect(page.getByTestId('project-panel').getByRole('heading', { level: 2 })).toHaveText(
		'地铁2号线小港站'
	);
	expect((await restore()).restoredAt, 'the layers were restored before the list answered').toBe(
		undefined
	);

	await expect.poll(async () => (await restore()).restoredAt, { timeout: 180_000 }).toBeDefined();
	const { seen } = await restore();
	expect(seen.at(-1)).toBe('正在恢复图层 4/4…');
	expect(seen.some((text) => /^正在恢复图层 [1-3]\/4…$/.test(text))).toBe(true);

	await waitForMapIdle(page);
	expect(await userLayerIds(page)).toEqual(['keep1', 'keep2', 'keep3', 'keep4']);
	// The open project stands in place of the tabs: back to them.
	await page.getByTestId('panel-close').click();
	await page.getByTestId('tab-analysis').click();
	await page.getByTestId('analysis-mode-layers').click();
	await expect(page.getByTestId('user-layer-list').locator('li')).toHaveText([
		/points-a\.geojson/,
		/points-b\.geojson/,
		/multipoint\.geojson/,
		/polygon\.geojson/
	]);

	report(info, 'longest main-thread task of the visit', await longestTaskSince(page));
	expect(await longestTaskSince(page), 'sanity bound only').toBeLessThan(30_000);
});

test('the restoring notice is in English too', async ({ page }) => {
	test.setTimeout(240_000);
	await keepFourBigLayers(page);
	await page.goto('/?lang=en');
	await expect(page.getByTestId('map-restoring')).toContainText(/^Restoring layer [1-4] of 4…$/, {
		timeout: 120_000
	});
	await expect(page.getByTestId('map-restoring')).toHaveCount(0, { timeout: 180_000 });
	await waitForMapIdle(page);
});
