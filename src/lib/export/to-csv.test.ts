import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, toCsv } from './to-csv';

describe('toCsv', () => {
	it('starts with a UTF-8 byte-order mark and ends every record with CRLF', () => {
		const text = toCsv(['id', 'name'], [['a', '双山小学']]);
		expect(text.startsWith(CSV_BOM)).toBe(true);
		expect(text.slice(1)).toBe('id,name\r\na,双山小学\r\n');
	});

	it('quotes fields with commas, quotes or line breaks and doubles the quotes inside', () => {
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField('cr\rhere')).toBe('"cr\rhere"');
		expect(csvField('plain text')).toBe('plain text');
	});

	it('writes numbers as numbers, booleans as words, and empty cells for null, undefined, NaN and Infinity', () => {
		expect(
			toCsv(
				['a', 'b', 'c', 'd', 'e', 'f', 'g'],
				[[-1.5, 0, true, null, undefined, NaN, Infinity]]
			).slice(1)
		).toBe('a,b,c,d,e,f,g\r\n-1.5,0,true,,,,\r\n');
	});

	it('keeps text that a spreadsheet would run as a formula as text', () => {
		expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvField('+1')).toBe("'+1");
		expect(csvField('-2')).toBe("'-2");
		expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
	});

	it('guards a formula behind leading spaces, tabs or line breaks', () => {
		expect(csvField(' =1+1')).toBe("' =1+1");
		expect(csvField('\t@SUM(A1)')).toBe("'\t@SUM(A1)");
		expect(csvField('  \t-2')).toBe("'  \t-2");
		expect(csvField('\n=cmd')).toBe(`"'\n=cmd"`);
		expect(csvField('\r\n+1')).toBe(`"'\r\n+1"`);
	});

	it('guards full-width formula characters', () => {
		for (const mark of ['＝', '＋', '－', '＠'])
			expect(csvField(`${mark}SUM(A1)`)).toBe(`'${mark}SUM(A1)`);
		expect(csvField(' ＝1')).toBe("' ＝1");
	});

	it('leaves ordinary text alone, spaces and inner formula characters included', () => {
		for (const text of [' a = b', 'a=1', '青岛 +1', ' 12', 'line\nbreak'])
			expect(csvField(text)).toBe(text.includes('\n') ? `"${text}"` : text);
	});

	it('refuses a row whose length differs from the header, naming the row', () => {
		expect(() => toCsv(['a', 'b'], [['1', '2'], ['3']])).toThrow(/row 1 has 1 cells/);
	});

	it('round-trips through a minimal RFC 4180 reader', () => {
		const rows = [
			['中文, with comma', 'line\r\nbreak', 'quote " inside'],
			['', '0', 'x']
		];
		const parsed = readCsv(toCsv(['a', 'b', 'c'], rows).slice(1));
		expect(parsed).toEqual([['a', 'b', 'c'], ...rows]);
	});
});

/** RFC 4180 reader for the round trip (quoted fields may hold commas, quotes and line breaks). */
function readCsv(text: string): string[][] {
	const records: string[][] = [];
	let record: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			record.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			record.push(field);
			records.push(record);
			record = [];
			field = '';
			i++;
		} else field += c;
	}
	return records;
}
