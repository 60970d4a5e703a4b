/**
 * The page's main-thread long tasks (Chromium's 'longtask' entries, 50 ms and longer), recorded from
 * the start: `recordLongTasks` before `goto`, `longestTaskSince` to read the longest one after a mark;
 * and the user layers the map draws.
 */
import type { Page, TestInfo } from '@playwright/test';

declare global {
	interface Window {
		__longTasks?: { startTime: number; duration: number }[];
	}
}

export async function recordLongTasks(page: Page): Promise<void> {
	await page.addInitScript(() => {
		window.__longTasks = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				window.__longTasks!.push({ startTime: entry.startTime, duration: entry.duration });
		}).observe({ type: 'longtask', buffered: true });
	});
}

/** The longest task that started at or after the performance mark `mark` (or the page's start). */
export async function longestTaskSince(page: Page, mark?: string): Promise<number> {
	return page.evaluate((name) => {
		const since = name ? (performance.getEntriesByName(name)[0]?.startTime ?? 0) : 0;
		const tasks = (window.__longTasks ?? []).filter((t) => t.startTime >= since);
		return Math.round(Math.max(0, ...tasks.map((t) => t.duration)));
	}, mark);
}

/** Prints a measurement and attaches it to the test's report (machines are noisy: not asserted). */
export function report(info: TestInfo, what: string, ms: number): void {
	console.log(`${info.title}: ${what}: ${ms} ms`);
	info.annotations.push({ type: what, description: `${ms} ms` });
}

/** Ids of the user layers the map has sources for (`overlay-user-<id>`, `overlay-user-<id>-points`). */
export async function userLayerIds(page: Page): Promise<string[]> {
	const sources = await page.evaluate(() => Object.keys(window.__qdmap!.getStyle().sources));
	const ids = sources.flatMap((id) => /^overlay-user-([a-z0-9]+)(?:-points)?$/.exec(id)?.[1] ?? []);
	return [...new Set(ids)].sort();
}
