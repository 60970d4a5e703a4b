/**
 * The projects on the map as typed style data: one GeoJSON source, layers per geometry kind, colour by
 * category or by status, and approximate locations drawn as approximate (hollow points with an
 * uncertainty ring, dashed outlines and lines). Close up, rings and schematic rectangles are faint and
 * drawn in full only for the selected project and the one under the pointer, so that many of them
 * together do not wash over the map.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { ProjectFeature } from '$lib/data/schema';
import type { ProjectStatus } from '$lib/data/status';
import type { ColorBy, LayerId, StatusId } from '$lib/data/vocabulary';
import type { Lang } from '$lib/i18n/messages';
import { CONTEXT_COLOR, LAYER_COLORS, STATUS_COLORS } from '$lib/style/palette';
import { nameExpression } from './name-field';
import { LABEL_FONTS } from './offline-style';

export const PROJECT_SOURCE = 'projects';
export const CONTEXT_SOURCE = 'context-stations';
export const NEAR_SOURCE = 'near';
/** Every source our overlays add on top of a basemap. */
export const OVERLAY_SOURCES: readonly string[] = [PROJECT_SOURCE, CONTEXT_SOURCE, NEAR_SOURCE];

/** True for sources we add on top of a basemap, including analysis and user overlays (`overlay-…`). */
export function isOverlaySource(id: string): boolean {
	return OVERLAY_SOURCES.includes(id) || id.startsWith('overlay-');
}

/** Style layer ids of the project overlay; tests and clicks refer to these. */
export const PROJECT_LAYERS = {
	fill: 'projects-fill',
	outline: 'projects-outline',
	outlineApprox: 'projects-outline-approx',
	line: 'projects-line',
	lineApprox: 'projects-line-approx',
	uncertainty: 'projects-uncertainty',
	point: 'projects-point',
	selectedLine: 'projects-selected-line',
	selectedPoint: 'projects-selected-point',
	label: 'projects-label',
	context: 'context-stations',
	contextLabel: 'context-stations-label',
	nearFill: 'near-fill',
	nearLine: 'near-line',
	nearCenter: 'near-center'
} as const;

/** Layers a click or tap can pick a project from, topmost first. */
export const CLICKABLE_LAYERS: string[] = [
	PROJECT_LAYERS.point,
	PROJECT_LAYERS.line,
	PROJECT_LAYERS.lineApprox,
	PROJECT_LAYERS.fill,
	PROJECT_LAYERS.context
];

export function colorExpression(colorBy: ColorBy): ExpressionSpecification {
	const pairs = Object.entries(colorBy === 'layer' ? LAYER_COLORS : STATUS_COLORS).flat();
	return ['match', ['get', colorBy], ...pairs, '#888888'] as unknown as ExpressionSpecification;
}

export interface MapProjectProperties {
	id: string;
	layer: LayerId;
	status: StatusId;
	confidence: 'high' | 'medium' | 'low';
	/** Metres; 0 when not stated. */
	uncertainty: number;
	name_zh: string;
	name_en: string;
}

/** The features to draw (located ones only), with the flat properties the style reads. */
export function toMapData(
	features: readonly ProjectFeature[],
	statusOf: (id: string) => ProjectStatus
): GeoJSON.FeatureCollection<GeoJSON.Geometry, MapProjectProperties> {
	return {
		type: 'FeatureCollection',
		features: features
			.filter((f) => f.geometry !== null)
			.map((f) => ({
				type: 'Feature',
				geometry: f.geometry as GeoJSON.Geometry,
				properties: {
					id: f.properties.id,
					layer: f.properties.layer,
					status: statusOf(f.properties.id).status,
					confidence: f.properties.location.confidence,
					uncertainty: f.properties.location.uncertainty_m ?? 0,
					name_zh: f.properties.name.zh,
					name_en: f.properties.name.en
				}
			}))
	};
}

export const isPolygon: ExpressionSpecification = [
	'match',
	['geometry-type'],
	['Polygon', 'MultiPolygon'],
	true,
	false
];
export const isLine: ExpressionSpecification = [
	'match',
	['geometry-type'],
	['LineString', 'MultiLineString'],
	true,
	false
];
export const isPoint: ExpressionSpecification = [
	'match',
	['geometry-type'],
	['Point', 'MultiPoint'],
	true,
	false
];
const isApprox: ExpressionSpecification = ['==', ['get', 'confidence'], 'low'];
const isExact: ExpressionSpecification = ['!=', ['get', 'confidence'], 'low'];

