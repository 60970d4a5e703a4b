import turfDistance from '@turf/distance';
import fc from 'fast-check';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { formatImportMessage, type ImportMessage } from './messages';
import {
	checkFileSize,
	convertUserLayer,
	MAX_BYTES,
	MAX_FEATURES,
	parseUserLayer,
	type ParseResult,
	type UserLayer
} from './parse-user-layer';

// Places in Qingdao, WGS-84 [lng, lat] (approximate; enough for these tests).
const MAY_FOURTH_SQUARE = [120.3845, 36.0618];
const ZHANQIAO_PIER = [120.3197, 36.0594];
const TAIDONG = [120.3513, 36.0886];

function layerOf(result: ParseResult): UserLayer {
	if (!result.ok) throw new Error(`expected a layer, got ${JSON.stringify(result.error)}`);
	return result.layer;
}

function errorOf(result: ParseResult): ImportMessage {
	if (result.ok) throw new Error('expected the file to be refused');
	return result.error;
}

function feature(geometry: unknown, properties: unknown = {}, extra: object = {}) {
	return { type: 'Feature', ...extra, properties, geometry };
}

function point(coordinates: unknown, properties: unknown = {}) {
	return feature({ type: 'Point', coordinates }, properties);
}

function collection(...features: unknown[]): string {
	return JSON.stringify({ type: 'FeatureCollection', features });
}

const square = (lng: number, lat: number, d = 0.001) => [
	[
		[lng, lat],
		[lng + d, lat],
		[lng + d, lat + d],
		[lng, lat + d],
		[lng, lat]
	]
];

describe('checkFileSize', () => {
	it('refuses a 50 MB file at once, naming its size and the 10 MB limit', () => {
		const message = checkFileSize(50 * 1024 * 1024);
		expect(message).toEqual({ code: 'file-too-large', params: { sizeMb: 50, limitMb: 10 } });
		expect(formatImportMessage(message!, 'en')).toContain('(50 MB); the limit is 10 MB');
		expect(formatImportMessage(message!, 'zh')).toContain('文件太大（50 MB），上限为 10 MB');
	});

	it('accepts a file of exactly MAX_BYTES', () => {
		expect(checkFileSize(MAX_BYTES)).toBeNull();
	});
});

