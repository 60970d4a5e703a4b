import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { previewEdit, saveEdit } from './write-geodata';
import type { PlaceEdit } from '../data/geodata-edit';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'geodata-'));
	cpSync('geodata', dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const parking = () => readFileSync(join(dir, 'parking.geojson'), 'utf8');
const car = JSON.parse(readFileSync('geodata/parking.geojson', 'utf8')).features[0];
const move = (coordinates: [number, number]): PlaceEdit => ({
	op: 'place',
	file: 'parking.geojson',
	id: car.properties.id,
	geometry: { type: 'Point', coordinates },
	location: car.properties.location
});

describe('saveEdit', () => {
	it('writes a valid move, with only the coordinate lines changed and no file left behind', () => {
		const outcome = saveEdit(dir, move([120.3301, 36.0801]));
		expect(outcome).toMatchObject({ issues: [], saved: true });
		expect(parking()).toBe(
			readFileSync('geodata/parking.geojson', 'utf8')
				.replace('120.3215,', '120.3301,')
				.replace('36.0765\n', '36.0801\n')
		);
		expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
	});

	it('refuses an edit the data check refuses, with its message, and leaves the file as it was', () => {
		const before = parking();
		const outcome = saveEdit(dir, { ...move([120.33, 36.08]), location: { confidence: 'sure' } });
		expect(outcome.saved).toBe(false);
		expect(outcome.issues.join('\n')).toMatch(/location\.confidence.*must be one of: high/);
		expect(parking()).toBe(before);
	});

	it('refuses an update with an impossible date', () => {
		const before = readFileSync(join(dir, 'updates.json'), 'utf8');
		const outcome = saveEdit(dir, {
			op: 'update',
			update: {
				id: 'test-update',
				subject: car.properties.id,
				outcome: 'done',
				date: '2023-02-30',
				date_precision: 'day',
				text: { zh: '测试', en: 'Test' },
				source: { url: 'https://example.org/', title: 't', publisher: 'p', date: '2023-03-01' }
			}
		});
		expect(outcome.saved).toBe(false);
		expect(outcome.issues.join('\n')).toContain('date');
		expect(readFileSync(join(dir, 'updates.json'), 'utf8')).toBe(before);
	});
});

describe('previewEdit', () => {
	it('shows the diff and writes nothing', () => {
		const before = parking();
		const outcome = previewEdit(dir, move([120.3301, 36.0801]));
		expect(outcome.diffs[0]!.lines.filter((l) => l.kind === 'added')).toHaveLength(2);
		expect(parking()).toBe(before);
	});
});
