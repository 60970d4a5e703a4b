/**
 * The planner analyses follow the filters and show on the map: clusters, hexagonal density, the
 * Clark–Evans statistic, metro catchments, breakdowns, and each result's download.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, renderedCounts, test, waitForMapIdle } from './fixtures';

/** The explorer page (ANALYSIS_PAGE lets the tests run against a copy of it while it is wired). */
const PAGE = process.env.ANALYSIS_PAGE ?? '/';

async function openAnalysis(page: Page, mode: string, query = 'lang=zh') {
	await page.goto(`${PAGE}?${query}`);
	await waitForMapIdle(page);
	await page.getByTestId('tab-analysis').click();
	await page.getByTestId(`analysis-mode-${mode}`).click();
	// The analyses are computed in a worker: wait until the one opened has its result.
	if (['clusters', 'density', 'nearest', 'catchments'].includes(mode)) {
		await expect(page.getByTestId('analysis-computing')).toBeAttached();
		await expect(page.getByTestId('analysis-computing')).toHaveText('');
	}
}

/** The features of one of the map's GeoJSON sources (its data, not only what is in view). */
async function sourceFeatures(page: Page, id: string): Promise<GeoJSON.Feature[]> {
	await waitForMapIdle(page);
	return page.evaluate((sourceId) => {
		const source = window.__qdmap!.getSource(sourceId) as unknown as
			| { _data: { geojson?: GeoJSON.FeatureCollection } & Partial<GeoJSON.FeatureCollection> }
			| undefined;
		if (!source) return [];
		const data = source._data.geojson ?? (source._data as GeoJSON.FeatureCollection);
		return data.features;
	}, id);
}

/** The numbers in the cells of one column of the catchment table, top to bottom. */
async function catchmentCounts(page: Page): Promise<number[]> {
	return (await page.getByTestId('catchment-count').allTextContents()).map(Number);
}

async function filterDistrict(page: Page, district: 'shinan') {
	await page.getByTestId('tab-filters').click();
	await page.getByTestId(`filter-district-${district}`).check();
	await page.getByTestId('tab-analysis').click();
}

test.describe('clusters', () => {
	test('changing the distance changes the number of clusters, on the map and in the list', async ({
		page
	}) => {
		await openAnalysis(page, 'clusters');
		const list = page.getByTestId('cluster-list').locator(':scope > li');
		await expect(list.first()).toBeVisible();
		const at500 = await list.count();
		const labels = async () =>
			(await sourceFeatures(page, 'overlay-clusters')).filter(
				(f) => f.properties!.shape === 'label'
			).length;
		expect(await labels()).toBe(at500);
		expect((await renderedCounts(page, ['overlay-clusters-label']))['overlay-clusters-label']).toBe(
			at500
		);

		await page.getByTestId('cluster-eps-slider').fill('2000');
		await expect(page.getByTestId('cluster-eps')).toHaveText('2 公里');
		await expect.poll(() => list.count()).not.toBe(at500);
		const at2000 = await list.count();
		expect(await labels()).toBe(at2000);
		await expect(page.getByTestId('cluster-result')).toContainText(`${at2000} 个聚类`);
	});

	test('noise is counted in the sentence and ringed in grey on the map', async ({ page }) => {
		await openAnalysis(page, 'clusters');
		const sentence = await page.getByTestId('cluster-result').textContent();
		const noise = Number(/；(\d+) 个项目为离散点/.exec(sentence!)![1]);
		expect(noise).toBeGreaterThan(0);
		const members = await sourceFeatures(page, 'overlay-cluster-members');
		expect(members.filter((f) => f.properties!.role === 'noise')).toHaveLength(noise);
	});

	test('choosing a cluster in the list outlines it and frames it', async ({ page }) => {
		await openAnalysis(page, 'clusters');
		const zoomBefore = await page.evaluate(() => window.__qdmap!.getZoom());
		const first = page.getByTestId('cluster-list').locator(':scope > li > button').first();
		await first.click();
		await expect(first).toHaveAttribute('aria-pressed', 'true');
		await waitForMapIdle(page);
		expect(await page.evaluate(() => window.__qdmap!.getZoom())).toBeGreaterThan(zoomBefore);
		const shapes = await sourceFeatures(page, 'overlay-clusters');
		const chosen = shapes.filter(
			(f) => f.properties!.selected === true && f.properties!.shape !== 'label'
		);
		expect(chosen).toHaveLength(1);
		const inView = await page.evaluate(
			(centre) => window.__qdmap!.getBounds().contains(centre as [number, number]),
			(
				shapes.find((f) => f.properties!.selected && f.properties!.shape === 'label')!
					.geometry as GeoJSON.Point
			).coordinates
		);
		expect(inView).toBe(true);
	});
});