/**
 * Metres to pixels at Qingdao's latitude: a 512 px world tile spans 40,075,017 m × cos(36.1°) at zoom 0,
 * i.e. 63,244 m per pixel, halving with each zoom level.
 */
const METRES_PER_PIXEL_Z0 = 63244;
function metresToPixels(metres: ExpressionSpecification | number): ExpressionSpecification {
	return [
		'interpolate',
		['exponential', 2],
		['zoom'],
		0,
		['/', metres, METRES_PER_PIXEL_Z0],
		22,
		['/', ['*', metres, 2 ** 22], METRES_PER_PIXEL_Z0]
	];
}

/** Approximate points are hollow: white inside, coloured ring. */
export function pointFill(color: ExpressionSpecification): ExpressionSpecification {
	return ['case', isApprox, '#ffffff', color];
}
export function pointStroke(color: ExpressionSpecification): ExpressionSpecification {
	return ['case', isApprox, color, '#ffffff'];
}

export function selectedFilter(id: string | undefined): ExpressionSpecification {
	return ['==', ['get', 'id'], id ?? ''];
}

export function selectedPointFilter(id: string | undefined): ExpressionSpecification {
	return ['all', isPoint, selectedFilter(id)];
}
export function selectedShapeFilter(id: string | undefined): ExpressionSpecification {
	return ['all', ['!', isPoint], selectedFilter(id)];
}

/** Feature state set on the project under the pointer (see `trackHover` in overlays/explorer-overlay.ts). */
export const HOVER_STATE = 'hover';

/** True for the selected project and the one under the pointer. */
export function emphasised(selectedId: string | undefined): ExpressionSpecification {
	return ['any', selectedFilter(selectedId), ['boolean', ['feature-state', HOVER_STATE], false]];
}

/**
 * The paint of rings and schematic rectangles, which depends on the selection: faint while browsing,
 * in full for the selected or hovered project. Zoom steps must be outermost in a MapLibre expression,
 * so each stop repeats the emphasis test.
 */
export function approximatePaint(selectedId: string | undefined) {
	const full = emphasised(selectedId);
	const byEmphasis = (inFull: number, faint: number): ExpressionSpecification => [
		'case',
		full,
		inFull,
		faint
	];
	const rectangle = (faint: number): ExpressionSpecification => [
		'case',
		isApprox,
		byEmphasis(0.22, faint),
		0.28
	];
	return {
		uncertainty: {
			'circle-opacity': byEmphasis(0.1, 0.012),
			'circle-stroke-opacity': [
				'interpolate',
				['linear'],
				['zoom'],
				12.5,
				byEmphasis(0.75, 0.3),
				15,
				byEmphasis(0.75, 0.12)
			] as ExpressionSpecification,
			'circle-stroke-width': byEmphasis(1.5, 1)
		},
		fill: {
			// A rectangle standing for "somewhere here" stays visible in the overview and pales close up.
			'fill-opacity': [
				'interpolate',
				['linear'],
				['zoom'],
				12,
				rectangle(0.14),
				14,
				rectangle(0.05)
			] as ExpressionSpecification
		}
	} as const;
}

