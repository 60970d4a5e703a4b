/**
 * Clicks on a user's layers: a cluster zooms in until it comes apart, a feature reports which one it
 * is (its layer and position), so the page can show its properties; any other click reports none.
 * Projects come first: a click that hits a project is left to MapView, which opens it. Everything here stays in the map's own
 * coordinates (a cluster's centre is where it is drawn), so the datum needs no care.
 */
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { TEST_HOOKS } from '$lib/config';
import { CLICKABLE_LAYERS } from '../project-layers';
import { userFeatureAt, type UserFeatureHit } from './user-layers';

/** Pixels around the pointer that count as a hit (a finger is less precise than the dot). */
const HIT_PX = 6;

/** The style layers of user layers among `layerIds`, with the clusters first. */
const isClusterLayer = (id: string) => id.endsWith('-clusters') || id.endsWith('-cluster-count');

/**
 * Listens to clicks on the layers `layerIds()` names (read at each click, as layers come and go).
 * Returns the function that stops listening.
 */
export function watchUserLayerClicks(
	map: MapLibreMap,
	layerIds: () => readonly string[],
	onfeature: (hit: UserFeatureHit | undefined) => void
): () => void {
	const onclick = (event: MapMouseEvent) => {
		const box: [[number, number], [number, number]] = [
			[event.point.x - HIT_PX, event.point.y - HIT_PX],
			[event.point.x + HIT_PX, event.point.y + HIT_PX]
		];
		const projects = CLICKABLE_LAYERS.filter((id) => map.getLayer(id));
		if (projects.length > 0 && map.queryRenderedFeatures(box, { layers: projects }).length > 0) {
			onfeature(undefined);
			return;
		}
		const layers = layerIds().filter((id) => map.getLayer(id));
		const hits = layers.length > 0 ? map.queryRenderedFeatures(box, { layers }) : [];
		const cluster = hits.find((hit) => isClusterLayer(hit.layer.id));
		if (cluster && cluster.geometry.type === 'Point') {
			const source = map.getSource<GeoJSONSource>(cluster.source);
			const clusterId = cluster.properties.cluster_id as number;
			const [lng, lat] = cluster.geometry.coordinates as [number, number];
			void source
				?.getClusterExpansionZoom(clusterId)
				.then((zoom) => map.easeTo({ center: [lng, lat], zoom, duration: TEST_HOOKS ? 0 : 500 }))
				// The source changed meanwhile (a layer removed): the click has nothing left to do.
				.catch(() => undefined);
			return;
		}
		for (const hit of hits) {
			const found = userFeatureAt(hit.source, hit.id);
			if (found) {
				onfeature(found);
				return;
			}
		}
		onfeature(undefined);
	};
	map.on('click', onclick);
	return () => map.off('click', onclick);
}
