/**
 * Analysis results and a user's own layers as map overlays: typed style data (`ExtraOverlay`) built
 * from plain results, which MapView draws under the project labels. Pure — no map object here.
 *
 * Source ids start with `overlay-` (the basemap watchdog ignores them). Every style layer reads its
 * colour and emphasis from feature properties, so a layer's specification never changes with the
 * results: when a slider moves, the map gets new data for the same layers.
 */
import circle from '@turf/circle';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { ClusterSummary, DbscanRole } from '$lib/analysis/dbscan';
import type { HexProperties } from '$lib/analysis/hexbin';
import type { LngLat } from '$lib/geo/types';
import { USER_NAME_KEYS } from '$lib/import/name-keys';
import {
	ACCENT_COLOR,
	clusterColor,
	DENSITY_COLORS,
	DENSITY_ZERO_COLOR,
	HIGHLIGHT_COLOR,
	NOISE_COLOR
} from '$lib/style/palette';
import { LABEL_FONTS } from './offline-style';
import { isLine, isPoint, isPolygon } from './project-layers';
import type { ExtraOverlay } from './overlays';

export const ANALYSIS_SOURCES = {
	clusters: 'overlay-clusters', // hulls, single-location rings, collinear lines and count labels
	clusterMembers: 'overlay-cluster-members', // one point per clustered or noise location
	hexbins: 'overlay-hexbins',
	studyArea: 'overlay-study-area',
	catchments: 'overlay-catchments', // circles around stations, and radius labels
	catchmentProjects: 'overlay-catchment-projects' // the selected station's projects
} as const;

/** Style layer ids; tests refer to these. */
export const ANALYSIS_LAYERS = {
	clusterFill: 'overlay-clusters-fill',
	clusterOutline: 'overlay-clusters-outline',
	clusterLine: 'overlay-clusters-line',
	clusterRing: 'overlay-clusters-ring',
	clusterMembers: 'overlay-cluster-members',
	clusterLabel: 'overlay-clusters-label',
	hexFill: 'overlay-hexbins-fill',
	hexOutline: 'overlay-hexbins-outline',
	hexLabel: 'overlay-hexbins-label',
	studyAreaFill: 'overlay-study-area-fill',
	studyAreaLine: 'overlay-study-area-line',
	catchmentFill: 'overlay-catchments-fill',
	catchmentInner: 'overlay-catchments-inner',
	catchmentOuter: 'overlay-catchments-outer',
	catchmentLabel: 'overlay-catchments-label',
	catchmentProjectShape: 'overlay-catchment-projects-shape',
	catchmentProjectPoint: 'overlay-catchment-projects-point'
} as const;

export const EMPTY: ExtraOverlay = { sources: {}, layers: [] };

const collection = <G extends Geometry, P>(features: Feature<G, P>[]): FeatureCollection<G, P> => ({
	type: 'FeatureCollection',
	features
});

const point = <P>(position: LngLat, properties: P): Feature<Point, P> => ({
	type: 'Feature',
	geometry: { type: 'Point', coordinates: [position[0], position[1]] },
	properties
});

const selected: ExpressionSpecification = ['==', ['get', 'selected'], true];

/** Labels need a halo to stay readable over fills, and local fonts (there is no glyph server). */
function label(
	id: string,
	source: string,
	filter: ExpressionSpecification | undefined,
	size: number,
	minzoom = 0
): LayerSpecification {
	return {
		id,
		type: 'symbol',
		source,
		minzoom,
		...(filter ? { filter } : {}),
		layout: {
			'text-field': ['get', 'label'],
			'text-font': LABEL_FONTS,
			'text-size': size,
			'text-allow-overlap': true,
			'text-ignore-placement': true
		},
		paint: {
			'text-color': ['coalesce', ['get', 'ink'], '#1d2a30'],
			'text-halo-color': ['coalesce', ['get', 'halo'], '#ffffff'],
			'text-halo-width': 1.6
		}
	};
}

