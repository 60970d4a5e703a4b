import { describe, expect, it } from 'vitest';
import { LANGS } from '$lib/i18n/messages';
import {
	excerpt,
	formatCoordinates,
	formatImportMessage,
	type ImportMessage,
	type ImportMessageCode,
	type ImportMessageParams
} from './messages';

/** One example per code; the type makes this list complete. */
const EXAMPLES: { [C in ImportMessageCode]: ImportMessageParams[C] } = {
	'file-too-large': { sizeMb: 50, limitMb: 10 },
	'file-empty': {},
	'encoding-not-utf8': {},
	'format-unsupported': { extension: 'kml' },
	'file-kind': { kind: 'zip' },
	'json-not-a-number': { line: 3, column: 18, literal: 'Infinity' },
	'json-number-out-of-range': { line: 2, column: 9, literal: '1e999' },
	'json-malformed': { line: 3, column: 16, atEnd: false },
	'json-not-geojson': { found: 'unknown-type', type: 'Map' },
	'feature-invalid': { index: 4 },
	'geometry-unsupported': { index: 2, type: 'Circle' },
	'geometry-invalid': { index: 0, type: 'Polygon', problem: 'too-few-positions' },
	'coordinates-not-numbers': { index: 0, example: '["120.35", 36.08]' },
	'coordinates-out-of-range': { row: 17, count: 3, example: '[12.3, 145.6]' },
	'coordinates-swapped': { index: 0, count: 2, example: '[36.07, 120.33]' },
	'coordinates-projected': { index: 0, count: 1, example: '[13401000, 4309000]' },
	'too-many-features': { count: 60_000, limit: 50_000 },
	'no-features': { skipped: 3 },
	'csv-header-missing': {},
	'csv-coordinate-columns-missing': { missing: 'both', columns: '“name”, “address”' },
	'csv-coordinate-columns-ambiguous': { axis: 'lat', columns: '“lat”, “lat”' },
	'csv-bad-number': { row: 4, column: 'lon', value: 'abc' },
	'csv-decimal-comma': { row: 2, column: '经度', value: '120,35' },
	'csv-unclosed-quote': { row: 9 },
	'features-without-geometry-skipped': { count: 1 },
	'geometry-collections-flattened': { count: 2, parts: 5 },
	'rings-closed': { count: 1 },
	'properties-trimmed': { count: 12 },
	'csv-rows-without-coordinates-skipped': { count: 3, firstRow: 5 },
	'csv-row-length-mismatch': { count: 1, firstRow: 7 },
	'outside-qingdao': { bbox: '[116.398, 39.909, 116.398, 39.909]' },
	'gcj02-suspected': { source: 'property-name', clue: 'lng_gcj02' },
	'gcj02-converted': { count: 17 },
	'gcj02-offer': {}
};

const messages = Object.entries(EXAMPLES).map(
	([code, params]) => ({ code, params }) as ImportMessage
);

describe('formatImportMessage', () => {
	it.each(messages)('has a Chinese and an English text for $code', (message) => {
		const zh = formatImportMessage(message, 'zh');
		const en = formatImportMessage(message, 'en');
		expect(zh).toMatch(/\p{Script=Han}/u);
		expect(en).toMatch(/^[A-Z\d“]/);
		for (const text of [zh, en]) expect(text).not.toMatch(/undefined|NaN|\[object|<|\$\{/);
	});

	it('puts the values it is given into the text', () => {
		const message: ImportMessage = {
			code: 'coordinates-out-of-range',
			params: { row: 17, count: 3, example: '[12.3, 145.6]' }
		};
		for (const lang of LANGS) {
			const text = formatImportMessage(message, lang);
			expect(text).toContain('17');
			expect(text).toContain('[12.3, 145.6]');
		}
	});

	it('says "1 feature", not "1 features", in English', () => {
		const message: ImportMessage = {
			code: 'features-without-geometry-skipped',
			params: { count: 1 }
		};
		expect(formatImportMessage(message, 'en')).toMatch(/^1 feature without a geometry .* was/);
	});
});

describe('excerpt', () => {
	it('removes control characters and shortens long text with an ellipsis', () => {
		expect(excerpt('a\u0000b\nc')).toBe('a b c');
		expect(excerpt('x'.repeat(100))).toBe(`${'x'.repeat(59)}…`);
	});
});

describe('formatCoordinates', () => {
	it('writes numbers plainly and other values as JSON', () => {
		expect(formatCoordinates([36.07, 120.33])).toBe('[36.07, 120.33]');
		expect(formatCoordinates(['120.3', null, 1, 2])).toBe('["120.3", null, 1, …]');
	});
});
