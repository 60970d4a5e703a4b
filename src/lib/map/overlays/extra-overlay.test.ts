import { describe, expect, it } from 'vitest';
import { combineOverlays } from './extra-overlay';
import { ANALYSIS_LAYERS } from './ids';
import { expectWellFormed, userPoint } from './overlay-fixtures';
import { studyAreaOverlay } from './study-area';
import { userLayerOverlay } from './user-layers';

describe('combineOverlays', () => {
	it('combines overlays in order and refuses repeated ids', () => {
		const users = userLayerOverlay([{ id: 'abc123', color: '#e6007e', features: [userPoint] }]);
		const area = studyAreaOverlay({
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[1, 0],
					[1, 1],
					[0, 0]
				]
			]
		});
		const combined = combineOverlays(users, area);
		expectWellFormed(combined);
		expect(combined.layers.at(-1)!.id).toBe(ANALYSIS_LAYERS.studyAreaLine);
		expect(() => combineOverlays(users, users)).toThrow(/is in two overlays/);
	});
});
