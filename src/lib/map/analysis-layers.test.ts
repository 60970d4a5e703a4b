import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { clusterSummaries, dbscan } from '$lib/analysis/dbscan';
import { hexbin, type HexProperties } from '$lib/analysis/hexbin';
import type { LngLat } from '$lib/geo/types';
import type { ProjectFeature } from '$lib/data/schema';
import {
	ANALYSIS_LAYERS,
	ANALYSIS_SOURCES,
	catchmentOverlay,
	classOf,
	clusterOverlay,
	combineOverlays,
	densityClasses,
	densityOverlay,
	studyAreaOverlay,
	userLayerOverlay,
	userLayerSource
} from './analysis-layers';
import { clusterColor, DENSITY_COLORS, DENSITY_ZERO_COLOR, NOISE_COLOR } from '$lib/style/palette';
import { LABEL_FONTS } from './offline-style';
import type { ExtraOverlay } from './overlays';

/** A project feature at a point, with only what the cluster functions read. */
function at(id: string, position: LngLat | null): ProjectFeature {
	return {
		type: 'Feature',
		geometry: position ? { type: 'Point', coordinates: [...position] } : null,
		properties: { id, metrics: {} }
	} as unknown as ProjectFeature;
}

/** Roughly 100 m east and north of a point near Qingdao's Taidong. */
const east = (m: number): LngLat => [120.35 + m / 90_000, 36.08];
const northEast = (m: number, n: number): LngLat => [120.35 + m / 90_000, 36.08 + n / 111_000];

function clustersOf(features: ProjectFeature[], epsM: number, minPoints: number) {
	const result = dbscan(features, { epsM, minPoints });
	return clusterOverlay({
		points: features.map((f) =>
			f.geometry?.type === 'Point' ? (f.geometry.coordinates as unknown as LngLat) : null
		),
		clusterIds: result.clusterIds,
		roles: result.roles,
		summaries: clusterSummaries(features, result),
		selectedId: 0
	});
}

function expectWellFormed(overlay: ExtraOverlay) {
	const sources = Object.keys(overlay.sources);
	for (const id of sources) expect(id).toMatch(/^overlay-/);
	const ids = overlay.layers.map((l) => l.id);
	expect(new Set(ids).size).toBe(ids.length);
	for (const layer of overlay.layers) {
		expect(layer.id).toMatch(/^overlay-/);
		expect(sources).toContain((layer as { source: string }).source);
		if (layer.type === 'symbol') expect(layer.layout?.['text-font']).toEqual(LABEL_FONTS);
	}
}

describe('clusterOverlay', () => {
	const triangle = [at('a', east(0)), at('b', east(150)), at('c', northEast(80, 150))];

	it('draws a cluster with area as its convex hull, coloured, with its count at its centroid', () => {
		const overlay = clustersOf([...triangle, at('far', east(5000))], 300, 3);
		expectWellFormed(overlay);
		const shapes = overlay.sources[ANALYSIS_SOURCES.clusters]!.features;
		const hull = shapes.find((f) => f.properties!.shape === 'hull')!;
		expect(hull.geometry.type).toBe('Polygon');
		expect(hull.properties).toMatchObject({ cluster: 0, color: clusterColor(0), selected: true });
		const label = shapes.find((f) => f.properties!.shape === 'label')!;
		expect(label.properties!.label).toBe('3');
	});

	it('rings noise in grey and members in their cluster colour, leaving unlocated inputs out', () => {
		const overlay = clustersOf([...triangle, at('far', east(5000)), at('nowhere', null)], 300, 3);
		const members = overlay.sources[ANALYSIS_SOURCES.clusterMembers]!.features;
		expect(members).toHaveLength(4);
		const noise = members.filter((f) => f.properties!.role === 'noise');
		expect(noise).toHaveLength(1);
		expect(noise[0]!.properties!.color).toBe(NOISE_COLOR);
		expect(members.filter((f) => f.properties!.color === clusterColor(0))).toHaveLength(3);
	});

	it('draws projects sharing one location as a ring, and collinear ones as a line', () => {
		const same = [at('a', east(0)), at('b', east(0)), at('c', east(0))];
		const ring = clustersOf(same, 100, 3).sources[ANALYSIS_SOURCES.clusters]!.features;
		expect(ring.find((f) => f.properties!.shape === 'ring')?.geometry.type).toBe('Point');
		const inLine = [at('a', east(0)), at('b', east(100)), at('c', east(200))];
		const line = clustersOf(inLine, 150, 2).sources[ANALYSIS_SOURCES.clusters]!.features;
		const drawn = line.find((f) => f.properties!.shape === 'line')!;
		expect(drawn.geometry).toEqual({
			type: 'LineString',
			coordinates: [[...east(0)], [...east(200)]]
		});
	});
});

