import type { Metrics } from './schema';
import { isAdditive, type MetricKey, type Qualifier } from './vocabulary';

/** A summed metric: its value in base units and how exact it is ("300余户" stays "more than"). */
export interface MetricTotal {
	value: number;
	qualifier: Qualifier;
}

/** Each metric summed; metrics nobody states are absent. */
export type MetricTotals = Partial<Record<MetricKey, MetricTotal>>;

/**
 * How exact a sum is, given how exact its parts are: exact only when every part is; "about" when any
 * part is an estimate (it may be more or less); otherwise "more than" when any part is a lower bound
 * (300余 + 20 is more than 320).
 */
export function sumQualifier(a: Qualifier, b: Qualifier): Qualifier {
	if (a === 'about' || b === 'about') return 'about';
	if (a === 'more-than' || b === 'more-than') return 'more-than';
	return 'exact';
}

/**
 * Adds up each metric over the given features' or records' metrics, keeping how exact the sum is (see
 * `sumQualifier`); metrics nobody states are absent, and so are those that cannot be added up (a
 * percentage, meetings a month: see `isAdditive`).
 */
export function sumMetrics(items: Iterable<{ metrics: Metrics }>): MetricTotals {
	const totals: MetricTotals = {};
	for (const { metrics } of items) {
		for (const [key, metric] of Object.entries(metrics) as [MetricKey, MetricTotal][]) {
			if (!isAdditive(key)) continue;
			const sum = totals[key];
			totals[key] = {
				// Round away binary noise (1.3 + 3.2 + 4.3) without hiding real decimals.
				value: Math.round(((sum?.value ?? 0) + metric.value) * 1e6) / 1e6,
				qualifier: sum ? sumQualifier(sum.qualifier, metric.qualifier) : metric.qualifier
			};
		}
	}
	return totals;
}
