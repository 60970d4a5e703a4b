import { describe, expect, it } from 'vitest';
import { expectWellFormed, userPoint } from './overlay-fixtures';
import { userLayerOverlay, userLayerSource } from './user-layers';

describe('userLayerOverlay', () => {
	it('gives each user layer its own overlay- source and colour', () => {
		const overlay = userLayerOverlay([
			{ id: 'abc123', color: '#e6007e', features: [userPoint] },
			{ id: 'def456', color: '#0050b5', features: [] }
		]);
		expectWellFormed(overlay);
		expect(Object.keys(overlay.sources)).toEqual([
			userLayerSource('abc123'),
			userLayerSource('def456')
		]);
		const point = overlay.layers.find((l) => l.id === 'overlay-user-abc123-point')!;
		expect((point.paint as Record<string, unknown>)['circle-color']).toBe('#e6007e');
	});
});
