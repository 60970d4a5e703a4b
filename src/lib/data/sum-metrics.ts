import type { Metrics } from './schema';
import { isAdditive, type MetricKey } from './vocabulary';

/**
 * Adds up each metric over the given features' or records' metrics; metrics nobody states are absent,
 * and so are those that cannot be added up (a percentage, meetings a month: see `isAdditive`).
 */
export function sumMetrics(
	items: Iterable<{ metrics: Metrics }>
): Partial<Record<MetricKey, number>> {
	const totals: Partial<Record<MetricKey, number>> = {};
	for (const { metrics } of items) {
		for (const [key, metric] of Object.entries(metrics) as [MetricKey, { value: number }][]) {
			if (!isAdditive(key)) continue;
			// Round away binary noise (1.3 + 3.2 + 4.3) without hiding real decimals.
			totals[key] = Math.round(((totals[key] ?? 0) + metric.value) * 1e6) / 1e6;
		}
	}
	return totals;
}
