/**
 * Further overlays (analysis results, a user's own layers), described as data: GeoJSON sources by id and
 * the style layers drawing them, under the projects. Ids start with `overlay-` so the basemap watchdog
 * ignores their tiles.
 */
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { PROJECT_LAYERS } from '../project-layers';

/** MapLibre's point clustering for one source (its features must all be points). */
export interface SourceClusterOptions {
	clusterRadius: number; // pixels around a cluster's centre within which points join it
	clusterMaxZoom: number; // the last zoom with clusters; above it every point is drawn
}

export interface ExtraOverlay {
	sources: Record<string, GeoJSON.FeatureCollection>;
	layers: LayerSpecification[];
	/** Sources whose points MapLibre clusters, by source id; the others are drawn as given. */
	clustered?: Record<string, SourceClusterOptions>;
}

export const EMPTY_OVERLAY: ExtraOverlay = { sources: {}, layers: [] };

/** Several overlays as one, drawn in the order given (later ones on top). Ids must not repeat. */
export function combineOverlays(...overlays: readonly ExtraOverlay[]): ExtraOverlay {
	const combined: ExtraOverlay = { sources: {}, layers: [], clustered: {} };
	const layerIds = new Set<string>();
	for (const overlay of overlays) {
		for (const [id, data] of Object.entries(overlay.sources)) {
			if (id in combined.sources) {
				throw new RangeError(
					`combineOverlays: source "${id}" is in two overlays; give each its own id`
				);
			}
			combined.sources[id] = data;
			const cluster = overlay.clustered?.[id];
			if (cluster) combined.clustered![id] = cluster;
		}
		for (const layer of overlay.layers) {
			if (layerIds.has(layer.id)) {
				throw new RangeError(
					`combineOverlays: layer "${layer.id}" is in two overlays; give each its own id`
				);
			}
			layerIds.add(layer.id);
			combined.layers.push(layer);
		}
	}
	return combined;
}

const clusterSpec = (options: SourceClusterOptions | undefined) =>
	options ? { cluster: true, ...options } : {};

/**
 * Brings the map's extra overlay from `before` to `after`: removes what went, adds what came, and sends
 * a source's data again only when it is another object than before.
 */
export function syncExtraOverlay(
	map: MapLibreMap,
	before: ExtraOverlay,
	after: ExtraOverlay
): void {
	const keep = new Set(after.layers.map((l) => l.id));
	for (const layer of before.layers)
		if (!keep.has(layer.id) && map.getLayer(layer.id)) map.removeLayer(layer.id);
	for (const id of Object.keys(before.sources))
		if (!(id in after.sources) && map.getSource(id)) map.removeSource(id);
	for (const [id, data] of Object.entries(after.sources)) {
		const source = map.getSource<GeoJSONSource>(id);
		// Unchanged data is the same object (see user-layers.ts): sending it again would cost the page a
		// copy of every user layer whenever an analysis slider moves.
		if (source) {
			if (before.sources[id] !== data) source.setData(data);
		} else map.addSource(id, { type: 'geojson', data, ...clusterSpec(after.clustered?.[id]) });
	}
	// Under the projects, so hexagons and hulls tint the ground, not the project marks.
	const beforeId = map.getLayer(PROJECT_LAYERS.fill) ? PROJECT_LAYERS.fill : undefined;
	for (const layer of after.layers) if (!map.getLayer(layer.id)) map.addLayer(layer, beforeId);
}