// Clusters -----------------------------------------------------------------------------------------

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
					'fill-opacity': ['case', selected, 0.34, 0.2]
				}
			},
			{
				id: ANALYSIS_LAYERS.clusterOutline,
				type: 'line',
				source: src,
				filter: shape('hull'),
				paint: { 'line-color': ['get', 'color'], 'line-width': ['case', selected, 4, 2] }
			},
			{
				id: ANALYSIS_LAYERS.clusterLine,
				type: 'line',
				source: src,
				filter: shape('line'),
				layout: { 'line-cap': 'round', 'line-join': 'round' },
				paint: {
					'line-color': ['get', 'color'],
					'line-width': ['case', selected, 22, 16],
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
					'circle-stroke-width': ['case', selected, 4, 2.5]
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
			label(ANALYSIS_LAYERS.clusterLabel, src, shape('label'), 13)
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

// Density ------------------------------------------------------------------------------------------

export interface DensityClass {
	/**
	 * Bounds of the class, both inclusive for whole numbers (1–4); for decimals the lower bound is
	 * exclusive (0.27 < value ≤ 0.54), as a value equal to it belongs to the class below.
	 */
	min: number;
	max: number;
	color: string;
	/** Hexagons in the class. */
	hexagons: number;
	/** The class of hexagons whose projects state no value of the metric (value 0). */
	zero: boolean;
}

/**
 * Up to five equal-interval classes of the hexagons' values, from 0. Whole numbers (counts) get whole
 * bounds, one class per value when the largest is 5 or less; decimals get a step rounded up to two
 * significant figures. Value-0 hexagons (a metric nobody there states) get a grey class of their own.
 */
export function densityClasses(values: readonly number[]): DensityClass[] {
	const positive = values.filter((v) => v > 0);
	const zeros = values.length - positive.length;
	const bounds: { min: number; max: number }[] = [];
	const max = Math.max(0, ...positive);
	const whole = positive.every(Number.isInteger);
	if (max > 0 && whole && max <= DENSITY_COLORS.length) {
		for (let v = 1; v <= max; v++) bounds.push({ min: v, max: v });
	} else if (max > 0) {
		const n = DENSITY_COLORS.length;
		const step = whole ? Math.ceil(max / n) : roundUp(max / n);
		for (let i = 0; i < n && i * step < max; i++) {
			// Whole classes are 1–4, 5–8 …; decimal ones (0, 0.27], (0.27, 0.54] …
			bounds.push({ min: whole ? i * step + 1 : tidy(i * step), max: tidy((i + 1) * step) });
		}
	}
	const k = bounds.length;
	const classes: DensityClass[] = bounds.map((b, i) => ({
		...b,
		zero: false,
		color: DENSITY_COLORS[k === 1 ? 2 : Math.round((i * (DENSITY_COLORS.length - 1)) / (k - 1))]!,
		hexagons: 0
	}));
	if (zeros > 0) {
		classes.unshift({ min: 0, max: 0, zero: true, color: DENSITY_ZERO_COLOR, hexagons: zeros });
	}
	for (const value of positive) classOf(value, classes)!.hexagons++;
	return classes;
}

/** Without binary noise: 3 × 0.86 is 2.58, not 2.5799999999999996. */
function tidy(value: number): number {
	return Math.round(value * 1e9) / 1e9;
}

/** `value` rounded up to two significant figures: 0.2613 → 0.27, 1234 → 1300. */
function roundUp(value: number): number {
	const magnitude = 10 ** (Math.floor(Math.log10(value)) - 1);
	return tidy(Math.ceil(value / magnitude - 1e-9) * magnitude);
}

/** The class a hexagon's value falls in: the first whose upper bound it does not exceed. */
export function classOf(value: number, classes: readonly DensityClass[]): DensityClass | undefined {
	if (value <= 0) return classes.find((c) => c.zero);
	return classes.find((c) => !c.zero && value <= c.max);
}

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
				ink: dark ? '#ffffff' : '#1d2a30',
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
			label(ANALYSIS_LAYERS.hexLabel, src, undefined, 12, 11.5)
		]
	};
}

// Nearest-neighbour study area -----------------------------------------------------------------------

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

// Catchments ---------------------------------------------------------------------------------------

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

/** Metres per degree of latitude (mean), to place a label on a circle's north edge. */
const METRES_PER_DEGREE_LAT = 111_320;

/**
 * A geodesic circle per station and radius (faint, the selected station's bold, with radius labels),
 * and the selected station's projects ringed.
 */
