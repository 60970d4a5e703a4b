/**
 * A registry basemap as a MapLibre style, in the interface language. Raster basemaps switch label language
 * by swapping tile URLs; the Protomaps vector style by re-deriving its label expressions. No glyph or
 * sprite URL anywhere: labels use local fonts (see offline-style.ts) and the few icon layers are left out,
 * so a self-hosted basemap needs nothing but its tiles.
 */
import type {
	LayerSpecification,
	Map as MapLibreMap,
	RasterTileSource,
	StyleSpecification
} from 'maplibre-gl';
import type { Basemap } from '$lib/data/basemaps.js';
import type { Lang } from '$lib/i18n/messages';
import { BASEMAP_COLORS } from '$lib/style/map-palette';
import { absoluteUrl } from './absolute-url';
import { LABEL_FONTS, offlineStyle } from './offline-style';

/** Source and layer ids of the styles built here. */
export const BASEMAP_SOURCES = {
	raster: 'basemap-raster',
	rasterLabels: 'basemap-raster-labels',
	vector: 'protomaps'
} as const;

function rasterStyle(basemap: Basemap, lang: Lang): StyleSpecification {
	const attribution = basemap.attribution;
	const sources: StyleSpecification['sources'] = {
		[BASEMAP_SOURCES.raster]: {
			type: 'raster',
			tiles: basemap.tiles![lang],
			tileSize: 256,
			maxzoom: 18,
			attribution
		}
	};
	const layers: LayerSpecification[] = [
		{ id: 'basemap-sea', type: 'background', paint: { 'background-color': BASEMAP_COLORS.sea } },
		{ id: BASEMAP_SOURCES.raster, type: 'raster', source: BASEMAP_SOURCES.raster }
	];
	if (basemap.labels) {
		sources[BASEMAP_SOURCES.rasterLabels] = {
			type: 'raster',
			tiles: basemap.labels[lang],
			tileSize: 256,
			maxzoom: 18
		};
		layers.push({
			id: BASEMAP_SOURCES.rasterLabels,
			type: 'raster',
			source: BASEMAP_SOURCES.rasterLabels
		});
	}
	return { version: 8, name: `qingdao-${basemap.id}`, sources, layers };
}

const isFontStack = (value: unknown): value is string[] =>
	Array.isArray(value) &&
	value.length > 0 &&
	value.every((v) => typeof v === 'string' && v.startsWith('Noto Sans'));

/** Every Noto font stack in a style value replaced by our local stack (there are no glyph files to name). */
function localFonts(value: unknown): unknown {
	if (isFontStack(value)) return LABEL_FONTS;
	if (Array.isArray(value)) return value.map(localFonts);
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localFonts(v)]));
	}
	return value;
}

const PROTOMAPS_LANG: Record<Lang, string> = { zh: 'zh-Hans', en: 'en' };

/** The Protomaps layers without sprite icons (shields, one-way arrows, POI icons) and with local fonts. */
async function protomapsLayers(lang: Lang): Promise<LayerSpecification[]> {
	const { layers, namedFlavor } = await import('@protomaps/basemaps');
	// Protomaps knows Chinese as 'zh-Hans' (with 'zh' it falls back to Latin script and doubles labels).
	return layers(BASEMAP_SOURCES.vector, namedFlavor('light'), { lang: PROTOMAPS_LANG[lang] })
		.filter(
			(layer) => !(layer.type === 'symbol' && layer.id !== 'places_locality' && hasIcon(layer))
		)
		.map((layer) => {
			if (layer.type !== 'symbol') return layer as LayerSpecification;
			const layout = { ...layer.layout };
			delete layout['icon-image'];
			return localFonts({ ...layer, layout }) as LayerSpecification;
		});
}

function hasIcon(layer: { layout?: Record<string, unknown> }): boolean {
	return layer.layout?.['icon-image'] !== undefined;
}

let pmtilesRegistered: Promise<void> | undefined;

/** Lets MapLibre read `pmtiles://` archives (HTTP range requests); loaded only when one is used. */
function registerPmtiles(): Promise<void> {
	pmtilesRegistered ??= Promise.all([import('pmtiles'), import('maplibre-gl')]).then(
		([{ Protocol }, maplibregl]) => {
			maplibregl.addProtocol('pmtiles', new Protocol().tile);
		}
	);
	return pmtilesRegistered;
}

async function protomapsStyle(basemap: Basemap, lang: Lang): Promise<StyleSpecification> {
	const url = absoluteUrl(basemap.tiles![lang][0]!);
	if (url.startsWith('pmtiles://')) await registerPmtiles();
	return {
		version: 8,
		name: 'qingdao-vector',
		sources: {
			[BASEMAP_SOURCES.vector]: {
				type: 'vector',
				...(url.startsWith('pmtiles://') ? { url } : { tiles: [url], maxzoom: 15 }),
				attribution: basemap.attribution
			}
		},
		layers: await protomapsLayers(lang)
	};
}

/** The style to set for a basemap: a URL for a hosted style, style data for the others. */
export async function basemapStyle(
	basemap: Basemap,
	lang: Lang
): Promise<StyleSpecification | string> {
	switch (basemap.kind) {
		case 'bundled':
			return offlineStyle(lang);
		case 'style':
			return basemap.styleUrl!;
		case 'raster':
			return rasterStyle(basemap, lang);
		case 'protomaps':
			return protomapsStyle(basemap, lang);
	}
}

/** Relabels a raster or Protomaps basemap in another language without reloading the style. */
export async function setBasemapLanguage(
	map: MapLibreMap,
	basemap: Basemap,
	lang: Lang
): Promise<void> {
	if (basemap.kind === 'raster') {
		const base = map.getSource<RasterTileSource>(BASEMAP_SOURCES.raster);
		const labels = map.getSource<RasterTileSource>(BASEMAP_SOURCES.rasterLabels);
		if (base && basemap.tiles) base.setTiles(basemap.tiles[lang]);
		if (labels && basemap.labels) labels.setTiles(basemap.labels[lang]);
	} else if (basemap.kind === 'protomaps') {
		for (const layer of await protomapsLayers(lang)) {
			if (layer.type === 'symbol' && map.getLayer(layer.id)) {
				map.setLayoutProperty(layer.id, 'text-field', layer.layout?.['text-field']);
			}
		}
	}
}
