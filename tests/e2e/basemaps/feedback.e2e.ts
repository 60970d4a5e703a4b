/**
 * Readers' corrections, in the build with a feedback channel (PUBLIC_FEEDBACK_URL in BASEMAPS_ENV,
 * playwright.config.ts): the form composes a report and "Send" opens it as a link — the page itself
 * sends nothing. A test may set another template for its page through `window.__qdfeedback` (test
 * builds only), so the mailto: case needs no build of its own.
 */
import type { BrowserContext, Page, Request } from '@playwright/test';
import { expect, test, waitForMapIdle } from '../fixtures';

const FEEDBACK_HOST = 'feedback.example.org';
const ID = 'shuangshan-primary-school';

/** The decoded query fields of a filled template (`title`/`subject` and `body`). */
function fields(url: string): { title: string; body: string; base: string } {
	const [base = '', query = ''] = url.split('?');
	const values = Object.fromEntries(
		query.split('&').map((pair) => {
			const [key = '', value = ''] = pair.split('=');
			return [key, decodeURIComponent(value)];
		})
	);
	return { base, title: values.title ?? values.subject ?? '', body: values.body ?? '' };
}

/** Every request the page makes to the feedback host, and the popup navigations answered in the browser. */
async function watchFeedbackHost(context: BrowserContext, page: Page) {
	const fromPage: Request[] = [];
	const answered: Request[] = [];
	page.on('request', (r) => {
		if (new URL(r.url()).hostname === FEEDBACK_HOST) fromPage.push(r);
	});
	// Registered after the shared fixture's route, so it runs first: the navigation is answered here and
	// never reaches the network.
	await context.route(
		(url) => url.hostname === FEEDBACK_HOST,
		(route) => {
			answered.push(route.request());
			return route.fulfill({ contentType: 'text/html', body: '<p>stand-in</p>' });
		}
	);
	return { fromPage, answered };
}

/** The map's pixel for a WGS-84 position, in page coordinates. */
async function onScreen(page: Page, at: [number, number]) {
	return page.evaluate((lngLat) => {
		const p = window.__qdmap!.project(lngLat);
		const box = window.__qdmap!.getCanvas().getBoundingClientRect();
		return { x: box.left + p.x, y: box.top + p.y };
	}, at);
}

/** The WGS-84 position under a page pixel (the offline basemap is WGS-84). */
async function underPixel(page: Page, point: { x: number; y: number }) {
	return page.evaluate(({ x, y }) => {
		const box = window.__qdmap!.getCanvas().getBoundingClientRect();
		const at = window.__qdmap!.unproject([x - box.left, y - box.top]);
		return [at.lng, at.lat] as [number, number];
	}, point);
}

test('a place clicked on the map becomes a report in the tracker’s new-issue link; only the link leaves', async ({
	page,
	context
}) => {
	const watch = await watchFeedbackHost(context, page);
	await page.goto(`/?lang=zh&project=${ID}`);
	await waitForMapIdle(page);
	const panel = page.getByTestId('project-panel');
	await panel.getByTestId('correction-open').click();
	const form = panel.getByTestId('correction-form');
	await expect(form.getByRole('radio', { name: '位置不对' })).toBeChecked();
	await expect(form.getByTestId('correction-send-disabled')).toBeDisabled();

	// A click on the map sets the pin (and does not open the project under it or another one).
	const school = await onScreen(page, [120.3915, 36.115]);
	const spot = { x: school.x + 40, y: school.y - 30 };
	const expected = await underPixel(page, spot);
	await page.mouse.click(spot.x, spot.y);
	const position = `${expected[0].toFixed(6)}, ${expected[1].toFixed(6)}`;
	await expect(form.getByTestId('correction-place')).toHaveValue(position);
	await expect(page.getByTestId('correction-pin')).toBeVisible();
	await expect(page).toHaveURL(new RegExp(`[?&]project=${ID}\\b`));

	await form.getByTestId('correction-text').fill('在路北 & 东侧 #2 ? a+b 100%\n第二行');
	await form.getByText('将要发送的内容').click();
	await expect(form.getByTestId('correction-preview')).toContainText(position);
	expect(watch.fromPage, 'nothing is sent while the form is filled').toEqual([]);

	const popup = page.waitForEvent('popup');
	await form.getByTestId('correction-send').click();
	await (await popup).waitForLoadState();
	expect(watch.fromPage, 'the page itself sends nothing').toEqual([]);
	expect(watch.answered).toHaveLength(1);
	const sent = watch.answered[0]!;
	expect(sent.isNavigationRequest()).toBe(true);
	expect(sent.method()).toBe('GET');

	const { base, title, body } = fields(sent.url());
	expect(base).toBe(`https://${FEEDBACK_HOST}/repo/issues/new`);
	expect(title).toBe('更正：双山小学（位置不对）');
	expect(body).toContain(`项目：双山小学 (${ID})`);
	expect(body).toContain('类型：位置不对');
	expect(body).toContain(`建议位置（WGS-84 经度, 纬度）：${position}`);
	const view = /查看：(\S+)/.exec(body)![1]!;
	expect(new URL(view).origin).toBe(new URL(page.url()).origin);
	expect(new URL(view).searchParams.get('project')).toBe(ID);
	expect(body.endsWith('说明：\n在路北 & 东侧 #2 ? a+b 100%\n第二行')).toBe(true);
});

