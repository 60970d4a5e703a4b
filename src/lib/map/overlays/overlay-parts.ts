/**
 * What the analysis overlays share: GeoJSON collections and points built from plain results, the test
 * for a chosen feature, and labels. Every style layer reads its colour and emphasis from feature
 * properties, so a layer's specification never changes with the results: when a slider moves, the
 * map gets new data for the same layers.
 */
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { LngLat } from '$lib/geo/types';
import { LABEL_COLORS } from '$lib/style/map-palette';
import { LABEL_FONTS } from '../offline-style';

export const collection = <G extends Geometry, P>(
	features: Feature<G, P>[]
): FeatureCollection<G, P> => ({
	type: 'FeatureCollection',
	features
});

export const point = <P>(position: LngLat, properties: P): Feature<Point, P> => ({
	type: 'Feature',
	geometry: { type: 'Point', coordinates: [position[0], position[1]] },
	properties
});

/** True for the feature chosen in a list (its `selected` property), drawn with more emphasis. */
export const isSelected: ExpressionSpecification = ['==', ['get', 'selected'], true];

/**
 * A label layer showing each feature's `label`, in its `ink` and `halo` when it has them. Labels need
 * a halo to stay readable over fills, and local fonts (there is no glyph server).
 */
export function labelLayer(
	id: string,
	source: string,
	filter: ExpressionSpecification | undefined,
	size: number,
	minzoom = 0
): LayerSpecification {
	return {
		id,
		type: 'symbol',
		source,
		minzoom,
		...(filter ? { filter } : {}),
		layout: {
			'text-field': ['get', 'label'],
			'text-font': LABEL_FONTS,
			'text-size': size,
			'text-allow-overlap': true,
			'text-ignore-placement': true
		},
		paint: {
			'text-color': ['coalesce', ['get', 'ink'], LABEL_COLORS.ink],
			'text-halo-color': ['coalesce', ['get', 'halo'], LABEL_COLORS.halo],
			'text-halo-width': 1.6
		}
	};
}
