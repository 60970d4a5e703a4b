/**
 * Map performance in headless Chromium (software WebGL, so absolute times are pessimistic):
 *  1. time from navigation to the map's first `idle` with every project layer, against the same page with
 *     all project layers hidden (`?layers=none`) in the same run, alternating;
 *  2. 100,000 synthetic points as a clustered GeoJSON source: time to idle and frames per second during a
 *     pan, against the same points unclustered;
 *  3. 100,000 points as the user's own layers (two CSV files of 50,000, the most one file may hold),
 *     dropped on the map as a user would: time from the drop to idle and fps during a pan, against the
 *     seed-only map panned the same way in the same run;
 *  4. JavaScript the browser loads before the project list is readable, gzipped, against MapLibre's chunk;
 *  5. the longest main-thread task (Chromium's long-task entries) with the CPU slowed 4× (CDP
 *     `Emulation.setCPUThrottlingRate`): opening `?analysis=clusters`, `?analysis=density`, the plain page,
 *     and dropping a 50,000-point file — for this build and, when BENCH_BASELINE_DIR names another
 *     checkout with its own test build, for that one in the same run, alternating.
 *
 * Needs a test build: `PUBLIC_BASEMAP=offline PUBLIC_TEST_HOOKS=1 npm run build`, then `npm run bench:map`.
 * BUILD_DIR picks the build folder (default `build`). For a before/after comparison, build the other
 * commit the same way in its own checkout and pass `BENCH_BASELINE_DIR=<checkout>` (its BUILD_DIR is
 * BENCH_BASELINE_BUILD, default the same as this one's); `BENCH_ONLY_LONG_TASKS=1` skips parts 1–4.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';

const PORT = Number(process.env.BENCH_PORT || 4340);
const BASE = `http://localhost:${PORT}`;
const BASELINE_PORT = PORT + 1;
const BASELINE_DIR = process.env.BENCH_BASELINE_DIR;
const RUNS = 5;
/** Runs of each long-task scenario per build. */
const LONG_TASK_RUNS = Number(process.env.BENCH_LONG_TASK_RUNS || 3);
const ONLY_LONG_TASKS = process.env.BENCH_ONLY_LONG_TASKS === '1';
const OUT = process.env.KIT_OUT_DIR || '.svelte-kit';

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function timeToIdle(page: Page, path: string): Promise<number> {
	const started = Date.now();
	await page.goto(BASE + path);
	await page.waitForFunction(() => window.__qdmap !== undefined, null, { timeout: 60_000 });
	// Passed as text: tsx would wrap named inner functions in a helper the page does not have.
	await page.evaluate(`new Promise((resolve) => {
		const map = window.__qdmap;
		const check = () => (map.loaded() && map.getLayer('projects-point') ? resolve() : map.once('idle', check));
		check();
	})`);
	return Date.now() - started;
}

/** Adds 100k seeded random points around Qingdao; returns ms to idle and fps during a 3 s pan. */
async function manyPoints(page: Page, cluster: boolean): Promise<{ idleMs: number; fps: number }> {
	// Passed as text, for the same reason as above.
	return page.evaluate(`(async (clustered) => {
		const map = window.__qdmap;
		let seed = 42;
		const random = () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
		const features = Array.from({ length: 100_000 }, () => ({
			type: 'Feature',
			geometry: {
				type: 'Point',
				coordinates: [120.15 + random() * 0.45, 35.95 + random() * 0.3]
			},
			properties: {}
		}));
		const started = performance.now();
		map.addSource('overlay-bench', {
			type: 'geojson',
			data: { type: 'FeatureCollection', features },
			cluster: clustered,
			clusterRadius: 50
		});
		map.addLayer({
			id: 'overlay-bench',
			type: 'circle',
			source: 'overlay-bench',
			paint: { 'circle-radius': ['case', ['has', 'point_count'], 12, 3], 'circle-color': '#0072B2' }
		});
		await new Promise((resolve) => map.once('idle', () => resolve()));
		const idleMs = performance.now() - started;
		let frames = 0;
		const count = () => {
			frames += 1;
		};
		map.on('render', count);
		const panStart = performance.now();
		map.panBy([300, 150], { duration: 3000 });
		await new Promise((resolve) => map.once('moveend', () => resolve()));
		const fps = (frames * 1000) / (performance.now() - panStart);
		map.off('render', count);
		map.removeLayer('overlay-bench');
		map.removeSource('overlay-bench');
		return { idleMs, fps };
	})(${cluster})`);
}

