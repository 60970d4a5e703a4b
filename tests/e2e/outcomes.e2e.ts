/**
 * What happened since the article: a sourced report decides a status only from its date on; the
 * panel links the report; a project without reports states when it was searched; the status filter
 * and the summary count what the data says.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { todayInChina } from '../../src/lib/data/status';
import { expect, test } from './fixtures';

interface Milestone {
	due: string;
}
interface Properties {
	id: string;
	context?: true;
	milestones: Milestone[];
}
interface Update {
	id: string;
	subject: string;
	milestone?: number;
	outcome: string;
	date: string;
	source: { url: string };
}

const projects: Properties[] = readdirSync('geodata')
	.filter((f) => f.endsWith('.geojson'))
	.flatMap(
		(f) =>
			JSON.parse(readFileSync(`geodata/${f}`, 'utf8')).features.map(
				(x: { properties: Properties }) => x.properties
			) as Properties[]
	)
	.filter((p) => !p.context);
const updates: Update[] = JSON.parse(readFileSync('geodata/updates.json', 'utf8')).updates;
const today = todayInChina();

/** The outcome the latest report on or before `asOf` gives a milestone (a later entry wins a tie). */
function reported(subject: string, index: number, asOf: string): string | undefined {
	let latest: Update | undefined;
	for (const u of updates)
		if (u.subject === subject && u.milestone === index && u.outcome !== 'recognised')
			if (u.date <= asOf && (!latest || u.date >= latest.date)) latest = u;
	return latest?.outcome;
}

test('a sourced completion shows with its link today, and not before the report', async ({
	page
}) => {
	const report = updates.find((u) => u.id === 'taipingshan-greenway-opened')!;
	await page.goto('/?lang=en&project=taipingshan-greenway');
	const panel = page.getByTestId('project-panel');
	await expect(panel.getByTestId('milestone').first()).toContainText('Reported done');
	await expect(panel.getByTestId('timeliness')).toHaveText('Done on time');
	const link = panel.locator(`[data-testid="update-source"][href="${report.source.url}"]`);
	await expect(link).toBeVisible();
	await expect(link).toHaveAttribute('target', '_blank');
	await expect(link).toHaveAttribute('rel', 'noopener noreferrer');

	await page.goto('/?lang=en&project=taipingshan-greenway&asof=2023-04-20');
	await expect(panel.getByTestId('milestone').first()).toContainText('Upcoming');
	await expect(panel.getByTestId('update')).toHaveCount(0);
	await expect(panel.getByTestId('later-reports')).toContainText('more reports after 20 Apr 2023');
});

test('a missed deadline reads "past deadline" until a report says otherwise', async ({ page }) => {
	await page.goto('/?lang=en&project=hexi-village&asof=2023-04-15');
	const panel = page.getByTestId('project-panel');
	await expect(panel.getByTestId('milestone').first()).toContainText(
		'Past deadline — no report on it'
	);
	await page.goto('/?lang=zh&project=hexi-village');
	await expect(panel.getByTestId('milestone').first()).toContainText('报道部分完成');
	await expect(panel.getByTestId('update').first()).toContainText('青岛新闻网');
});

test('a report on the whole project is not taken for a report on its past deadline, and says so', async ({
	page
}) => {
	// The road opened (a report on the whole project); its one deadline, to start expropriation, has none.
	await page.goto('/?lang=en&project=chongqing-road-elevated');
	const panel = page.getByTestId('project-panel');
	await expect(panel.getByTestId('milestone').first()).toContainText(
		'Past deadline — no report on it'
	);
	await expect(panel.getByRole('heading', { level: 4 })).toHaveText(
		'Reports on the project as a whole (not on a deadline above)'
	);
	await expect(panel.getByTestId('update').first()).toContainText('opened to traffic');
	await page.goto('/?lang=zh&project=chongqing-road-elevated');
	await expect(panel.getByTestId('milestone').first()).toContainText(
		'已过期限（未找到该节点的报道）'
	);
	await expect(panel.getByRole('heading', { level: 4 })).toHaveText(
		'关于整个项目的报道（不针对上面的节点）'
	);
});

test('a project with no report found says when it was searched', async ({ page }) => {
	await page.goto('/?lang=en&project=tongde-road-primary-school');
	await expect(page.getByTestId('research-note')).toHaveText(
		'No later report found (searched 29 Nov 2026)'
	);
});

test('the status filter and the summary count what the data says', async ({ page }) => {
	const done = projects.filter((p) => {
		const outcomes = p.milestones.map((_, i) => reported(p.id, i, today));
		return outcomes.length > 0 && outcomes.every((o) => o === 'done');
	});
	const milestones = projects.flatMap((p) => p.milestones.map((m, i) => ({ p, m, i })));
	const doneMilestones = milestones.filter(({ p, i }) => reported(p.id, i, today) === 'done');
	const unreported = milestones.filter(
		({ p, m, i }) => m.due < today && reported(p.id, i, today) === undefined
	);

	await page.goto('/?lang=en');
	await page.getByTestId('tab-filters').click();
	await expect(page.getByTestId('filter-status-done')).toBeVisible();
	await page.getByTestId('filter-status-done').check();
	await expect(page).toHaveURL(/status=done/);
	await page.getByTestId('tab-list').click();
	const listed = page.locator('[data-testid="project-list"] a[data-id]');
	await expect(listed).toHaveCount(done.length);
	expect((await listed.evaluateAll((as) => as.map((a) => a.dataset.id))).sort()).toEqual(
		done.map((p) => p.id).sort()
	);

	await page.goto('/?lang=en');
	await page.getByTestId('tab-summary').click();
	const sentence = page.getByTestId('outcome-sentence');
	await expect(sentence).toContainText(
		`${milestones.length} milestones: ${doneMilestones.length} reported done`
	);
	await expect(sentence).toContainText(`${unreported.length} past deadline with no report found`);
	await expect(page.getByTestId('outcome-chart')).toHaveCount(2);
});

test('the as-of slider runs to today, and playback stops there', async ({ page }) => {
	const [y, m, d] = today.split('-').map(Number) as [number, number, number];
	const label = new Intl.DateTimeFormat('en-GB', {
		year: 'numeric',
		month: 'short',
		day: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(Date.UTC(y, m - 1, d)));
	const monthBefore = new Date(Date.UTC(y, m - 2, 15)).toISOString().slice(0, 10);
	await page.goto(`/?lang=en&asof=${monthBefore}`);
	await expect(page.getByTestId('as-of').locator('.ends span').last()).toHaveText(label);
	await page.getByTestId('as-of-play').click();
	await expect(page.getByTestId('as-of-date')).toHaveText(label, { timeout: 10_000 });
	await expect(page.getByTestId('as-of-play')).toHaveAttribute('aria-pressed', 'false');
	await expect(page).not.toHaveURL(/asof=/);
});

test('a project page lists its reports with their sources, as of the day it was built', async ({
	request
}) => {
	const report = updates.find((u) => u.id === 'taipingshan-greenway-opened')!;
	const html = await (await request.get('/projects/taipingshan-greenway?lang=en')).text();
	expect(html).toContain(`href="${report.source.url}"`);
	expect(html).toMatch(/target="_blank" rel="noopener noreferrer"/);
	const none = await (await request.get('/projects/tongde-road-primary-school')).text();
	expect(none).toContain('未找到后续报道（2026年11月29日检索）');
});