describe('parseUserLayer: GeoJSON', () => {
	it('reads a FeatureCollection into WGS-84 features with string ids, counts and a bbox', () => {
		const text = collection(
			point(MAY_FOURTH_SQUARE, { name: '五四广场', visitors: 1200, open: true, note: null }),
			feature({ type: 'LineString', coordinates: [ZHANQIAO_PIER, TAIDONG] }, { name: 'walk' }),
			feature({ type: 'Polygon', coordinates: square(120.35, 36.08) }, null, { id: 7 })
		);
		const layer = layerOf(parseUserLayer('places.geojson', text));

		expect(layer).toMatchObject({ name: 'places.geojson', kind: 'geojson', datum: 'wgs84' });
		expect(layer.features).toEqual([
			{
				type: 'Feature',
				id: 'feature-1',
				geometry: { type: 'Point', coordinates: MAY_FOURTH_SQUARE },
				properties: { name: '五四广场', visitors: 1200, open: true, note: null }
			},
			{
				type: 'Feature',
				id: 'feature-2',
				geometry: { type: 'LineString', coordinates: [ZHANQIAO_PIER, TAIDONG] },
				properties: { name: 'walk' }
			},
			{
				type: 'Feature',
				id: '7',
				geometry: { type: 'Polygon', coordinates: square(120.35, 36.08) },
				properties: {}
			}
		]);
		expect(layer.counts).toEqual({
			Point: 1,
			MultiPoint: 0,
			LineString: 1,
			MultiLineString: 0,
			Polygon: 1,
			MultiPolygon: 0
		});
		expect(layer.bbox).toEqual([120.3197, 36.0594, 120.3845, 36.0886]);
		expect(layer.warnings).toEqual([]);
	});

	it('accepts a single Feature', () => {
		const text = JSON.stringify(point(TAIDONG, { name: '台东' }));
		const layer = layerOf(parseUserLayer('one.json', text));
		expect(layer.features.map((f) => f.geometry)).toEqual([
			{ type: 'Point', coordinates: TAIDONG }
		]);
	});

	it('accepts a bare geometry as one feature without properties', () => {
		const text = JSON.stringify({ type: 'MultiPoint', coordinates: [TAIDONG, ZHANQIAO_PIER] });
		const layer = layerOf(parseUserLayer('shape.geojson', text));
		expect(layer.features).toHaveLength(1);
		expect(layer.features[0]?.properties).toEqual({});
		expect(layer.counts.MultiPoint).toBe(1);
	});

	it('returns plain data that survives a JSON round trip unchanged', () => {
		const text = collection(point(TAIDONG, { nested: { a: [1, 2] } }));
		const result = parseUserLayer('a.geojson', text);
		expect(JSON.parse(JSON.stringify(result))).toEqual(result);
	});

	it('detects GeoJSON by its content when the file is named .txt', () => {
		const layer = layerOf(parseUserLayer('export.txt', collection(point(TAIDONG))));
		expect(layer.kind).toBe('geojson');
	});

	it('strips a byte order mark before parsing JSON', () => {
		const layer = layerOf(parseUserLayer('bom.geojson', '\uFEFF' + collection(point(TAIDONG))));
		expect(layer.features).toHaveLength(1);
	});

	it('gives repeated ids distinct values', () => {
		const a = { ...point(TAIDONG), id: 'x' };
		const b = { ...point(ZHANQIAO_PIER), id: 'x' };
		const layer = layerOf(parseUserLayer('dup.geojson', collection(a, b, a)));
		expect(layer.features.map((f) => f.id)).toEqual(['x', 'x~2', 'x~3']);
	});

	it('flattens a GeometryCollection into one feature per member, with a warning', () => {
		const text = collection(
			feature(
				{
					type: 'GeometryCollection',
					geometries: [
						{ type: 'Point', coordinates: TAIDONG },
						{ type: 'LineString', coordinates: [TAIDONG, ZHANQIAO_PIER] }
					]
				},
				{ name: 'both' },
				{ id: 'gc' }
			)
		);
		const layer = layerOf(parseUserLayer('gc.geojson', text));
		expect(layer.features.map((f) => [f.id, f.geometry.type, f.properties.name])).toEqual([
			['gc-1', 'Point', 'both'],
			['gc-2', 'LineString', 'both']
		]);
		expect(layer.warnings).toContainEqual({
			code: 'geometry-collections-flattened',
			params: { count: 1, parts: 2 }
		});
	});

	it('skips features without geometry and counts them in a warning', () => {
		const text = collection(point(TAIDONG), feature(null), { type: 'Feature', properties: {} });
		const layer = layerOf(parseUserLayer('gaps.geojson', text));
		expect(layer.features).toHaveLength(1);
		expect(layer.warnings).toEqual([
			{ code: 'features-without-geometry-skipped', params: { count: 2 } }
		]);
	});

	it('refuses a file whose features all lack geometry', () => {
		const error = errorOf(parseUserLayer('empty.geojson', collection(feature(null))));
		expect(error).toEqual({ code: 'no-features', params: { skipped: 1 } });
	});

	it('closes an unclosed polygon ring and says so', () => {
		const open = [[TAIDONG, ZHANQIAO_PIER, MAY_FOURTH_SQUARE]];
		const layer = layerOf(
			parseUserLayer('open.geojson', collection(feature({ type: 'Polygon', coordinates: open })))
		);
		expect(layer.features[0]?.geometry).toEqual({
			type: 'Polygon',
			coordinates: [[TAIDONG, ZHANQIAO_PIER, MAY_FOURTH_SQUARE, TAIDONG]]
		});
		expect(layer.warnings).toContainEqual({ code: 'rings-closed', params: { count: 1 } });
	});

	it('refuses a line with a single position', () => {
		const text = collection(
			point(TAIDONG),
			feature({ type: 'LineString', coordinates: [TAIDONG] })
		);
		expect(errorOf(parseUserLayer('short.geojson', text))).toEqual({
			code: 'geometry-invalid',
			params: { index: 1, type: 'LineString', problem: 'too-few-positions' }
		});
	});
});

