/**
 * The closed vocabularies of the data contract (geodata/README.md). Layer, district, campaign and metric ids
 * appear in URLs, the legend and the tests: they are defined here once.
 */

export const LAYER_IDS = [
	'cruise-port',
	'historic-districts',
	'licun-river',
	'metro',
	'parking',
	'schools',
	'industry',
	'villages',
	'roads',
	'parks',
	'public-facilities',
	'governance'
] as const;
export type LayerId = (typeof LAYER_IDS)[number];

export const DISTRICT_IDS = ['shibei', 'shinan'] as const;
export type DistrictId = (typeof DISTRICT_IDS)[number];

/** Shibei's twelve campaigns (十二大攻坚行动), in the order the article lists them. */
export const CAMPAIGN_IDS = [
	'cruise-port',
	'historic-city',
	'old-sifang-industry',
	'old-city-villages',
	'old-compounds',
	'municipal-transport',
	'park-city',
	'metro',
	'parking',
	'licun-river',
	'environment',
	'micro-renewal'
] as const;
export type CampaignId = (typeof CAMPAIGN_IDS)[number];

/** What a milestone says will happen. */
export const ACTIONS = [
	'start',
	'construction',
	'complete',
	'topping-out',
	'delivery',
	'open',
	'acceptance',
	'expropriation',
	'demolition',
	'clearance',
	'land-sale',
	'renovation',
	'target'
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * How precisely the source states a milestone's window (the date rules in geodata/README.md):
 * month "3月底前" → the month's last day; early-month "10月初" → days 1–10; half-year "上半年" → 06-30;
 * year "年底前", "年内", "今年" → 12-31; month-range "3月份至6月份期间" → first day … last day.
 */
export const PRECISIONS = ['month', 'early-month', 'half-year', 'year', 'month-range'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** Metric ids: numbers in base units, the unit in the key. */
export const METRIC_KEYS = [
	'parking_spaces_planned',
	'parking_spaces_added',
	'school_places',
	'floor_area_m2',
	'area_m2',
	'length_km',
	'households',
	'land_mu',
	'investment_cny',
	'project_count',
	'school_count',
	'road_count',
	'station_count',
	'parcel_count',
	'compound_count',
	'community_count',
	'route_count',
	'occupancy_pct',
	'community_meetings_per_month',
	'grid_visits_per_week',
	'grid_forums_per_month',
	'grid_reviews_per_year'
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

/**
 * Metrics that are not quantities to add up: a percentage and the Shinan cadences (meetings a month,
 * visits a week …). Totals, sums by area and density leave them out; they are shown per project only.
 */
export const NON_ADDITIVE_METRIC_KEYS: readonly MetricKey[] = [
	'occupancy_pct',
	'community_meetings_per_month',
	'grid_visits_per_week',
	'grid_forums_per_month',
	'grid_reviews_per_year'
];

/** Whether a metric can be added up over projects (parking spaces, m², km …). */
export function isAdditive(key: MetricKey): boolean {
	return !NON_ADDITIVE_METRIC_KEYS.includes(key);
}

/** "exact" as stated; "more-than" for 余 (6500余个 = more than 6,500); "about" for 约. */
export const QUALIFIERS = ['exact', 'more-than', 'about'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/**
 * What a location rests on: a gazetteer entry (the project gazetteer, with its own source), a shape drawn
 * from a written description, the anchor point of an area the project lies somewhere in, or nothing.
 */
export const LOCATION_BASES = ['gazetteer', 'description', 'area-anchor', 'unknown'] as const;

export const RECORD_KINDS = ['programme', 'campaign', 'group'] as const;

/**
 * What a sourced update reports: the milestone's action happened (done), some of it (partly-done),
 * work on it is going on (under-way), it is reported late (delayed), it was renamed or re-scoped
 * (changed), dropped (cancelled), or the project received a title or award (recognised).
 */
export const UPDATE_OUTCOMES = [
	'done',
	'partly-done',
	'under-way',
	'delayed',
	'changed',
	'cancelled',
	'recognised'
] as const;
export type UpdateOutcome = (typeof UPDATE_OUTCOMES)[number];

/**
 * How precisely an update dates its event: that day, sometime in that month, or "by" that date (the
 * report says it had happened, not when).
 */
export const UPDATE_DATE_PRECISIONS = ['day', 'month', 'by'] as const;
export type UpdateDatePrecision = (typeof UPDATE_DATE_PRECISIONS)[number];

/** Longest phrase an update may copy from its source: a pointer to the evidence, not a quotation. */
export const EVIDENCE_MAX_CHARS = 20;

/** What a search for later reports of a project found. */
export const RESEARCH_RESULTS = ['found', 'nothing-found'] as const;

/** Where our data may lie, [west, south, east, north] in degrees: Qingdao's urban area with margin. */
export const QINGDAO_BBOX = [120.15, 35.95, 120.6, 36.25] as const;

/**
 * A milestone's status against the as-of date. From the latest sourced update on or before it: reported
 * done, partly done, under way, delayed, changed or cancelled. Without one, from the deadline: upcoming,
 * due within 30 days, or past its deadline with no report found. A project with no dated milestone
 * (context stations) has status "none".
 */
export const STATUS_IDS = [
	'upcoming',
	'due-soon',
	'under-way',
	'partly-done',
	'done',
	'delayed',
	'changed',
	'cancelled',
	'past',
	'none'
] as const;
export type StatusId = (typeof STATUS_IDS)[number];

/** What the map colours projects by: their layer or their status at the as-of date. */
export const COLOR_BYS = ['layer', 'status'] as const;
export type ColorBy = (typeof COLOR_BYS)[number];

/** Basemaps; ids appear in the URL (`?basemap=`). Each build offers those its settings allow. */
export { BASEMAP_IDS } from './basemaps.js';
export type { BasemapId } from './basemaps.js';
