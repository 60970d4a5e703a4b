/** Which projects the explorer shows: the filters combine (AND); an empty or absent list means "all". */
import { geometryBounds } from '$lib/geo/bounds';
import type { Bounds } from '$lib/geo/types';
import type { ProjectFeature } from './schema';
import type { ProjectStatus } from './status';
import type { CampaignId, DistrictId, LayerId, StatusId } from './vocabulary';

export interface ProjectFilter {
	layers?: readonly LayerId[];
	districts?: readonly DistrictId[];
	campaigns?: readonly (CampaignId | 'none')[];
	statuses?: readonly StatusId[];
	/** Milestone window: a project matches when one of its milestones falls in [from, to]. */
	from?: string;
	to?: string;
	/** [west, south, east, north]: only projects whose geometry's bounding box meets it. */
	bounds?: Readonly<Bounds>;
}

const has = <T>(list: readonly T[] | undefined, value: T) => !list?.length || list.includes(value);

export type FilterKey = keyof ProjectFilter;

/** True when the project passes every filter except those named in `ignore` (for per-facet counts). */
export function matchesFilter(
	feature: ProjectFeature,
	status: ProjectStatus,
	filter: ProjectFilter,
	ignore: readonly FilterKey[] = []
): boolean {
	const p = feature.properties;
	const use = (key: FilterKey) => !ignore.includes(key);
	if (use('layers') && filter.layers && !filter.layers.includes(p.layer)) return false;
	if (use('districts') && !has(filter.districts, p.district)) return false;
	if (use('campaigns') && !has(filter.campaigns, p.campaign ?? 'none')) return false;
	if (use('statuses') && !has(filter.statuses, status.status)) return false;
	if (use('from') && use('to') && (filter.from || filter.to)) {
		const from = filter.from ?? '0000-01-01';
		const to = filter.to ?? '9999-12-31';
		if (!p.milestones.some((m) => m.due >= from && (m.start ?? m.due) <= to)) return false;
	}
	if (use('bounds') && filter.bounds) {
		const box = geometryBounds(feature.geometry);
		const [w, s, e, n] = filter.bounds;
		if (!box || box[2] < w || box[0] > e || box[3] < s || box[1] > n) return false;
	}
	return true;
}
