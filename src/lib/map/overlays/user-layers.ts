/**
 * A user's own layers as a map overlay, each in its own colour. Points go to a clustered source of
 * their own (a file may hold tens of thousands); lines and polygons to another. Every feature drawn
 * carries the position of its feature in the layer, plus one, as its id: a click finds the feature's
 * own properties with it (`userFeatureAt`).
 */
import type { Feature, FeatureCollection, GeoJsonProperties, Point } from 'geojson';
import type { ExpressionSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { USER_NAME_KEYS } from '$lib/import/name-keys';
import { LABEL_COLORS } from '$lib/style/map-palette';
import { LABEL_FONTS } from '../offline-style';
import { isLine, isPolygon } from '../project-layers';
import type { ExtraOverlay, SourceClusterOptions } from './extra-overlay';
import { collection } from './overlay-parts';

export interface UserLayerStyle {
	/** The saved layer's id (lower-case letters and digits). */
	id: string;
	color: string;
	features: readonly Feature[];
}

/** The source of a user layer's lines and polygons. */
export function userLayerSource(id: string): string {
	return `overlay-user-${id}`;
}

/** The clustered source of a user layer's points (MultiPoints split into their points). */
export function userPointSource(id: string): string {
	return `overlay-user-${id}-points`;
}

/** Style layer ids of one user layer. */
export function userLayerIds(id: string) {
	const source = userLayerSource(id);
	return {
		fill: `${source}-fill`,
		outline: `${source}-outline`,
		line: `${source}-line`,
		label: `${source}-label`,
		clusters: `${source}-clusters`,
		clusterCount: `${source}-cluster-count`,
		point: `${source}-point`,
		pointLabel: `${source}-point-label`
	};
}

/**
 * Property names MapLibre's worker transfer reads as its own when it copies a source's data to its
 * worker: `constructor` (the class it looks up), `$name` (its class tag), `hasOwnProperty` (a method it
 * calls), `__proto__` (the prototype). A feature with one of them as a property is not drawn, and
 * MapLibre logs "can't serialize object of unregistered class". The map never needs them; the
 * feature's own properties, all of them, stay in the user-layer state.
 */
const MAP_RESERVED_KEYS: ReadonlySet<string> = new Set([
	'constructor',
	'$name',
	'hasOwnProperty',
	'__proto__'
]);

/**
 * A feature's properties as the map may receive them: a fresh plain object (Object's prototype, which
 * MapLibre's transfer expects of plain data) without the keys it reserves. Never mutates its input.
 */
export function mapProperties(properties: GeoJsonProperties): Record<string, unknown> {
	const safe: Record<string, unknown> = {};
	if (properties === null) return safe;
	for (const [key, value] of Object.entries(properties)) {
		if (!MAP_RESERVED_KEYS.has(key)) safe[key] = value;
	}
	return safe;
}

/** How a user layer's points are clustered (MapLibre's defaults are 50 px and zoom 14). */
export const USER_CLUSTERS: SourceClusterOptions = {
	clusterRadius: 40, // pixels: about a marker and its ring apart, at every zoom
	clusterMaxZoom: 15 // from zoom 16 (about 2 m a pixel) every point is drawn on its own
};

/** Where a click hit a user layer: the layer's id and the feature's position in its features. */
export interface UserFeatureHit {
	layerId: string;
	index: number;
}

/**
 * The user feature behind a rendered feature of `source`, or undefined for another source or a
 * cluster. Ids are given as the position plus one (see the module's comment).
 */
export function userFeatureAt(
	source: string,
	id: string | number | undefined
): UserFeatureHit | undefined {
	const match = /^overlay-user-([a-z0-9]+)(?:-points)?$/.exec(source);
	if (!match || typeof id !== 'number' || !Number.isInteger(id) || id < 1) return undefined;
	return { layerId: match[1]!, index: id - 1 };
}

/** A layer's features as the map's two sources: its points (for clustering) and the rest. */
interface SplitLayer {
	points: FeatureCollection;
	shapes: FeatureCollection;
}

/**
 * Split layers by their features array. A layer's features never change once read (a conversion makes a
 * new array), so the overlay rebuilt for another layer or an analysis reuses the same collections, and
 * the map is sent only what changed (`syncExtraOverlay` compares by identity).
 */
const splitLayers = new WeakMap<readonly Feature[], SplitLayer>();

/** The layer's features split into its points (for clustering) and the rest, each with its id. */
function splitFeatures(features: readonly Feature[]): SplitLayer {
	const known = splitLayers.get(features);
	if (known) return known;
	const points: Feature[] = [];
	const shapes: Feature[] = [];
	features.forEach((feature, index) => {
		const id = index + 1;
		const geometry = feature.geometry;
		const properties = mapProperties(feature.properties);
		if (geometry?.type === 'Point') points.push({ ...feature, id, properties });
		else if (geometry?.type === 'MultiPoint') {
			for (const coordinates of geometry.coordinates) {
				const point: Point = { type: 'Point', coordinates };
				points.push({ type: 'Feature', id, geometry: point, properties });
			}
		} else shapes.push({ ...feature, id, properties });
	});
	const split = { points: collection(points), shapes: collection(shapes) };
	splitLayers.set(features, split);
	return split;
}

const isCluster: ExpressionSpecification = ['has', 'point_count'];

/** The name of a user's feature to show on the map: the first of USER_NAME_KEYS it has, as text. */
const userName: ExpressionSpecification = [
	'to-string',
	['coalesce', ...USER_NAME_KEYS.map((key): ExpressionSpecification => ['get', key]), '']
];

const nameLayout = {
	'text-field': userName,
	'text-font': LABEL_FONTS,
	'text-size': 12,
	'text-max-width': 9,
	'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
	'text-radial-offset': 0.8,
	'text-optional': true
} satisfies SymbolLayerSpecification['layout'];

const namePaint = (color: string) =>
	({
		'text-color': color,
		'text-halo-color': LABEL_COLORS.halo,
		'text-halo-width': 1.6
	}) satisfies SymbolLayerSpecification['paint'];

/**
 * Each layer in its own colour: polygons filled and outlined, lines cased in white, points as
 * white-ringed dots (clustered into counted circles until zoom USER_CLUSTERS.clusterMaxZoom), and
 * names (see USER_NAME_KEYS) once zoomed in.
 */
export function userLayerOverlay(layers: readonly UserLayerStyle[]): ExtraOverlay {
	const overlay: ExtraOverlay = { sources: {}, layers: [], clustered: {} };
	for (const layer of layers) {
		const source = userLayerSource(layer.id);
		const pointSource = userPointSource(layer.id);
		const ids = userLayerIds(layer.id);
		const { points, shapes } = splitFeatures(layer.features);
		// Points first: a layer's first source is the one with its first point.
		overlay.sources[pointSource] = points;
		overlay.sources[source] = shapes;
		overlay.clustered![pointSource] = USER_CLUSTERS;
		overlay.layers.push(
			{
				id: ids.fill,
				type: 'fill',
				source,
				filter: isPolygon,
				paint: { 'fill-color': layer.color, 'fill-opacity': 0.22 }
			},
			{
				id: ids.outline,
				type: 'line',
				source,
				filter: isPolygon,
				paint: { 'line-color': layer.color, 'line-width': 2 }
			},
			{
				id: ids.line,
				type: 'line',
				source,
				filter: isLine,
				layout: { 'line-cap': 'round', 'line-join': 'round' },
				paint: { 'line-color': layer.color, 'line-width': 3 }
			},
			{
				id: ids.label,
				type: 'symbol',
				source,
				minzoom: 13,
				layout: nameLayout,
				paint: namePaint(layer.color)
			},
			{
				id: ids.clusters,
				type: 'circle',
				source: pointSource,
				filter: isCluster,
				paint: {
					// 14 px for a few points, 18 from 100, 24 from 1,000: the count fits inside.
					'circle-radius': ['step', ['get', 'point_count'], 14, 100, 18, 1000, 24],
					'circle-color': layer.color,
					'circle-opacity': 0.85,
					'circle-stroke-color': '#ffffff',
					'circle-stroke-width': 2
				}
			},
			{
				id: ids.clusterCount,
				type: 'symbol',
				source: pointSource,
				filter: isCluster,
				layout: {
					'text-field': ['get', 'point_count_abbreviated'],
					'text-font': LABEL_FONTS,
					'text-size': 12,
					'text-allow-overlap': true,
					'text-ignore-placement': true
				},
				paint: {
					'text-color': '#ffffff',
					'text-halo-color': layer.color,
					'text-halo-width': 1
				}
			},
			{
				id: ids.point,
				type: 'circle',
				source: pointSource,
				filter: ['!', isCluster],
				paint: {
					'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 4, 15, 7],
					'circle-color': layer.color,
					'circle-stroke-color': '#ffffff',
					'circle-stroke-width': 2
				}
			},
			{
				id: ids.pointLabel,
				type: 'symbol',
				source: pointSource,
				filter: ['!', isCluster],
				minzoom: 13,
				layout: nameLayout,
				paint: namePaint(layer.color)
			}
		);
	}
	return overlay;
}
