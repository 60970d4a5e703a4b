/**
 * JSON text → the GeoJSON reader, with the places of what JSON cannot hold named: a syntax error by
 * line and column, a literal NaN or Infinity, and a number too large for a double (which
 * `JSON.parse` would silently read as Infinity).
 */
import { findNonFiniteNumber } from '$lib/data/json-numbers';
import { Refusal, type ImportMessage, type ImportMessageParams } from './messages';
import { readGeoJson } from './read-geojson';
import type { ReadResult } from './read-result';

function refuse(reason: ImportMessage): never {
	throw new Refusal(reason);
}

/** Where JSON.parse stopped, from its message: V8 gives a position, Firefox a line and column. */
function jsonErrorParams(error: unknown, text: string): ImportMessageParams['json-malformed'] {
	const message = error instanceof Error ? error.message : '';
	if (/unexpected end|end of data/i.test(message)) return { atEnd: true };
	const lineColumn = /line (\d+) column (\d+)/i.exec(message);
	if (lineColumn) {
		return { line: Number(lineColumn[1]), column: Number(lineColumn[2]), atEnd: false };
	}
	const position = /position (\d+)/i.exec(message);
	if (!position) return { atEnd: false };
	const offset = Number(position[1]);
	if (offset >= text.trimEnd().length) return { atEnd: true };
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	return { line, column: offset - before.lastIndexOf('\n'), atEnd: false };
}

export function readJson(text: string): ReadResult {
	let root: unknown;
	try {
		root = JSON.parse(text);
	} catch (error) {
		const literal = findNonFiniteNumber(text, false);
		if (literal) {
			const { line, column } = literal;
			refuse({ code: 'json-not-a-number', params: { line, column, literal: literal.literal } });
		}
		return refuse({ code: 'json-malformed', params: jsonErrorParams(error, text) });
	}
	const overflow = findNonFiniteNumber(text);
	if (overflow) {
		const { line, column, literal } = overflow;
		refuse({ code: 'json-number-out-of-range', params: { line, column, literal } });
	}
	return readGeoJson(root);
}
