/** Metro catchments as a map overlay: circles around the stations, the chosen one's projects ringed. */
import circle from '@turf/circle';
import type { Feature } from 'geojson';
import type { ExpressionSpecification } from 'maplibre-gl';
import { northOf } from '$lib/geo/ground-bounds';
import type { LngLat } from '$lib/geo/types';
import { ACCENT_COLOR, HIGHLIGHT_COLOR } from '$lib/style/map-palette';
import { isLine, isPoint, isPolygon } from '../project-layers';
import type { ExtraOverlay } from './extra-overlay';
import { ANALYSIS_LAYERS, ANALYSIS_SOURCES } from './ids';
import { collection, isSelected, labelLayer, point } from './overlay-parts';

export interface CatchmentStation {
	id: string;
	/** `[lng, lat]`. */
	position: LngLat;
}

export interface CatchmentOverlayInput {
	stations: readonly CatchmentStation[];
	/** Radii in metres, smallest first; the largest is drawn dashed. */
	radiiM: readonly number[];
	selectedId?: string;
	/** The selected station's projects (their own geometries), within the largest radius. */
	selectedProjects: readonly Feature[];
	/** Text of a radius label on the selected station's circles: "500 米" / "500 m". */
	radiusLabel: (radiusM: number) => string;
}

/**
 * A geodesic circle per station and radius (faint, the selected station's bold, with radius labels),
 * and the selected station's projects ringed.
 */
export function catchmentOverlay(input: CatchmentOverlayInput): ExtraOverlay {
	const { stations, radiiM, selectedId, selectedProjects, radiusLabel } = input;
	const outerM = Math.max(...radiiM);
	const shapes: Feature[] = [];
	for (const station of stations) {
		const chosen = station.id === selectedId;
		for (const radiusM of radiiM) {
			const ring = circle([station.position[0], station.position[1]], radiusM / 1000, {
				steps: 72,
				units: 'kilometers'
			});
			shapes.push({
				...ring,
				properties: {
					station: station.id,
					radiusM,
					outer: radiusM === outerM,
					selected: chosen
				}
			});
			if (chosen) {
				shapes.push(
					point(northOf(station.position, radiusM), {
						station: station.id,
						radiusM,
						label: radiusLabel(radiusM),
						ink: ACCENT_COLOR
					})
				);
			}
		}
	}
	const src = ANALYSIS_SOURCES.catchments;
	const projects = ANALYSIS_SOURCES.catchmentProjects;
	const polygon: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];
	const opacity: ExpressionSpecification = ['case', isSelected, 1, 0.35];
	return {
		sources: {
			[src]: collection(shapes),
			[projects]: collection(selectedProjects.map((f) => ({ ...f, properties: {} })))
		},
		layers: [
			{
				id: ANALYSIS_LAYERS.catchmentFill,
				type: 'fill',
				source: src,
				filter: ['all', polygon, isSelected],
				paint: { 'fill-color': ACCENT_COLOR, 'fill-opacity': 0.07 }
			},
			{
				id: ANALYSIS_LAYERS.catchmentInner,
				type: 'line',
				source: src,
				filter: ['all', polygon, ['!=', ['get', 'outer'], true]],
				paint: {
					'line-color': ACCENT_COLOR,
					'line-width': ['case', isSelected, 2.5, 1],
					'line-opacity': opacity
				}
			},
			{
				id: ANALYSIS_LAYERS.catchmentOuter,
				type: 'line',
				source: src,
				filter: ['all', polygon, ['==', ['get', 'outer'], true]],
				paint: {
					'line-color': ACCENT_COLOR,
					'line-width': ['case', isSelected, 2.5, 1],
					'line-opacity': opacity,
					'line-dasharray': [3, 2]
				}
			},
			labelLayer(ANALYSIS_LAYERS.catchmentLabel, src, ['==', ['geometry-type'], 'Point'], 12),
			{
				id: ANALYSIS_LAYERS.catchmentProjectShape,
				type: 'line',
				source: projects,
				filter: ['any', isLine, isPolygon],
				layout: { 'line-cap': 'round', 'line-join': 'round' },
				paint: { 'line-color': HIGHLIGHT_COLOR, 'line-width': 5, 'line-opacity': 0.85 }
			},
			{
				id: ANALYSIS_LAYERS.catchmentProjectPoint,
				type: 'circle',
				source: projects,
				filter: isPoint,
				paint: {
					'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 8, 15, 12.5],
					'circle-color': 'rgba(0,0,0,0)',
					'circle-stroke-color': HIGHLIGHT_COLOR,
					'circle-stroke-width': 3
				}
			}
		]
	};
}