test.describe('density', () => {
	test('hexagons are drawn as a choropleth with a legend that counts them', async ({ page }) => {
		await openAnalysis(page, 'density');
		const legend = page.getByTestId('density-legend');
		await expect(legend).toBeVisible();
		const hexagons = await sourceFeatures(page, 'overlay-hexbins');
		expect(hexagons.length).toBeGreaterThan(5);
		expect(
			(await renderedCounts(page, ['overlay-hexbins-fill']))['overlay-hexbins-fill']
		).toBeGreaterThan(0);
		const perClass = (await legend.locator('li').allTextContents()).map((text) =>
			Number(/（(\d+) 格）/.exec(text)![1])
		);
		expect(perClass.reduce((a, b) => a + b, 0)).toBe(hexagons.length);
		const colours = new Set(hexagons.map((h) => h.properties!.color));
		expect(colours.size).toBeGreaterThan(1);

		await page.getByTestId('density-cell-slider').fill('2000');
		await expect
			.poll(async () => (await sourceFeatures(page, 'overlay-hexbins')).length)
			.toBeLessThan(hexagons.length);
	});
});

test.describe('density of a metric', () => {
	test('summing kilometres draws a legend with a class for zero, and no error', async ({
		page
	}) => {
		// Decimal classes start at 0, as the zero class does: the legend once broke on that.
		await page.goto(`${PAGE}?lang=en&analysis=density&metric=length_km`);
		await expect(page.getByTestId('density-metric')).toHaveValue('length_km');
		const legend = page.getByTestId('density-legend');
		await expect(legend).toContainText('Legend: length (km)');
		await expect(legend.locator('li').first()).toContainText('metric 0');
		const perClass = (await legend.locator('li').allTextContents()).map((text) =>
			Number(/\((\d+) hexagons?\)/.exec(text)![1])
		);
		expect(perClass.reduce((a, b) => a + b, 0)).toBe(
			(await sourceFeatures(page, 'overlay-hexbins')).length
		);
	});

	test('only metrics that add up are offered', async ({ page }) => {
		await openAnalysis(page, 'density', 'lang=en');
		const offered = await page.getByTestId('density-metric').locator('option').allTextContents();
		expect(offered.join('|')).toContain('length (km)');
		expect(offered.join('|')).not.toMatch(/ a (month|week|year)|occupancy/);
	});
});

