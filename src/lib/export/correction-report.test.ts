import { describe, expect, it } from 'vitest';
import {
	MAX_URL_CHARS,
	composeReport,
	feedbackLink,
	fillTemplate,
	graphemes,
	httpLink,
	parseLngLat,
	shortenToFit,
	viewLink,
	type Correction
} from './correction-report';

const WEB = 'https://example.org/repo/issues/new?title={title}&body={body}';
const MAIL = 'mailto:maps@example.org?subject={title}&body={body}';

const place: Correction = {
	id: 'shuangshan-primary',
	name: '双山小学',
	kind: 'place',
	position: [120.4012345678, 36.1098765432],
	viewUrl: 'http://localhost/?project=shuangshan-primary&lang=zh',
	text: ''
};

/** The decoded `{title}` and `{body}` of a URL filled from WEB or MAIL. */
function fields(url: string): { title: string; body: string } {
	const query = new URL(url).search.slice(1);
	const values = Object.fromEntries(
		query.split('&').map((pair) => {
			const [key, value = ''] = pair.split('=');
			return [key, decodeURIComponent(value)];
		})
	);
	return { title: values.title ?? values.subject ?? '', body: values.body ?? '' };
}

describe('fillTemplate', () => {
	it('encodes & # ? + % = and spaces, so a value never breaks out of its field', () => {
		const url = fillTemplate(WEB, 'a&b=c', 'x#y?z+1 100% done');
		expect(url).toBe(
			'https://example.org/repo/issues/new?title=a%26b%3Dc&body=x%23y%3Fz%2B1%20100%25%20done'
		);
		expect(fields(url)).toEqual({ title: 'a&b=c', body: 'x#y?z+1 100% done' });
	});

	it('encodes line breaks, as CRLF in a mailto: body (RFC 6068) and as they are on the web', () => {
		expect(fillTemplate(WEB, 't', 'one\ntwo')).toContain('body=one%0Atwo');
		expect(fillTemplate(MAIL, 't', 'one\ntwo')).toContain('body=one%0D%0Atwo');
		expect(fields(fillTemplate(MAIL, 't', 'one\ntwo')).body).toBe('one\r\ntwo');
	});

	it('fills every placeholder once and never fills a value that looks like one', () => {
		const url = fillTemplate('https://example.org/?a={title}&b={body}&c={title}', '{body}', 'x');
		expect(url).toBe('https://example.org/?a=%7Bbody%7D&b=x&c=%7Bbody%7D');
	});

	it('leaves a template without placeholders as it is', () => {
		expect(fillTemplate('https://example.org/feedback', 't', 'b')).toBe(
			'https://example.org/feedback'
		);
	});

	it('encodes Chinese text and emoji as UTF-8, and a lone surrogate as U+FFFD instead of throwing', () => {
		expect(fillTemplate(WEB, '位置', '👍🏽')).toContain('title=%E4%BD%8D%E7%BD%AE');
		expect(fields(fillTemplate(WEB, 't', '👍🏽')).body).toBe('👍🏽');
		expect(fields(fillTemplate(WEB, 't', 'a\uD83Db')).body).toBe('a\uFFFDb');
	});
});

describe('composeReport', () => {
	it('names the feature, the kind, the position to 6 decimals and the view', () => {
		const { title, head, text } = composeReport(place, 'zh');
		expect(title).toBe('更正：双山小学（位置不对）');
		expect(head).toBe(
			[
				'项目：双山小学 (shuangshan-primary)',
				'类型：位置不对',
				'建议位置（WGS-84 经度, 纬度）：120.401235, 36.109877',
				'查看：http://localhost/?project=shuangshan-primary&lang=zh'
			].join('\n')
		);
		expect(text).toBe('');
	});

	it('gives news its date and link, in English for an English reader, with the text last', () => {
		const report = composeReport(
			{
				...place,
				kind: 'news',
				name: 'Shuangshan Primary School',
				date: '2024-09-01',
				link: 'https://news.example.org/a?b=1',
				text: '  Opened in September.  '
			},
			'en'
		);
		expect(report.title).toBe('Correction: Shuangshan Primary School (news)');
		expect(report.head).toContain(
			'Kind: There is news\nWhen: 2024-09-01\nLink: https://news.example.org/a?b=1'
		);
		expect(report.head).not.toContain('Proposed position');
		expect(report.text).toBe('Text:\nOpened in September.');
	});
});

