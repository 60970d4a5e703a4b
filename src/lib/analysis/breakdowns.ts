/**
 * Counts of the filtered projects by district, by category (layer) and by Shibei campaign, with their
 * own metrics summed — the tables and bar charts of the analysis panel. Groups are in vocabulary
 * order; groups without a project are left out.
 */
import type { ProjectFeature } from '$lib/data/schema';
import { sumMetrics, type MetricTotals } from '$lib/data/sum-metrics';
import { CAMPAIGN_IDS, DISTRICT_IDS, LAYER_IDS } from '$lib/data/vocabulary';

export type BreakdownDimension = 'district' | 'layer' | 'campaign';

export const BREAKDOWN_DIMENSIONS: readonly BreakdownDimension[] = [
	'district',
	'layer',
	'campaign'
];

export interface BreakdownRow {
	/** A district, layer or campaign id; 'none' for projects in no campaign. */
	key: string;
	projects: number;
	/** Projects with a location (drawn on the map). */
	located: number;
	/** The projects' own metrics, summed; metrics none of them states are absent. */
	metrics: MetricTotals;
}

export type Breakdowns = Record<BreakdownDimension, BreakdownRow[]>;

const KEYS: Record<BreakdownDimension, readonly string[]> = {
	district: DISTRICT_IDS,
	layer: LAYER_IDS,
	campaign: [...CAMPAIGN_IDS, 'none']
};

function keyOf(feature: ProjectFeature, dimension: BreakdownDimension): string {
	const p = feature.properties;
	return dimension === 'district'
		? p.district
		: dimension === 'layer'
			? p.layer
			: (p.campaign ?? 'none');
}

/** The projects broken down by district, layer and campaign. Inputs are not modified. */
export function breakdowns(features: readonly ProjectFeature[]): Breakdowns {
	const table = (dimension: BreakdownDimension): BreakdownRow[] =>
		KEYS[dimension]
			.map((key) => {
				const members = features.filter((f) => keyOf(f, dimension) === key);
				return {
					key,
					projects: members.length,
					located: members.filter((f) => f.geometry !== null).length,
					metrics: sumMetrics(members.map((f) => f.properties))
				};
			})
			.filter((row) => row.projects > 0);
	return { district: table('district'), layer: table('layer'), campaign: table('campaign') };
}