test.describe('nearest neighbour', () => {
	test('R and z are shown for the filtered projects and change when a filter changes', async ({
		page
	}) => {
		await openAnalysis(page, 'nearest');
		const stats = page.getByTestId('nearest-stats');
		await expect(stats).toBeVisible();
		// The study area's size in the reader's language.
		await expect(stats).toContainText('平方公里');
		await expect(stats).not.toContainText('km²');
		const before = {
			n: await page.getByTestId('nearest-n').textContent(),
			r: await page.getByTestId('nearest-r').textContent(),
			z: await page.getByTestId('nearest-z').textContent()
		};
		expect(Number(before.n)).toBeGreaterThan(30);
		expect(Number(before.r)).toBeGreaterThan(0);
		await expect(page.getByTestId('nearest-sentence')).toContainText(`R = ${before.r}`);
		expect((await sourceFeatures(page, 'overlay-study-area')).length).toBe(1);

		// The historic blocks lie close together: without them the rest are less clustered.
		await page.getByTestId('legend-layer-historic-districts').uncheck();
		await expect(page.getByTestId('nearest-n')).not.toHaveText(before.n!);
		const after = Number(await page.getByTestId('nearest-n').textContent());
		expect(after).toBeLessThan(Number(before.n));
		await expect(page.getByTestId('nearest-r')).not.toHaveText(before.r!);
		await expect(page.getByTestId('nearest-z')).not.toHaveText(before.z!);
	});

	test('too few located projects in the study area say so instead of a number', async ({
		page
	}) => {
		// Of Shinan's projects only one has a location.
		await openAnalysis(page, 'nearest', 'lang=zh&district=shinan');
		await expect(page.getByTestId('nearest-too-few')).toContainText('至少需要 2 个');
		await expect(page.getByTestId('nearest-r')).toHaveCount(0);
	});
});

test.describe('metro catchments', () => {
	test('sorting by a column reorders the rows and says so in aria-sort, by keyboard too', async ({
		page
	}) => {
		await openAnalysis(page, 'catchments');
		const countHeader = page.locator('th', { has: page.getByTestId('catchment-sort-count') });
		await expect(countHeader).toHaveAttribute('aria-sort', 'descending');
		const descending = await catchmentCounts(page);
		expect(descending).toEqual(descending.toSorted((a, b) => b - a));
		expect(descending[0]).toBeGreaterThan(descending.at(-1)!);

		await page.getByTestId('catchment-sort-count').focus();
		await page.keyboard.press('Enter');
		await expect(countHeader).toHaveAttribute('aria-sort', 'ascending');
		const ascending = await catchmentCounts(page);
		expect(ascending).toEqual(descending.toSorted((a, b) => a - b));

		await page.getByTestId('catchment-radius-800').check();
		const wider = await catchmentCounts(page);
		expect(wider.reduce((a, b) => a + b, 0)).toBeGreaterThan(ascending.reduce((a, b) => a + b, 0));

		// The metric columns are 0 at every station in this data, so the table leaves them out and
		// says so; the count is the column left to sort by.
		await expect(countHeader).toHaveAttribute('aria-sort', 'ascending');
	});

	test('choosing a station draws its circles and its projects, and frames it', async ({ page }) => {
		await openAnalysis(page, 'catchments');
		const row = page.locator('tr[data-station="taidong-station"]');
		await row.getByTestId('catchment-row').click();
		await expect(row.getByTestId('catchment-row')).toHaveAttribute('aria-pressed', 'true');
		const detail = page.getByTestId('catchment-detail');
		await expect(detail).toContainText('台东站');
		const circles = (await sourceFeatures(page, 'overlay-catchments')).filter(
			(f) => f.geometry.type === 'Polygon' && f.properties!.selected === true
		);
		expect(circles.map((c) => c.properties!.radiusM)).toEqual([500, 800]);
		expect(
			(await renderedCounts(page, ['overlay-catchments-fill']))['overlay-catchments-fill']
		).toBeGreaterThan(0);
		const projects = await sourceFeatures(page, 'overlay-catchment-projects');
		const within800 = Number(
			await page
				.locator('tr[data-station="taidong-station"]')
				.getByTestId('catchment-count')
				.textContent()
		);
		expect(projects.length).toBeGreaterThanOrEqual(within800);
		const station: [number, number] = [120.34737, 36.07844];
		const view = await page.evaluate(
			(at) => ({
				contains: window.__qdmap!.getBounds().contains(at),
				zoom: window.__qdmap!.getZoom()
			}),
			station
		);
		expect(view.contains).toBe(true);
		expect(view.zoom).toBeGreaterThan(13);
	});
});

