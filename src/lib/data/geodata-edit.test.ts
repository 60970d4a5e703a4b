import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EditError, applyEdit, keepKeyOrder } from './geodata-edit';
import { fileDiff } from './file-diff';

const read = (file: string) => readFileSync(`geodata/${file}`, 'utf8');
const texts = {
	'parking.geojson': read('parking.geojson'),
	'updates.json': read('updates.json'),
	'sources/research-log.json': read('sources/research-log.json')
};
const car = JSON.parse(texts['parking.geojson']).features[0];

describe('applyEdit: place', () => {
	it('moves a point: the diff is the two coordinate lines only', () => {
		const changed = applyEdit(texts, {
			op: 'place',
			file: 'parking.geojson',
			id: car.properties.id,
			geometry: { type: 'Point', coordinates: [120.3301, 36.0801] },
			location: car.properties.location
		});
		const { lines } = fileDiff(
			'parking.geojson',
			texts['parking.geojson'],
			changed['parking.geojson']!
		);
		const edits = lines.filter((l) => l.kind === 'added' || l.kind === 'removed');
		expect(edits.map((l) => `${l.kind} ${l.text.trim()}`)).toEqual([
			'removed 120.3215,',
			'removed 36.0765',
			'added 120.3301,',
			'added 36.0801'
		]);
	});

	it('keeps the order of the location keys it replaces', () => {
		const { confidence, ...rest } = car.properties.location;
		const changed = applyEdit(texts, {
			op: 'place',
			file: 'parking.geojson',
			id: car.properties.id,
			geometry: car.geometry,
			location: { ...rest, confidence }
		});
		expect(changed['parking.geojson']).toBe(texts['parking.geojson']);
	});

	it('refuses a feature or file that is not there, saying which', () => {
		const place = { op: 'place', geometry: null, location: {} } as const;
		expect(() => applyEdit(texts, { ...place, file: 'parking.geojson', id: 'nope' })).toThrow(
			new EditError('parking.geojson has no feature "nope"')
		);
		expect(() => applyEdit(texts, { ...place, file: '../etc.geojson', id: 'x' })).toThrow(
			EditError
		);
	});
});

describe('applyEdit: update', () => {
	const update = {
		id: 'liaocheng-road-car-park-opened-2024-01',
		subject: car.properties.id,
		outcome: 'done',
		date: '2024-01-15',
		date_precision: 'day',
		text: { zh: '测试', en: 'Test' },
		source: { url: 'https://example.org/a', title: 't', publisher: 'p', date: '2024-01-16' }
	};

	it('appends a new update and lists it in its subject’s research-log entry', () => {
		const changed = applyEdit(texts, { op: 'update', update });
		expect(JSON.parse(changed['updates.json']!).updates.at(-1)).toEqual(update);
		const log = JSON.parse(changed['sources/research-log.json']!);
		const entry = log.entries.find((e: { subject: string }) => e.subject === update.subject);
		expect(entry.updates).toContain(update.id);
		expect(entry.result).toBe('found');
	});

	it('replaces an update with the same id in place', () => {
		const first = JSON.parse(texts['updates.json']).updates[0];
		const changed = applyEdit(texts, { op: 'update', update: { ...first, outcome: 'delayed' } });
		const updates = JSON.parse(changed['updates.json']!).updates;
		expect(updates[0]).toEqual({ ...first, outcome: 'delayed' });
		expect(updates.length).toBe(JSON.parse(texts['updates.json']).updates.length);
		expect(changed['sources/research-log.json']).toBeUndefined();
	});
});

describe('applyEdit: project', () => {
	const feature = {
		type: 'Feature',
		geometry: null,
		properties: { ...car.properties, id: 'a-new-car-park' }
	};
	const research = {
		subject: 'a-new-car-park',
		searched: '2026-11-29',
		queries: ['a query'],
		pages: [],
		result: 'nothing-found',
		updates: []
	};

	it('appends the feature to its layer file and its entry to the research log', () => {
		const changed = applyEdit(texts, { op: 'project', file: 'parking.geojson', feature, research });
		const before = JSON.parse(texts['parking.geojson']).features;
		const after = JSON.parse(changed['parking.geojson']!).features;
		expect(after).toEqual([...before, feature]);
		expect(JSON.parse(changed['sources/research-log.json']!).entries.at(-1)).toEqual(research);
		// The features before the new one are untouched: the diff adds lines and removes none.
		const { lines } = fileDiff(
			'parking.geojson',
			texts['parking.geojson'],
			changed['parking.geojson']!
		);
		expect(lines.filter((l) => l.kind === 'removed')).toEqual([]);
	});

	it('refuses an id the layer already has, saying which', () => {
		expect(() =>
			applyEdit(texts, {
				op: 'project',
				file: 'parking.geojson',
				feature: { ...feature, properties: car.properties },
				research
			})
		).toThrow(
			new EditError(
				`parking.geojson already has a feature "${car.properties.id}"; choose another id`
			)
		);
	});
});

describe('keepKeyOrder', () => {
	it('puts the old keys first, in their order, then the new ones, and drops removed keys', () => {
		expect(Object.keys(keepKeyOrder({ a: 1, b: 2, c: 3 }, { d: 4, c: 5, a: 6 }))).toEqual([
			'a',
			'c',
			'd'
		]);
	});
});