test('news on a project page goes out as a mailto: link with its date, link and text', async ({
	page
}) => {
	await page.addInitScript(() => {
		window.__qdfeedback = 'mailto:maps@example.org';
	});
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await page.goto(`/projects/${ID}?lang=en`);
	await page.getByTestId('correction-open').click();
	const form = page.getByTestId('correction-form');
	await form.getByRole('radio', { name: 'There is news' }).check();
	await form.getByTestId('correction-text').fill('The school opened.');
	await form.getByTestId('correction-date').fill('2023-09-01');
	await form.getByTestId('correction-link').fill('javascript:alert(1)');
	await expect(
		form.getByText('The link must start with http:// or https://.').first()
	).toBeVisible();
	await expect(form.getByTestId('correction-send')).toHaveCount(0);
	await form.getByTestId('correction-link').fill('https://news.example.org/a?b=1&c=2#d');

	const send = form.getByTestId('correction-send');
	await expect(send).toHaveText('Send by email');
	const href = (await send.getAttribute('href'))!;
	const { base, title, body } = fields(href);
	expect(base).toBe('mailto:maps@example.org');
	expect(title).toBe('Correction: Shuangshan Primary School (news)');
	expect(body).toContain(`Project: Shuangshan Primary School (${ID})\r\n`);
	expect(body).toContain('Kind: There is news\r\nWhen: 2023-09-01\r\n');
	expect(body).toContain('Link: https://news.example.org/a?b=1&c=2#d\r\n');
	expect(body).toContain(`View: ${page.url()}\r\n`);
	expect(body.endsWith('Text:\r\nThe school opened.')).toBe(true);
	expect(body).not.toContain('Proposed position');

	const before = requests.length;
	await send.click();
	await page.waitForTimeout(300);
	// Chromium reports the hand-over to the mail program as a request for the mailto: URL itself; nothing
	// goes over the network.
	const after = requests.slice(before);
	expect(
		after.filter((url) => !url.startsWith('mailto:')),
		'no network request'
	).toEqual([]);
	expect(after.every((url) => url === href)).toBe(true);
});

test('on a project page the place is typed, latitude first turned round', async ({ page }) => {
	await page.goto(`/projects/${ID}?lang=zh`);
	await page.getByTestId('correction-open').click();
	const form = page.getByTestId('correction-form');
	await form.getByTestId('correction-place').fill('abc');
	await expect(form.getByText('请输入“经度, 纬度”')).toBeVisible();
	await form.getByTestId('correction-place').fill('36.116, 120.3921');
	const { body } = fields((await form.getByTestId('correction-send').getAttribute('href'))!);
	expect(body).toContain('建议位置（WGS-84 经度, 纬度）：120.392100, 36.116000');
	await expect(form.getByRole('link', { name: '在地图页面上点选' })).toHaveAttribute(
		'href',
		`/?project=${ID}&lang=zh`
	);
});

test('the form works from the keyboard: focus moves in, Escape closes it and focus returns', async ({
	page
}) => {
	await page.goto(`/?lang=en&project=${ID}`);
	const open = page.getByTestId('correction-open');
	await open.focus();
	await page.keyboard.press('Enter');
	await expect(open).toHaveAttribute('aria-expanded', 'true');
	await expect(page.getByRole('radio', { name: 'The place is wrong' })).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio', { name: 'There is news' })).toBeChecked();
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('correction-form')).toHaveCount(0);
	await expect(open).toBeFocused();
	// The first Escape closed only the form; the project stays open.
	await expect(page.getByTestId('project-panel')).toBeVisible();
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('a tap places the pin; a long report is marked as shortened before it is sent', async ({
		page
	}) => {
		await page.goto(`/?lang=en&project=${ID}`);
		await waitForMapIdle(page);
		await page.getByTestId('correction-open').tap();
		const form = page.getByTestId('correction-form');
		await expect(form).toBeVisible();

		const school = await onScreen(page, [120.3915, 36.115]);
		const spot = { x: school.x - 30, y: school.y + 20 };
		const expected = await underPixel(page, spot);
		await page.touchscreen.tap(spot.x, spot.y);
		const position = `${expected[0].toFixed(6)}, ${expected[1].toFixed(6)}`;
		await expect(form.getByTestId('correction-place')).toHaveValue(position);

		await form
			.getByTestId('correction-text')
			.fill('The entrance is on the north side. '.repeat(60));
		await expect(form.getByTestId('correction-shortened')).toBeVisible();
		const send = form.getByTestId('correction-send');
		await send.scrollIntoViewIfNeeded();
		await expect(send).toBeInViewport();
		const href = (await send.getAttribute('href'))!;
		expect(href.length).toBeLessThanOrEqual(2000);
		const { body } = fields(href);
		expect(body).toContain(`Proposed position (WGS-84 lng, lat): ${position}`);
		expect(body.endsWith('… (shortened)')).toBe(true);
	});
});
