/**
 * What "near me" adds up to: the projects found within a radius, counted by layer, their own metrics
 * summed, and — for groups whose total the article states only as a whole (4,600 school places for
 * three schools) — how many of the group's named members are in the radius, with the group's total
 * beside it rather than a share of it that the source never gives.
 */
import type { DistrictRecord, ProjectFeature } from '../data/schema';
import { sumMetrics, type MetricTotals } from '../data/sum-metrics';
import type { LayerId } from '../data/vocabulary';
import type { NearbyHit } from './find-nearby';

export interface GroupShare {
	group: DistrictRecord;
	/** Named members of the group within the radius. */
	inRadius: string[];
}

export interface NearbySummary {
	count: number;
	byLayer: Partial<Record<LayerId, number>>;
	/** The found projects' own metrics, summed. */
	metrics: MetricTotals;
	/** Groups with a stated total that have members within the radius. */
	groups: GroupShare[];
}

export function summarizeNearby(
	hits: readonly NearbyHit[],
	features: ReadonlyMap<string, ProjectFeature>,
	records: readonly DistrictRecord[]
): NearbySummary {
	const found = hits.map((hit) => features.get(hit.id)).filter((f) => f !== undefined);
	const byLayer: Partial<Record<LayerId, number>> = {};
	for (const f of found) byLayer[f.properties.layer] = (byLayer[f.properties.layer] ?? 0) + 1;
	const ids = new Set(found.map((f) => f.properties.id));
	const groups = records
		.filter((r) => r.kind === 'group' && Object.keys(r.metrics).length > 0)
		.map((group) => ({ group, inRadius: group.members.filter((m) => ids.has(m)) }))
		.filter((share) => share.inRadius.length > 0);
	return {
		count: found.length,
		byLayer,
		metrics: sumMetrics(found.map((f) => f.properties)),
		groups
	};
}
