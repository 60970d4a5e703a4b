/** A user's own layers as a map overlay, each in its own colour. */
import type { Feature, GeoJsonProperties } from 'geojson';
import type { ExpressionSpecification } from 'maplibre-gl';
import { USER_NAME_KEYS } from '$lib/import/name-keys';
import { LABEL_COLORS } from '$lib/style/palette';
import { LABEL_FONTS } from '../offline-style';
import { isLine, isPoint, isPolygon } from '../project-layers';
import type { ExtraOverlay } from './extra-overlay';
import { collection } from './overlay-parts';

export interface UserLayerStyle {
	/** The saved layer's id (lower-case letters and digits). */
	id: string;
	color: string;
	features: readonly Feature[];
}

export function userLayerSource(id: string): string {
	return `overlay-user-${id}`;
}

/** Style layer ids of one user layer. */
export function userLayerIds(id: string) {
	const source = userLayerSource(id);
	return {
		fill: `${source}-fill`,
		outline: `${source}-outline`,
		line: `${source}-line`,
		point: `${source}-point`,
		label: `${source}-label`
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

/** The name of a user's feature to show on the map: the first of USER_NAME_KEYS it has, as text. */
const userName: ExpressionSpecification = [
	'to-string',
	['coalesce', ...USER_NAME_KEYS.map((key): ExpressionSpecification => ['get', key]), '']
];

/**
 * Each layer in its own colour: polygons filled and outlined, lines cased in white, points as
 * white-ringed dots, and names (see USER_NAME_KEYS) once zoomed in.
 */
export function userLayerOverlay(layers: readonly UserLayerStyle[]): ExtraOverlay {
	const overlay: ExtraOverlay = { sources: {}, layers: [] };
	for (const layer of layers) {
		const source = userLayerSource(layer.id);
		const ids = userLayerIds(layer.id);
		overlay.sources[source] = collection(
			layer.features.map((feature) => ({
				...feature,
				properties: mapProperties(feature.properties)
			}))
		);
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
				id: ids.point,
				type: 'circle',
				source,
				filter: isPoint,
				paint: {
					'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 4, 15, 7],
					'circle-color': layer.color,
					'circle-stroke-color': '#ffffff',
					'circle-stroke-width': 2
				}
			},
			{
				id: ids.label,
				type: 'symbol',
				source,
				minzoom: 13,
				layout: {
					'text-field': userName,
					'text-font': LABEL_FONTS,
					'text-size': 12,
					'text-max-width': 9,
					'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
					'text-radial-offset': 0.8,
					'text-optional': true
				},
				paint: {
					'text-color': layer.color,
					'text-halo-color': LABEL_COLORS.halo,
					'text-halo-width': 1.6
				}
			}
		);
	}
	return overlay;
}
