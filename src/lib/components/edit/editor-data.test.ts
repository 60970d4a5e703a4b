import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '$lib/data/geodata-edit';
import { editableFeatures, placeDraft, placeEdit, updateDraft, updateEdit } from './editor-data';

const texts = { 'parking.geojson': readFileSync('geodata/parking.geojson', 'utf8') };
const [car] = editableFeatures(texts);

describe('placeEdit', () => {
	it('leaves the file byte-identical when the form is saved untouched', () => {
		const edit = placeEdit(car!, placeDraft(car!));
		expect(edit).not.toBe('position');
		expect(applyEdit(texts, edit as Exclude<typeof edit, 'position'>)).toEqual(texts);
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
