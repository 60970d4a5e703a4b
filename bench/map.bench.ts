/**
 * Map performance in headless Chromium (software WebGL, so absolute times are pessimistic):
 *  1. time from navigation to the map's first `idle` with every project layer, against the same page with
 *     all project layers hidden (`?layers=none`) in the same run, alternating;
 *  2. 100,000 synthetic points as a clustered GeoJSON source: time to idle and frames per second during a
 *     pan, against the same points unclustered;
 *  3. 100,000 points as the user's own layers (two CSV files of 50,000, the most one file may hold),
 *     dropped on the map as a user would: time from the drop to idle and fps during a pan, against the
 *     seed-only map panned the same way in the same run;
 *  4. JavaScript the browser loads before the project list is readable, gzipped, against MapLibre's chunk.
 *
 * Needs a test build: `PUBLIC_BASEMAP=offline PUBLIC_TEST_HOOKS=1 npm run build`, then `npm run bench:map`.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';

const PORT = 4340;
const BASE = `http://localhost:${PORT}`;
const RUNS = 5;
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

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
	stdio: 'ignore'
});
await new Promise((r) => setTimeout(r, 3000));
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
	args: ['--enable-unsafe-swiftshader', '--no-sandbox', '--disable-background-networking']
});
try {
	console.log(
		`node ${process.version}; ${cpus()[0]?.model} × ${cpus().length}; Chromium ${browser.version()}`
	);
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
} finally {
	await browser.close();
	process.kill(-server.pid!);
}