describe('feedbackLink', () => {
	it('sends a short report whole, with the id, position, view and text', () => {
		const link = feedbackLink(WEB, { ...place, text: '应该在路的北边 & 东边' }, 'zh');
		expect(link.shortened).toBe(false);
		const { title, body } = fields(link.url);
		expect(title).toBe('更正：双山小学（位置不对）');
		expect(body).toContain('(shuangshan-primary)');
		expect(body).toContain('120.401235, 36.109877');
		expect(body).toContain('查看：http://localhost/?project=shuangshan-primary&lang=zh');
		expect(body.endsWith('说明：\n应该在路的北边 & 东边')).toBe(true);
	});

	it('shortens a long report to fit the URL budget, with a visible note, keeping the fixed lines', () => {
		const link = feedbackLink(WEB, { ...place, text: '很长的说明。'.repeat(300) }, 'zh');
		expect(link.shortened).toBe(true);
		expect(link.url.length).toBeLessThanOrEqual(MAX_URL_CHARS);
		// Nearly all of the budget is used: cutting stops within one character's encoding.
		expect(link.url.length).toBeGreaterThan(MAX_URL_CHARS - 30);
		const { body } = fields(link.url);
		expect(body.endsWith('…（已截短）')).toBe(true);
		expect(body).toContain('120.401235, 36.109877');
		expect(body).toContain('查看：http://localhost/');
	});

	it('never cuts an emoji or a flag in half', () => {
		for (let extra = 0; extra < 12; extra++) {
			const text = `${'x'.repeat(extra)}${'👩‍👩‍👧🇨🇳👍🏽'.repeat(200)}`;
			const link = feedbackLink(WEB, { ...place, text }, 'en');
			expect(link.shortened).toBe(true);
			expect(link.url.length).toBeLessThanOrEqual(MAX_URL_CHARS);
			// decodeURIComponent throws on half a character's UTF-8; a cut ZWJ sequence leaves a dangling joiner.
			const { body } = fields(link.url);
			const kept = body.split('Text:\n')[1]!.replace('… (shortened)', '');
			expect(kept).toMatch(/^x*(👩‍👩‍👧🇨🇳👍🏽)*(👩‍👩‍👧|👩‍👩‍👧🇨🇳)?$/u);
			expect(body.endsWith('… (shortened)')).toBe(true);
		}
	});

	it('shortens a mailto: report by its encoded length, CRLFs included', () => {
		const link = feedbackLink(
			'mailto:maps@example.org?subject={title}&body={body}',
			{
				...place,
				text: 'line\n'.repeat(500)
			},
			'en'
		);
		expect(link.shortened).toBe(true);
		expect(link.url.startsWith('mailto:maps@example.org?subject=Correction%3A%20')).toBe(true);
		expect(link.url.length).toBeLessThanOrEqual(MAX_URL_CHARS);
		expect(fields(link.url).body).toContain('\r\nView: http://localhost/');
	});

	it('cuts even the fixed lines when they alone are too long, still within the budget', () => {
		const viewUrl = `http://localhost/?q=${'a'.repeat(3000)}`;
		const link = feedbackLink(WEB, { ...place, viewUrl, text: 'short' }, 'en');
		expect(link.shortened).toBe(true);
		expect(link.url.length).toBeLessThanOrEqual(MAX_URL_CHARS);
		expect(fields(link.url).body.endsWith('… (shortened)')).toBe(true);
	});
});

describe('shortenToFit', () => {
	it('keeps the text whole when it fits, else the longest start that fits with the note', () => {
		expect(shortenToFit('abcdef', '…', (s) => s.length <= 6)).toBe('abcdef');
		expect(shortenToFit('abcdef', '…', (s) => s.length <= 4)).toBe('abc…');
		expect(shortenToFit('abcdef', '…', () => false)).toBe('…');
	});

	it('cuts between user-perceived characters: a skin-toned emoji stays whole', () => {
		expect(graphemes('a👍🏽b')).toEqual(['a', '👍🏽', 'b']);
		expect(shortenToFit('a👍🏽b', '…', (s) => s.length <= 3)).toBe('a…');
		expect(shortenToFit('a👍🏽bc', '…', (s) => s.length <= 6)).toBe('a👍🏽…');
	});
});

describe('parseLngLat', () => {
	it('reads "lng, lat" with a comma, a Chinese comma or a space', () => {
		expect(parseLngLat('120.38, 36.09')).toEqual([120.38, 36.09]);
		expect(parseLngLat(' 120.38,36.09 ')).toEqual([120.38, 36.09]);
		expect(parseLngLat('120.38,36.09')).toEqual([120.38, 36.09]);
		expect(parseLngLat('120.38 36.09')).toEqual([120.38, 36.09]);
	});

	it('turns round a pair written latitude first', () => {
		expect(parseLngLat('36.09, 120.38')).toEqual([120.38, 36.09]);
	});

	it('refuses what is not a position', () => {
		for (const bad of ['', '120.38', 'a, b', '120.38, 36.09, 1', '200, 36', '120, 95', '1e3, 2'])
			expect(parseLngLat(bad), bad).toBeUndefined();
	});
});

describe('httpLink', () => {
	it('accepts http and https links and refuses every other kind', () => {
		expect(httpLink(' https://news.example.org/a?b=1 ')).toBe('https://news.example.org/a?b=1');
		expect(httpLink('http://example.org')).toBe('http://example.org/');
		for (const bad of [
			'javascript:alert(1)',
			'ftp://example.org',
			'example.org',
			'https://',
			'data:text/html,x'
		])
			expect(httpLink(bad), bad).toBeUndefined();
	});
});

describe('viewLink', () => {
	it('is the page’s own address without a configured site', () => {
		expect(viewLink('http://localhost:4173/?project=a&lang=en', '', '')).toBe(
			'http://localhost:4173/?project=a&lang=en'
		);
	});

	it('puts the path, query and hash under PUBLIC_SITE_URL, without doubling the base path', () => {
		expect(
			viewLink(
				'http://localhost:4173/qingdao/projects/a?x=1#m',
				'https://example.org/qingdao',
				'/qingdao'
			)
		).toBe('https://example.org/qingdao/projects/a?x=1#m');
		expect(viewLink('http://localhost:4173/?project=a', 'https://example.org', '')).toBe(
			'https://example.org/?project=a'
		);
	});
});
