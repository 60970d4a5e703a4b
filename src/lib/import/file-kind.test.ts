import { describe, expect, it } from 'vitest';
import type { FileKind } from './file-kind';
import { formatImportMessage } from './messages';
import { parseUserFile, parseUserLayer } from './parse-user-layer';

const bytes = (...values: number[]) =>
	new Uint8Array([...values, ...new TextEncoder().encode('x')]);

/** The first bytes of each kind of file that is not text. */
const HEADS: [FileKind, Uint8Array][] = [
	['zip', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00)],
	['png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)],
	['jpeg', bytes(0xff, 0xd8, 0xff, 0xe0)],
	['gif', bytes(...new TextEncoder().encode('GIF89a'))],
	['webp', bytes(...new TextEncoder().encode('RIFF\u0010\u0000\u0000\u0000WEBPVP8 '))],
	['pdf', bytes(...new TextEncoder().encode('%PDF-1.7\n'))],
	['binary', bytes(0x7b, 0x00, 0x01, 0x02)]
];

function errorOf(name: string, content: Uint8Array) {
	const result = parseUserFile(name, content);
	if (result.ok) throw new Error('expected a refusal');
	return result.error;
}

describe('parseUserFile: the real kind of a file, before decoding', () => {
	it.each(HEADS)('names a %s file for what it is, whatever its name', (kind, head) => {
		expect(errorOf('layer.geojson', head)).toEqual({ code: 'file-kind', params: { kind } });
	});

	it('tells a zip renamed .geojson to unzip and export, not to save as CSV UTF-8', () => {
		const error = errorOf('layer.geojson', HEADS[0]![1]);
		const en = formatImportMessage(error, 'en');
		expect(en).toMatch(
			/^This is a ZIP archive \(perhaps a zipped shapefile or an \.xlsx workbook\)/
		);
		expect(en).toContain('Unzip it');
		expect(en).not.toMatch(/not UTF-8/);
		expect(formatImportMessage(error, 'zh')).toMatch(/^这是一个 ZIP 压缩包/);
	});

	it('says an image is not map data', () => {
		const error = errorOf('photo.csv', HEADS[1]![1]);
		expect(formatImportMessage(error, 'en')).toMatch(/^This is a PNG image, not map data\./);
	});

	it('still reads a UTF-8 file, and still says "not UTF-8" for GBK text', () => {
		const text = '{"type":"Point","coordinates":[120.38,36.07]}';
		expect(parseUserFile('p.geojson', new TextEncoder().encode(text)).ok).toBe(true);
		const gbk = new Uint8Array([0xbe, 0xad, 0xb6, 0xc8, 0x2c, 0x78, 0x0a, 0x31, 0x2c, 0x32]);
		expect(errorOf('excel.csv', gbk).code).toBe('encoding-not-utf8');
	});

	it('recognises a zip in text that was decoded already', () => {
		const text = new TextDecoder().decode(HEADS[0]![1]);
		const result = parseUserLayer('layer.geojson', text);
		expect(result.ok ? undefined : result.error).toEqual({
			code: 'file-kind',
			params: { kind: 'zip' }
		});
	});
});

describe('numbers JSON cannot hold', () => {
	const refusal = (text: string) => {
		const result = parseUserLayer('bad.geojson', text);
		return result.ok ? undefined : result.error;
	};

	it('names the line and column of a literal NaN', () => {
		const text = '{"type": "Point",\n "coordinates": [NaN, 36.07]}';
		const error = refusal(text);
		expect(error).toEqual({
			code: 'json-not-a-number',
			params: { line: 2, column: 18, literal: 'NaN' }
		});
		expect(formatImportMessage(error!, 'en')).toBe(
			'The file is not valid JSON: “NaN” at line 2, column 18 is not a number JSON allows. Write a number, or null where the value is missing, and try again.'
		);
	});

	it('names a literal Infinity too', () => {
		expect(refusal('[\n  -Infinity\n]')).toEqual({
			code: 'json-not-a-number',
			params: { line: 2, column: 3, literal: '-Infinity' }
		});
	});

	it('reports 1e999 as out of range, with line and column, instead of reading it as null', () => {
		const text =
			'{"type": "Feature", "geometry": {"type": "Point", "coordinates": [120.38, 36.07]},\n "properties": {"area": 1e999}}';
		const error = refusal(text);
		expect(error).toEqual({
			code: 'json-number-out-of-range',
			params: { line: 2, column: 25, literal: '1e999' }
		});
		expect(formatImportMessage(error!, 'zh')).toContain('第 2 行第 25 列的数字 “1e999” 超出范围');
	});
});
