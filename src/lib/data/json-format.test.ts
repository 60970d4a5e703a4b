import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectJsonFormat, formatJson, formatLike } from './json-format';

/** Every file the editor writes: the layers, the records, the updates and the research log. */
const files = [
	...readdirSync('geodata')
		.filter((f) => f.endsWith('.json') || f.endsWith('.geojson'))
		.map((f) => join('geodata', f)),
	'geodata/sources/research-log.json'
];

describe('formatLike', () => {
	it.each(files)('writes %s back byte for byte when nothing changed', (file) => {
		const text = readFileSync(file, 'utf8');
		expect(formatLike(text, JSON.parse(text))).toBe(text);
	});

	it('changes only the two coordinate lines when a point moves', () => {
		const text = readFileSync('geodata/parking.geojson', 'utf8');
		const json = JSON.parse(text);
		json.features[0].geometry.coordinates = [120.33, 36.08];
		const before = text.split('\n');
		const after = formatLike(text, json).split('\n');
		expect(after.length).toBe(before.length);
		const changed = after.flatMap((line, i) => (line === before[i] ? [] : [line.trim()]));
		expect(changed).toEqual(['120.33,', '36.08']);
	});
});

describe('detectJsonFormat', () => {
	it('reads the indent of the second line and the final newline', () => {
		expect(detectJsonFormat('{\n "a": 1\n}\n')).toEqual({ indent: ' ', finalNewline: true });
		expect(detectJsonFormat('{\n\t"a": 1\n}')).toEqual({ indent: '\t', finalNewline: false });
	});

	it('falls back to tabs for a file on one line', () => {
		expect(formatJson({ a: [1] }, detectJsonFormat('{}'))).toBe('{\n\t"a": [\n\t\t1\n\t]\n}');
	});
});
