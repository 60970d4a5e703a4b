import { describe, expect, it } from 'vitest';
import { cameraInRegion } from './regions';
import { QINGDAO_BBOX } from './vocabulary';

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
