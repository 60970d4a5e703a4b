import { describe, expect, it } from 'vitest';
import { findNonFiniteNumber } from './json-numbers';

describe('findNonFiniteNumber', () => {
	it('names the line and column of a literal NaN, not one inside a string', () => {
		const text = '{"name": "NaN Infinity",\n  "coordinates": [120.3, NaN]}';
		expect(findNonFiniteNumber(text)).toEqual({
			kind: 'not-a-number',
			literal: 'NaN',
			line: 2,
			column: 26
		});
	});

	it('finds -Infinity', () => {
		expect(findNonFiniteNumber('[-Infinity]')).toMatchObject({ literal: '-Infinity', column: 2 });
	});

	it('reports a number that overflows to Infinity as out of range', () => {
		const text = '{"a": "1e999",\n"b": [1e5, -2.5E+999]}';
		expect(findNonFiniteNumber(text)).toEqual({
			kind: 'out-of-range',
			literal: '-2.5E+999',
			line: 2,
			column: 12
		});
	});

	it('finds nothing in ordinary JSON', () => {
		expect(findNonFiniteNumber('{"a": [1.5e10, -3, 1e-400]}')).toBeUndefined();
	});
});
