import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanValue, formatSearch, parseDecimal, splitList } from './url-text';

describe('cleanValue', () => {
	it('trims and lower-cases', () => {
		expect(cleanValue('  Metro ')).toBe('metro');
	});
	it('returns undefined for a missing, empty or blank value', () => {
		expect(cleanValue(null)).toBeUndefined();
		expect(cleanValue('')).toBeUndefined();
		expect(cleanValue(' \t')).toBeUndefined();
	});
	it('returns undefined for a value over 2000 characters', () => {
		expect(cleanValue('a'.repeat(2000))).toHaveLength(2000);
		expect(cleanValue('a'.repeat(2001))).toBeUndefined();
	});
	it('decodes a value that was percent-encoded twice', () => {
		expect(cleanValue('12%2F36.1%2F120.4')).toBe('12/36.1/120.4');
	});
	it('keeps a broken percent escape as it came', () => {
		expect(cleanValue('%E0%A4%A')).toBe('%e0%a4%a');
	});
	it('turns full-width characters into ASCII', () => {
		expect(cleanValue('ｍｅｔｒｏ，ＳＣＨＯＯＬＳ')).toBe('metro,schools');
	});
	it('drops quotes around a value and punctuation after it', () => {
		expect(cleanValue('"xiaogang-station"')).toBe('xiaogang-station');
		expect(cleanValue('2023-05-01).')).toBe('2023-05-01');
		expect(cleanValue('en>')).toBe('en');
		expect(cleanValue('2023-05-01。')).toBe('2023-05-01');
	});
	it('keeps a leading minus sign and "<"', () => {
		expect(cleanValue('-12.5')).toBe('-12.5');
		expect(cleanValue('<script>')).toBe('<script');
	});
});

describe('parseDecimal', () => {
	it.each([
		['12', 12],
		['-0.5', -0.5],
		['.5', 0.5],
		['5.', 5],
		['+3', 3],
		['1e3', 1000]
	])('reads %j as %d', (text, value) => {
		expect(parseDecimal(text)).toBe(value);
	});
	it.each(['', ' ', '0x10', 'Infinity', 'NaN', '1e999', '1,5', '1.2.3', '--1', undefined])(
		'rejects %j',
		(text) => {
			expect(parseDecimal(text)).toBeUndefined();
		}
	);
});

describe('splitList', () => {
	it('splits on commas, 、, semicolons and whitespace, without empty items', () => {
		expect(splitList('metro,,schools、parks roads;;villages')).toStrictEqual([
			'metro',
			'schools',
			'parks',
			'roads',
			'villages'
		]);
	});
});

describe('formatSearch', () => {
	it('leaves commas and slashes unescaped', () => {
		expect(
			formatSearch(
				new URLSearchParams([
					['map', '12/36.1/120.4'],
					['layers', 'a,b']
				])
			)
		).toBe('map=12/36.1/120.4&layers=a,b');
	});
	it('is read back by URLSearchParams as the same parameters', () => {
		const pairs = fc.array(
			fc.tuple(
				fc.string({ unit: 'binary', maxLength: 8 }),
				fc.string({ unit: 'binary', maxLength: 20 })
			),
			{ maxLength: 6 }
		);
		fc.assert(
			fc.property(pairs, (entries) => {
				const params = new URLSearchParams(entries);
				const read = [...new URLSearchParams(formatSearch(params))];
				if (JSON.stringify(read) !== JSON.stringify([...params]))
					expect(read).toStrictEqual([...params]);
			}),
			{ numRuns: 2000 }
		);
	});
});
