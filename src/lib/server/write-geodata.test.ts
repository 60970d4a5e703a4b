import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { previewEdit, readSourceDocs, saveEdit } from './write-geodata';
import type { PlaceEdit, ProjectEdit } from '../data/geodata-edit';

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

describe('saveEdit: a new project', () => {
	const project = (quote: string): ProjectEdit => ({
		op: 'project',
		file: 'parking.geojson',
		feature: {
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [120.33, 36.08] },
			properties: {
				id: 'a-new-car-park',
				layer: 'parking',
				district: 'shibei',
				campaign: 'parking',
				name: { zh: '新停车场', en: 'A new car park' },
				milestones: [
					{
						action: 'start',
						due: '2023-12-31',
						precision: 'year',
						phrase: '今年',
						text: { zh: '新建', en: 'Start building' },
						quote_en: 'Build 6 new car park projects',
						quote
					}
				],
				location: { confidence: 'low', basis: 'description' },
				source: { doc: 'qdzb-2023-02-13', report: 'shibei' }
			}
		},
		research: {
			subject: 'a-new-car-park',
			searched: '2026-11-29',
			queries: ['a query'],
			pages: [],
			result: 'nothing-found',
			updates: []
		}
	});
	const log = () => readFileSync(join(dir, 'sources/research-log.json'), 'utf8');

	it('saves a project whose quote is in the source, with its research-log entry', () => {
		const outcome = saveEdit(dir, project('新建广饶支路、中海寰宇时代等6个停车场项目'));
		expect(outcome).toMatchObject({ issues: [], saved: true });
		expect(parking()).toContain('"a-new-car-park"');
		expect(log()).toContain('"subject": "a-new-car-park"');
	});

	it('refuses a quote that is not in the source with the data check’s message; no file changes', () => {
		const [before, logBefore] = [parking(), log()];
		const outcome = saveEdit(dir, project('新建一座不存在的停车场项目'));
		expect(outcome.saved).toBe(false);
		expect(outcome.issues.join('\n')).toMatch(/a-new-car-park.*milestones\[0\]\.quote/);
		expect(parking()).toBe(before);
		expect(log()).toBe(logBefore);
	});
});

describe('readSourceDocs', () => {
	it('lists the source documents that have a text, with their reports', () => {
		expect(readSourceDocs(dir)).toEqual([
			{
				id: 'qdzb-2023-02-13',
				title: 'qingdao-morning-post-2023-02-13.txt',
				reports: ['shinan', 'shibei']
			}
		]);
	});
});
