/**
 * The bundled offline basemap as typed style data: sea, land, district outlines and labels, all from
 * files under geodata/basemap/ (see its README). No glyph, sprite or tile URL: MapLibre draws label text
 * with local fonts when the style has no `glyphs`, so the basemap works with no network at all.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '$lib/i18n/messages';
import { BASEMAP_COLORS } from '$lib/style/map-palette';
import landUrl from '$geodata/basemap/land.geojson?url';
import districtsUrl from '$geodata/basemap/districts.geojson?url';
import labelsUrl from '$geodata/basemap/district-labels.geojson?url';
import waterLabelsUrl from '$geodata/basemap/water-labels.geojson?url';
import attribution from '$geodata/basemap/attribution.json';
import { absoluteUrl } from './absolute-url';
import { nameExpression } from './name-field';

/** Source and layer ids of the offline basemap; tests and overlays refer to these. */
export const OFFLINE_LAYERS = {
	land: 'basemap-land',
	districtFill: 'basemap-district-fill',
	districtLine: 'basemap-district-line',
	districtLabel: 'basemap-district-label',
	waterLabel: 'basemap-water-label'
} as const;

export const OFFLINE_ATTRIBUTION: string = attribution.text;

/** CJK-capable local fonts, in order of preference; MapLibre uses the stack as a CSS font-family. */
export const LABEL_FONTS = [
	'Noto Sans CJK SC',
	'Noto Sans SC',
	'PingFang SC',
	'Microsoft YaHei',
	'sans-serif'
];

export function offlineStyle(lang: Lang): StyleSpecification {
	const name = nameExpression(lang);
	const isFocus: ['==', ['get', string], boolean] = ['==', ['get', 'focus'], true];
	return {
		version: 8,
		name: 'qingdao-offline',
		sources: {
			land: { type: 'geojson', data: absoluteUrl(landUrl), attribution: OFFLINE_ATTRIBUTION },
			districts: { type: 'geojson', data: absoluteUrl(districtsUrl) },
			'district-labels': { type: 'geojson', data: absoluteUrl(labelsUrl) },
			'water-labels': { type: 'geojson', data: absoluteUrl(waterLabelsUrl) }
		},
		layers: [
			{ id: 'basemap-sea', type: 'background', paint: { 'background-color': BASEMAP_COLORS.sea } },
			{
				id: OFFLINE_LAYERS.land,
				type: 'fill',
				source: 'land',
				paint: { 'fill-color': BASEMAP_COLORS.land, 'fill-antialias': true }
			},
			{
				id: OFFLINE_LAYERS.districtFill,
				type: 'fill',
				source: 'districts',
				filter: isFocus,
				paint: { 'fill-color': BASEMAP_COLORS.focusFill, 'fill-opacity': 0.85 }
			},
			{
				id: OFFLINE_LAYERS.districtLine,
				type: 'line',
				source: 'districts',
				layout: { 'line-join': 'round' },
				paint: {
					'line-color': ['case', isFocus, BASEMAP_COLORS.focusLine, BASEMAP_COLORS.otherLine],
					'line-width': [
						'interpolate',
						['linear'],
						['zoom'],
						9,
						0.8,
						14,
						['case', isFocus, 2.4, 1.2]
					],
					'line-dasharray': [3, 2]
				}
			},
			{
				id: OFFLINE_LAYERS.waterLabel,
				type: 'symbol',
				source: 'water-labels',
				layout: {
					'text-field': name,
					'text-font': LABEL_FONTS,
					'text-size': 14,
					'text-max-width': 20,
					'text-letter-spacing': 0.3
				},
				paint: {
					'text-color': BASEMAP_COLORS.waterLabel,
					'text-halo-color': BASEMAP_COLORS.sea,
					'text-halo-width': 1
				}
			},
			{
				id: OFFLINE_LAYERS.districtLabel,
				type: 'symbol',
				source: 'district-labels',
				layout: {
					'text-field': name,
					'text-font': LABEL_FONTS,
					'text-size': ['case', isFocus, 16, 13],
					'text-letter-spacing': 0.1,
					'text-max-width': 8
				},
				paint: {
					'text-color': ['case', isFocus, BASEMAP_COLORS.focusLabel, BASEMAP_COLORS.otherLabel],
					'text-halo-color': BASEMAP_COLORS.halo,
					'text-halo-width': 1.6
				}
			}
		]
	};
}