export function projectLayers(
	colorBy: ColorBy,
	lang: Lang,
	selectedId?: string
): LayerSpecification[] {
	const color = colorExpression(colorBy);
	const name = nameExpression(lang);
	const approximate = approximatePaint(selectedId);
	return [
		{
			id: PROJECT_LAYERS.fill,
			type: 'fill',
			source: PROJECT_SOURCE,
			filter: isPolygon,
			paint: { 'fill-color': color, ...approximate.fill }
		},
		{
			id: PROJECT_LAYERS.outline,
			type: 'line',
			source: PROJECT_SOURCE,
			filter: ['all', isPolygon, isExact],
			paint: { 'line-color': color, 'line-width': 1.6 }
		},
		{
			id: PROJECT_LAYERS.outlineApprox,
			type: 'line',
			source: PROJECT_SOURCE,
			filter: ['all', isPolygon, isApprox],
			paint: { 'line-color': color, 'line-width': 1.6, 'line-dasharray': [2, 1.5] }
		},
		{
			id: PROJECT_LAYERS.line,
			type: 'line',
			source: PROJECT_SOURCE,
			filter: ['all', isLine, isExact],
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: {
				'line-color': color,
				'line-width': ['interpolate', ['linear'], ['zoom'], 10, 2.5, 16, 6]
			}
		},
		{
			id: PROJECT_LAYERS.lineApprox,
			type: 'line',
			source: PROJECT_SOURCE,
			filter: ['all', isLine, isApprox],
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': color,
				'line-width': ['interpolate', ['linear'], ['zoom'], 10, 2.5, 16, 6],
				'line-dasharray': [1.5, 1]
			}
		},
		{
			id: PROJECT_LAYERS.uncertainty,
			type: 'circle',
			source: PROJECT_SOURCE,
			// Rings of several hundred metres would bury the overview; close up they show how far off a point may be.
			minzoom: 12.5,
			filter: ['all', isPoint, isApprox, ['>', ['get', 'uncertainty'], 0]],
			paint: {
				'circle-radius': metresToPixels(['get', 'uncertainty']),
				'circle-color': color,
				'circle-stroke-color': color,
				...approximate.uncertainty
			}
		},
		{
			id: PROJECT_LAYERS.selectedLine,
			type: 'line',
			source: PROJECT_SOURCE,
			filter: selectedShapeFilter(selectedId),
			paint: { 'line-color': '#111111', 'line-width': 4, 'line-opacity': 0.75, 'line-gap-width': 2 }
		},
		{
			id: PROJECT_LAYERS.point,
			type: 'circle',
			source: PROJECT_SOURCE,
			filter: isPoint,
			paint: {
				'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 4.5, 15, 8],
				'circle-color': pointFill(color),
				'circle-stroke-color': pointStroke(color),
				'circle-stroke-width': ['case', isApprox, 2.5, 1.5]
			}
		},
		{
			id: PROJECT_LAYERS.selectedPoint,
			type: 'circle',
			source: PROJECT_SOURCE,
			filter: selectedPointFilter(selectedId),
			paint: {
				'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 9, 15, 13],
				'circle-color': 'rgba(0,0,0,0)',
				'circle-stroke-color': '#111111',
				'circle-stroke-width': 3
			}
		},
		{
			id: PROJECT_LAYERS.label,
			type: 'symbol',
			source: PROJECT_SOURCE,
			minzoom: 13.5,
			layout: {
				'text-field': name,
				'text-font': LABEL_FONTS,
				'text-size': 12,
				'text-max-width': 9,
				'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
				'text-radial-offset': 0.9,
				'text-optional': true
			},
			paint: { 'text-color': '#22303a', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 }
		}
	];
}

export function contextLayers(lang: Lang): LayerSpecification[] {
	return [
		{
			id: PROJECT_LAYERS.context,
			type: 'circle',
			source: CONTEXT_SOURCE,
			paint: {
				'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 2.5, 15, 5],
				'circle-color': '#ffffff',
				'circle-stroke-color': CONTEXT_COLOR,
				'circle-stroke-width': 1.5
			}
		},
		{
			id: PROJECT_LAYERS.contextLabel,
			type: 'symbol',
			source: CONTEXT_SOURCE,
			minzoom: 14,
			layout: {
				'text-field': nameExpression(lang),
				'text-font': LABEL_FONTS,
				'text-size': 11,
				'text-anchor': 'top',
				'text-offset': [0, 0.7],
				'text-optional': true
			},
			paint: { 'text-color': '#5b6268', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 }
		}
	];
}

/** The near-me circle (a geodesic polygon) and its centre, under the projects. */
export function nearLayers(): LayerSpecification[] {
	const polygon: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];
	return [
		{
			id: PROJECT_LAYERS.nearFill,
			type: 'fill',
			source: NEAR_SOURCE,
			filter: polygon,
			paint: { 'fill-color': '#1f4e5f', 'fill-opacity': 0.07 }
		},
		{
			id: PROJECT_LAYERS.nearLine,
			type: 'line',
			source: NEAR_SOURCE,
			filter: polygon,
			paint: { 'line-color': '#1f4e5f', 'line-width': 2, 'line-dasharray': [3, 2] }
		},
		{
			id: PROJECT_LAYERS.nearCenter,
			type: 'circle',
			source: NEAR_SOURCE,
			filter: ['==', ['geometry-type'], 'Point'],
			paint: {
				'circle-radius': 7,
				'circle-color': '#f2b134',
				'circle-stroke-color': '#1f4e5f',
				'circle-stroke-width': 2.5
			}
		}
	];
}
