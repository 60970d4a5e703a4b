/**
 * The data files published with the site: GeoJSON and CSV of all projects and of each layer, the
 * district records and updates, and Atom feeds of deadlines, each checked against the others and
 * against its format's rules; and the /data page that lists them.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { DISTRICT_IDS, LAYER_IDS } from '../../src/lib/data/vocabulary';
import { parseCsv } from '../../src/lib/import/parse-csv';
import { expect, test } from './fixtures';

const LAYERS = LAYER_IDS;
const DISTRICTS = DISTRICT_IDS;
const GEOMETRY_TYPES = [
	'Point',
	'MultiPoint',
	'LineString',
	'MultiLineString',
	'Polygon',
	'MultiPolygon',
	'GeometryCollection'
];

interface Subject {
	id: string;
	district: string;
	layer?: string;
	milestones: { due: string }[];
}
interface Feature {
	type: string;
	id?: string;
	geometry: { type: string; coordinates?: unknown } | null;
	properties: Subject;
}
interface Collection {
	type: string;
	features: Feature[];
}

async function get(request: APIRequestContext, path: string) {
	const response = await request.get(path);
	expect(response.status(), path).toBe(200);
	return response;
}

async function collection(request: APIRequestContext, path: string): Promise<Collection> {
	const response = await get(request, path);
	expect(response.headers()['content-type'], path).toBe('application/geo+json');
	return (await response.json()) as Collection;
}

async function records(request: APIRequestContext): Promise<Subject[]> {
	return ((await (await get(request, '/data/records.json')).json()) as { records: Subject[] })
		.records;
}

/** Every position of a geometry, however nested. */
function positions(coordinates: unknown): number[][] {
	if (Array.isArray(coordinates) && typeof coordinates[0] === 'number') {
		return [coordinates as number[]];
	}
	return Array.isArray(coordinates) ? coordinates.flatMap(positions) : [];
}

/** RFC 7946 FeatureCollection checks; returns the problems found, none when valid. */
function featureCollectionProblems(fc: Collection): string[] {
	const problems: string[] = [];
	if (fc.type !== 'FeatureCollection') problems.push(`type is ${fc.type}`);
	if (!Array.isArray(fc.features)) return [...problems, 'features is not an array'];
	fc.features.forEach((f, i) => {
		const where = `features[${i}] (${f.properties?.id})`;
		if (f.type !== 'Feature') problems.push(`${where}: type is ${f.type}`);
		if (typeof f.properties !== 'object' || f.properties === null) {
			problems.push(`${where}: no properties`);
		}
		if (f.id !== undefined && f.id !== f.properties.id) problems.push(`${where}: id differs`);
		if (f.geometry === null) return;
		if (!GEOMETRY_TYPES.includes(f.geometry.type)) {
			problems.push(`${where}: geometry type ${f.geometry.type}`);
		}
		const all = positions(f.geometry.coordinates);
		if (f.geometry.type !== 'GeometryCollection' && all.length === 0) {
			problems.push(`${where}: no positions`);
		}
		for (const [lng, lat] of all) {
			if (!(lng! >= -180 && lng! <= 180 && lat! >= -90 && lat! <= 90)) {
				problems.push(`${where}: [${lng}, ${lat}] is not [lng, lat]`);
			}
		}
	});
	return problems;
}

function csvRows(text: string): string[][] {
	const result = parseCsv(text.replace(/^\uFEFF/, ''), ',');
	if (!result.ok) throw new Error(`unclosed quote on line ${result.unclosedQuoteLine}`);
	return result.records.map((r) => r.fields);
}

interface AtomReport {
	problems: string[];
	feedId: string;
	entries: { id: string; title: string; districts: string[]; link: string }[];
}

/**
 * Parses a feed with the browser's XML parser and checks what RFC 4287 requires: atom:feed with one
 * id, title and updated; an author on the feed or on every entry; each entry with one id, title and
 * updated; unique ids; dates in RFC 3339 form; text constructs of a known type.
 */
