/**
 * What the point analyses take: the filtered projects and, when included, the features of the user's
 * own layers standing in for projects — and the same inputs described for lists and exports.
 */
import { representativePoint } from '$lib/analysis/representative-point';
import type { ProjectFeature } from '$lib/data/schema';
import type { AnalysedItem } from '$lib/export/export-analyses';
import type { UserFeature } from '$lib/import/parse-user-layer';
import { userFeatureName, type SavedLayer } from './user-layers';

/** A user's feature and the stand-in the analyses take for it. */
export interface UserInput {
	feature: UserFeature;
	input: ProjectFeature;
}

/** Each feature of the user's layers with its stand-in, whose id cannot clash with a project's. */
export function userInputs(layers: readonly SavedLayer[]): UserInput[] {
	return layers.flatMap((layer) =>
		layer.layer.features.map((feature) => ({ feature, input: standIn(layer, feature) }))
	);
}

function standIn(layer: SavedLayer, feature: UserFeature): ProjectFeature {
	// dbscan, clusterSummaries, hexbin and clarkEvans read only `geometry`, `properties.id` and
	// `properties.metrics` of their inputs; a user's feature has no metrics. The cast stays here.
	return {
		type: 'Feature',
		geometry: feature.geometry,
		properties: { id: `user:${layer.id}:${feature.id}`, metrics: {} }
	} as unknown as ProjectFeature;
}

/** The analysed projects, then the user's features, described for lists and exports. */
export function analysedItems(
	projects: readonly ProjectFeature[],
	users: readonly UserInput[]
): AnalysedItem[] {
	return [
		...projects.map((f) => ({
			id: f.properties.id,
			nameZh: f.properties.name.zh,
			nameEn: f.properties.name.en,
			source: 'project' as const,
			point: representativePoint(f.geometry)
		})),
		...users.map(({ feature, input }) => {
			const name = userFeatureName(feature);
			return {
				id: input.properties.id,
				nameZh: name,
				nameEn: name,
				source: 'user' as const,
				point: representativePoint(feature.geometry)
			};
		})
	];
}