describe('parseUserLayer: properties', () => {
	it('stringifies nested values and keeps scalars', () => {
		const text = collection(point(TAIDONG, { tags: ['a', 'b'], info: { floors: 3 }, n: 1.5 }));
		const layer = layerOf(parseUserLayer('p.geojson', text));
		expect(layer.features[0]?.properties).toEqual({
			tags: '["a","b"]',
			info: '{"floors":3}',
			n: 1.5
		});
	});

	it('drops a __proto__ key without touching any prototype', () => {
		const text = `{"type":"Feature","geometry":{"type":"Point","coordinates":[120.35,36.08]},"properties":{"__proto__":{"polluted":"yes"},"name":"ok"}}`;
		const layer = layerOf(parseUserLayer('evil.geojson', text));
		const properties = layer.features[0]?.properties ?? {};
		expect(Object.keys(properties)).toEqual(['name']);
		expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(layer.warnings).toContainEqual({ code: 'properties-trimmed', params: { count: 1 } });
	});

	it('caps the number of properties and the length of values', () => {
		const many = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`k${i}`, i]));
		const text = collection(point(TAIDONG, { ...many, long: 'x'.repeat(20_000) }));
		const properties = layerOf(parseUserLayer('big.geojson', text)).features[0]?.properties ?? {};
		expect(Object.keys(properties)).toHaveLength(100);
		const text2 = collection(point(TAIDONG, { long: 'x'.repeat(20_000) }));
		const long = layerOf(parseUserLayer('long.geojson', text2)).features[0]?.properties.long;
		expect(typeof long === 'string' && long.length).toBe(5000);
	});
});

