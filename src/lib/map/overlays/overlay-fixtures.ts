/**
 * What the overlay tests share: positions near Qingdao's Taidong, a user's point, and the checks every overlay must
 * pass. Test-only: nothing in the app imports it.
 */
import type { Feature } from 'geojson';
import { expect } from 'vitest';
import type { LngLat } from '$lib/geo/types';
import { LABEL_FONTS } from '../offline-style';
import type { ExtraOverlay } from './extra-overlay';

/** Roughly 100 m east and north of a point near Qingdao's Taidong. */
export const east = (m: number): LngLat => [120.35 + m / 90_000, 36.08];
export const northEast = (m: number, n: number): LngLat => [
	120.35 + m / 90_000,
	36.08 + n / 111_000
];

/** A named point of a user's layer. */
export const userPoint: Feature = {
	type: 'Feature',
	geometry: { type: 'Point', coordinates: [120.38, 36.07] },
	properties: { name: '我的点' }
};

/** Sources and layers start with `overlay-`, ids do not repeat, labels use the local fonts. */
export function expectWellFormed(overlay: ExtraOverlay) {
	const sources = Object.keys(overlay.sources);
	for (const id of sources) expect(id).toMatch(/^overlay-/);
	const ids = overlay.layers.map((l) => l.id);
	expect(new Set(ids).size).toBe(ids.length);
	for (const layer of overlay.layers) {
		expect(layer.id).toMatch(/^overlay-/);
		expect(sources).toContain((layer as { source: string }).source);
		if (layer.type === 'symbol') expect(layer.layout?.['text-font']).toEqual(LABEL_FONTS);
	}
}
