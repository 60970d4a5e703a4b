/**
 * DBSCAN's clusters as a map overlay: each cluster's extent and count, and a ring on every analysed
 * location.
 */
import type { Feature, Geometry, Point } from 'geojson';
import type { ExpressionSpecification } from 'maplibre-gl';
import type { ClusterSummary, DbscanRole } from '$lib/analysis/dbscan';
import type { LngLat } from '$lib/geo/types';
import { clusterColor, NOISE_COLOR } from '$lib/style/map-palette';
import type { ExtraOverlay } from './extra-overlay';
import { ANALYSIS_LAYERS, ANALYSIS_SOURCES } from './ids';
import { collection, isSelected, labelLayer, point } from './overlay-parts';

export interface ClusterOverlayInput {
	/** Per analysed input, in input order: its representative point, or null without a location. */
	points: readonly (LngLat | null)[];
	/** Per input: its cluster id, or -1 (noise, or no location). From `dbscan`. */
	clusterIds: readonly number[];
	/** Per input, from `dbscan`. */
	roles: readonly DbscanRole[];
	summaries: readonly ClusterSummary[];
	/** The cluster chosen in the list, drawn with a heavier outline. */
	selectedId?: number;
}

interface ClusterShapeProperties {
	cluster: number;
	color: string;
	selected: boolean;
	shape: 'hull' | 'line' | 'ring' | 'label';
	label?: string;
	ink?: string;
}

/**
 * Each cluster's extent — its convex hull, or a line when its locations are collinear, or a ring when
 * they are all one location (several projects share an area's anchor point) — with its count at its
 * centroid, and a ring on every analysed location: the cluster's colour, or grey for noise.
 */
export function clusterOverlay(input: ClusterOverlayInput): ExtraOverlay {
	const { points, clusterIds, roles, summaries, selectedId } = input;
	const membersOf = new Map<number, LngLat[]>();
	points.forEach((p, i) => {
		const id = clusterIds[i]!;
		if (p === null || id < 0) return;
		membersOf.set(id, [...(membersOf.get(id) ?? []), p]);
	});

	const shapes: Feature<Geometry, ClusterShapeProperties>[] = [];
	for (const summary of summaries) {
		const base = {
			cluster: summary.id,
			color: clusterColor(summary.id),
			selected: summary.id === selectedId
		};
		if (summary.hull) {
			shapes.push({ ...summary.hull, properties: { ...base, shape: 'hull' } });
		} else {
			const extent = collinearExtent(membersOf.get(summary.id) ?? [summary.centroid]);
			shapes.push(
				extent.length === 1
					? point(extent[0]!, { ...base, shape: 'ring' })
					: {
							type: 'Feature',
							geometry: { type: 'LineString', coordinates: extent.map(([x, y]) => [x, y]) },
							properties: { ...base, shape: 'line' }
						}
			);
		}
		shapes.push(point(summary.centroid, { ...base, shape: 'label', label: String(summary.count) }));
	}

	const members: Feature<Point, { cluster: number; color: string; role: DbscanRole }>[] = [];
	points.forEach((p, i) => {
		const role = roles[i]!;
		if (p === null || role === 'unlocated') return;
		const cluster = clusterIds[i]!;
		members.push(
			point(p, { cluster, role, color: cluster < 0 ? NOISE_COLOR : clusterColor(cluster) })
		);
	});

	const src = ANALYSIS_SOURCES.clusters;
	const shape = (kind: ClusterShapeProperties['shape']): ExpressionSpecification => [
		'==',
		['get', 'shape'],
		kind
	];
	return {
		sources: { [src]: collection(shapes), [ANALYSIS_SOURCES.clusterMembers]: collection(members) },
		layers: [
			{
				id: ANALYSIS_LAYERS.clusterFill,
				type: 'fill',
				source: src,
				filter: shape('hull'),
				paint: {
					'fill-color': ['get', 'color'],
					'fill-opacity': ['case', isSelected, 0.34, 0.2]
				}
			},
			{
				id: ANALYSIS_LAYERS.clusterOutline,
				type: 'line',
				source: src,
				filter: shape('hull'),
				paint: { 'line-color': ['get', 'color'], 'line-width': ['case', isSelected, 4, 2] }
			},
			{
				id: ANALYSIS_LAYERS.clusterLine,
				type: 'line',
				source: src,
				filter: shape('line'),
				layout: { 'line-cap': 'round', 'line-join': 'round' },
				paint: {
					'line-color': ['get', 'color'],
					'line-width': ['case', isSelected, 22, 16],
					'line-opacity': 0.45
				}
			},
			{
				id: ANALYSIS_LAYERS.clusterRing,
				type: 'circle',
				source: src,
				filter: shape('ring'),
				paint: {
					'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 16, 15, 24],
					'circle-color': ['get', 'color'],
					'circle-opacity': 0.2,
					'circle-stroke-color': ['get', 'color'],
					'circle-stroke-width': ['case', isSelected, 4, 2.5]
				}
			},
			{
				id: ANALYSIS_LAYERS.clusterMembers,
				type: 'circle',
				source: ANALYSIS_SOURCES.clusterMembers,
				paint: {
					'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 7.5, 15, 11.5],
					'circle-color': 'rgba(0,0,0,0)',
					'circle-stroke-color': ['get', 'color'],
					'circle-stroke-width': ['case', ['==', ['get', 'role'], 'noise'], 2, 2.5]
				}
			},
			labelLayer(ANALYSIS_LAYERS.clusterLabel, src, shape('label'), 13)
		]
	};
}

/** For points that span no area: the one distinct point, or the two ends of the line they lie on. */
function collinearExtent(members: readonly LngLat[]): LngLat[] {
	const sorted = [...members].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const first = sorted[0]!;
	const last = sorted[sorted.length - 1]!;
	return first[0] === last[0] && first[1] === last[1] ? [first] : [first, last];
}