describe('parseUserLayer: refusals', () => {
	it('refuses over-long text even when the size check was skipped', () => {
		const text = ' '.repeat(MAX_BYTES + 1);
		expect(errorOf(parseUserLayer('huge.geojson', text)).code).toBe('file-too-large');
	});

	it('counts UTF-8 bytes, not characters, against the limit', () => {
		// 4 million CJK characters are 12 million bytes in UTF-8.
		const text = '青'.repeat(4_000_000);
		expect(errorOf(parseUserLayer('huge.csv', text)).code).toBe('file-too-large');
	});

	it('refuses an empty file', () => {
		expect(errorOf(parseUserLayer('empty.csv', '\uFEFF \n'))).toEqual({
			code: 'file-empty',
			params: {}
		});
	});

	it('refuses text decoded from a non-UTF-8 file, saying how to save it as UTF-8', () => {
		// GBK bytes for "经度" decoded as UTF-8.
		const text = new TextDecoder().decode(new Uint8Array([0xbe, 0xad, 0xb6, 0xc8, 0x2c, 0x78]));
		const error = errorOf(parseUserLayer('excel.csv', text));
		expect(error).toEqual({ code: 'encoding-not-utf8', params: {} });
		expect(formatImportMessage(error, 'en')).toContain('CSV UTF-8');
	});

	it('survives JSON nested too deeply to write out again', () => {
		const deep = '['.repeat(200_000) + ']'.repeat(200_000);
		const text = `{"type":"FeatureCollection","meta":${deep},"features":[${JSON.stringify(point(TAIDONG, { deep: 1 }))}]}`;
		expect(parseUserLayer('deep.geojson', text).ok).toBe(true);
	});

	it('refuses a KML file, saying which formats are accepted', () => {
		const error = errorOf(parseUserLayer('route.kml', '<?xml version="1.0"?><kml></kml>'));
		expect(error).toEqual({ code: 'format-unsupported', params: { extension: 'kml' } });
		expect(formatImportMessage(error, 'zh')).toBe(
			'无法读取 “.kml” 文件。请导出为 GeoJSON（.geojson）或带经纬度列的 CSV（.csv）后再试。'
		);
	});

	it('refuses an Excel workbook by its zip signature even without an extension', () => {
		const error = errorOf(parseUserLayer('data', 'PK\u0003\u0004\u0000\u0000binary'));
		expect(error).toEqual({ code: 'file-kind', params: { kind: 'zip' } });
	});

	it('reads a CSV whose first column is called PK, which is not a zip signature', () => {
		const layer = layerOf(parseUserLayer('keys.csv', 'PK,lon,lat\n1,120.35,36.08'));
		expect(layer.features[0]?.properties).toEqual({ PK: 1 });
	});

	it('refuses malformed JSON, naming the line and column of the error', () => {
		// A trailing comma after the last member.
		const text = '{\n  "type": "FeatureCollection",\n  "features": [],\n}';
		const error = errorOf(parseUserLayer('bad.geojson', text));
		expect(error).toEqual({
			code: 'json-malformed',
			params: { line: 4, column: 1, atEnd: false }
		});
		expect(formatImportMessage(error, 'en')).toContain('near line 4, column 1');
	});

	it('refuses malformed JSON without a position when the parser gives none', () => {
		const error = errorOf(parseUserLayer('bad.geojson', '{"features": [,]}'));
		expect(error.code).toBe('json-malformed');
		expect(formatImportMessage(error, 'en')).toMatch(/^The file is not valid JSON/);
	});

	it('says a JSON file that stops early may be incomplete', () => {
		const error = errorOf(parseUserLayer('cut.geojson', '{"type": "FeatureCollection", "feat'));
		expect(error).toEqual({ code: 'json-malformed', params: { atEnd: true } });
		expect(formatImportMessage(error, 'zh')).toContain('文件可能不完整');
	});

	it('refuses JSON whose top level is an array', () => {
		const error = errorOf(parseUserLayer('list.json', '[1, 2, 3]'));
		expect(error).toEqual({ code: 'json-not-geojson', params: { found: 'array' } });
		expect(formatImportMessage(error, 'en')).toContain('not GeoJSON: its top level is an array');
	});

	it('refuses a JSON object without a GeoJSON type', () => {
		const error = errorOf(parseUserLayer('foo.json', '{"foo": 1}'));
		expect(error).toEqual({ code: 'json-not-geojson', params: { found: 'object' } });
	});

	it('names an unknown top-level type', () => {
		const error = errorOf(parseUserLayer('foo.json', '{"type": "Map"}'));
		expect(error).toEqual({
			code: 'json-not-geojson',
			params: { found: 'unknown-type', type: 'Map' }
		});
	});

	it('explains that TopoJSON must be converted first', () => {
		const error = errorOf(parseUserLayer('districts.json', '{"type":"Topology","objects":{}}'));
		expect(error).toEqual({ code: 'json-not-geojson', params: { found: 'topojson' } });
	});

	it('refuses a feature that is not a Feature, naming its index', () => {
		const text = collection(point(TAIDONG), { type: 'Point', coordinates: TAIDONG });
		expect(errorOf(parseUserLayer('mixed.geojson', text))).toEqual({
			code: 'feature-invalid',
			params: { index: 1 }
		});
	});

	it('refuses an unsupported geometry type, naming the type and the feature', () => {
		const text = collection(
			point(TAIDONG),
			point(TAIDONG),
			feature({ type: 'Circle', coordinates: TAIDONG, radius: 100 })
		);
		const error = errorOf(parseUserLayer('circle.geojson', text));
		expect(error).toEqual({ code: 'geometry-unsupported', params: { index: 2, type: 'Circle' } });
		expect(formatImportMessage(error, 'en')).toMatch(
			/^Feature 3 \(features\[2\]\) has the geometry type “Circle”, which is not supported\./
		);
		expect(formatImportMessage(error, 'zh')).toContain(
			'第 3 个要素（features[2]）的几何类型 “Circle” 不受支持。'
		);
	});

	it('refuses a coordinate written as a string, naming the feature and the value', () => {
		const text = collection(point(['120.35', 36.08]));
		expect(errorOf(parseUserLayer('strings.geojson', text))).toEqual({
			code: 'coordinates-not-numbers',
			params: { index: 0, example: '["120.35", 36.08]' }
		});
	});

	it('refuses out-of-range coordinates, naming the first feature, its value and the count', () => {
		const text = collection(
			point(TAIDONG),
			point([200, 95]),
			feature({ type: 'LineString', coordinates: [TAIDONG, [-190, 10], [120, -100]] })
		);
		const error = errorOf(parseUserLayer('far.geojson', text));
		expect(error).toEqual({
			code: 'coordinates-out-of-range',
			params: { index: 1, count: 3, example: '[200, 95]' }
		});
		expect(formatImportMessage(error, 'en')).toBe(
			'The coordinates [200, 95] of feature 2 (features[1]) are out of range (longitude must be between −180 and 180, latitude between −90 and 90); 3 coordinates are like this. Check the coordinate columns or the coordinate system and try again.'
		);
	});

	it('explains that [36.07, 120.33] looks like [lat, lng]', () => {
		const text = collection(point([36.07, 120.33]), point([36.06, 120.38]));
		const error = errorOf(parseUserLayer('swapped.geojson', text));
		expect(error).toEqual({
			code: 'coordinates-swapped',
			params: { index: 0, count: 2, example: '[36.07, 120.33]' }
		});
		expect(formatImportMessage(error, 'en')).toContain(
			'look like [lat, lng]; 2 coordinates are like this. GeoJSON is [lng, lat]'
		);
		expect(formatImportMessage(error, 'zh')).toContain('看起来是 [纬度, 经度]');
	});

	it('recognises projected coordinates in metres', () => {
		const text = collection(point([13_401_000, 4_309_000]));
		expect(errorOf(parseUserLayer('mercator.geojson', text))).toEqual({
			code: 'coordinates-projected',
			params: { index: 0, count: 1, example: '[13401000, 4309000]' }
		});
	});

	it(`refuses more than ${MAX_FEATURES} features, naming the count`, () => {
		const text = collection(...Array.from({ length: MAX_FEATURES + 1 }, () => point(TAIDONG)));
		const error = errorOf(parseUserLayer('many.geojson', text));
		expect(error).toEqual({
			code: 'too-many-features',
			params: { count: MAX_FEATURES + 1, limit: MAX_FEATURES }
		});
		expect(formatImportMessage(error, 'en')).toContain('50,001 features');
	});
});

