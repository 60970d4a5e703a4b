/** The study area of the nearest-neighbour statistic as a map overlay. */
import type { MultiPolygon, Polygon } from 'geojson';
import { ACCENT_COLOR } from '$lib/style/map-palette';
import type { ExtraOverlay } from './extra-overlay';
import { ANALYSIS_LAYERS, ANALYSIS_SOURCES } from './ids';
import { collection } from './overlay-parts';

/** The study area of the nearest-neighbour statistic, outlined. */
export function studyAreaOverlay(area: MultiPolygon | Polygon): ExtraOverlay {
	const src = ANALYSIS_SOURCES.studyArea;
	return {
		sources: {
			[src]: collection([{ type: 'Feature', geometry: area, properties: {} }])
		},
		layers: [
			{
				id: ANALYSIS_LAYERS.studyAreaFill,
				type: 'fill',
				source: src,
				paint: { 'fill-color': ACCENT_COLOR, 'fill-opacity': 0.06 }
			},
			{
				id: ANALYSIS_LAYERS.studyAreaLine,
				type: 'line',
				source: src,
				paint: { 'line-color': ACCENT_COLOR, 'line-width': 2.5, 'line-dasharray': [3, 2] }
			}
		]
	};
}