/** Frames per second while the map pans 300 × 150 px over 3 s. */
function panFps(page: Page): Promise<number> {
	return page.evaluate(`(async () => {
		const map = window.__qdmap;
		let frames = 0;
		const count = () => { frames += 1; };
		map.on('render', count);
		const started = performance.now();
		map.panBy([300, 150], { duration: 3000 });
		await new Promise((resolve) => map.once('moveend', () => resolve()));
		map.off('render', count);
		return (frames * 1000) / (performance.now() - started);
	})()`);
}

/** Drops two 50,000-point CSV files on the map; returns ms from the drop until the map is idle with them. */
function dropUserPoints(page: Page): Promise<number> {
	return page.evaluate(`(async () => {
		const map = window.__qdmap;
		let seed = 7;
		const random = () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
		const file = (name) => {
			const rows = ['lng,lat,name'];
			for (let i = 0; i < 50000; i++) {
				rows.push((120.15 + random() * 0.45).toFixed(6) + ',' + (35.95 + random() * 0.3).toFixed(6) + ',p' + i);
			}
			return new File([rows.join('\\n')], name, { type: 'text/csv' });
		};
		const data = new DataTransfer();
		data.items.add(file('bench-a.csv'));
		data.items.add(file('bench-b.csv'));
		const started = performance.now();
		const target = document.querySelector('main');
		for (const type of ['dragenter', 'dragover', 'drop']) {
			target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
		}
		// Both layers listed (and so given to the map), a frame later, then the map's next idle.
		await new Promise((resolve) => {
			const check = () =>
				document.querySelectorAll('[data-testid=user-layer-list] li').length === 2
					? requestAnimationFrame(() => requestAnimationFrame(resolve))
					: setTimeout(check, 20);
			check();
		});
		await new Promise((resolve) => (map.loaded() ? resolve() : map.once('idle', () => resolve())));
		return performance.now() - started;
	})()`);
}

function javascriptSizes(): { initialGz: number; maplibreGz: number; files: number } {
	const html = readFileSync(join(OUT, 'output/prerendered/pages/index.html'), 'utf8');
	const linked = [...html.matchAll(/(?:href|src)="\.?\/?(_app\/immutable\/[^"]+\.js)"/g)].map(
		(m) => m[1]!
	);
	const client = join(OUT, 'output/client');
	const gz = (file: string) => gzipSync(readFileSync(join(client, file))).length;
	const chunks = join(client, '_app/immutable/chunks');
	const maplibre = readdirSync(chunks)
		.map((f) => `_app/immutable/chunks/${f}`)
		.filter(
			(f) =>
				f.endsWith('.js') &&
				readFileSync(join(client, f), 'utf8').includes('maplibregl-ctrl-attrib')
		);
	return {
		initialGz: [...new Set(linked)].reduce((n, f) => n + gz(f), 0),
		maplibreGz: maplibre.reduce((n, f) => n + gz(f), 0),
		files: new Set(linked).size
	};
}