describe('parseUserLayer: relevance', () => {
	it('accepts data outside Qingdao with a warning giving its extent', () => {
		const beijing = [116.3975, 39.9087];
		const layer = layerOf(parseUserLayer('beijing.geojson', collection(point(beijing))));
		expect(layer.features).toHaveLength(1);
		expect(layer.warnings).toEqual([
			{ code: 'outside-qingdao', params: { bbox: '[116.398, 39.909, 116.398, 39.909]' } }
		]);
	});

	it('does not warn when part of the data is in Qingdao', () => {
		const layer = layerOf(
			parseUserLayer('mixed.geojson', collection(point(TAIDONG), point([116.4, 39.9])))
		);
		expect(layer.warnings).toEqual([]);
	});
});

describe('parseUserLayer: CSV', () => {
	it('reads points from lon/lat columns, other columns becoming properties', () => {
		const text = 'name,lon,lat,area_m2\n五四广场,120.3845,36.0618,100000\n栈桥,120.3197,36.0594,\n';
		const layer = layerOf(parseUserLayer('places.csv', text));
		expect(layer.kind).toBe('csv');
		expect(layer.features).toEqual([
			{
				type: 'Feature',
				id: 'row-2',
				geometry: { type: 'Point', coordinates: [120.3845, 36.0618] },
				properties: { name: '五四广场', area_m2: 100000 }
			},
			{
				type: 'Feature',
				id: 'row-3',
				geometry: { type: 'Point', coordinates: [120.3197, 36.0594] },
				properties: { name: '栈桥', area_m2: null }
			}
		]);
		expect(layer.counts.Point).toBe(2);
		expect(layer.warnings).toEqual([]);
	});

	it('finds coordinate columns by Chinese names, in any case', () => {
		const zh = layerOf(parseUserLayer('a.csv', '名称,经度,纬度\n台东,120.3513,36.0886'));
		const upper = layerOf(parseUserLayer('b.csv', 'NAME,Longitude,LATITUDE\nx,120.3513,36.0886'));
		expect(zh.features[0]?.geometry.coordinates).toEqual([120.3513, 36.0886]);
		expect(upper.features[0]?.geometry.coordinates).toEqual([120.3513, 36.0886]);
	});

	it('finds coordinate columns whose names contain lng/lat as a word', () => {
		const text = 'id,wgs84Lng,wgs84_lat\n1,120.3513,36.0886';
		const layer = layerOf(parseUserLayer('words.csv', text));
		expect(layer.features[0]?.geometry.coordinates).toEqual([120.3513, 36.0886]);
	});

	it('prefers columns named as longitude/latitude to x/y', () => {
		const text = 'x,y,lng_wgs84,lat_wgs84\n1,2,120.3513,36.0886';
		const layer = layerOf(parseUserLayer('xy.csv', text));
		expect(layer.features[0]?.geometry.coordinates).toEqual([120.3513, 36.0886]);
		expect(layer.features[0]?.properties).toEqual({ x: 1, y: 2 });
	});

	it('falls back to x/y columns', () => {
		const layer = layerOf(parseUserLayer('xy.csv', 'X,Y\n120.3513,36.0886'));
		expect(layer.features[0]?.geometry.coordinates).toEqual([120.3513, 36.0886]);
	});

	it('refuses two equally likely longitude columns, listing them', () => {
		const text = 'lng_gcj02,lng_wgs84,lat\n120.36,120.35,36.08';
		expect(errorOf(parseUserLayer('two.csv', text))).toEqual({
			code: 'csv-coordinate-columns-ambiguous',
			params: { axis: 'lon', columns: '“lng_gcj02”, “lng_wgs84”' }
		});
	});

	it('reads semicolon-separated and tab-separated files', () => {
		const semicolon = layerOf(parseUserLayer('s.csv', 'name;lon;lat\na;120.35;36.08'));
		const tab = layerOf(parseUserLayer('t.tsv', 'name\tlon\tlat\na\t120.35\t36.08'));
		expect(semicolon.features[0]?.geometry.coordinates).toEqual([120.35, 36.08]);
		expect(tab.features[0]?.geometry.coordinates).toEqual([120.35, 36.08]);
	});

	it('reads quoted fields holding commas, doubled quotes and line breaks', () => {
		const text =
			'name,lon,lat,note\r\n"Zhang, ""Li""",120.35,36.08,"two\r\nlines"\r\nb,120.36,36.09,x';
		const layer = layerOf(parseUserLayer('q.csv', text));
		expect(layer.features.map((f) => f.properties)).toEqual([
			{ name: 'Zhang, "Li"', note: 'two\r\nlines' },
			{ name: 'b', note: 'x' }
		]);
		expect(layer.features.map((f) => f.id)).toEqual(['row-2', 'row-4']);
	});

	it('ignores empty lines and strips a byte order mark', () => {
		const text = '\uFEFFlon,lat\n\n120.35,36.08\n,\n\n120.36,36.09\n\n';
		const layer = layerOf(parseUserLayer('gaps.csv', text));
		expect(layer.features).toHaveLength(2);
		expect(layer.warnings).toEqual([]);
	});

	it('skips rows whose coordinates are both empty, with a warning naming the first', () => {
		const text = 'name,lon,lat\na,120.35,36.08\nnot yet located,,\nc,120.36,36.09';
		const layer = layerOf(parseUserLayer('todo.csv', text));
		expect(layer.features).toHaveLength(2);
		expect(layer.warnings).toEqual([
			{ code: 'csv-rows-without-coordinates-skipped', params: { count: 1, firstRow: 3 } }
		]);
	});

	it('parses a column as numbers only when every value in it is numeric', () => {
		const text = 'lon,lat,floors,code\n120.35,36.08,3,A1\n120.36,36.09,12,7';
		const layer = layerOf(parseUserLayer('types.csv', text));
		expect(layer.features.map((f) => f.properties)).toEqual([
			{ floors: 3, code: 'A1' },
			{ floors: 12, code: '7' }
		]);
	});

	it('keeps codes with leading zeros as text', () => {
		const text = 'lon,lat,phone\n120.35,36.08,0532\n120.36,36.09,0533';
		const layer = layerOf(parseUserLayer('codes.csv', text));
		expect(layer.features.map((f) => f.properties.phone)).toEqual(['0532', '0533']);
	});

	it('refuses a CSV without longitude/latitude columns, listing the columns it has', () => {
		const error = errorOf(parseUserLayer('no-coords.csv', 'name,address\na,市南区'));
		expect(error).toEqual({
			code: 'csv-coordinate-columns-missing',
			params: { missing: 'both', columns: '“name”, “address”' }
		});
		expect(formatImportMessage(error, 'zh')).toContain(
			'CSV 中找不到经度列和纬度列。现有的列：“name”, “address”。'
		);
	});

	it('says which coordinate column is missing when only one is', () => {
		const error = errorOf(parseUserLayer('half.csv', 'name,lat\na,36.08'));
		expect(error).toMatchObject({
			code: 'csv-coordinate-columns-missing',
			params: { missing: 'lon' }
		});
	});

	it('refuses a CSV whose first row is data, not a header', () => {
		const error = errorOf(parseUserLayer('headless.csv', '120.35,36.08\n120.36,36.09'));
		expect(error).toEqual({ code: 'csv-header-missing', params: {} });
	});

	it('refuses a row with a non-numeric coordinate, naming the row, column and value', () => {
		const text = 'name,lon,lat\na,120.35,36.08\nb,120.36,36.09\nc,120°21′,36.08';
		const error = errorOf(parseUserLayer('dms.csv', text));
		expect(error).toEqual({
			code: 'csv-bad-number',
			params: { row: 4, column: 'lon', value: '120°21′' }
		});
		expect(formatImportMessage(error, 'en')).toBe(
			'Row 4: “120°21′” in column “lon” is not a number. Coordinates must be decimal degrees, such as 120.38. Fix or remove the row and try again.'
		);
	});

	it('refuses a row with only one of its coordinates', () => {
		const error = errorOf(parseUserLayer('half-row.csv', 'lon,lat\n120.35,'));
		expect(error).toEqual({ code: 'csv-bad-number', params: { row: 2, column: 'lat', value: '' } });
	});

	it('refuses decimal commas, saying to export with decimal points', () => {
		const error = errorOf(parseUserLayer('excel.csv', 'name;lon;lat\na;120,35;36,08'));
		expect(error).toEqual({
			code: 'csv-decimal-comma',
			params: { row: 2, column: 'lon', value: '120,35' }
		});
		expect(formatImportMessage(error, 'zh')).toContain('用逗号作小数点');
	});

	it('refuses a quote that is never closed, naming the row it opens on', () => {
		const error = errorOf(
			parseUserLayer('quote.csv', 'name,lon,lat\na,120.35,36.08\n"b,120.36,36.09')
		);
		expect(error).toEqual({ code: 'csv-unclosed-quote', params: { row: 3 } });
	});

	it('warns about rows whose field count differs from the header', () => {
		const text = 'name,lon,lat,note\na,120.35,36.08\nb,120.36,36.09,x';
		const layer = layerOf(parseUserLayer('ragged.csv', text));
		expect(layer.features[0]?.properties).toEqual({ name: 'a', note: null });
		expect(layer.warnings).toEqual([
			{ code: 'csv-row-length-mismatch', params: { count: 1, firstRow: 2 } }
		]);
	});

	it('explains swapped columns, naming the row', () => {
		const error = errorOf(parseUserLayer('swap.csv', 'name,lon,lat\na,36.08,120.35'));
		expect(error).toEqual({
			code: 'coordinates-swapped',
			params: { row: 2, count: 1, example: '[36.08, 120.35]' }
		});
		expect(formatImportMessage(error, 'en')).toContain(
			'Longitude and latitude look swapped in row 2 ([36.08, 120.35]).'
		);
	});

	it(`refuses more than ${MAX_FEATURES} rows, naming the count`, () => {
		const text = 'lon,lat\n' + '120.35,36.08\n'.repeat(MAX_FEATURES + 5);
		expect(errorOf(parseUserLayer('many.csv', text))).toEqual({
			code: 'too-many-features',
			params: { count: MAX_FEATURES + 5, limit: MAX_FEATURES }
		});
	});

	it('reads CSV text generated from random points back to the same coordinates', () => {
		const lng = fc.double({ min: -180, max: 180, noNaN: true });
		const lat = fc.double({ min: -90, max: 90, noNaN: true });
		fc.assert(
			fc.property(fc.array(fc.tuple(lng, lat), { minLength: 1, maxLength: 50 }), (points) => {
				const text = ['lon,lat', ...points.map(([x, y]) => `${x},${y}`)].join('\n');
				const layer = layerOf(parseUserLayer('random.csv', text));
				expect(layer.features).toHaveLength(points.length);
				layer.features.forEach((f, i) => {
					const [x, y] = f.geometry.coordinates as Position;
					expect(Math.abs((x ?? NaN) - (points[i]?.[0] ?? NaN))).toBeLessThanOrEqual(1e-9);
					expect(Math.abs((y ?? NaN) - (points[i]?.[1] ?? NaN))).toBeLessThanOrEqual(1e-9);
				});
			})
		);
	});
});

