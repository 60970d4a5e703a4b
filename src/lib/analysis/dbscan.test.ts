import clustersDbscan from '@turf/clusters-dbscan';
import { distance } from '@turf/distance';
import { featureCollection, point } from '@turf/helpers';
import CheapRuler from 'cheap-ruler';
import fc from 'fast-check';
import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { ProjectFeature } from '../data/schema';
import type { MetricKey } from '../data/vocabulary';
import { readGeodata } from '../server/read-geodata';
import { validateGeodata } from '../data/validate-geodata';
import { clusterSummaries, dbscan } from './dbscan';
import { projectFixture } from './project-fixture';
import type { LngLat } from '$lib/geo/types';

/** Fixtures are laid out in metres east and north of a point in Shibei. */
const BASE: LngLat = [120.36, 36.09];
const ruler = new CheapRuler(BASE[1], 'meters');
const at = (eastM: number, northM: number): LngLat => ruler.offset(BASE, eastM, northM);

const project = (
	id: string,
	geometry: Geometry | null,
	metrics: Partial<Record<MetricKey, number>> = {}
): ProjectFeature => projectFixture(id, geometry, { campaign: 'parking', metrics });

const pointAt = (eastM: number, northM: number): Geometry => ({
	type: 'Point',
	coordinates: [...at(eastM, northM)]
});

/** Cluster ids renamed in order of first appearance, so that two labellings can be compared. */
function canonical(ids: readonly number[]): number[] {
	const renamed = new Map<number, number>();
	return ids.map((id) => {
		if (id < 0) return -1;
		if (!renamed.has(id)) renamed.set(id, renamed.size);
		return renamed.get(id)!;
	});
}

describe('dbscan', () => {
	it('finds two well-separated groups as two clusters', () => {
		const west = [at(0, 0), at(80, 0), at(0, 80), at(80, 80), at(40, 40)];
		const east = [at(3000, 0), at(3080, 0), at(3000, 80), at(3080, 80)];
		const result = dbscan([...west, ...east], { epsM: 150, minPoints: 3 });
		expect(result.clusters).toHaveLength(2);
		expect(result.clusterIds).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1]);
		expect(result.clusters.map((c) => c.members)).toEqual([
			[0, 1, 2, 3, 4],
			[5, 6, 7, 8]
		]);
	});

	it('leaves a point with too few neighbours as noise', () => {
		const result = dbscan([at(0, 0), at(50, 0), at(0, 50), at(1000, 1000)], {
			epsM: 100,
			minPoints: 3
		});
		expect(result.clusterIds).toEqual([0, 0, 0, -1]);
		expect(result.roles[3]).toBe('noise');
		expect(result.noise).toBe(1);
	});

	it('marks a point within reach of a core point but without enough neighbours as border', () => {
		// 0 and 200 each have one neighbour; 60 and 120 have two besides themselves.
		const result = dbscan([at(0, 0), at(60, 0), at(120, 0), at(200, 0)], {
			epsM: 100,
			minPoints: 3
		});
		expect(result.roles).toEqual(['border', 'core', 'core', 'border']);
		expect(result.clusterIds).toEqual([0, 0, 0, 0]);
	});

	it('counts the point itself towards minPoints', () => {
		const triangle = [at(0, 0), at(50, 0), at(0, 50)];
		expect(dbscan(triangle, { epsM: 100, minPoints: 3 }).clusters).toHaveLength(1);
		expect(dbscan(triangle, { epsM: 100, minPoints: 4 }).clusters).toHaveLength(0);
	});

	it('measures eps in metres, not degrees', () => {
		// 0.001° of longitude is about 90 m here, 0.001° of latitude about 111 m.
		const alongLng = [BASE, [BASE[0] + 0.001, BASE[1]] as LngLat];
		const alongLat = [BASE, [BASE[0], BASE[1] + 0.001] as LngLat];
		expect(dbscan(alongLng, { epsM: 100, minPoints: 2 }).clusters).toHaveLength(1);
		expect(dbscan(alongLat, { epsM: 100, minPoints: 2 }).clusters).toHaveLength(0);
	});

	it('skips features without a location and reports how many', () => {
		const features = [
			project('a', pointAt(0, 0)),
			project('unknown', null),
			project('b', pointAt(30, 0)),
			project('c', pointAt(0, 30))
		];
		const result = dbscan(features, { epsM: 100, minPoints: 3 });
		expect(result.skipped).toBe(1);
		expect(result.roles[1]).toBe('unlocated');
		expect(result.clusterIds).toEqual([0, -1, 0, 0]);
		expect(result.noise).toBe(0);
	});

	it('does not modify its inputs', () => {
		const features = [project('a', pointAt(0, 0)), project('b', pointAt(30, 0))];
		const before = structuredClone(features);
		dbscan(features, { epsM: 100, minPoints: 2 });
		expect(features).toEqual(before);
	});

	it('rejects an eps that is not a positive number of metres', () => {
		expect(() => dbscan([BASE], { epsM: 0 })).toThrow(/epsM must be a positive number of metres/);
		expect(() => dbscan([BASE], { epsM: Number.NaN })).toThrow(/epsM/);
	});

	it('rejects a minPoints that is not a whole number of at least 1', () => {
		expect(() => dbscan([BASE], { minPoints: 0 })).toThrow(/minPoints must be a whole number/);
		expect(() => dbscan([BASE], { minPoints: 2.5 })).toThrow(/minPoints/);
	});

	it('rejects a position given as [lat, lng], saying so', () => {
		expect(() => dbscan([[36.09, 120.36]])).toThrow(/points\[0\].*swapped/);
	});

	it('gives the same partition as Turf clustersDbscan on random points', () => {
		const offset = fc.tuple(
			fc.double({ min: 0, max: 1500, noNaN: true }),
			fc.double({ min: 0, max: 1500, noNaN: true })
		);
		fc.assert(
			fc.property(
				fc.array(offset, { maxLength: 40 }),
				fc.integer({ min: 50, max: 400 }),
				fc.integer({ min: 1, max: 5 }),
				(offsets, epsM, minPoints) => {
					const points = offsets.map(([east, north]) => at(east, north));
					// cheap-ruler (WGS-84 ellipsoid) and Turf (sphere) differ by up to 0.2 % here; a pair
					// they put on different sides of eps would make the partitions differ by definition.
					fc.pre(neighboursAgree(points, epsM));
					const ours = dbscan(points, { epsM, minPoints });
					const turf = clustersDbscan(featureCollection(points.map((p) => point([...p]))), epsM, {
						units: 'meters',
						minPoints
					});
					const turfIds = turf.features.map((f) => f.properties.cluster ?? -1);
					expect(canonical(ours.clusterIds)).toEqual(canonical(turfIds));
				}
			),
			{ numRuns: 300 }
		);
	});

	it('puts every located real project in exactly one cluster or in noise', () => {
		const { data } = validateGeodata(readGeodata('geodata').files);
		const result = dbscan(data.features, { epsM: 500, minPoints: 3 });
		const unlocated = data.features.filter((f) => f.geometry === null).length;
		const clustered = result.clusters.reduce((sum, c) => sum + c.members.length, 0);
		expect(result.skipped).toBe(unlocated);
		expect(clustered + result.noise + result.skipped).toBe(data.features.length);
		expect(result.clusters.length).toBeGreaterThan(0);
	});
});