async function checkAtom(page: Page, xml: string): Promise<AtomReport> {
	return page.evaluate((text) => {
		const ATOM = 'http://www.w3.org/2005/Atom';
		const RFC3339 =
			/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;
		const problems: string[] = [];
		const doc = new DOMParser().parseFromString(text, 'application/xml');
		if (doc.getElementsByTagName('parsererror').length > 0) {
			return { problems: ['not well-formed XML'], feedId: '', entries: [] };
		}
		const feed = doc.documentElement;
		if (feed.localName !== 'feed' || feed.namespaceURI !== ATOM) {
			problems.push(`root is {${feed.namespaceURI}}${feed.localName}, not atom:feed`);
		}
		const children = (parent: Element, name: string) =>
			[...parent.children].filter((c) => c.localName === name && c.namespaceURI === ATOM);
		const one = (parent: Element, name: string, where: string) => {
			const found = children(parent, name);
			if (found.length !== 1) problems.push(`${where} has ${found.length} atom:${name}`);
			return found[0]?.textContent?.trim() ?? '';
		};
		const date = (parent: Element, name: string, where: string) => {
			for (const element of children(parent, name)) {
				if (!RFC3339.test(element.textContent ?? '')) {
					problems.push(`${where} atom:${name} "${element.textContent}" is not RFC 3339`);
				}
			}
		};
		const textTypes = (parent: Element, where: string) => {
			for (const element of [...parent.children]) {
				if (!['title', 'subtitle', 'rights', 'summary', 'content'].includes(element.localName)) {
					continue;
				}
				const type = element.getAttribute('type') ?? 'text';
				if (!['text', 'html', 'xhtml'].includes(type)) {
					problems.push(`${where} atom:${element.localName} has type ${type}`);
				}
			}
		};
		const authored = (parent: Element, where: string) => {
			const authors = children(parent, 'author');
			for (const author of authors) one(author, 'name', `${where} author`);
			return authors.length > 0;
		};

		const feedId = one(feed, 'id', 'feed');
		one(feed, 'title', 'feed');
		one(feed, 'updated', 'feed');
		date(feed, 'updated', 'feed');
		textTypes(feed, 'feed');
		const feedAuthored = authored(feed, 'feed');
		if (!children(feed, 'link').some((l) => l.getAttribute('rel') === 'self')) {
			problems.push('feed has no rel="self" link');
		}
		const ids = new Set([feedId]);
		const entries = children(feed, 'entry').map((entry, i) => {
			const where = `entry ${i + 1}`;
			const id = one(entry, 'id', where);
			if (ids.has(id)) problems.push(`${where}: id ${id} is not unique`);
			ids.add(id);
			if (!/^[a-z][a-z0-9+.-]*:/i.test(id)) problems.push(`${where}: id ${id} is not an IRI`);
			const title = one(entry, 'title', where);
			one(entry, 'updated', where);
			date(entry, 'updated', where);
			date(entry, 'published', where);
			textTypes(entry, where);
			if (!authored(entry, where) && !feedAuthored) problems.push(`${where} has no author`);
			const content = children(entry, 'content')[0];
			if (!content?.textContent?.trim()) problems.push(`${where} has no content`);
			const link = children(entry, 'link').find(
				(l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate'
			);
			return {
				id,
				title,
				districts: children(entry, 'category')
					.map((c) => c.getAttribute('term') ?? '')
					.filter((term) => term === 'shibei' || term === 'shinan'),
				link: link?.getAttribute('href') ?? ''
			};
		});
		return { problems, feedId, entries };
	}, xml);
}

test('projects.geojson is a valid FeatureCollection of exactly the layer files’ projects', async ({
	request
}) => {
	const all = await collection(request, '/data/projects.geojson');
	expect(featureCollectionProblems(all)).toEqual([]);
	const ids = all.features.map((f) => f.properties.id);
	expect(new Set(ids).size).toBe(ids.length);

	const byLayer: string[] = [];
	for (const layer of LAYERS) {
		const part = await collection(request, `/data/${layer}.geojson`);
		expect(featureCollectionProblems(part), layer).toEqual([]);
		expect(new Set(part.features.map((f) => f.properties.layer)), layer).toEqual(new Set([layer]));
		byLayer.push(...part.features.map((f) => f.properties.id));
	}
	expect(byLayer.toSorted()).toEqual(ids.toSorted());
});

test('the project index and the GeoJSON name the same projects', async ({ request }) => {
	const ids = (await collection(request, '/data/projects.geojson')).features.map(
		(f) => f.properties.id
	);
	const html = await (await get(request, '/projects')).text();
	// Prerendered links are relative to the page; resolved, each is /projects/<id>.
	const linked = [...html.matchAll(/<a class="name[^"]*" href="([^"]+)"/g)].map(
		(m) => new URL(m[1]!, 'http://site.test/projects').pathname
	);
	expect(linked).toEqual(ids.map((id) => `/projects/${id}`));
});

test('every CSV parses back to one row per GeoJSON feature, with a byte order mark', async ({
	request
}) => {
	for (const name of ['projects', ...LAYERS]) {
		const fc = await collection(request, `/data/${name}.geojson`);
		const response = await get(request, `/data/${name}.csv`);
		expect(response.headers()['content-type'], name).toMatch(/^text\/csv/);
		const bytes = await response.body();
		expect([...bytes.subarray(0, 3)], `${name}.csv BOM`).toEqual([0xef, 0xbb, 0xbf]);
		const [header, ...rows] = csvRows(bytes.toString('utf8'));
		expect(header!.slice(0, 3), name).toEqual(['id', 'layer', 'district']);
		for (const column of [
			'name_zh',
			'name_en',
			'lon',
			'lat',
			'geometry_type',
			'location_confidence',
			'next_milestone_due',
			'next_milestone_action',
			'parking_spaces_planned',
			'school_places',
			'source'
		]) {
			expect(header, `${name}.csv column ${column}`).toContain(column);
		}
		expect(rows.length, name).toBe(fc.features.length);
		for (const row of rows) expect(row.length, `${name}.csv row ${row[0]}`).toBe(header!.length);
		expect(
			rows.map((r) => r[0]),
			name
		).toEqual(fc.features.map((f) => f.properties.id));
		const lon = header!.indexOf('lon');
		rows.forEach((row, i) => {
			const located = fc.features[i]!.geometry !== null;
			expect(row[lon] !== '', `${name}.csv ${row[0]} lon`).toBe(located);
		});
	}
});

test('records.csv has one row per district record, and updates.json lists the updates', async ({
	request
}) => {
	const all = await records(request);
	const response = await get(request, '/data/records.csv');
	const [header, ...rows] = csvRows(await response.text());
	expect(header).toContain('members');
	expect(rows.map((r) => r[0])).toEqual(all.map((r) => r.id));
	const updates = await (await get(request, '/data/updates.json')).json();
	expect(Array.isArray(updates.updates)).toBe(true);
});

test('the deadline feed is valid Atom with one entry per milestone and per update, linked to its page', async ({
	page,
	request
}) => {
	await page.goto('/data');
	const response = await get(request, '/data/deadlines.atom');
	expect(response.headers()['content-type']).toMatch(/^application\/atom\+xml/);
	const feed = await checkAtom(page, await response.text());
	expect(feed.problems).toEqual([]);

	const features = (await collection(request, '/data/projects.geojson')).features;
	const subjects = [...features.map((f) => f.properties), ...(await records(request))];
	const milestones = subjects.reduce((n, s) => n + s.milestones.length, 0);
	const updates = (await (await get(request, '/data/updates.json')).json()).updates;
	expect(updates.length).toBeGreaterThan(0);
	expect(feed.entries).toHaveLength(milestones + updates.length);
	for (const entry of feed.entries) {
		expect(entry.title).toMatch(/^\d{4}-\d{2}-\d{2} · .+ · .+$/);
	}
	expect(feed.entries.map((e) => e.title)).toContain('2023-03-31 · 地铁2号线小港站 · 完成房屋拆除');
	for (const link of new Set(
		feed.entries.map((e) => new URL(e.link, 'http://site.test').pathname)
	)) {
		expect((await request.get(link)).status(), link).toBe(200);
	}
});

test('each district feed is valid Atom and holds exactly that district’s milestones and updates', async ({
	page,
	request
}) => {
	await page.goto('/data');
	const all = await checkAtom(page, await (await get(request, '/data/deadlines.atom')).text());
	const features = (await collection(request, '/data/projects.geojson')).features;
	const subjects = [...features.map((f) => f.properties), ...(await records(request))];
	const updates: { subject: string }[] = (await (await get(request, '/data/updates.json')).json())
		.updates;
	for (const district of DISTRICTS) {
		const path = `/data/deadlines-${district}.atom`;
		const feed = await checkAtom(page, await (await get(request, path)).text());
		expect(feed.problems, path).toEqual([]);
		expect(feed.feedId, path).not.toBe(all.feedId);
		const own = subjects.filter((s) => s.district === district);
		const ids = new Set(own.map((s) => s.id));
		const expected =
			own.reduce((n, s) => n + s.milestones.length, 0) +
			updates.filter((u) => ids.has(u.subject)).length;
		expect(feed.entries, path).toHaveLength(expected);
		for (const entry of feed.entries) expect(entry.districts, entry.title).toEqual([district]);
		// The same milestone keeps the same id in every feed.
		const allIds = new Set(all.entries.map((e) => e.id));
		for (const entry of feed.entries) expect(allIds.has(entry.id), entry.title).toBe(true);
	}
});

test('the data page lists every file with its size, and every file is served', async ({
	page,
	request
}) => {
	await page.goto('/data');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('数据下载');
	const files = page.getByTestId('data-file');
	const expected = [
		'projects.geojson',
		'projects.csv',
		...LAYERS.flatMap((l) => [`${l}.geojson`, `${l}.csv`]),
		'records.json',
		'records.csv',
		'updates.json',
		'deadlines.atom',
		...DISTRICTS.map((d) => `deadlines-${d}.atom`)
	];
	await expect(files).toHaveCount(expected.length);
	const listed = await files.evaluateAll((items) =>
		items.map((item) => ({
			href: item.querySelector('a')!.getAttribute('href')!,
			size: item.querySelector('.size')!.textContent!.trim()
		}))
	);
	expect(listed.map((f) => f.href.replace('/data/', '')).toSorted()).toEqual(expected.toSorted());
	for (const { href, size } of listed) {
		expect(size, href).toMatch(/^[\d.,]+ (B|KB)$/);
		const bytes = (await (await get(request, href)).body()).length;
		const shown = size.endsWith(' KB')
			? Number(size.replace(/[^\d.]/g, '')) * 1024
			: Number(size.replace(/\D/g, ''));
		expect(Math.abs(shown - bytes) / bytes, `${href}: ${size} vs ${bytes} bytes`).toBeLessThan(
			0.05
		);
	}
	await expect(page.getByRole('link', { name: 'CC BY 4.0' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'OpenStreetMap contributors' })).toBeVisible();
});

test('the Atom check used above rejects what RFC 4287 forbids', async ({ page }) => {
	await page.goto('/data');
	const broken = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
	<title>t</title>
	<updated>2023-02-13</updated>
	<link rel="self" href="/x.atom"/>
	<entry><id>urn:uuid:1</id><title>a</title><updated>2023-02-13T00:00:00+08:00</updated><content type="text">c</content></entry>
	<entry><id>urn:uuid:1</id><title>b</title><content type="text">c</content></entry>
</feed>`;
	const { problems } = await checkAtom(page, broken);
	expect(problems).toEqual(
		expect.arrayContaining([
			'feed has 0 atom:id',
			'feed atom:updated "2023-02-13" is not RFC 3339',
			'entry 1 has no author',
			'entry 2: id urn:uuid:1 is not unique',
			'entry 2 has 0 atom:updated'
		])
	);
	expect((await checkAtom(page, '<feed><oops></feed>')).problems).toEqual(['not well-formed XML']);
});

test('at phone width the data page breaks file names only after a hyphen or before the extension', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/data');
	const links = page.getByTestId('data-file').locator('a');
	await expect(links.first()).toBeVisible();
	// Where each link's text starts a new line: the characters on either side of each break.
	const breaks = await links.evaluateAll((items) =>
		items.flatMap((a) => {
			const text = a.textContent!;
			const range = document.createRange();
			const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
			const tops: number[] = [];
			for (let node = walker.nextNode(); node; node = walker.nextNode())
				for (let i = 0; i < node.textContent!.length; i++) {
					range.setStart(node, i);
					range.setEnd(node, i + 1);
					tops.push(Math.round(range.getBoundingClientRect().top));
				}
			return tops.flatMap((top, i) =>
				i > 0 && top > tops[i - 1]! ? [text.slice(i - 1, i + 1)] : []
			);
		})
	);
	expect(breaks.length).toBeGreaterThan(0);
	for (const pair of breaks) expect(pair, `a break inside "${pair}"`).toMatch(/^-.|^.\.$/);
	// Category names break only before a bracket ("基层治理(市南)"), never inside a word.
	const nameBreaks = await page.locator('table.layers tbody th').evaluateAll((cells) =>
		cells.flatMap((cell) => {
			const name = [...cell.childNodes].find((n) => n.nodeType === 3 && n.textContent!.trim())!;
			const text = name.textContent!;
			const range = document.createRange();
			const tops: [number, number][] = [];
			for (let i = 0; i < text.length; i++) {
				if (!text[i]!.trim()) continue;
				range.setStart(name, i);
				range.setEnd(name, i + 1);
				tops.push([i, Math.round(range.getBoundingClientRect().top)]);
			}
			return tops.flatMap(([i, top], k) =>
				k > 0 && top > tops[k - 1]![1] ? [text.slice(tops[k - 1]![0], i + 1)] : []
			);
		})
	);
	for (const pair of nameBreaks) expect(pair, `a break inside "${pair}"`).toMatch(/^.[(（]$/);
});
