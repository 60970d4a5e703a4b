import { describe, expect, it } from 'vitest';
import { clusterSummaries, dbscan } from '$lib/analysis/dbscan';
import type { LngLat } from '$lib/geo/types';
import type { ProjectFeature } from '$lib/data/schema';
import { clusterColor, NOISE_COLOR } from '$lib/style/map-palette';
import { clusterOverlay } from './clusters';
import { ANALYSIS_SOURCES } from './ids';
import { east, expectWellFormed, northEast } from './overlay-fixtures';

/** A project feature at a point, with only what the cluster functions read. */
function at(id: string, position: LngLat | null): ProjectFeature {
	return {
		type: 'Feature',
		geometry: position ? { type: 'Point', coordinates: [...position] } : null,
		properties: { id, metrics: {} }
	} as unknown as ProjectFeature;
}

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
