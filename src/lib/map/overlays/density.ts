/** Hexagonal bins as a map overlay: a choropleth of the density classes, labelled with the values. */
import type { FeatureCollection, Polygon } from 'geojson';
import { classOf, type DensityClass } from '$lib/analysis/density-classes';
import type { HexProperties } from '$lib/analysis/hexbin';
import { DENSITY_COLORS, DENSITY_ZERO_COLOR, LABEL_COLORS } from '$lib/style/map-palette';
import type { ExtraOverlay } from './extra-overlay';
import { ANALYSIS_LAYERS, ANALYSIS_SOURCES } from './ids';
import { collection, labelLayer } from './overlay-parts';

/** Whether text on this fill should be white. */
function darkFill(color: string): boolean {
	return DENSITY_COLORS.indexOf(color as (typeof DENSITY_COLORS)[number]) >= 2;
}

/**
 * The hexagons as a choropleth: each filled with its class's colour and labelled with its value
 * (`format` writes the number) once zoomed in far enough to read it.
 */
export function densityOverlay(
	hexagons: FeatureCollection<Polygon, HexProperties>,
	classes: readonly DensityClass[],
	format: (value: number) => string
): ExtraOverlay {
	const src = ANALYSIS_SOURCES.hexbins;
	const features = hexagons.features.map((hex) => {
		const color = classOf(hex.properties.value, classes)?.color ?? DENSITY_ZERO_COLOR;
		const dark = darkFill(color);
		return {
			...hex,
			properties: {
				...hex.properties,
				color,
				label: format(hex.properties.value),
				// On the darker classes ink and halo swap: white text, a dark halo.
				ink: dark ? LABEL_COLORS.halo : LABEL_COLORS.ink,
				halo: dark ? 'rgba(0,0,0,0.45)' : 'rgba(255,255,255,0.85)'
			}
		};
	});
	return {
		sources: { [src]: collection(features) },
		layers: [
			{
				id: ANALYSIS_LAYERS.hexFill,
				type: 'fill',
				source: src,
				paint: { 'fill-color': ['get', 'color'], 'fill-opacity': 0.62 }
			},
			{
				id: ANALYSIS_LAYERS.hexOutline,
				type: 'line',
				source: src,
				paint: { 'line-color': '#ffffff', 'line-width': 1, 'line-opacity': 0.9 }
			},
			labelLayer(ANALYSIS_LAYERS.hexLabel, src, undefined, 12, 11.5)
		]
	};
}
