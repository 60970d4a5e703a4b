import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import turfDistance from '@turf/distance';
import pointToLineDistance from '@turf/point-to-line-distance';
import CheapRuler from 'cheap-ruler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateGeodata } from '../data/validate-geodata';
import { readGeodata } from '../server/read-geodata';
import { buildNearbyIndex, findNearby, MAX_RADIUS_M } from './find-nearby';

type LngLat = [number, number];

function feature(id: string, geometry: GeoJSON.Geometry | null) {
	return { geometry, properties: { id } };
}

function point(id: string, coordinates: LngLat) {
	return feature(id, { type: 'Point', coordinates });
}

/** `[west, south, east, north]` as a closed ring. */
function square([west, south, east, north]: [number, number, number, number]): LngLat[] {
	return [
		[west, south],
		[east, south],
		[east, north],
		[west, north],
		[west, south]
	];
}

function distanceTo(center: LngLat, geometry: GeoJSON.Geometry): number | undefined {
	return findNearby(buildNearbyIndex([feature('f', geometry)]), center, MAX_RADIUS_M)[0]?.distanceM;
}

/**
 * The brute force the index is checked against: Turf, geodesic on a sphere, over every feature. Inside a
 * polygon (holes excepted) is 0; otherwise the nearest of its rings, lines and points.
 */
function turfDistanceM(center: LngLat, geometry: GeoJSON.Geometry): number {
	const toLine = (line: GeoJSON.Position[]) =>
		line.length === 1
			? turfDistance(center, line[0]!, { units: 'meters' })
			: pointToLineDistance(center, { type: 'LineString', coordinates: line }, { units: 'meters' });
	switch (geometry.type) {
		case 'Point':
			return turfDistance(center, geometry.coordinates, { units: 'meters' });
		case 'MultiPoint':
			return Math.min(...geometry.coordinates.map((p) => toLine([p])));
		case 'LineString':
			return toLine(geometry.coordinates);
		case 'MultiLineString':
			return Math.min(...geometry.coordinates.map(toLine));
		case 'Polygon':
			return booleanPointInPolygon(center, geometry)
				? 0
				: Math.min(...geometry.coordinates.map(toLine));
		case 'MultiPolygon':
			return Math.min(
				...geometry.coordinates.map((rings) =>
					turfDistanceM(center, { type: 'Polygon', coordinates: rings })
				)
			);
		case 'GeometryCollection':
			return Math.min(...geometry.geometries.map((part) => turfDistanceM(center, part)));
	}
}

/**
 * How far the index's distances may be from Turf's. Turf measures on a sphere of radius 6371.0088 km
 * (its `earthRadius`), cheap-ruler on the WGS-84 ellipsoid, whose radii of curvature at Qingdao's
 * 36.1° N are 6357.6 km north–south (meridional) and 6385.6 km east–west (prime vertical). So Turf is
 * up to 0.21 % long north–south and 0.23 % short east–west: 0.25 % covers both. The 0.1 m covers Turf's
 * great-circle nearest-point arithmetic, which differs by a few centimetres at sub-metre distances.
 */
function toleranceM(distanceM: number): number {
	return 0.0025 * distanceM + 0.1;
}

function expectCloseM(actualM: number | undefined, expectedM: number): void {
	expect(actualM).toBeDefined();
	expect(Math.abs(actualM! - expectedM)).toBeLessThanOrEqual(toleranceM(expectedM));
}

