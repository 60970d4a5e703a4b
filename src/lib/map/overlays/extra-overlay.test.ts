import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { combineOverlays, EMPTY_OVERLAY, syncExtraOverlay } from './extra-overlay';
import { ANALYSIS_LAYERS } from './ids';
import { expectWellFormed, userPoint } from './overlay-fixtures';
import { studyAreaOverlay } from './study-area';
import { userLayerOverlay, userLayerSource, userPointSource } from './user-layers';

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

describe('syncExtraOverlay', () => {
	/** Just enough of a map: its sources and layers, and the data each source was sent. */
	function fakeMap() {
		const sent: string[] = [];
		const sources = new Map<string, { setData(data: unknown): void }>();
		const layers = new Set<string>();
		const map = {
			getSource: (id: string) => sources.get(id),
			addSource: (id: string) => {
				sent.push(id);
				sources.set(id, { setData: () => sent.push(id) });
			},
			removeSource: (id: string) => sources.delete(id),
			getLayer: (id: string) => (layers.has(id) ? { id } : undefined),
			addLayer: (layer: { id: string }) => layers.add(layer.id),
			removeLayer: (id: string) => layers.delete(id)
		};
		return { map: map as unknown as MapLibreMap, sent };
	}

	it('sends a user layer again only when its data changed, not when another layer comes', () => {
		const { map, sent } = fakeMap();
		const first = { id: 'abc123', color: '#e6007e', features: [userPoint] };
		const one = userLayerOverlay([first]);
		syncExtraOverlay(map, EMPTY_OVERLAY, one);
		expect(sent).toEqual([userPointSource('abc123'), userLayerSource('abc123')]);
		sent.length = 0;
		const two = userLayerOverlay([
			first,
			{ id: 'def456', color: '#0050b5', features: [{ ...userPoint }] }
		]);
		syncExtraOverlay(map, one, two);
		expect(sent).toEqual([userPointSource('def456'), userLayerSource('def456')]);
		sent.length = 0;
		const converted = userLayerOverlay([{ ...first, features: [{ ...userPoint }] }]);
		syncExtraOverlay(map, two, converted);
		expect(sent).toEqual([userPointSource('abc123'), userLayerSource('abc123')]);
	});
});
