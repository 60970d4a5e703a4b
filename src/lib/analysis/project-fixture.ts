/**
 * A project feature for the analysis tests: only what the analyses read is chosen (id, geometry,
 * layer, campaign, metrics); the rest is filled in validly. Test-only: nothing in the app imports it.
 */
import type { Geometry } from 'geojson';
import type { ProjectFeature } from '../data/schema';
import type { CampaignId, LayerId, MetricKey } from '../data/vocabulary';

export function projectFixture(
	id: string,
	geometry: Geometry | null,
	{
		layer = 'parking',
		campaign = null,
		context,
		metrics = {}
	}: {
		layer?: LayerId;
		campaign?: CampaignId | null;
		context?: true;
		metrics?: Partial<Record<MetricKey, number>>;
	} = {}
): ProjectFeature {
	return {
		type: 'Feature',
		geometry: geometry as ProjectFeature['geometry'],
		properties: {
			id,
			layer,
			district: 'shibei',
			campaign,
			...(context ? { context } : {}),
			name: { zh: id, en: id },
			milestones: [],
			metrics: Object.fromEntries(
				Object.entries(metrics).map(([key, value]) => [
					key,
					{ value, qualifier: 'exact', phrase: String(value), quote: String(value) }
				])
			),
			location: { confidence: 'high', basis: 'gazetteer' },
			source: { doc: 'fixture' }
		}
	};
}
