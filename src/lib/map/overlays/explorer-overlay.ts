/**
 * The explorer's own layers — projects, context stations, the near-me circle — on top of whichever
 * basemap is shown, and their updates in place (data, colours, selection, language). A basemap switch
 * replaces the whole style, so the overlay is added again on every `style.load` from the current state.
 */
import type {
	ExpressionSpecification,
	GeoJSONSource,
	Map as MapLibreMap,
	MapMouseEvent
} from 'maplibre-gl';
import type { Lang } from '$lib/i18n/messages';
import { nameExpression } from '../name-field';
import {
	approximatePaint,
	colorExpression,
	HOVER_STATE,
	CONTEXT_SOURCE,
	contextLayers,
	NEAR_SOURCE,
	nearLayers,
	PROJECT_LAYERS,
	PROJECT_SOURCE,
	projectLayers,
	pointFill,
	pointStroke,
	selectedPointFilter,
	selectedShapeFilter
} from '../project-layers';
import type { ColorBy } from '$lib/data/vocabulary';

export interface OverlayState {
	projects: GeoJSON.FeatureCollection;
	context: GeoJSON.FeatureCollection;
	near: GeoJSON.FeatureCollection;
	colorBy: ColorBy;
	lang: Lang;
	selectedId: string | undefined;
}

/** True once the current style has our overlay (added on its `style.load`). */
export function hasOverlays(map: MapLibreMap): boolean {
	return (
		(map as unknown as { style?: unknown }).style !== undefined &&
		map.getSource(PROJECT_SOURCE) !== undefined
	);
}

export function addOverlays(map: MapLibreMap, state: OverlayState): void {
	if (!map.getSource(PROJECT_SOURCE))
		map.addSource(PROJECT_SOURCE, { type: 'geojson', data: state.projects, promoteId: 'id' });
	if (!map.getSource(CONTEXT_SOURCE))
		map.addSource(CONTEXT_SOURCE, { type: 'geojson', data: state.context, promoteId: 'id' });
	if (!map.getSource(NEAR_SOURCE))
		map.addSource(NEAR_SOURCE, { type: 'geojson', data: state.near });
	for (const layer of [
		...nearLayers(),
		...contextLayers(state.lang),
		...projectLayers(state.colorBy, state.lang, state.selectedId)
	]) {
		if (!map.getLayer(layer.id)) map.addLayer(layer);
	}
}

export function setOverlayData(
	map: MapLibreMap,
	state: Pick<OverlayState, 'projects' | 'context' | 'near'>
): void {
	map.getSource<GeoJSONSource>(PROJECT_SOURCE)?.setData(state.projects);
	map.getSource<GeoJSONSource>(CONTEXT_SOURCE)?.setData(state.context);
	map.getSource<GeoJSONSource>(NEAR_SOURCE)?.setData(state.near);
}

const COLORED: [string, 'fill-color' | 'line-color' | 'circle-color' | 'circle-stroke-color'][] = [
	[PROJECT_LAYERS.fill, 'fill-color'],
	[PROJECT_LAYERS.outline, 'line-color'],
	[PROJECT_LAYERS.outlineApprox, 'line-color'],
	[PROJECT_LAYERS.line, 'line-color'],
	[PROJECT_LAYERS.lineApprox, 'line-color'],
	[PROJECT_LAYERS.uncertainty, 'circle-color'],
	[PROJECT_LAYERS.uncertainty, 'circle-stroke-color']
];

export function setOverlayColor(map: MapLibreMap, colorBy: ColorBy): void {
	if (!map.getLayer(PROJECT_LAYERS.point)) return;
	const color = colorExpression(colorBy);
	for (const [layer, property] of COLORED) map.setPaintProperty(layer, property, color);
	map.setPaintProperty(PROJECT_LAYERS.point, 'circle-color', pointFill(color));
	map.setPaintProperty(PROJECT_LAYERS.point, 'circle-stroke-color', pointStroke(color));
}

export function setOverlaySelection(map: MapLibreMap, id: string | undefined): void {
	if (!map.getLayer(PROJECT_LAYERS.selectedPoint)) return;
	map.setFilter(PROJECT_LAYERS.selectedPoint, selectedPointFilter(id));
	map.setFilter(PROJECT_LAYERS.selectedLine, selectedShapeFilter(id));
	const paint = approximatePaint(id);
	for (const property of Object.keys(paint.uncertainty) as (keyof typeof paint.uncertainty)[])
		map.setPaintProperty(PROJECT_LAYERS.uncertainty, property, paint.uncertainty[property]);
	map.setPaintProperty(PROJECT_LAYERS.fill, 'fill-opacity', paint.fill['fill-opacity']);
}

/** The project layers a pointer can hover, topmost first. */
const HOVERABLE = [
	PROJECT_LAYERS.point,
	PROJECT_LAYERS.line,
	PROJECT_LAYERS.lineApprox,
	PROJECT_LAYERS.fill
];

/**
 * Marks the project under the pointer with the feature state `hover` (the source promotes `id`), so its
 * ring or rectangle is drawn in full. Call once per map; it survives basemap switches.
 */
export function trackHover(map: MapLibreMap): void {
	let hovered: string | number | undefined;
	const mark = (id: string | number | undefined, hover: boolean) => {
		if (id !== undefined && map.getSource(PROJECT_SOURCE))
			map.setFeatureState({ source: PROJECT_SOURCE, id }, { [HOVER_STATE]: hover });
	};
	const hover = (id: string | number | undefined) => {
		if (id === hovered) return;
		mark(hovered, false);
		hovered = id;
		mark(id, true);
	};
	map.on('mousemove', (event: MapMouseEvent) => {
		const layers = HOVERABLE.filter((layer) => map.getLayer(layer));
		hover(layers.length ? map.queryRenderedFeatures(event.point, { layers })[0]?.id : undefined);
	});
	map.on('mouseout', () => hover(undefined));
	// A new style starts without feature state.
	map.on('style.load', () => (hovered = undefined));
}

export function setOverlayLanguage(map: MapLibreMap, lang: Lang): void {
	const name: ExpressionSpecification = nameExpression(lang);
	for (const layer of [PROJECT_LAYERS.label, PROJECT_LAYERS.contextLabel]) {
		if (map.getLayer(layer)) map.setLayoutProperty(layer, 'text-field', name);
	}
}
