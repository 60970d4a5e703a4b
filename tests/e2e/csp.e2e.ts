import { expect, test, waitForMapIdle } from './fixtures';

test('the page carries a Content-Security-Policy limited to itself and the offered basemaps’ hosts', async ({
	page
}) => {
	await page.goto('/');
	const policy = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(policy).toBeTruthy();
	const directives = Object.fromEntries(
		policy!
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter((words) => words[0])
			.map(([name, ...values]) => [name, values])
	);
	expect(directives['default-src']).toEqual(["'self'"]);
	// This build offers offline, OpenFreeMap and Amap (no Tianditu key, no vector tiles).
	expect(directives['connect-src']).toEqual([
		"'self'",
		'https://tiles.openfreemap.org',
		...[1, 2, 3, 4].map((n) => `https://webrd0${n}.is.autonavi.com`)
	]);
	expect(directives['script-src']).not.toContain("'unsafe-inline'");
	expect(directives['script-src']).not.toContain('*');
	// The map still works under the policy: a violation would be logged as a console error.
	await waitForMapIdle(page);
});