async function navigationAndSizes(browser: import('@playwright/test').Browser): Promise<void> {
	const withLayers: number[] = [];
	const withoutLayers: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		for (const [path, into] of [
			['/?lang=zh', withLayers],
			['/?lang=zh&layers=none', withoutLayers]
		] as const) {
			const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
			into.push(await timeToIdle(page, path));
			await page.close();
		}
	}
	console.log('\n1. Navigation to first idle, seed data (median of %d, ms)', RUNS);
	console.log('| page | median | runs |\n| --- | --- | --- |');
	console.log(`| all 12 project layers | ${median(withLayers)} | ${withLayers.join(', ')} |`);
	console.log(
		`| project layers hidden (baseline) | ${median(withoutLayers)} | ${withoutLayers.join(', ')} |`
	);
	console.log(`ratio: ${(median(withLayers) / median(withoutLayers)).toFixed(2)}`);

	console.log('\n2. 100,000 synthetic points (one run each, after the page is idle)');
	console.log('| source | time to idle (ms) | fps while panning |\n| --- | --- | --- |');
	for (const cluster of [true, false]) {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await timeToIdle(page, '/?lang=zh');
		const result = await manyPoints(page, cluster);
		console.log(
			`| ${cluster ? 'clustered' : 'unclustered (baseline)'} | ${Math.round(result.idleMs)} | ${result.fps.toFixed(1)} |`
		);
		await page.close();
	}

	console.log(
		'\n3. 100,000 points as two dropped user layers (one run each, after the page is idle)'
	);
	console.log(
		'| map | time to idle after the drop (ms) | fps while panning |\n| --- | --- | --- |'
	);
	{
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await timeToIdle(page, '/?lang=zh');
		console.log(`| seed only (baseline) | — | ${(await panFps(page)).toFixed(1)} |`);
		await page.close();
	}
	{
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await timeToIdle(page, '/?lang=zh');
		const idleMs = await dropUserPoints(page);
		console.log(
			`| seed + 2 × 50,000 user points, clustered | ${Math.round(idleMs)} | ${(await panFps(page)).toFixed(1)} |`
		);
		await page.close();
	}

	const sizes = javascriptSizes();
	console.log('\n4. JavaScript before the list is readable (gzipped)');
	console.log(`| what | KB |\n| --- | --- |`);
	console.log(
		`| ${sizes.files} files linked from the prerendered page | ${(sizes.initialGz / 1024).toFixed(1)} |`
	);
	console.log(`| MapLibre chunk, loaded after | ${(sizes.maplibreGz / 1024).toFixed(1)} |`);
}

/** `vite preview` of the build in `cwd`, in its own process group so that it can be ended whole. */
function preview(cwd: string, port: number, buildDir: string | undefined): ChildProcess {
	return spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
		cwd,
		env: { ...process.env, ...(buildDir ? { BUILD_DIR: buildDir } : {}) },
		stdio: 'ignore',
		detached: true
	});
}

/** Ends a preview server; one that already exited is no error (an error here must not hide the bench's own). */
function stop(server: ChildProcess): void {
	try {
		if (server.pid) process.kill(-server.pid);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
	}
}

/** Waits until `url` answers. */
async function answering(url: string): Promise<void> {
	for (let i = 0; i < 120; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 500));
	}
	throw new Error(`${url} did not answer within a minute`);
}

const LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((list) => {
	for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });`;

/** The longest main-thread task since `since` (a performance.now() value) and how many exceeded 200 ms. */
async function longTasks(page: Page, since = 0): Promise<{ longest: number; over200: number }> {
	return page.evaluate(`(() => {
		const tasks = window.__longTasks.filter((t) => t.start >= ${since});
		return {
			longest: Math.round(Math.max(0, ...tasks.map((t) => t.duration))),
			over200: tasks.filter((t) => t.duration > 200).length
		};
	})()`);
}

/** Waits for the map's idle and then for the page to stay quiet (no long task) for `quietMs`. */
async function settled(page: Page, quietMs = 1500): Promise<void> {
	await page.evaluate(`new Promise((resolve) => {
		const map = window.__qdmap;
		const check = () => (map.loaded() && !map.isMoving() ? resolve() : map.once('idle', check));
		check();
	})`);
	await page.evaluate(`new Promise((resolve) => {
		const quiet = () => {
			const last = window.__longTasks.at(-1);
			const end = last ? last.start + last.duration : 0;
			if (performance.now() - end >= ${quietMs}) resolve();
			else setTimeout(quiet, 250);
		};
		quiet();
	})`);
}

type Scenario = 'plain' | 'clusters' | 'density' | 'drop';

/** One run of a scenario on a fresh page with the CPU slowed 4×; the longest task in ms. */
async function longestTask(
	browser: import('@playwright/test').Browser,
	base: string,
	scenario: Scenario
): Promise<{ longest: number; over200: number }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.addInitScript(LONG_TASKS);
	try {
		const path = {
			plain: '/?lang=zh',
			clusters: '/?lang=zh&analysis=clusters',
			density: '/?lang=zh&analysis=density',
			drop: '/?lang=zh'
		}[scenario];
		await page.goto(base + path);
		await page.waitForFunction(() => window.__qdmap !== undefined, null, { timeout: 120_000 });
		if (scenario === 'clusters')
			await page.locator('[data-testid="cluster-result"]').waitFor({ timeout: 120_000 });
		if (scenario === 'density')
			await page.locator('[data-testid="density-result"]').waitFor({ timeout: 120_000 });
		if (scenario !== 'drop') {
			await settled(page);
			return await longTasks(page);
		}
		await settled(page);
		// The file is made in the page before the mark: only what the drop costs is measured.
		const since = (await page.evaluate(`(() => {
			let seed = 7;
			const random = () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
			const features = [];
			for (let i = 0; i < 50000; i++) {
				const lng = (120.3 + random() * 0.2).toFixed(6);
				const lat = (36.03 + random() * 0.12).toFixed(6);
				features.push('{"type":"Feature","properties":{"name":"p' + i + '"},"geometry":{"type":"Point","coordinates":[' + lng + ',' + lat + ']}}');
			}
			const file = new File(['{"type":"FeatureCollection","features":[' + features.join(',') + ']}'], 'bench-points.geojson');
			const data = new DataTransfer();
			data.items.add(file);
			const since = performance.now();
			const target = document.querySelector('main');
			for (const type of ['dragenter', 'dragover', 'drop'])
				target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
			return since;
		})()`)) as number;
		await page
			.locator('[data-testid="user-layer-outcomes"] li[data-status="added"]')
			.waitFor({ timeout: 180_000 });
		await settled(page);
		return await longTasks(page, since);
	} finally {
		await context.close();
	}
}

const server = preview(process.cwd(), PORT, process.env.BUILD_DIR);
const baseline = BASELINE_DIR
	? preview(BASELINE_DIR, BASELINE_PORT, process.env.BENCH_BASELINE_BUILD || process.env.BUILD_DIR)
	: undefined;
let browser: import('@playwright/test').Browser | undefined;
try {
	await answering(BASE);
	if (baseline) await answering(`http://localhost:${BASELINE_PORT}`);
	browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		args: ['--enable-unsafe-swiftshader', '--no-sandbox', '--disable-background-networking']
	});
	console.log(
		`node ${process.version}; ${cpus()[0]?.model} × ${cpus().length}; Chromium ${browser.version()}; load average ${loadavg()
			.map((l) => l.toFixed(2))
			.join(' ')}`
	);
	if (!ONLY_LONG_TASKS) await navigationAndSizes(browser);

	// BENCH_LONG_TASK_RUNS=0 skips part 5 (parts 1–4 only).
	if (LONG_TASK_RUNS > 0) {
		const builds: [string, string][] = [
			...(baseline
				? ([['baseline', `http://localhost:${BASELINE_PORT}`]] as [string, string][])
				: []),
			['this build', BASE]
		];
		const scenarios: Scenario[] = ['plain', 'clusters', 'density', 'drop'];
		const results = new Map<string, { longest: number; over200: number }[]>();
		for (let run = 0; run < LONG_TASK_RUNS; run++) {
			for (const scenario of scenarios) {
				for (const [name, url] of builds) {
					const key = `${scenario}|${name}`;
					const result = await longestTask(browser, url, scenario);
					results.set(key, [...(results.get(key) ?? []), result]);
				}
			}
		}
		console.log(
			'\n5. Longest main-thread task, CPU slowed 4× (median of %d; ms; in brackets: tasks over 200 ms)',
			LONG_TASK_RUNS
		);
		console.log(`| what | ${builds.map(([name]) => name).join(' | ')} |`);
		console.log(`| --- | ${builds.map(() => '---').join(' | ')} |`);
		const label: Record<Scenario, string> = {
			plain: 'open `/` (no analysis)',
			clusters: 'open `?analysis=clusters`',
			density: 'open `?analysis=density`',
			drop: 'drop a 50,000-point GeoJSON (from the drop)'
		};
		for (const scenario of scenarios) {
			const cells = builds.map(([name]) => {
				const runs = results.get(`${scenario}|${name}`)!;
				return `${median(runs.map((r) => r.longest))} (${runs.map((r) => `${r.longest}/${r.over200}`).join(', ')})`;
			});
			console.log(`| ${label[scenario]} | ${cells.join(' | ')} |`);
		}
	}
	console.log(
		`load average after: ${loadavg()
			.map((l) => l.toFixed(2))
			.join(' ')}`
	);
} finally {
	await browser?.close();
	stop(server);
	if (baseline) stop(baseline);
}