describe('findNearby', () => {
	it('measures 0 to a point inside a polygon', () => {
		const polygon: GeoJSON.Polygon = {
			type: 'Polygon',
			coordinates: [square([120.3, 36.1, 120.31, 36.11])]
		};
		expect(distanceTo([120.305, 36.105], polygon)).toBe(0);
	});

	it('measures to the nearest edge of a polygon from outside, not to its centre', () => {
		const polygon: GeoJSON.Polygon = {
			type: 'Polygon',
			coordinates: [square([120.3, 36.1, 120.31, 36.11])]
		};
		// 0.002° north of the top edge: about 222 m from it, 777 m from the centre.
		expectCloseM(
			distanceTo([120.305, 36.112], polygon),
			turfDistance([120.305, 36.112], [120.305, 36.11], { units: 'meters' })
		);
	});

	it('measures a point in a hole of a polygon to the edge of the hole', () => {
		const polygon: GeoJSON.Polygon = {
			type: 'Polygon',
			coordinates: [
				square([120.3, 36.1, 120.32, 36.12]),
				square([120.305, 36.105, 120.315, 36.115])
			]
		};
		// The nearest edges of the hole are its west and east sides, 0.005° of longitude away.
		expectCloseM(
			distanceTo([120.31, 36.11], polygon),
			turfDistance([120.31, 36.11], [120.305, 36.11], { units: 'meters' })
		);
	});

	it('measures the perpendicular distance to a line, not the distance to its vertices', () => {
		const line: GeoJSON.LineString = {
			type: 'LineString',
			coordinates: [
				[120.3, 36.1],
				[120.32, 36.1]
			]
		};
		// About 111 m north of the middle of a line whose vertices are 900 m away.
		expectCloseM(
			distanceTo([120.31, 36.101], line),
			turfDistance([120.31, 36.101], [120.31, 36.1], { units: 'meters' })
		);
	});

	it("measures a segment as cheap-ruler's pointToSegmentDistance does", () => {
		const lngLat = fc.tuple(
			fc.double({ min: 120.15, max: 120.6, noNaN: true }),
			fc.double({ min: 35.95, max: 36.25, noNaN: true })
		);
		fc.assert(
			fc.property(lngLat, lngLat, lngLat, (center, a, b) => {
				const line: GeoJSON.LineString = { type: 'LineString', coordinates: [a, b] };
				const expectedM = new CheapRuler(center[1], 'meters').pointToSegmentDistance(center, a, b);
				// The same formula, evaluated in metres rather than degrees: equal to rounding.
				expect(Math.abs(distanceTo(center, line)! - expectedM)).toBeLessThan(1e-6);
			})
		);
	});

	it('finds a line that crosses the circle although all its vertices lie outside', () => {
		const index = buildNearbyIndex([
			feature('crossing', {
				type: 'LineString',
				coordinates: [
					[120.3, 36.1],
					[120.32, 36.1]
				]
			})
		]);
		expect(findNearby(index, [120.31, 36.101], 250).map((hit) => hit.id)).toEqual(['crossing']);
	});

	it('leaves out a feature whose box holds the centre but whose geometry is beyond the radius', () => {
		// A diagonal line: its box covers the centre near the north-west corner, the line passes ~1.3 km away.
		const index = buildNearbyIndex([
			feature('diagonal', {
				type: 'LineString',
				coordinates: [
					[120.3, 36.1],
					[120.32, 36.12]
				]
			})
		]);
		expect(findNearby(index, [120.301, 36.119], 1000)).toEqual([]);
	});

	it.each<[string, GeoJSON.Geometry]>([
		[
			'MultiPoint',
			{
				type: 'MultiPoint',
				coordinates: [
					[120.3, 36.1],
					[120.35, 36.1]
				]
			}
		],
		[
			'MultiLineString',
			{
				type: 'MultiLineString',
				coordinates: [
					[
						[120.3, 36.1],
						[120.3, 36.2]
					],
					[
						[120.35, 36.09],
						[120.35, 36.11]
					]
				]
			}
		],
		[
			'MultiPolygon',
			{
				type: 'MultiPolygon',
				coordinates: [
					[square([120.29, 36.09, 120.3, 36.11])],
					[square([120.35, 36.09, 120.36, 36.11])]
				]
			}
		],
		[
			'GeometryCollection',
			{
				type: 'GeometryCollection',
				geometries: [
					{ type: 'Point', coordinates: [120.3, 36.1] },
					{ type: 'Polygon', coordinates: [square([120.35, 36.09, 120.36, 36.11])] }
				]
			}
		]
	])('measures a %s to its nearest part', (_type, geometry) => {
		// Each nearest part has its edge or vertex at 120.35° E, 36.1° N, 0.001° (about 90 m) east.
		expectCloseM(
			distanceTo([120.349, 36.1], geometry),
			turfDistance([120.349, 36.1], [120.35, 36.1], { units: 'meters' })
		);
	});

	it('never returns a feature whose geometry is null', () => {
		const index = buildNearbyIndex([feature('unknown', null), point('known', [120.3, 36.1])]);
		expect(findNearby(index, [120.3, 36.1], MAX_RADIUS_M).map((hit) => hit.id)).toEqual(['known']);
	});

	it('finds nothing in an index without a located feature', () => {
		expect(findNearby(buildNearbyIndex([feature('unknown', null)]), [120.3, 36.1], 3000)).toEqual(
			[]
		);
		expect(findNearby(buildNearbyIndex([]), [120.3, 36.1], 3000)).toEqual([]);
	});

	it('returns hits nearest first', () => {
		const index = buildNearbyIndex([
			point('far', [120.3, 36.1027]),
			point('near', [120.3, 36.1009]),
			point('middle', [120.3, 36.1018])
		]);
		const hits = findNearby(index, [120.3, 36.1], 500);
		expect(hits.map((hit) => hit.id)).toEqual(['near', 'middle', 'far']);
		expect(hits[0]!.distanceM).toBeLessThan(hits[1]!.distanceM);
	});

	it('orders hits at equal distances by id', () => {
		const index = buildNearbyIndex([
			point('b-second', [120.301, 36.1]),
			point('c-third', [120.301, 36.1]),
			point('a-first', [120.301, 36.1])
		]);
		const hits = findNearby(index, [120.3, 36.1], 500);
		expect(hits.map((hit) => hit.id)).toEqual(['a-first', 'b-second', 'c-third']);
	});

	it.each<[string, LngLat]>([
		['north', [120.3, 36.1045]],
		['east', [120.3055, 36.1]],
		['south-west', [120.2961, 36.0968]]
	])(
		'includes a feature exactly at the radius (%s), not when the radius is a micrometre shorter',
		(_, at) => {
			const index = buildNearbyIndex([point('edge', at)]);
			const center: LngLat = [120.3, 36.1];
			const exactM = findNearby(index, center, MAX_RADIUS_M)[0]!.distanceM;
			expect(findNearby(index, center, exactM).map((hit) => hit.id)).toEqual(['edge']);
			expect(findNearby(index, center, exactM - 1e-6)).toEqual([]);
		}
	);

	it('returns exactly what a scan of every feature returns: same ids, order and distances', () => {
		// Positions on a coarse grid over about 2 × 2 km, so that features share points (ties at equal
		// distances, many hits at 0) as well as lying apart; the reference measures each feature alone.
		const gridPosition = fc
			.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }))
			.map(([x, y]): LngLat => [120.3 + x * 0.0005, 36.1 + y * 0.0005]);
		const geometry: fc.Arbitrary<GeoJSON.Geometry> = fc.oneof(
			gridPosition.map((coordinates): GeoJSON.Geometry => ({ type: 'Point', coordinates })),
			fc
				.array(gridPosition, { minLength: 2, maxLength: 4 })
				.map((coordinates): GeoJSON.Geometry => ({ type: 'LineString', coordinates })),
			fc
				.tuple(gridPosition, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
				.map(([[west, south], w, h]): GeoJSON.Geometry => ({
					type: 'Polygon',
					coordinates: [square([west, south, west + w * 0.0005, south + h * 0.0005])]
				}))
		);
		fc.assert(
			fc.property(
				fc.array(fc.option(geometry, { freq: 10 }), { minLength: 1, maxLength: 120 }),
				fc.tuple(
					fc.double({ min: 120.295, max: 120.325, noNaN: true }),
					fc.double({ min: 36.095, max: 36.125, noNaN: true })
				),
				fc.double({ min: 1, max: 3000, noNaN: true }),
				(geometries, center, radiusM) => {
					const features = geometries.map((g, i) => feature(`f${(i * 7919) % 1000}-${i}`, g));
					const reference = features
						.flatMap(({ geometry, properties: { id } }) => {
							const distanceM = geometry === null ? undefined : distanceTo(center, geometry);
							return distanceM !== undefined && distanceM <= radiusM ? [{ id, distanceM }] : [];
						})
						.sort((a, b) => a.distanceM - b.distanceM || (a.id < b.id ? -1 : 1));
					expect(findNearby(buildNearbyIndex(features), center, radiusM)).toEqual(reference);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('orders many hits at one distance by id', () => {
		const ids = Array.from({ length: 50 }, (_, i) => `p${(i * 37) % 50}`);
		const index = buildNearbyIndex([
			...ids.map((id) => point(id, [120.301, 36.1])),
			point('farther', [120.302, 36.1])
		]);
		const hits = findNearby(index, [120.3, 36.1], 500).map((hit) => hit.id);
		expect(hits).toEqual([...[...ids].sort(), 'farther']);
	});

	it('leaves the features it indexes unchanged', () => {
		const features = [
			point('p', [120.3, 36.1]),
			feature('q', { type: 'Polygon', coordinates: [square([120.3, 36.1, 120.31, 36.11])] })
		];
		const before = structuredClone(features);
		findNearby(buildNearbyIndex(features), [120.3, 36.1], 3000);
		expect(features).toEqual(before);
	});
});

describe('findNearby input checks', () => {
	const index = buildNearbyIndex([point('p', [120.3, 36.1])]);

	it.each([0, -250, Number.NaN, Number.POSITIVE_INFINITY])(
		'rejects a radius of %s and asks for a positive number of metres',
		(radiusM) => {
			expect(() => findNearby(index, [120.3, 36.1], radiusM)).toThrow(
				/radiusM must be a positive, finite number of metres/
			);
		}
	);

	it('rejects a radius beyond city scale and names the largest accepted', () => {
		expect(() => findNearby(index, [120.3, 36.1], MAX_RADIUS_M + 1)).toThrow(
			`use at most ${MAX_RADIUS_M} m`
		);
	});

	it('rejects a centre given as [lat, lng] and suggests they are swapped', () => {
		expect(() => findNearby(index, [36.1, 120.3], 500)).toThrow(
			'got [36.1, 120.3] — are lng and lat swapped?'
		);
	});

	it.each<[string, unknown]>([
		['out of range', [200, 36.1]],
		['not a number', [Number.NaN, 36.1]],
		['too short', [120.3]],
		['not an array', { lng: 120.3, lat: 36.1 }]
	])('rejects a centre that is %s and says what it must be', (_, center) => {
		expect(() => findNearby(index, center as LngLat, 500)).toThrow(
			/^findNearby: center must be \[lng, lat\] in WGS-84 degrees/
		);
	});

	it('rejects features with the same id', () => {
		expect(() =>
			buildNearbyIndex([point('twice', [120.3, 36.1]), point('twice', [120.31, 36.1])])
		).toThrow('feature id "twice" appears twice; ids must be unique');
	});

	it('rejects a feature without an id', () => {
		expect(() => buildNearbyIndex([point('', [120.3, 36.1])])).toThrow(
			'feature #0 has no properties.id; give every feature a unique string id'
		);
	});

	it('rejects a coordinate that is not [lng, lat] and names the feature', () => {
		expect(() => buildNearbyIndex([point('flipped', [36.1, 120.3])])).toThrow(
			'feature "flipped": coordinate [36.1, 120.3] is not [lng, lat] in WGS-84 degrees'
		);
	});
});

describe('findNearby on the real data', () => {
	const { data } = validateGeodata(readGeodata('geodata').files);
	const index = buildNearbyIndex(data.features);
	const located = data.features.flatMap((f) =>
		f.geometry === null ? [] : [{ id: f.properties.id, geometry: f.geometry }]
	);
	const centerOf = (id: string): LngLat => {
		const geometry = data.features.find((f) => f.properties.id === id)?.geometry;
		if (geometry?.type !== 'Point') throw new Error(`${id} is not a Point in the data`);
		return [geometry.coordinates[0]!, geometry.coordinates[1]!];
	};

	/** Turf's distance to every located feature, and the ids it finds within the radius. */
	function bruteForce(center: LngLat, radiusM: number) {
		const distances = new Map(located.map((f) => [f.id, turfDistanceM(center, f.geometry)]));
		const within = [...distances].filter(([, d]) => d <= radiusM).map(([id]) => id);
		// Features this close to the circle may fall either side of it, depending on the earth model.
		const onEdge = [...distances]
			.filter(([, d]) => Math.abs(d - radiusM) <= toleranceM(radiusM))
			.map(([id]) => id);
		return { distances, within, onEdge };
	}

	/** Same ids as the brute force, except those on the edge, and each distance within tolerance. */
	function expectAgreement(center: LngLat, radiusM: number): void {
		const hits = findNearby(index, center, radiusM);
		const { distances, within, onEdge } = bruteForce(center, radiusM);
		const settled = (id: string) => !onEdge.includes(id);
		expect(
			hits
				.map((hit) => hit.id)
				.filter(settled)
				.sort()
		).toEqual(within.filter(settled).sort());
		for (const hit of hits) expectCloseM(hit.distanceM, distances.get(hit.id)!);
	}

	it('finds within 500 m of 海信桥站 exactly the projects a brute-force geodesic check finds', () => {
		const center = centerOf('haixinqiao-station');
		const hits = findNearby(index, center, 500);
		const { distances, within, onEdge } = bruteForce(center, 500);
		expect(onEdge).toEqual([]); // so the comparison below is exact, with no edge cases set aside
		expect(within.length).toBeGreaterThan(0);
		expect(hits.map((hit) => hit.id).sort()).toEqual(within.sort());
		for (const hit of hits) expectCloseM(hit.distanceM, distances.get(hit.id)!);
	});

	it.each<[string, number]>([
		['shuangshan-station', 1000],
		['haixinqiao-station', 1500],
		['taidong-station', 2000],
		['xiaogang-station', 3000]
	])('finds around %s within %i m what a brute-force geodesic check finds', (id, radiusM) => {
		expectAgreement(centerOf(id), radiusM);
	});

	it('finds what a brute-force geodesic check finds for random centres and radii', () => {
		const inTheCity = fc.tuple(
			fc.double({ min: 120.28, max: 120.44, noNaN: true }),
			fc.double({ min: 36.03, max: 36.17, noNaN: true })
		);
		// Also centres within about a kilometre of a project, inside polygons and beside lines.
		const nearAProject = fc
			.tuple(
				fc.constantFrom(...located.map((f) => bbox(f.geometry))),
				fc.double({ min: -0.01, max: 0.01, noNaN: true }),
				fc.double({ min: -0.01, max: 0.01, noNaN: true })
			)
			.map(([[west, south, east, north], dx, dy]): LngLat => [
				(west + east) / 2 + dx,
				(south + north) / 2 + dy
			]);
		fc.assert(
			fc.property(
				fc.oneof(inTheCity, nearAProject),
				fc.double({ min: 250, max: 3000, noNaN: true }),
				(center, radiusM) => expectAgreement(center, radiusM)
			),
			{ numRuns: 400 }
		);
	});

	it('orders two projects at the same point by id', () => {
		const hits = findNearby(index, centerOf('haixinqiao-station'), 250);
		expect(hits).toEqual([
			{ id: 'haixinqiao-station', distanceM: 0 },
			{ id: 'haixinqiao-station-commercial', distanceM: 0 }
		]);
	});

	it('never returns a project whose location is unknown, even with a radius covering the city', () => {
		const unknown = data.features.filter((f) => f.geometry === null).map((f) => f.properties.id);
		const hits = findNearby(index, [120.38, 36.1], 50_000).map((hit) => hit.id);
		expect(unknown.length).toBeGreaterThan(0);
		expect(hits).toHaveLength(located.length);
		expect(hits.filter((id) => unknown.includes(id))).toEqual([]);
	});
});
