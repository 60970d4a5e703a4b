import { describe, expect, it } from 'vitest';
import { chinaMidnight, RFC3339, toAtom, type AtomFeed } from './atom';

function feed(overrides: Partial<AtomFeed> = {}): AtomFeed {
	return {
		id: 'urn:uuid:00000000-0000-5000-8000-000000000000',
		title: 'Deadlines',
		updated: '2023-02-13T00:00:00+08:00',
		authors: [{ name: 'Map' }],
		links: [{ rel: 'self', href: '/data/deadlines.atom', type: 'application/atom+xml' }],
		entries: [
			{
				id: 'urn:uuid:00000000-0000-5000-8000-000000000001',
				title: '2023-03-31 · 地铁2号线小港站 · 完成房屋拆除',
				updated: '2023-02-13T00:00:00+08:00',
				published: '2023-02-13T00:00:00+08:00',
				links: [{ href: '/projects/xiaogang-station' }],
				content: '原文:“3月底前完成地铁2号线小港站房屋拆除”'
			}
		],
		...overrides
	};
}

describe('toAtom', () => {
	it('writes an Atom document with the required feed and entry elements', () => {
		const xml = toAtom(feed());
		expect(
			xml.startsWith(
				'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"'
			)
		).toBe(true);
		for (const tag of ['id', 'title', 'updated', 'author']) expect(xml).toContain(`<${tag}`);
		expect(xml).toContain('<entry>');
		expect(xml).toContain('<title type="text">2023-03-31 · 地铁2号线小港站 · 完成房屋拆除</title>');
		expect(xml).toContain('<link href="/projects/xiaogang-station"/>');
		expect(xml.trimEnd().endsWith('</feed>')).toBe(true);
	});

	it('writes data as escaped text, never as markup', () => {
		const xml = toAtom(
			feed({
				title: 'a < b & "c"',
				entries: [{ ...feed().entries[0]!, content: '<img src=x onerror=alert(1)>' }]
			})
		);
		expect(xml).toContain('<title type="text">a &lt; b &amp; &quot;c&quot;</title>');
		expect(xml).toContain('<content type="text">&lt;img src=x onerror=alert(1)&gt;</content>');
		expect(xml).not.toContain('<img');
	});

	it('drops characters XML cannot carry', () => {
		const xml = toAtom(feed({ title: 'bell\u0007 here' }));
		expect(xml).toContain('<title type="text">bell here</title>');
	});

	it('refuses a date that is not RFC 3339, naming the entry', () => {
		const bad = feed({ entries: [{ ...feed().entries[0]!, updated: '2023-02-13' }] });
		expect(() => toAtom(bad)).toThrow(/entry 1 .* updated is "2023-02-13", not an RFC 3339/);
	});

	it('refuses two entries with the same id', () => {
		const entry = feed().entries[0]!;
		expect(() => toAtom(feed({ entries: [entry, entry] }))).toThrow(/share the id/);
	});

	it('refuses a feed with no author when an entry has none either', () => {
		expect(() => toAtom(feed({ authors: [] }))).toThrow(/author/);
		const signed = { ...feed().entries[0]!, authors: [{ name: 'Someone' }] };
		expect(() => toAtom(feed({ authors: [], entries: [signed] }))).not.toThrow();
	});
});

describe('chinaMidnight', () => {
	it('gives the start of a date in UTC+8 as an RFC 3339 date-time', () => {
		expect(chinaMidnight('2023-02-13')).toBe('2023-02-13T00:00:00+08:00');
		expect(RFC3339.test(chinaMidnight('2024-06-30'))).toBe(true);
	});

	it('refuses anything but YYYY-MM-DD', () => {
		expect(() => chinaMidnight('13 Feb 2023')).toThrow(/not a YYYY-MM-DD date/);
	});
});