/** Whether cheap-ruler (fitted as dbscan fits it) and Turf agree on every pair being within eps. */
function neighboursAgree(points: readonly LngLat[], epsM: number): boolean {
	const lats = points.map(([, lat]) => lat);
	const fitted = new CheapRuler((Math.min(...lats) + Math.max(...lats)) / 2, 'meters');
	for (let i = 0; i < points.length; i++) {
		for (let j = i + 1; j < points.length; j++) {
			const ours = fitted.distance(points[i]!, points[j]!) <= epsM;
			const turf = distance([...points[i]!], [...points[j]!], { units: 'meters' }) <= epsM;
			if (ours !== turf) return false;
		}
	}
	return true;
}

describe('clusterSummaries', () => {
	const features = [
		project('a', pointAt(0, 0), { parking_spaces_planned: 100, floor_area_m2: 2000 }),
		project('b', pointAt(100, 0), { parking_spaces_planned: 50 }),
		project('c', pointAt(0, 100), { school_places: 900 }),
		project('far', pointAt(5000, 5000), { parking_spaces_planned: 7 })
	];
	const summarise = () => clusterSummaries(features, dbscan(features, { epsM: 200, minPoints: 3 }));

	it('counts the members of each cluster and names them', () => {
		const [cluster] = summarise();
		expect(cluster?.count).toBe(3);
		expect(cluster?.projectIds).toEqual(['a', 'b', 'c']);
	});

	it('sums each metric over the members only', () => {
		expect(summarise()[0]?.metrics).toEqual({
			parking_spaces_planned: { value: 150, qualifier: 'exact' },
			floor_area_m2: { value: 2000, qualifier: 'exact' },
			school_places: { value: 900, qualifier: 'exact' }
		});
	});

	it('draws the convex hull counterclockwise through the outer members', () => {
		const ring = summarise()[0]!.hull!.geometry.coordinates[0]!;
		expect(ring).toHaveLength(4);
		let twiceArea = 0;
		for (let i = 1; i < ring.length; i++) {
			twiceArea += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
		}
		expect(twiceArea).toBeGreaterThan(0);
	});

	it('puts the centroid at the mean of the members', () => {
		const [lng, lat] = summarise()[0]!.centroid;
		const expected = at(100 / 3, 100 / 3);
		expect(ruler.distance([lng, lat], expected)).toBeLessThan(0.01);
	});

	it('gives no hull to a cluster whose members share one point', () => {
		const stacked = ['x', 'y', 'z'].map((id) => project(id, pointAt(0, 0)));
		const [cluster] = clusterSummaries(stacked, dbscan(stacked, { epsM: 100, minPoints: 3 }));
		expect(cluster?.hull).toBeNull();
	});

	it('counts the members on estimated positions and groups those sharing one point', () => {
		const estimate = (f: ProjectFeature): ProjectFeature => ({
			...f,
			properties: { ...f.properties, location: { confidence: 'low', basis: 'area-anchor' } }
		});
		const members = [
			estimate(project('x', pointAt(0, 0))),
			project('p', pointAt(50, 0)),
			estimate(project('y', pointAt(0, 0))),
			project('q', pointAt(50, 0)),
			estimate(project('z', pointAt(0, 0))),
			project('r', pointAt(0, 60))
		];
		const [cluster] = clusterSummaries(members, dbscan(members, { epsM: 100, minPoints: 3 }));
		expect(cluster?.approximate).toBe(3);
		expect(cluster?.shared.map((s) => [s.projectIds, s.approximate])).toEqual([
			[['x', 'y', 'z'], true],
			[['p', 'q'], false]
		]);
	});

	it('refuses a result computed over different features', () => {
		const result = dbscan(features.slice(0, 3), { epsM: 200, minPoints: 3 });
		expect(() => clusterSummaries(features, result)).toThrow(/pass the same features/);
	});
});
