import { describe, expect, it } from 'vitest';
import { formatDate } from './format';
import {
	formatNumber,
	formatDistance,
	formatMetric,
	formatMetricTotals,
	formatMetricValue
} from './format-metrics';

describe('formatNumber', () => {
	it('writes 万 and 亿 in Chinese', () => {
		expect(formatNumber(37000, 'zh')).toBe('3.7万');
		expect(formatNumber(61_200_000_000, 'zh')).toBe('612亿');
		expect(formatNumber(4600, 'zh')).toBe('4,600');
	});
	it('writes thousands separators in English', () => {
		expect(formatNumber(37000, 'en')).toBe('37,000');
		expect(formatNumber(61_200_000_000, 'en')).toBe('61,200,000,000');
	});
});

describe('formatDate', () => {
	it('localises a deadline', () => {
		expect(formatDate('2023-03-31', 'zh')).toBe('2023年3月31日');
		expect(formatDate('2023-03-31', 'en')).toBe('31 Mar 2023');
	});
});

describe('formatDistance', () => {
	it('uses metres below a kilometre and kilometres above', () => {
		expect(formatDistance(847, 'en')).toBe('850 m');
		expect(formatDistance(42, 'zh')).toBe('40 米');
		expect(formatDistance(1234, 'en')).toBe('1.23 km');
		expect(formatDistance(1234, 'zh')).toBe('1.23 公里');
	});
	it('reads a radius in 50 m steps as set, the same in both languages', () => {
		expect(formatDistance(2050, 'zh')).toBe('2.05 公里');
		expect(formatDistance(2050, 'en')).toBe('2.05 km');
		expect(formatDistance(3000, 'en')).toBe('3 km');
	});
	it('never writes 1000 m: what rounds to a kilometre is in kilometres', () => {
		expect(formatDistance(996, 'zh')).toBe('1 公里');
		expect(formatDistance(994, 'en')).toBe('990 m');
	});
});

describe('formatMetric', () => {
	it('keeps the qualifier 余 as "more than"', () => {
		expect(formatMetricValue('parking_spaces_planned', 6500, 'zh', 'more-than')).toBe('6,500余个');
		expect(formatMetricValue('parking_spaces_planned', 6500, 'en', 'more-than')).toBe('6,500+');
	});
	it('writes area with its unit', () => {
		expect(formatMetric('floor_area_m2', 37000, 'zh')).toBe('建筑面积 3.7万平方米');
		expect(formatMetric('floor_area_m2', 37000, 'en')).toBe('floor area: 37,000 m²');
	});
	it('puts counted things after the number in English', () => {
		expect(formatMetric('school_places', 4600, 'en', 'more-than')).toBe('4,600+ new school places');
	});
});

describe('formatMetricTotals', () => {
	it('writes a sum that includes 300余户 as 300余户 / 300+ households', () => {
		const totals = {
			households: { value: 300, qualifier: 'more-than' as const },
			length_km: { value: 8.8, qualifier: 'exact' as const }
		};
		expect(formatMetricTotals(totals, 'zh')).toEqual(['征收户数 300余户', '长度 8.8公里']);
		expect(formatMetricTotals(totals, 'en')).toEqual(['300+ households', 'length: 8.8 km']);
	});
});
