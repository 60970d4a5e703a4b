import { describe, expect, it } from 'vitest';
import type { Metrics } from './schema';
import { sumMetrics, sumQualifier } from './sum-metrics';
import { isAdditive, METRIC_KEYS, NON_ADDITIVE_METRIC_KEYS, type Qualifier } from './vocabulary';

const m = (values: Record<string, number>, qualifier: Qualifier = 'exact') => ({
	metrics: Object.fromEntries(
		Object.entries(values).map(([key, value]) => [key, { value, qualifier }])
	) as unknown as Metrics
});
const exact = (value: number) => ({ value, qualifier: 'exact' });

describe('sumMetrics', () => {
	it('adds up quantities, without binary noise', () => {
		expect(
			sumMetrics([m({ length_km: 1.3 }), m({ length_km: 3.2 }), m({ length_km: 4.3 })])
		).toEqual({ length_km: exact(8.8) });
	});

	it('leaves out a percentage and cadences, which do not add up', () => {
		expect(
			sumMetrics([
				m({ occupancy_pct: 90, grid_visits_per_week: 1, school_places: 100 }),
				m({ occupancy_pct: 80, grid_visits_per_week: 1, school_places: 50 })
			])
		).toEqual({ school_places: exact(150) });
	});

	it('keeps "more than" on 300余户 alone and on any sum that includes it', () => {
		const moreThan300 = m({ households: 300 }, 'more-than');
		expect(sumMetrics([moreThan300])).toEqual({
			households: { value: 300, qualifier: 'more-than' }
		});
		expect(sumMetrics([m({ households: 20 }), moreThan300])).toEqual({
			households: { value: 320, qualifier: 'more-than' }
		});
	});

	it('calls a sum with an "about" part about, even beside a "more than" part', () => {
		expect(sumMetrics([m({ land_mu: 700 }, 'more-than'), m({ land_mu: 50 }, 'about')])).toEqual({
			land_mu: { value: 750, qualifier: 'about' }
		});
	});
});

describe('sumQualifier', () => {
	it('is exact only when both parts are', () => {
		expect(sumQualifier('exact', 'exact')).toBe('exact');
		expect(sumQualifier('exact', 'more-than')).toBe('more-than');
		expect(sumQualifier('more-than', 'exact')).toBe('more-than');
		expect(sumQualifier('about', 'exact')).toBe('about');
	});
});

describe('isAdditive', () => {
	it('is false for the percentage and every cadence, true for the rest', () => {
		expect(METRIC_KEYS.filter((key) => !isAdditive(key))).toEqual([...NON_ADDITIVE_METRIC_KEYS]);
		expect(METRIC_KEYS.filter((key) => /_pct$|_per_/.test(key))).toEqual([
			...NON_ADDITIVE_METRIC_KEYS
		]);
	});
});
