import { describe, expect, it } from 'vitest';
import type { Metrics } from './schema';
import { sumMetrics } from './sum-metrics';
import { isAdditive, METRIC_KEYS, NON_ADDITIVE_METRIC_KEYS } from './vocabulary';

const m = (values: Record<string, number>) => ({
	metrics: Object.fromEntries(
		Object.entries(values).map(([key, value]) => [key, { value, qualifier: 'exact' }])
	) as unknown as Metrics
});

describe('sumMetrics', () => {
	it('adds up quantities, without binary noise', () => {
		expect(
			sumMetrics([m({ length_km: 1.3 }), m({ length_km: 3.2 }), m({ length_km: 4.3 })])
		).toEqual({ length_km: 8.8 });
	});

	it('leaves out a percentage and cadences, which do not add up', () => {
		expect(
			sumMetrics([
				m({ occupancy_pct: 90, grid_visits_per_week: 1, school_places: 100 }),
				m({ occupancy_pct: 80, grid_visits_per_week: 1, school_places: 50 })
			])
		).toEqual({ school_places: 150 });
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