test.describe('links', () => {
	test('the settings go into the URL and the share link, and a link reopens them', async ({
		page,
		context
	}) => {
		await openAnalysis(page, 'clusters');
		await page.getByTestId('cluster-eps-slider').fill('800');
		await page.getByTestId('cluster-min-slider').fill('4');
		await expect(page).toHaveURL(/[?&]analysis=clusters&eps=800&minpts=4$/);
		const list = page.getByTestId('cluster-list').locator(':scope > li');
		const clusters = await list.count();
		await page.getByTestId('share').click();
		const link = await page.getByTestId('share-link').inputValue();
		expect(link).toMatch(/[?&]analysis=clusters&eps=800&minpts=4$/);
		// An embed shows the map only, and the dialog says so.
		await page.getByTestId('share-tab-embed').click();
		await expect(page.getByTestId('embed-no-analysis')).toContainText('不含分析');

		const reopened = await context.newPage();
		await reopened.goto(link);
		await waitForMapIdle(reopened);
		await expect(reopened.getByTestId('tab-analysis')).toHaveAttribute('aria-selected', 'true');
		await expect(reopened.getByTestId('cluster-eps')).toHaveText('800 米');
		await expect(reopened.getByTestId('cluster-list').locator(':scope > li')).toHaveCount(clusters);
		expect(
			(await sourceFeatures(reopened, 'overlay-clusters')).filter(
				(f) => f.properties!.shape === 'label'
			)
		).toHaveLength(clusters);
	});

	test('a link to a station opens its catchment and frames it; leaving the tab drops it', async ({
		page
	}) => {
		await page.goto(`${PAGE}?lang=zh&analysis=catchments&catchment=800&station=taidong-station`);
		await waitForMapIdle(page);
		await expect(page.getByTestId('catchment-radius-800')).toBeChecked();
		const row = page.locator('tr[data-station="taidong-station"]').getByTestId('catchment-row');
		await expect(row).toHaveAttribute('aria-pressed', 'true');
		await expect(page.getByTestId('catchment-detail')).toContainText('台东站');
		await expect
			.poll(() =>
				page.evaluate(
					(at) => window.__qdmap!.getBounds().contains(at) && window.__qdmap!.getZoom() > 13,
					[120.34737, 36.07844] as [number, number]
				)
			)
			.toBe(true);

		await page.getByTestId('tab-list').click();
		await expect(page).not.toHaveURL(/analysis=|station=/);
	});

	test('a link to a cluster opens it chosen and framed', async ({ page, context }) => {
		await openAnalysis(page, 'clusters');
		const chosen = page.getByTestId('cluster-list').locator(':scope > li > button').nth(1);
		await chosen.click();
		await expect(page).toHaveURL(/[?&]analysis=clusters&cluster=[a-z0-9-]+$/);
		const name = await chosen.textContent();
		const link = page.url().replace(/[?&]map=[^&]*/, '');

		const reopened = await context.newPage();
		await reopened.goto(link);
		const pressed = reopened
			.getByTestId('cluster-list')
			.locator(':scope > li > button[aria-pressed="true"]');
		await expect(pressed).toHaveCount(1);
		await expect(pressed).toHaveText(name!);
		const label = (await sourceFeatures(reopened, 'overlay-clusters')).find(
			(f) => f.properties!.selected && f.properties!.shape === 'label'
		)!;
		await expect
			.poll(() =>
				reopened.evaluate(
					(centre) =>
						window.__qdmap!.getBounds().contains(centre as [number, number]) &&
						window.__qdmap!.getZoom() > 12,
					(label.geometry as GeoJSON.Point).coordinates
				)
			)
			.toBe(true);
	});

	test('a mangled analysis link opens the analysis with its defaults', async ({ page }) => {
		await page.goto(`${PAGE}?lang=zh&analysis=Clusters&eps=lots&minpts=-3&station=%3Cimg%3E`);
		await expect(page.getByTestId('cluster-eps')).toHaveText('500 米');
		await expect(page.getByTestId('cluster-min')).toHaveText('2');
		await expect(page).toHaveURL(/[?&]analysis=clusters&minpts=2$/);
	});

	test('a link to a station or a cluster that is not in the data says so and drops it', async ({
		page
	}) => {
		await page.goto(`${PAGE}?lang=en&analysis=catchments&station=no-such-station`);
		const notice = page.getByTestId('analysis').getByTestId('notice');
		await expect(notice.locator('p')).toHaveText(
			'The link names a station, “no-such-station”, that is not in the data: no station is chosen.'
		);
		await expect(page).toHaveURL(/[?&]analysis=catchments/);
		await expect(page).not.toHaveURL(/station=/);
		await expect(page.getByTestId('catchment-row').first()).toBeVisible();
		await expect(page.getByTestId('catchment-detail')).toHaveCount(0);
		await notice.getByRole('button', { name: 'Dismiss' }).click();
		await expect(notice).toHaveCount(0);

		await page.goto(`${PAGE}?lang=zh&analysis=clusters&cluster=no-such-project`);
		await expect(page.getByTestId('analysis').getByTestId('notice').locator('p')).toHaveText(
			'链接里的聚类成员“no-such-project”不在数据中，未选中任何聚类。'
		);
		await expect(page).toHaveURL(/[?&]analysis=clusters/);
		await expect(page).not.toHaveURL(/[?&]cluster=/);
	});
});

