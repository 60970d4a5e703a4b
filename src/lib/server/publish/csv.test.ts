import { describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/import/parse-csv';
import { toCsv } from './csv';

function parsed(text: string): string[][] {
	const result = parseCsv(text.replace(/^\uFEFF/, ''), ',');
	if (!result.ok) throw new Error(`unclosed quote on line ${result.unclosedQuoteLine}`);
	return result.records.map((r) => r.fields);
}

describe('toCsv', () => {
	it('starts with a UTF-8 byte order mark unless told not to', () => {
		expect(toCsv(['a'], [['x']]).startsWith('\uFEFF')).toBe(true);
		expect(toCsv(['a'], [['x']], { bom: false }).startsWith('a')).toBe(true);
	});

	it('ends every record, the last one too, with CRLF', () => {
		expect(toCsv(['a', 'b'], [['1', '2']], { bom: false })).toBe('a,b\r\n1,2\r\n');
	});

	it('quotes fields with commas, quotes and line breaks and doubles inner quotes', () => {
		const text = toCsv(['v'], [['a,b'], ['say "hi"'], ['two\nlines'], ['cr\rhere'], ['plain']], {
			bom: false
		});
		expect(text).toBe('v\r\n"a,b"\r\n"say ""hi"""\r\n"two\nlines"\r\n"cr\rhere"\r\nplain\r\n');
	});

	it('writes empty fields for null and undefined', () => {
		expect(toCsv(['a', 'b', 'c'], [[null, undefined, '']], { bom: false })).toBe('a,b,c\r\n,,\r\n');
	});

	it('writes large and fractional numbers in plain decimal notation', () => {
		expect(toCsv(['n'], [[61200000000], [1.3], [120.30951]], { bom: false })).toBe(
			'n\r\n61200000000\r\n1.3\r\n120.30951\r\n'
		);
	});

	it('round-trips Chinese text, quotes and separators through the CSV reader', () => {
		const rows = [
			['xiaogang-station', '地铁2号线小港站', '“3月底前完成地铁2号线小港站房屋拆除”'],
			['odd', 'a "quoted", comma', 'line\r\nbreak'],
			['', ' leading space', '=not a formula']
		];
		const header = ['id', 'name_zh', 'quote'];
		expect(parsed(toCsv(header, rows))).toEqual([header, ...rows]);
	});

	it('refuses a row whose length differs from the header, naming the row', () => {
		expect(() => toCsv(['a', 'b'], [['1', '2'], ['3']])).toThrow(/row 2 has 1 cells/);
	});

	it('refuses numbers that are not finite', () => {
		expect(() => toCsv(['n'], [[Number.NaN]])).toThrow(/not a finite number/);
	});
});
