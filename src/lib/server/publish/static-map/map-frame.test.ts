import { describe, expect, it } from 'vitest';
import { growBounds } from '$lib/geo/ground-bounds';
import { frameBounds, frameGeometry, toImagePixel } from './map-frame';
import { metresPerPixel } from './mercator';

const XIAOGANG: [number, number] = [120.3095, 36.077];

describe('frameGeometry', () => {
	it('centres a point and keeps its uncertainty circle inside the padded image', () => {
		const frame = frameGeometry({ type: 'Point', coordinates: XIAOGANG }, 2500, {
			width: 480,
			height: 320,
			paddingPx: 20
		})!;
		const [x, y] = toImagePixel(frame, XIAOGANG);
		expect(x).toBeCloseTo(240, 1);
		expect(y).toBeCloseTo(160, 0);
		const radiusPx = 2500 / metresPerPixel(XIAOGANG[1], frame.zoom);
		expect(radiusPx).toBeLessThanOrEqual(160 - 20 + 0.01);
	});

	it('never shows less than the minimum height, however precise the location', () => {
		const frame = frameGeometry({ type: 'Point', coordinates: XIAOGANG }, 0, {
			height: 320,
			minHeightM: 4000
		})!;
		expect(metresPerPixel(XIAOGANG[1], frame.zoom) * 320).toBeCloseTo(4000, 0);
	});

	it('fits a long line entirely', () => {
		const line = {
			type: 'LineString' as const,
			coordinates: [
				[120.3, 36.15],
				[120.45, 36.18]
			]
		};
		const frame = frameGeometry(line, 800, { width: 480, height: 320, paddingPx: 20 })!;
		for (const p of line.coordinates) {
			const [x, y] = toImagePixel(frame, p as [number, number]);
			expect(x).toBeGreaterThanOrEqual(20 - 1e-6);
			expect(x).toBeLessThanOrEqual(460 + 1e-6);
			expect(y).toBeGreaterThanOrEqual(0);
			expect(y).toBeLessThanOrEqual(320);
		}
	});

	it('has nothing to frame in an empty geometry', () => {
		expect(frameGeometry({ type: 'MultiPoint', coordinates: [] }, 0)).toBeUndefined();
	});
});

describe('frameBounds', () => {
	it('refuses bounds that are not [west, south, east, north]', () => {
		expect(() => frameBounds([120.4, 36.1, 120.3, 36.2])).toThrow(
			/not \[west, south, east, north\]/
		);
	});

	it('reports the extent it shows, which holds what was asked for', () => {
		const asked = growBounds([...XIAOGANG, ...XIAOGANG], 1000);
		const { bounds } = frameBounds(asked, { minHeightM: 0 });
		expect(bounds[0]).toBeLessThanOrEqual(asked[0]);
		expect(bounds[1]).toBeLessThanOrEqual(asked[1]);
		expect(bounds[2]).toBeGreaterThanOrEqual(asked[2]);
		expect(bounds[3]).toBeGreaterThanOrEqual(asked[3]);
	});
});