export function catchmentOverlay(input: CatchmentOverlayInput): ExtraOverlay {
	const { stations, radiiM, selectedId, selectedProjects, radiusLabel } = input;
	const outerM = Math.max(...radiiM);
	const shapes: Feature[] = [];
	for (const station of stations) {
		const isSelected = station.id === selectedId;
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
					selected: isSelected
				}
			});
			if (isSelected) {
				const [lng, lat] = station.position;
				shapes.push(
					point([lng, lat + radiusM / METRES_PER_DEGREE_LAT], {
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
	const opacity: ExpressionSpecification = ['case', selected, 1, 0.35];
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
				filter: ['all', polygon, selected],
				paint: { 'fill-color': ACCENT_COLOR, 'fill-opacity': 0.07 }
			},
			{
				id: ANALYSIS_LAYERS.catchmentInner,
				type: 'line',
				source: src,
				filter: ['all', polygon, ['!=', ['get', 'outer'], true]],
				paint: {
					'line-color': ACCENT_COLOR,
					'line-width': ['case', selected, 2.5, 1],
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
					'line-width': ['case', selected, 2.5, 1],
					'line-opacity': opacity,
					'line-dasharray': [3, 2]
				}
			},
			label(ANALYSIS_LAYERS.catchmentLabel, src, ['==', ['geometry-type'], 'Point'], 12),
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

// A user's own layers ------------------------------------------------------------------------------

export interface UserLayerStyle {
	/** The saved layer's id (lower-case letters and digits). */
	id: string;
	color: string;
	features: readonly Feature[];
}

export function userLayerSource(id: string): string {
	return `overlay-user-${id}`;
}

/** Style layer ids of one user layer. */
export function userLayerIds(id: string) {
	const source = userLayerSource(id);
	return {
		fill: `${source}-fill`,
		outline: `${source}-outline`,
		line: `${source}-line`,
		point: `${source}-point`,
		label: `${source}-label`
	};
}

/** The name of a user's feature to show on the map: the first of USER_NAME_KEYS it has, as text. */
const userName: ExpressionSpecification = [
	'to-string',
	['coalesce', ...USER_NAME_KEYS.map((key): ExpressionSpecification => ['get', key]), '']
];

/**
 * Each layer in its own colour: polygons filled and outlined, lines cased in white, points as
 * white-ringed dots, and names (see USER_NAME_KEYS) once zoomed in.
 */
export function userLayerOverlay(layers: readonly UserLayerStyle[]): ExtraOverlay {
	const overlay: ExtraOverlay = { sources: {}, layers: [] };
	for (const layer of layers) {
		const source = userLayerSource(layer.id);
		const ids = userLayerIds(layer.id);
		overlay.sources[source] = collection([...layer.features]);
		overlay.layers.push(
			{
				id: ids.fill,
				type: 'fill',
				source,
				filter: isPolygon,
				paint: { 'fill-color': layer.color, 'fill-opacity': 0.22 }
			},
			{
				id: ids.outline,
				type: 'line',
				source,
				filter: isPolygon,
				paint: { 'line-color': layer.color, 'line-width': 2 }
			},
			{
				id: ids.line,
				type: 'line',
				source,
				filter: isLine,
				layout: { 'line-cap': 'round', 'line-join': 'round' },
				paint: { 'line-color': layer.color, 'line-width': 3 }
			},
			{
				id: ids.point,
				type: 'circle',
				source,
				filter: isPoint,
				paint: {
					'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 4, 15, 7],
					'circle-color': layer.color,
					'circle-stroke-color': '#ffffff',
					'circle-stroke-width': 2
				}
			},
			{
				id: ids.label,
				type: 'symbol',
				source,
				minzoom: 13,
				layout: {
					'text-field': userName,
					'text-font': LABEL_FONTS,
					'text-size': 12,
					'text-max-width': 9,
					'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
					'text-radial-offset': 0.8,
					'text-optional': true
				},
				paint: { 'text-color': layer.color, 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 }
			}
		);
	}
	return overlay;
}

// Combining ----------------------------------------------------------------------------------------

/** Several overlays as one, drawn in the order given (later ones on top). Ids must not repeat. */
export function combineOverlays(...overlays: readonly ExtraOverlay[]): ExtraOverlay {
	const combined: ExtraOverlay = { sources: {}, layers: [] };
	const layerIds = new Set<string>();
	for (const overlay of overlays) {
		for (const [id, data] of Object.entries(overlay.sources)) {
			if (id in combined.sources) {
				throw new RangeError(
					`combineOverlays: source "${id}" is in two overlays; give each its own id`
				);
			}
			combined.sources[id] = data;
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