describe('parseUserLayer: GCJ-02', () => {
	it('reports an unknown datum when nothing in the file hints at GCJ-02', () => {
		const layer = layerOf(parseUserLayer('places.csv', 'name,lon,lat\n腾讯大厦,120.35,36.08'));
		expect(layer.datumHint).toBe('unknown');
		expect(layer.datum).toBe('wgs84');
	});

	it('suspects GCJ-02 from a column name and offers, but does not apply, the conversion', () => {
		const layer = layerOf(parseUserLayer('pois.csv', 'name,lng_gcj02,lat_gcj02\na,120.35,36.08'));
		expect(layer.datumHint).toBe('gcj02-suspected');
		expect(layer.datum).toBe('wgs84');
		expect(layer.features[0]?.geometry.coordinates).toEqual([120.35, 36.08]);
		expect(layer.warnings).toEqual([
			{ code: 'gcj02-suspected', params: { source: 'property-name', clue: 'lng_gcj02' } }
		]);
	});

	it('suspects GCJ-02 from a Chinese source note in a property value', () => {
		const text = collection(point(TAIDONG, { 来源: '高德地图拾取' }));
		const layer = layerOf(parseUserLayer('picked.geojson', text));
		expect(layer.warnings).toEqual([
			{ code: 'gcj02-suspected', params: { source: 'property-value', clue: '高德地图拾取' } }
		]);
	});

	it('suspects GCJ-02 from a crs member naming it', () => {
		const text = JSON.stringify({
			type: 'FeatureCollection',
			crs: { type: 'name', properties: { name: 'GCJ02' } },
			features: [point(TAIDONG)]
		});
		const layer = layerOf(parseUserLayer('crs.geojson', text));
		expect(layer.datumHint).toBe('gcj02-suspected');
		expect(layer.warnings[0]).toMatchObject({ code: 'gcj02-suspected', params: { source: 'crs' } });
	});

	it('moves a Qingdao point 400–600 m west and slightly south when converting from GCJ-02', () => {
		const layer = layerOf(
			parseUserLayer('amap.csv', `lon,lat\n${MAY_FOURTH_SQUARE.join(',')}`, { assumeGcj02: true })
		);
		const [lng = NaN, lat = NaN] = layer.features[0]?.geometry.coordinates as Position;
		const movedM = turfDistance(MAY_FOURTH_SQUARE, [lng, lat], { units: 'meters' });
		expect(movedM).toBeGreaterThan(400);
		expect(movedM).toBeLessThan(600);
		expect(lng).toBeLessThan(MAY_FOURTH_SQUARE[0]!);
		expect(lat).toBeLessThan(MAY_FOURTH_SQUARE[1]!);
		expect(layer.datum).toBe('gcj02-converted');
		expect(layer.warnings).toEqual([{ code: 'gcj02-converted', params: { count: 1 } }]);
	});

	it('converts every position of every geometry type, keeping elevations', () => {
		const p = [120.35, 36.08, 12];
		const q = [120.36, 36.09];
		const text = collection(
			feature({ type: 'Point', coordinates: p }),
			feature({ type: 'MultiPoint', coordinates: [p, q] }),
			feature({ type: 'LineString', coordinates: [p, q] }),
			feature({ type: 'MultiLineString', coordinates: [[p, q]] }),
			feature({ type: 'Polygon', coordinates: square(120.35, 36.08) }),
			feature({ type: 'MultiPolygon', coordinates: [square(120.35, 36.08)] })
		);
		const before = layerOf(parseUserLayer('all.geojson', text));
		const after = layerOf(parseUserLayer('all.geojson', text, { assumeGcj02: true }));
		// 1 + 2 + 2 + 2 + 5 + 5 positions.
		expect(after.warnings).toEqual([{ code: 'gcj02-converted', params: { count: 17 } }]);
		expect(after.counts).toEqual(before.counts);
		after.features.forEach((converted, i) => {
			const original = JSON.stringify(before.features[i]?.geometry).match(/[-\d.]+/g) ?? [];
			const moved = JSON.stringify(converted.geometry).match(/[-\d.]+/g) ?? [];
			expect(moved).toHaveLength(original.length);
			moved.forEach((value, k) => {
				// The elevation (12) is kept; every longitude and latitude changes.
				if (original[k] === '12') expect(value).toBe('12');
				else expect(value).not.toBe(original[k]);
			});
		});
	});
});

