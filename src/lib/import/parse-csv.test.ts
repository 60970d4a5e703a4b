import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSeparator, parseCsv, type CsvSeparator } from './parse-csv';

function recordsOf(text: string, separator?: CsvSeparator) {
	const result = parseCsv(text, separator);
	if (!result.ok) throw new Error(`unclosed quote on line ${result.unclosedQuoteLine}`);
	return result.records;
}

describe('parseCsv', () => {
	it('splits records on the separator and gives the line each record starts on', () => {
		expect(recordsOf('a,b\n1,2\n')).toEqual([
			{ line: 1, fields: ['a', 'b'] },
			{ line: 2, fields: ['1', '2'] }
		]);
	});

	it('reads quoted fields holding separators, doubled quotes and line breaks', () => {
		expect(recordsOf('"x, y","say ""hi""","a\nb"\nnext')).toEqual([
			{ line: 1, fields: ['x, y', 'say "hi"', 'a\nb'] },
			{ line: 3, fields: ['next'] }
		]);
	});

	it('ends records at CRLF, LF or a lone CR', () => {
		expect(recordsOf('a\r\nb\nc\rd').map((r) => [r.line, r.fields[0]])).toEqual([
			[1, 'a'],
			[2, 'b'],
			[3, 'c'],
			[4, 'd']
		]);
	});

	it('keeps empty fields, including a trailing one', () => {
		expect(recordsOf('a,,b,').map((r) => r.fields)).toEqual([['a', '', 'b', '']]);
	});

	it('returns an empty line as a record with one empty field', () => {
		expect(recordsOf('a\n\nb').map((r) => r.fields)).toEqual([['a'], [''], ['b']]);
	});

	it('keeps a quote inside an unquoted field as a character', () => {
		expect(recordsOf('5" pipe,x').map((r) => r.fields)).toEqual([['5" pipe', 'x']]);
	});

	it('reports the line of a quote that is never closed', () => {
		expect(parseCsv('a,b\n1,2\n"3,4\n5,6')).toEqual({ ok: false, unclosedQuoteLine: 3 });
	});

	it('round-trips random fields written with RFC 4180 quoting', () => {
		const separator = fc.constantFrom<CsvSeparator>(',', ';', '\t');
		const field = fc.string({
			unit: fc.constantFrom('a', '经', ' ', ',', ';', '\t', '"', '\n', '\r\n', '1'),
			maxLength: 8
		});
		const rows = fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), {
			minLength: 1,
			maxLength: 6
		});
		fc.assert(
			fc.property(separator, rows, (sep, table) => {
				const text = table
					.map((row) => row.map((f) => `"${f.replaceAll('"', '""')}"`).join(sep))
					.join('\r\n');
				expect(recordsOf(text, sep).map((r) => r.fields)).toEqual(table);
			})
		);
	});
});

describe('detectSeparator', () => {
	it('picks the separator used most on the first line', () => {
		expect(detectSeparator('名称;经度;纬度\na,b;c;d')).toBe(';');
		expect(detectSeparator('name\tlon\tlat')).toBe('\t');
	});

	it('ignores separators inside quotes', () => {
		expect(detectSeparator('"a;b;c";lon,lat,x')).toBe(',');
	});

	it('falls back to a comma for a single column', () => {
		expect(detectSeparator('name\nx')).toBe(',');
	});
});
