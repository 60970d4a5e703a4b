/**
 * Metrics as CSV columns: each metric's value in its base unit and, for a metric that is not exact in
 * some row, a `<metric>_qualifier` column right after it ("more-than" for 余, "about" for 约; empty when
 * exact), so that "300余户" leaves as 300 and more-than rather than as a plain 300.
 */
import type { MetricTotal } from '$lib/data/sum-metrics';
import type { MetricKey } from '$lib/data/vocabulary';
import type { CsvValue } from './to-csv';

type MetricSet = Partial<Record<MetricKey, MetricTotal>>;

export interface MetricCells {
	header: string[];
	/** One row's cells, in the order of `header`. */
	cells: (metrics: MetricSet) => CsvValue[];
}

/**
 * @param keys the metric columns, in order.
 * @param sets every row's metrics, to find which columns need a qualifier column.
 * @param missing the cell for a metric a row does not state (empty, or 0 for a sum of nothing).
 */
export function metricCells(
	keys: readonly MetricKey[],
	sets: Iterable<MetricSet>,
	missing: CsvValue
): MetricCells {
	const qualified = new Set<MetricKey>();
	for (const metrics of sets) {
		for (const key of keys) {
			const qualifier = metrics[key]?.qualifier;
			if (qualifier !== undefined && qualifier !== 'exact') qualified.add(key);
		}
	}
	return {
		header: keys.flatMap((key) => (qualified.has(key) ? [key, `${key}_qualifier`] : [key])),
		cells: (metrics) =>
			keys.flatMap((key): CsvValue[] => {
				const metric = metrics[key];
				const value = metric?.value ?? missing;
				if (!qualified.has(key)) return [value];
				return [value, metric && metric.qualifier !== 'exact' ? metric.qualifier : null];
			})
	};
}