describe('densityClasses', () => {
	it('gives small counts one class each, lightest for the fewest', () => {
		const classes = densityClasses([1, 1, 2, 3]);
		expect(classes.map((c) => [c.min, c.max, c.hexagons])).toEqual([
			[1, 1, 2],
			[2, 2, 1],
			[3, 3, 1]
		]);
		expect(classes[0]!.color).toBe(DENSITY_COLORS[0]);
		expect(classes[2]!.color).toBe(DENSITY_COLORS[4]);
	});

	it('splits larger counts into five whole-number classes that cover the largest', () => {
		const classes = densityClasses([1, 4, 12, 23]);
		expect(classes.map((c) => [c.min, c.max])).toEqual([
			[1, 5],
			[6, 10],
			[11, 15],
			[16, 20],
			[21, 25]
		]);
		expect(classes.map((c) => c.color)).toEqual([...DENSITY_COLORS]);
		expect(classes.reduce((sum, c) => sum + c.hexagons, 0)).toBe(4);
	});

	it('rounds decimal steps to two significant figures and puts each value in one class', () => {
		const values = [0.4, 1.3, 3.2, 4.3];
		const classes = densityClasses(values);
		expect(classes[0]!.max).toBe(0.86);
		expect(classes[3]!.max).toBe(3.44);
		expect(classes.at(-1)!.max).toBeGreaterThanOrEqual(4.3);
		for (const v of values) expect(classOf(v, classes)).toBeDefined();
		expect(classOf(0.86, classes)).toBe(classes[0]);
	});

	it('gives hexagons whose projects state no value a grey class of their own', () => {
		const classes = densityClasses([0, 0, 500]);
		expect(classes[0]).toMatchObject({ zero: true, color: DENSITY_ZERO_COLOR, hexagons: 2 });
		expect(classOf(0, classes)).toBe(classes[0]);
		expect(densityClasses([])).toEqual([]);
	});
});

describe('densityOverlay', () => {
	it('colours each hexagon by its class and labels it with its value', () => {
		const { hexagons } = hexbin([east(0), east(10), east(3000)], { cellSideM: 500 });
		const classes = densityClasses(hexagons.features.map((h) => h.properties.value));
		const overlay = densityOverlay(hexagons, classes, String);
		expectWellFormed(overlay);
		const drawn = overlay.sources[ANALYSIS_SOURCES.hexbins] as FeatureCollection<
			Polygon,
			HexProperties & { color: string; label: string }
		>;
		const two = drawn.features.find((h) => h.properties.count === 2)!;
		expect(two.properties.label).toBe('2');
		expect(two.properties.color).toBe(classOf(2, classes)!.color);
		expect(overlay.layers.map((l) => l.id)).toContain(ANALYSIS_LAYERS.hexFill);
	});
});

describe('catchmentOverlay', () => {
	const stations = [
		{ id: 'taidong-station', position: east(0) },
		{ id: 'lijin-road-station', position: east(3000) }
	];
	const project: Feature = {
		type: 'Feature',
		geometry: { type: 'Point', coordinates: [...east(300)] },
		properties: { id: 'x', secret: 'not copied' }
	};

	it('draws both radii around every station and labels only the selected one', () => {
		const overlay = catchmentOverlay({
			stations,
			radiiM: [500, 800],
			selectedId: 'taidong-station',
			selectedProjects: [project],
			radiusLabel: (m) => `${m} m`
		});
		expectWellFormed(overlay);
		const shapes = overlay.sources[ANALYSIS_SOURCES.catchments]!.features;
		const circles = shapes.filter((f) => f.geometry.type === 'Polygon');
		expect(circles).toHaveLength(4);
		expect(circles.filter((f) => f.properties!.selected)).toHaveLength(2);
		expect(circles.filter((f) => f.properties!.outer).map((f) => f.properties!.radiusM)).toEqual([
			800, 800
		]);
		const labels = shapes
			.filter((f) => f.geometry.type === 'Point')
			.map((f) => f.properties!.label);
		expect(labels).toEqual(['500 m', '800 m']);
		const ringed = overlay.sources[ANALYSIS_SOURCES.catchmentProjects]!.features;
		expect(ringed).toHaveLength(1);
		expect(ringed[0]!.properties).toEqual({});
	});
});

describe('userLayerOverlay and combineOverlays', () => {
	const feature: Feature = {
		type: 'Feature',
		geometry: { type: 'Point', coordinates: [120.38, 36.07] },
		properties: { name: '我的点' }
	};

	it('gives each user layer its own overlay- source and colour', () => {
		const overlay = userLayerOverlay([
			{ id: 'abc123', color: '#e6007e', features: [feature] },
			{ id: 'def456', color: '#0050b5', features: [] }
		]);
		expectWellFormed(overlay);
		expect(Object.keys(overlay.sources)).toEqual([
			userLayerSource('abc123'),
			userLayerSource('def456')
		]);
		const point = overlay.layers.find((l) => l.id === 'overlay-user-abc123-point')!;
		expect((point.paint as Record<string, unknown>)['circle-color']).toBe('#e6007e');
	});

	it('combines overlays in order and refuses repeated ids', () => {
		const users = userLayerOverlay([{ id: 'abc123', color: '#e6007e', features: [feature] }]);
		const area = studyAreaOverlay({
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[1, 0],
					[1, 1],
					[0, 0]
				]
			]
		});
		const combined = combineOverlays(users, area);
		expectWellFormed(combined);
		expect(combined.layers.at(-1)!.id).toBe(ANALYSIS_LAYERS.studyAreaLine);
		expect(() => combineOverlays(users, users)).toThrow(/is in two overlays/);
	});
});