test.describe('breakdowns', () => {
	test('the tables follow a filter', async ({ page }) => {
		await openAnalysis(page, 'breakdowns');
		const districts = page.getByTestId('breakdown-district').locator('table.data tbody tr');
		await expect(districts).toHaveCount(2);
		const layerTotal = async () =>
			(await page.getByTestId('breakdown-layer').getByTestId('breakdown-count').allTextContents())
				.map(Number)
				.reduce((a, b) => a + b, 0);
		const all = await layerTotal();
		await filterDistrict(page, 'shinan');
		await expect(districts).toHaveCount(1);
		await expect(districts.first()).toContainText('市南区');
		const shinan = Number(await districts.first().getByTestId('breakdown-count').textContent());
		expect(shinan).toBeLessThan(all);
		expect(await layerTotal()).toBe(shinan);
	});
});

test.describe('export', () => {
	test('the filtered projects download as a UTF-8 CSV with a byte-order mark', async ({ page }) => {
		await openAnalysis(page, 'breakdowns');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('export-projects-csv').click()
		]);
		expect(download.suggestedFilename()).toBe('qingdao-renewal-projects.csv');
		const bytes = readFileSync((await download.path())!);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
		expect(lines[0]).toMatch(/^id,name_zh,name_en,layer,district,campaign/);
		expect(lines).toHaveLength(71);
		expect(lines.some((line) => line.includes('双山小学'))).toBe(true);
	});

	test('a filtered set and a cluster result download with names that say what they hold', async ({
		page
	}) => {
		await openAnalysis(page, 'clusters');
		const clusters = await page.getByTestId('cluster-list').locator(':scope > li').count();
		const [geojson] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('export-clusters-geojson').click()
		]);
		expect(geojson.suggestedFilename()).toBe('qingdao-renewal-clusters-500m-min3.geojson');
		const data = JSON.parse(
			readFileSync((await geojson.path())!, 'utf8')
		) as GeoJSON.FeatureCollection;
		expect(data.type).toBe('FeatureCollection');
		expect(data.features.filter((f) => f.properties!.kind === 'cluster')).toHaveLength(clusters);

		await filterDistrict(page, 'shinan');
		const [csv] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('export-projects-csv').click()
		]);
		expect(csv.suggestedFilename()).toBe('qingdao-renewal-projects-filtered.csv');
		const rows = readFileSync((await csv.path())!, 'utf8')
			.slice(1)
			.trimEnd()
			.split('\r\n')
			.slice(1);
		expect(rows.length).toBeGreaterThan(0);
		expect(rows.every((row) => row.includes(',shinan,') && !row.includes(',shibei,'))).toBe(true);
	});
});
