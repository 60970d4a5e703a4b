import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEdit, type PlaceEdit, type ProjectEdit } from '$lib/data/geodata-edit';
import {
	editableFeatures,
	placeDraft,
	placeEdit,
	projectDraft,
	projectEdit,
	updateDraft,
	updateEdit,
	type ProjectDraft
} from './editor-data';

const texts = { 'parking.geojson': readFileSync('geodata/parking.geojson', 'utf8') };
const [car] = editableFeatures(texts);

describe('placeEdit', () => {
	it('leaves the file byte-identical when the form is saved untouched', () => {
		const edit = placeEdit(car!, placeDraft(car!));
		expect(edit).not.toBe('position');
		expect(applyEdit(texts, edit as PlaceEdit)).toEqual(texts);
	});

	it('rounds a dragged position to 6 decimals and refuses one it cannot read', () => {
		const draft = { ...placeDraft(car!), position: '120.33000049, 36.0800001' };
		expect(placeEdit(car!, draft)).toMatchObject({
			geometry: { type: 'Point', coordinates: [120.33, 36.08] }
		});
		expect(placeEdit(car!, { ...draft, position: 'north of the road' })).toBe('position');
	});

	it('removes an emptied source and uncertainty, and keeps the other location fields', () => {
		const edit = placeEdit(car!, { ...placeDraft(car!), source: ' ', uncertainty: '' });
		expect(edit).not.toBe('position');
		const location = (edit as { location: Record<string, unknown> }).location;
		expect(location).not.toHaveProperty('source');
		expect(location).not.toHaveProperty('uncertainty_m');
		expect(location.note).toEqual(car!.location.note);
	});
});

describe('placeEdit on a line or an area', () => {
	const villages = { 'villages.geojson': readFileSync('geodata/villages.geojson', 'utf8') };
	const [hexi] = editableFeatures(villages);
	const changed = (before: string, after: string) => {
		const a = before.split('\n');
		return after.split('\n').filter((line, i) => line !== a[i]);
	};

	it('leaves the file byte-identical when the shape is saved untouched', () => {
		const edit = placeEdit(hexi!, placeDraft(hexi!));
		expect(applyEdit(villages, edit as PlaceEdit)).toEqual(villages);
	});

	it('changes only the two coordinate lines of the one vertex that moved', () => {
		const draft = placeDraft(hexi!);
		const shape = draft.shape.replace('[120.40676, 36.12698]', '[120.4071234567, 36.1271]');
		const edit = placeEdit(hexi!, { ...draft, shape }) as PlaceEdit;
		const after = applyEdit(villages, edit)['villages.geojson']!;
		expect(changed(villages['villages.geojson'], after)).toEqual([
			'       120.407123,',
			'       36.1271'
		]);
	});

	it('refuses typed coordinates that make no valid area, saying why', () => {
		const draft = placeDraft(hexi!);
		const shape = '[[[120.40074, 36.12167], [120.40676, 36.12698], [120.40074, 36.12167]]]';
		expect(placeEdit(hexi!, { ...draft, shape })).toEqual({
			shapeProblem: { code: 'too-few', part: 1, min: 4 }
		});
	});
});

describe('updateEdit', () => {
	it('writes a milestone and evidence only when given, and keeps fields the form does not show', () => {
		const previous = {
			id: 'u',
			subject: car!.id,
			source: { url: 'https://example.org/', date_from_text: true }
		};
		const draft = { ...updateDraft(previous), milestone: '1', outcome: 'done', evidence: '' };
		const { update } = updateEdit(car!.id, draft, previous);
		expect(update.milestone).toBe(1);
		expect(update).not.toHaveProperty('evidence');
		expect(update.source).toMatchObject({ date_from_text: true, url: 'https://example.org/' });
	});
});

describe('projectEdit', () => {
	const draft = (): ProjectDraft => ({
		...projectDraft([{ id: 'qdzb-2023-02-13', title: 'article.txt', reports: ['shibei'] }]),
		id: 'guangrao-branch-road-car-park',
		layer: 'parking',
		district: 'shibei',
		campaign: 'parking',
		nameZh: ' 广饶支路停车场 ',
		nameEn: 'Guangrao Branch Road car park',
		milestones: [
			{
				action: 'start',
				due: '2023-12-31',
				precision: 'year',
				phrase: '今年',
				textZh: '新建',
				textEn: 'Start building',
				quote: '新建广饶支路、中海寰宇时代等6个停车场项目',
				quoteEn: 'Build 6 new car park projects'
			}
		],
		position: '120.3300004, 36.08',
		uncertainty: '500',
		report: 'shibei',
		searched: '2026-11-29',
		queries: '广饶支路 停车场\n\n 广饶支路停车场 开工 ',
		pages: ''
	});

	it('writes the feature with the data’s field order, trimmed, and a research-log entry', () => {
		const edit = projectEdit(draft());
		expect(edit).not.toBe('position');
		const { feature, research, file } = edit as ProjectEdit;
		expect(file).toBe('parking.geojson');
		expect(feature).toEqual({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [120.33, 36.08] },
			properties: {
				id: 'guangrao-branch-road-car-park',
				layer: 'parking',
				district: 'shibei',
				campaign: 'parking',
				name: { zh: '广饶支路停车场', en: 'Guangrao Branch Road car park' },
				milestones: [
					{
						action: 'start',
						due: '2023-12-31',
						precision: 'year',
						phrase: '今年',
						text: { zh: '新建', en: 'Start building' },
						quote_en: 'Build 6 new car park projects',
						quote: '新建广饶支路、中海寰宇时代等6个停车场项目'
					}
				],
				location: { confidence: 'low', basis: 'description', uncertainty_m: 500 },
				source: { doc: 'qdzb-2023-02-13', report: 'shibei' }
			}
		});
		expect(research).toEqual({
			subject: 'guangrao-branch-road-car-park',
			searched: '2026-11-29',
			queries: ['广饶支路 停车场', '广饶支路停车场 开工'],
			pages: [],
			result: 'nothing-found',
			updates: []
		});
	});

	it('gives no geometry for an empty position, no campaign for none, and refuses an unreadable one', () => {
		const none = projectEdit({ ...draft(), position: ' ', campaign: '' }) as ProjectEdit;
		expect(none.feature.geometry).toBeNull();
		expect(none.feature.properties).toMatchObject({ campaign: null });
		expect(projectEdit({ ...draft(), position: 'east of the river' })).toBe('position');
	});
});
