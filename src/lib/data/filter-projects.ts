/** Which projects the explorer shows: the filters combine (AND); an empty or absent list means "all". */
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
	bounds?: readonly [number, number, number, number];
}

/** The bounding box of a geometry as [west, south, east, north], or undefined for null geometry. */
export function geometryBounds(
	geometry: ProjectFeature['geometry']
): [number, number, number, number] | undefined {
	if (!geometry) return undefined;
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	const visit = (value: unknown): void => {
		if (Array.isArray(value) && typeof value[0] === 'number') {
			const [x, y] = value as number[];
			w = Math.min(w, x!);
			e = Math.max(e, x!);
			s = Math.min(s, y!);
			n = Math.max(n, y!);
		} else if (Array.isArray(value)) value.forEach(visit);
	};
	if (geometry.type === 'GeometryCollection')
		geometry.geometries.forEach((g) => visit(g.coordinates));
	else visit(geometry.coordinates);
	return Number.isFinite(w) ? [w, s, e, n] : undefined;
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