describe('convertUserLayer', () => {
	// A layer kept in the browser has no file any more: converting it must give what re-reading the
	// file as GCJ-02 gives.
	const files: [string, string][] = [
		['pois.csv', 'name,lng_gcj02,lat_gcj02\n台东,120.3513,36.0886\n栈桥,120.3197,36.0594'],
		[
			'all.geojson',
			collection(
				point([120.35, 36.08, 12], { 来源: '高德' }),
				feature({ type: 'LineString', coordinates: [ZHANQIAO_PIER, TAIDONG] }),
				feature({ type: 'MultiPolygon', coordinates: [square(120.35, 36.08)] }, null, { id: 'a' })
			)
		],
		// Far from Qingdao: the outside-Qingdao warning is worked out again for the new positions.
		['beijing.csv', 'lon,lat,note\n116.397,39.909,"=HYPERLINK(1)"']
	];

	for (const [name, text] of files) {
		it(`gives the same layer as reading ${name} again as GCJ-02`, () => {
			const read = layerOf(parseUserLayer(name, text));
			expect(convertUserLayer(read)).toEqual(
				layerOf(parseUserLayer(name, text, { assumeGcj02: true }))
			);
		});
	}

	it('leaves a converted layer as it is, and does not change its input', () => {
		const read = layerOf(parseUserLayer(...files[0]!));
		const copy = structuredClone(read);
		const converted = convertUserLayer(read);
		expect(read).toEqual(copy);
		expect(convertUserLayer(converted)).toBe(converted);
	});
});
