import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeReport, feedbackLink, type Correction } from './correction-report';
import { parseCorrectionReport } from './parse-correction-report';
import { LANGS } from '$lib/i18n/messages';

const place: Correction = {
	id: 'shuangshan-primary',
	name: '双山小学',
	kind: 'place',
	position: [120.4012345678, 36.1098765432],
	viewUrl: 'http://localhost/?project=shuangshan-primary&lang=zh',
	text: '应该在路的北边。\n第二行'
};
const news: Correction = {
	id: 'liaocheng-road-car-park',
	name: 'Liaocheng Road car park (phase II)',
	kind: 'news',
	date: '2023-09-30',
	link: 'https://example.org/news?id=1',
	viewUrl: 'http://localhost/projects/liaocheng-road-car-park',
	text: 'Opened in September.'
};

const body = (c: Correction, lang: 'zh' | 'en') => {
	const { head, text } = composeReport(c, lang);
	return text ? `${head}\n\n${text}` : head;
};

describe('parseCorrectionReport', () => {
	it.each(LANGS)('reads back a place report composed in %s, position to 6 decimals', (lang) => {
		expect(parseCorrectionReport(body(place, lang))).toEqual({
			lang,
			id: place.id,
			name: place.name,
			kind: 'place',
			position: [120.401235, 36.109877],
			viewUrl: place.viewUrl,
			text: place.text
		});
	});

	it.each(LANGS)('reads back a news report composed in %s, with date and link', (lang) => {
		expect(parseCorrectionReport(body(news, lang))).toEqual({
			lang,
			id: news.id,
			name: news.name,
			kind: 'news',
			date: news.date,
			link: news.link,
			viewUrl: news.viewUrl,
			text: news.text
		});
	});

	it('reads a report with its title above, CRLFs and a quoted reply’s marks', () => {
		const { title } = composeReport(place, 'en');
		const mail = `${title}\r\n\r\n${body(place, 'en')
			.split('\n')
			.map((l) => `> ${l}`)
			.join('\r\n')}`;
		expect(parseCorrectionReport(mail)).toMatchObject({
			id: place.id,
			position: [120.401235, 36.109877]
		});
	});

	it('drops the note of a report shortened to fit its link', () => {
		const long = { ...place, text: '很长的说明。'.repeat(300) };
		const link = feedbackLink('https://example.org/?body={body}', long, 'zh');
		const parsed = parseCorrectionReport(link.body)!;
		expect(link.shortened).toBe(true);
		expect(parsed.text.length).toBeGreaterThan(0);
		expect(long.text.startsWith(parsed.text)).toBe(true);
	});

	it('reads a Chinese report written with half-width colons and brackets, as they were once sent', () => {
		const older = [
			'项目:双山小学（扩建） (shuangshan-primary)',
			'类型:位置不对',
			'建议位置(WGS-84 经度, 纬度):120.401235, 36.109877',
			'查看:http://localhost/?project=shuangshan-primary&lang=zh',
			'',
			'说明:',
			'应该在路的北边。'
		].join('\n');
		expect(parseCorrectionReport(older)).toEqual({
			lang: 'zh',
			id: 'shuangshan-primary',
			name: '双山小学（扩建）',
			kind: 'place',
			position: [120.401235, 36.109877],
			viewUrl: 'http://localhost/?project=shuangshan-primary&lang=zh',
			text: '应该在路的北边。'
		});
	});

	it('refuses text that names no project', () => {
		expect(parseCorrectionReport('hello\nworld')).toBeUndefined();
		expect(parseCorrectionReport('Project: no id here')).toBeUndefined();
	});

	it('round-trips any id, name, position and text in both languages', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...LANGS),
				fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/),
				fc.string({ minLength: 1 }).filter((s) => s.trim() === s && !/[\r\n]/.test(s)),
				fc.double({ min: 119, max: 121, noNaN: true }),
				fc.double({ min: 35, max: 37, noNaN: true }),
				fc.string().filter((s) => !/[\r\uD800-\uDFFF]/.test(s)),
				(lang, id, name, lng, lat, text) => {
					const c: Correction = { ...place, id, name, position: [lng, lat], text };
					const parsed = parseCorrectionReport(body(c, lang));
					expect(parsed).toMatchObject({ lang, id, name, kind: 'place' });
					expect(parsed!.position![0]).toBeCloseTo(lng, 6);
					expect(parsed!.position![1]).toBeCloseTo(lat, 6);
					expect(parsed!.text).toBe(text.trim());
				}
			)
		);
	});
});
