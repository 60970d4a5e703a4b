import { describe, expect, it } from 'vitest';
import { findNonFiniteNumber, type NonFiniteNumber } from './json-numbers';

const at = (kind: NonFiniteNumber['kind'], literal: string, line: number, column: number) => ({
	kind,
	literal,
	line,
	column
});

describe('findNonFiniteNumber', () => {
	it('names the line and column of a literal NaN, not one inside a string', () => {
		const text = '{"name": "NaN Infinity",\n  "coordinates": [120.3, NaN]}';
		expect(findNonFiniteNumber(text)).toEqual(at('not-a-number', 'NaN', 2, 26));
	});

	it('finds -Infinity', () => {
		expect(findNonFiniteNumber('[-Infinity]')).toMatchObject({ literal: '-Infinity', column: 2 });
	});

	it('reports a number that overflows to Infinity as out of range', () => {
		const text = '{"a": "1e999",\n"b": [1e5, -2.5E+999]}';
		expect(findNonFiniteNumber(text)).toEqual(at('out-of-range', '-2.5E+999', 2, 12));
	});

	it('finds nothing in ordinary JSON', () => {
		expect(findNonFiniteNumber('{"a": [1.5e10, -3, 1e-400]}')).toBeUndefined();
	});
});
