import { describe, expect, it } from 'vitest';
import { QINGDAO_BBOX } from '$lib/data/vocabulary';
import { cameraInRegion, circleBounds } from './camera';

describe('cameraInRegion', () => {
	it('accepts Qingdao and the peninsula around it', () => {
		const [west, south, east, north] = QINGDAO_BBOX;
		expect(cameraInRegion([(west + east) / 2, (south + north) / 2])).toBe(true);
		expect(cameraInRegion([117.12, 36.65])).toBe(true); // Jinan, zoomed out over Shandong
	});

	it('refuses a centre clamped to the pole or turned round', () => {
		expect(cameraInRegion([81, 85.05])).toBe(false);
		expect(cameraInRegion([36.07, 120.33])).toBe(false);
		expect(cameraInRegion([0, 0])).toBe(false);
	});
});

describe('circleBounds', () => {
	it('spans the radius each way, wider in longitude at 36° N', () => {
		const [w, s, e, n] = circleBounds([120.39, 36.11], 1000);
		expect((n - s) * 111_320).toBeCloseTo(2000, 6);
		expect(e - w).toBeCloseTo((n - s) / Math.cos((36.11 * Math.PI) / 180), 9);
	});
});
