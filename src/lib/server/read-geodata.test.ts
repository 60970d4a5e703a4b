import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatIssue } from '../data/validate-geodata';
import { readGeodata } from './read-geodata';

let dir: string | undefined;
afterEach(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
	dir = undefined;
});

/** Messages for a copy of geodata/ whose schools.geojson has its first coordinate replaced. */
function withFirstCoordinate(literal: string): { messages: string[]; row: number; column: number } {
	dir = mkdtempSync(join(tmpdir(), 'geodata-'));
	cpSync('geodata', dir, { recursive: true });
	const path = join(dir, 'schools.geojson');
	const text = readFileSync(path, 'utf8');
	const at = text.indexOf('"coordinates": [') + '"coordinates": ['.length;
	const end = text.indexOf(',', at);
	writeFileSync(path, text.slice(0, at) + literal + text.slice(end));
	const row = text.slice(0, at).split('\n').length;
	const column = at - text.lastIndexOf('\n', at - 1);
	const { issues } = readGeodata(dir);
	return { messages: issues.map(formatIssue), row, column };
}

describe('readGeodata', () => {
	it('names file, line and column of a literal NaN', () => {
		const { messages, row, column } = withFirstCoordinate('NaN');
		expect(messages).toEqual([
			`geodata/schools.geojson: is not valid JSON: NaN at line ${row}, column ${column} is not a JSON number; write a number, or null where the field allows it`
		]);
	});

	it('reports 1e999 as out of range instead of reading it as Infinity', () => {
		const { messages, row, column } = withFirstCoordinate('1e999');
		expect(messages).toEqual([
			`geodata/schools.geojson: has the number 1e999 at line ${row}, column ${column}, which is out of range (larger than any double); write the intended value`
		]);
	});
});
