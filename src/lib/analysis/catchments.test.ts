import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { distance } from '@turf/distance';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import CheapRuler from 'cheap-ruler';
import type { Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { sumMetrics } from '../data/sum-metrics';
import { readGeodata } from '../server/read-geodata';
import { validateGeodata } from '../data/validate-geodata';
import { catchments, estimatedCounted, sortCatchments, type CatchmentRow } from './catchments';
import { projectFixture } from './project-fixture';
import type { LngLat } from '$lib/geo/types';

/** Fixtures are laid out in metres east and north of a station in Shibei. */
const STATION: LngLat = [120.36, 36.09];
const ruler = new CheapRuler(STATION[1], 'meters');
const at = (eastM: number, northM: number): Position => [...ruler.offset(STATION, eastM, northM)];

const feature = projectFixture;

const pointAt = (eastM: number, northM: number): Geometry => ({
	type: 'Point',
	coordinates: at(eastM, northM)
});
const station = (id: string, eastM = 0, northM = 0, context?: true) =>
	feature(id, pointAt(eastM, northM), { layer: 'metro', context });

const row = (rows: CatchmentRow[], id: string) => rows.find((r) => r.stationId === id)!;
const ids = (r: CatchmentRow, radiusM: number) =>
	r.catchments.find((c) => c.radiusM === radiusM)!.projects.map((p) => p.id);

describe('catchments', () => {
	it('finds the projects within 500 m and within 800 m of a station, nearest first', () => {
		const { rows } = catchments([
			station('s'),
			feature('near', pointAt(300, 0)),
			feature('nearer', pointAt(0, 100)),
			feature('mid', pointAt(0, -700)),
			feature('far', pointAt(1000, 0))
		]);
		expect(ids(row(rows, 's'), 500)).toEqual(['nearer', 'near']);
		expect(ids(row(rows, 's'), 800)).toEqual(['nearer', 'near', 'mid']);
	});

	it('counts a polygon around the station at distance 0', () => {
		const block: Geometry = {
			type: 'Polygon',
			coordinates: [
				[at(-2000, -2000), at(2000, -2000), at(2000, 2000), at(-2000, 2000), at(-2000, -2000)]
			]
		};
		const { rows } = catchments([station('s'), feature('block', block)]);
		expect(row(rows, 's').catchments[0]?.projects).toEqual([{ id: 'block', distanceM: 0 }]);
	});

	it('measures to a line perpendicularly, not to its vertices', () => {
		// The road passes 400 m north of the station; its ends are 3 km away.
		const road: Geometry = { type: 'LineString', coordinates: [at(-3000, 400), at(3000, 400)] };
		const { rows } = catchments([station('s'), feature('road', road)]);
		const [hit] = row(rows, 's').catchments[0]!.projects;
		expect(hit?.id).toBe('road');
		expect(hit?.distanceM).toBeCloseTo(400, 0);
	});

	it('leaves out context features and the station itself, but counts a project station nearby', () => {
		const { rows } = catchments([
			station('existing', 0, 0, true),
			station('project-station', 200, 0),
			feature('context-thing', pointAt(100, 0), { context: true })
		]);
		expect(ids(row(rows, 'existing'), 500)).toEqual(['project-station']);
		expect(ids(row(rows, 'project-station'), 500)).toEqual([]);
	});

	it('treats every metro Point as a station, context or not, and nothing else', () => {
		const { rows } = catchments([
			station('existing', 0, 0, true),
			station('project-station', 3000, 0),
			feature(
				'tod-area',
				{ type: 'Polygon', coordinates: [[at(0, 0), at(10, 0), at(10, 10), at(0, 0)]] },
				{ layer: 'metro' }
			),
			feature('car-park', pointAt(0, 3000))
		]);
		expect(rows.map((r) => [r.stationId, r.context])).toEqual([
			['existing', true],
			['project-station', false]
		]);
	});

	it('adds up parking (planned and added), school places, floor area and every metric', () => {
		const { rows } = catchments([
			station('s'),
			feature('a', pointAt(100, 0), {
				metrics: { parking_spaces_planned: 300, floor_area_m2: 5000 }
			}),
			feature('b', pointAt(0, 200), { metrics: { parking_spaces_added: 120, school_places: 900 } }),
			feature('c', pointAt(0, 700), { metrics: { school_places: 45, households: 12 } })
		]);
		const [within500, within800] = row(rows, 's').catchments;
		expect(within500).toMatchObject({
			count: 2,
			parkingSpaces: 420,
			schoolPlaces: 900,
			floorAreaM2: 5000
		});
		expect(within800).toMatchObject({ count: 3, parkingSpaces: 420, schoolPlaces: 945 });
		expect(within800?.metrics).toEqual({
			parking_spaces_planned: { value: 300, qualifier: 'exact' },
			parking_spaces_added: { value: 120, qualifier: 'exact' },
			floor_area_m2: { value: 5000, qualifier: 'exact' },
			school_places: { value: 945, qualifier: 'exact' },
			households: { value: 12, qualifier: 'exact' }
		});
	});

	it('skips features without a location and says how many', () => {
		const result = catchments([station('s'), feature('unknown', null)]);
		expect(result.skipped).toBe(1);
		const lost = feature('lost-station', null, { layer: 'metro' });
		expect(catchments([lost]).rows).toEqual([]);
	});

	it('does not modify its inputs', () => {
		const features = [
			station('s'),
			feature('a', pointAt(100, 0), { metrics: { school_places: 5 } })
		];
		const before = structuredClone(features);
		catchments(features);
		expect(features).toEqual(before);
	});

	it('rejects radii that are not positive distances', () => {
		expect(() => catchments([], { radiiM: [] })).toThrow(/radiiM must be a non-empty list/);
		expect(() => catchments([], { radiiM: [500, -1] })).toThrow(/positive distances in metres/);
	});

	it('matches a brute-force Turf scan of the real data', () => {
		const { data } = validateGeodata(readGeodata('geodata').files);
		const { rows, skipped } = catchments(data.features);
		const stations = data.features.filter(
			(f) => f.properties.layer === 'metro' && f.geometry?.type === 'Point'
		);
		const projects = data.features.filter((f) => f.geometry !== null && !f.properties.context);
		expect(rows.map((r) => r.stationId)).toEqual(stations.map((f) => f.properties.id));
		expect(skipped).toBe(data.features.length - data.features.filter((f) => f.geometry).length);

		// Turf measures on a sphere, cheap-ruler on the WGS-84 ellipsoid: at 36° N they differ by up to
		// 0.23 % with direction, so a project within 0.3 % of a radius may fairly fall either side.
		const band = 0.003;
		let compared = 0;
		for (const r of rows) {
			const at = (
				stations.find((f) => f.properties.id === r.stationId)!.geometry as { coordinates: Position }
			).coordinates;
			for (const c of r.catchments) {
				const turfDistances = projects
					.filter((p) => p.properties.id !== r.stationId)
					.map((p) => ({ p, distanceM: turfDistanceM(at, p.geometry!) }));
				const ambiguous = turfDistances.some(
					({ distanceM }) => Math.abs(distanceM - c.radiusM) <= band * c.radiusM
				);
				const ours = new Set(c.projects.map((p) => p.id));
				for (const { p, distanceM } of turfDistances) {
					const where = `${r.stationId} ${c.radiusM} m: ${p.properties.id} at ${distanceM.toFixed(1)} m`;
					if (distanceM < c.radiusM * (1 - band))
						expect(ours.has(p.properties.id), where).toBe(true);
					if (distanceM > c.radiusM * (1 + band))
						expect(ours.has(p.properties.id), where).toBe(false);
				}
				if (ambiguous) continue;
				const within = turfDistances
					.filter(({ distanceM }) => distanceM <= c.radiusM)
					.map(({ p }) => p);
				const expected = sumMetrics(within.map((p) => p.properties));
				expect(c.count, r.stationId).toBe(within.length);
				expect(c.metrics, r.stationId).toEqual(expected);
				expect(c.parkingSpaces).toBe(
					(expected.parking_spaces_planned?.value ?? 0) +
						(expected.parking_spaces_added?.value ?? 0)
				);
				expect(c.schoolPlaces).toBe(expected.school_places?.value ?? 0);
				expect(c.floorAreaM2).toBe(expected.floor_area_m2?.value ?? 0);
				compared++;
			}
		}
		// All but the catchments with a project in the band are compared in full.
		expect(compared).toBeGreaterThanOrEqual(rows.length * 2 - 4);
	});
});

describe('sortCatchments', () => {
	const { rows } = catchments([
		station('a'),
		feature('a1', pointAt(100, 0), { metrics: { school_places: 10 } }),
		station('b', 5000, 0),
		feature('b1', pointAt(5100, 0), { metrics: { school_places: 900 } }),
		feature('b2', pointAt(5000, 600), { metrics: { school_places: 50 } }),
		station('c', 10000, 0)
	]);

	it('orders stations by a sum within a radius, largest first', () => {
		expect(sortCatchments(rows, 'schoolPlaces', 500).map((r) => r.stationId)).toEqual([
			'b',
			'a',
			'c'
		]);
	});

	it('orders by count in the chosen radius, ascending on request, ties by station id', () => {
		expect(sortCatchments(rows, 'count', 800, 'ascending').map((r) => r.stationId)).toEqual([
			'c',
			'a',
			'b'
		]);
		expect(sortCatchments(rows, 'count', 500).map((r) => r.stationId)).toEqual(['a', 'b', 'c']);
	});

	it('orders by any metric, counting a missing one as 0', () => {
		expect(sortCatchments(rows, 'school_places', 800).map((r) => r.stationId)).toEqual([
			'b',
			'a',
			'c'
		]);
	});

	it('returns a new array and leaves the rows as they were', () => {
		const order = rows.map((r) => r.stationId);
		expect(sortCatchments(rows, 'count', 800)).not.toBe(rows);
		expect(rows.map((r) => r.stationId)).toEqual(order);
	});

	it('refuses a radius the rows were not computed for', () => {
		expect(() => sortCatchments(rows, 'count', 1000)).toThrow(/no 1000 m catchment.*500, 800 m/);
	});
});

/** Turf's distance from a point to the nearest point of a geometry, metres: 0 inside a polygon. */
function turfDistanceM(at: Position, geometry: Geometry): number {
	const toLine = (line: Position[]) =>
		pointToLineDistance(at, { type: 'LineString', coordinates: line }, { units: 'meters' });
	switch (geometry.type) {
		case 'Point':
			return distance(at, geometry.coordinates, { units: 'meters' });
		case 'MultiPoint':
			return Math.min(...geometry.coordinates.map((p) => distance(at, p, { units: 'meters' })));
		case 'LineString':
			return toLine(geometry.coordinates);
		case 'MultiLineString':
			return Math.min(...geometry.coordinates.map(toLine));
		case 'Polygon':
			return booleanPointInPolygon(at, geometry)
				? 0
				: Math.min(...geometry.coordinates.map(toLine));
		case 'MultiPolygon':
			return booleanPointInPolygon(at, geometry)
				? 0
				: Math.min(...geometry.coordinates.flat().map(toLine));
		case 'GeometryCollection':
			return Math.min(...geometry.geometries.map((g) => turfDistanceM(at, g)));
	}
}

describe('estimatedCounted', () => {
	it('counts each project once over the stations at one radius, and those on estimated positions', () => {
		const estimate = (id: string, geometry: Geometry) => {
			const f = feature(id, geometry);
			f.properties.location = { ...f.properties.location!, confidence: 'low' };
			return f;
		};
		const features = [
			station('a'),
			station('b', 400, 0),
			estimate('between', pointAt(200, 0)),
			feature('near-b', pointAt(600, 0)),
			estimate('beyond', pointAt(1100, 0))
		];
		const { rows } = catchments(features);
		const byId = new Map(features.map((f) => [f.properties.id, f]));
		const lookup = (id: string) => byId.get(id);
		// At 500 m: each station (from the other), 'between' (from both, counted once) and 'near-b'.
		expect(estimatedCounted(rows, 500, lookup)).toEqual({ counted: 4, estimated: 1 });
		expect(estimatedCounted(rows, 800, lookup)).toEqual({ counted: 5, estimated: 2 });
		expect(estimatedCounted([], 500, lookup)).toEqual({ counted: 0, estimated: 0 });
	});
});
