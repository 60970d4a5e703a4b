import CheapRuler from 'cheap-ruler';
import { describe, expect, it } from 'vitest';
import {
	cleanRing,
	decodeRing,
	parseEchartsMap,
	quantisedGcjToWgs84
} from './read-echarts-districts';

// A 2 × 2 square from (10, 20): char code − 64 is the zig-zag delta ('@' 0, 'D' +2, 'C' −2).
const SQUARE = '@@D@@DC@@C';
const SQUARE_RING = [
	[10, 20],
	[12, 20],
	[12, 22],
	[10, 22],
	[10, 20]
];

describe('decodeRing', () => {
	it('adds each zig-zag decoded character pair to the previous point, starting at the offsets', () => {
		expect(decodeRing(SQUARE, [10, 20])).toEqual(SQUARE_RING);
	});

	it('decodes odd codes as negative and even codes as positive deltas', () => {
		// 'A' = 1 → −1, 'B' = 2 → +1, 'E' = 5 → −3, 'F' = 6 → +3
		expect(decodeRing('BAEF', [0, 0])).toEqual([
			[1, -1],
			[-2, 2]
		]);
	});
});

describe('cleanRing', () => {
	it('drops repeated vertices, also across the closing point, and keeps the ring closed', () => {
		const ring = cleanRing([
			[0, 0],
			[0, 0],
			[2, 0],
			[2, 2],
			[2, 2],
			[0, 2],
			[0, 0]
		]);
		expect(ring).toEqual([
			[0, 0],
			[2, 0],
			[2, 2],
			[0, 2],
			[0, 0]
		]);
	});

	it('drops zero-width spikes (A, B, A), including spikes that appear once repeats are gone', () => {
		const ring = cleanRing([
			[0, 0],
			[2, 0],
			[3, 0],
			[3, 0],
			[2, 0],
			[2, 2],
			[0, 2],
			[0, 0]
		]);
		expect(ring).toEqual([
			[0, 0],
			[2, 0],
			[2, 2],
			[0, 2],
			[0, 0]
		]);
	});
});

describe('parseEchartsMap', () => {
	const module = (map: unknown) =>
		`(function (root) { root.echarts.registerMap('青岛', ${JSON.stringify(map)}); })(this);`;

	it('reads the map the UMD module registers, Polygon and MultiPolygon features alike', () => {
		const source = module({
			UTF8Encoding: true,
			features: [
				{
					properties: { name: 'A' },
					geometry: { type: 'Polygon', coordinates: [SQUARE], encodeOffsets: [[10, 20]] }
				},
				{
					properties: { name: 'B' },
					geometry: {
						type: 'MultiPolygon',
						coordinates: [[SQUARE], [SQUARE]],
						encodeOffsets: [[[10, 20]], [[0, 0]]]
					}
				}
			]
		});
		const districts = parseEchartsMap(source, 'fixture.js');
		expect(districts.map((d) => d.name)).toEqual(['A', 'B']);
		expect(districts[0]!.polygons).toEqual([[SQUARE_RING]]);
		expect(districts[1]!.polygons[1]![0]![0]).toEqual([0, 0]);
	});

	it('refuses a module that registers no encoded map, naming the file', () => {
		const source = module({ type: 'FeatureCollection', features: [] });
		expect(() => parseEchartsMap(source, 'fixture.js')).toThrow(/^fixture\.js: expected/);
	});

	it('gives the module no Node globals such as require', () => {
		const source = `require('node:fs'); ${module({ UTF8Encoding: true, features: [] })}`;
		expect(() => parseEchartsMap(source, 'fixture.js')).toThrow(/require is not defined/);
	});
});

describe('quantisedGcjToWgs84', () => {
	it('moves a point of 市南区 about 460 m west, from GCJ-02 to WGS-84 degrees', () => {
		const gcj: [number, number] = [120.38 * 1024, 36.06 * 1024];
		const wgs = quantisedGcjToWgs84(gcj, 1024);
		const ruler = new CheapRuler(36.06, 'meters');
		const [east, north] = [(wgs[0] - 120.38) * ruler.kx, (wgs[1] - 36.06) * ruler.ky];
		expect(east).toBeGreaterThan(-500);
		expect(east).toBeLessThan(-420);
		expect(Math.abs(north)).toBeLessThan(60);
	});
});
