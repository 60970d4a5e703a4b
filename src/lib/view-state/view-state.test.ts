import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '$lib/data/dates';
import {
	CAMPAIGN_IDS,
	DISTRICT_IDS,
	LAYER_IDS,
	QINGDAO_BBOX,
	STATUS_IDS
} from '$lib/data/vocabulary';
import { parseViewState } from './parse-view-state';
import { VIEW_PARAMS, canonicalViewState, type Camera, type ViewState } from './view-state';
import { sameViewState, viewStateToSearch, writeViewState } from './write-view-state';

const parse = (query: string): ViewState => parseViewState(new URLSearchParams(query));
const write = (state: ViewState): URLSearchParams => writeViewState(new URLSearchParams(), state);

const CAMPAIGN_FILTERS = [...CAMPAIGN_IDS, 'none'] as const;
const FIELDS = [
	'lang',
	'basemap',
	'camera',
	'layers',
	'districts',
	'campaigns',
	'statuses',
	'from',
	'to',
	'asOf',
	'project',
	'near',
	'listFollowsMap',
	'colorBy'
];

/**
 * The validity rules, written out independently of the module: what is wrong with a state, as
 * sentences. (One `expect` per check would be slow over thousands of runs.)
 */
function problemsOf(state: ViewState): string[] {
	const problems: string[] = [];
	const check = (ok: boolean, problem: string) => {
		if (!ok) problems.push(problem);
	};
	check(Object.getPrototypeOf(state) === Object.prototype, 'not a plain object');
	for (const [field, value] of Object.entries(state)) {
		check(FIELDS.includes(field), `unknown field ${field}`);
		check(value !== undefined, `field ${field} is present but undefined`);
	}
	const { lang, basemap, camera, from, to, asOf, project, near, listFollowsMap, colorBy } = state;
	if (lang !== undefined) check(['zh', 'en'].includes(lang), `lang ${lang}`);
	if (basemap !== undefined) check(['online', 'offline'].includes(basemap), `basemap ${basemap}`);
	if (camera !== undefined) problems.push(...cameraProblems(camera));
	if (state.layers !== undefined)
		problems.push(...listProblems('layers', state.layers, LAYER_IDS, true));
	if (state.districts !== undefined)
		problems.push(...listProblems('districts', state.districts, DISTRICT_IDS));
	if (state.campaigns !== undefined)
		problems.push(...listProblems('campaigns', state.campaigns, CAMPAIGN_FILTERS));
	if (state.statuses !== undefined)
		problems.push(...listProblems('statuses', state.statuses, STATUS_IDS));
	for (const date of [from, to, asOf]) {
		if (date !== undefined) {
			check(isIsoDate(date) && date >= '2020-01-01' && date <= '2030-12-31', `date ${date}`);
		}
	}
	if (from !== undefined && to !== undefined) check(from <= to, `window ${from} > ${to}`);
	if (project !== undefined) {
		check(/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(project) && project.length <= 80, `project ${project}`);
	}
	if (near !== undefined) {
		const [west, south, east, north] = QINGDAO_BBOX;
		const [lng, lat] = near.center;
		check(lng >= west && lng <= east && lat >= south && lat <= north, `near centre ${lng},${lat}`);
		check(hasDecimals(lng, 5) && hasDecimals(lat, 5), `near centre ${lng},${lat} not rounded`);
		check(Number.isInteger(near.radiusM), `radius ${near.radiusM} not whole metres`);
		check(near.radiusM >= 250 && near.radiusM <= 3000, `radius ${near.radiusM}`);
	}
	if (listFollowsMap !== undefined) check(typeof listFollowsMap === 'boolean', 'extent');
	if (colorBy !== undefined) check(['layer', 'status'].includes(colorBy), `color ${colorBy}`);
	return problems;
}

function cameraProblems({ center: [lng, lat], zoom, bearing, pitch }: Camera): string[] {
	const checks: [boolean, string][] = [
		[zoom >= 0 && zoom <= 22 && hasDecimals(zoom, 2), `zoom ${zoom}`],
		[lat >= -85.05 && lat <= 85.05 && hasDecimals(lat, 5), `lat ${lat}`],
		[lng >= -180 && lng <= 180 && hasDecimals(lng, 5), `lng ${lng}`],
		[bearing > -180 && bearing <= 180 && hasDecimals(bearing, 1), `bearing ${bearing}`],
		[pitch >= 0 && pitch <= 60 && hasDecimals(pitch, 1), `pitch ${pitch}`]
	];
	return checks.filter(([ok]) => !ok).map(([, problem]) => problem);
}

/** A finite number, not -0, with at most `decimals` decimals (as the writer prints it). */
function hasDecimals(value: number, decimals: number): boolean {
	return (
		Number.isFinite(value) && !Object.is(value, -0) && Number(value.toFixed(decimals)) === value
	);
}

function listProblems(
	name: string,
	list: readonly string[],
	vocabulary: readonly string[],
	mayBeEmpty = false
): string[] {
	const positions = list.map((item) => vocabulary.indexOf(item));
	const known = positions.every((position) => position >= 0);
	const ordered = positions.every((position, i) => i === 0 || position > (positions[i - 1] ?? -1));
	const ok = known && ordered && (mayBeEmpty || list.length > 0);
	return ok ? [] : [`${name} ${JSON.stringify(list)}`];
}

function expectValid(state: ViewState): void {
	const problems = problemsOf(state);
	if (problems.length > 0) expect(problems, JSON.stringify(state)).toStrictEqual([]);
}

/** toStrictEqual, with a fast path: vitest's matcher is too slow for thousands of runs. */
function expectSame<T>(actual: T, expected: T): void {
	if (!isDeepStrictEqual(actual, expected)) expect(actual).toStrictEqual(expected);
}

describe('parseViewState: lang and basemap', () => {
	it('reads language and basemap', () => {
		expect(parse('lang=en&basemap=offline')).toStrictEqual({ lang: 'en', basemap: 'offline' });
	});
	it('falls back to defaults for unknown or mangled values', () => {
		expect(parse('lang=%E2%9C%93&basemap=<script>&x=1')).toStrictEqual({});
	});
	it('tolerates case and surrounding spaces', () => {
		expect(parse('lang=%20EN%20&basemap=OffLine').lang).toBe('en');
		expect(parse('basemap=OffLine').basemap).toBe('offline');
	});
	it('reads a language tag by its language', () => {
		expect(parse('lang=zh-CN').lang).toBe('zh');
		expect(parse('lang=en_GB').lang).toBe('en');
	});
});

describe('parseViewState: map (camera)', () => {
	it('reads zoom/lat/lng/bearing/pitch into a [lng, lat] camera', () => {
		expect(parse('map=13.25/36.07120/120.33010/-20/45').camera).toStrictEqual({
			center: [120.3301, 36.0712],
			zoom: 13.25,
			bearing: -20,
			pitch: 45
		});
	});
	it('takes a missing bearing and pitch as 0', () => {
		expect(parse('map=12/36.1/120.4').camera).toStrictEqual({
			center: [120.4, 36.1],
			zoom: 12,
			bearing: 0,
			pitch: 0
		});
	});
	it('takes an unreadable bearing or pitch as 0', () => {
		expect(parse('map=12/36.1/120.4/north/steep').camera).toMatchObject({ bearing: 0, pitch: 0 });
	});
	it('clamps zoom, pitch and latitude', () => {
		expect(parse('map=99/89/10/0/80').camera).toStrictEqual({
			center: [10, 85.05],
			zoom: 22,
			bearing: 0,
			pitch: 60
		});
		expect(parse('map=-3/-89/10/0/-5').camera).toMatchObject({
			zoom: 0,
			pitch: 0,
			center: [10, -85.05]
		});
	});
	it('wraps longitude into -180…180', () => {
		expect(parse('map=3/10/190').camera?.center).toStrictEqual([-170, 10]);
		expect(parse('map=3/10/-540').camera?.center).toStrictEqual([-180, 10]);
		expect(parse('map=3/10/180').camera?.center).toStrictEqual([180, 10]);
	});
	it('normalises bearing into (-180, 180]', () => {
		expect(parse('map=3/10/10/270').camera?.bearing).toBe(-90);
		expect(parse('map=3/10/10/-180').camera?.bearing).toBe(180);
		expect(parse('map=3/10/10/720.04').camera?.bearing).toBe(0);
		expect(parse('map=3/10/10/-179.96').camera?.bearing).toBe(180);
	});
	it('rounds to the written precision', () => {
		expect(parse('map=13.256/36.0712049/120.3301051/10.26/3.04').camera).toStrictEqual({
			center: [120.33011, 36.0712],
			zoom: 13.26,
			bearing: 10.3,
			pitch: 3
		});
	});
	it('never returns -0', () => {
		const camera = parse('map=0/-0/-0/-0/-0').camera;
		expect(camera?.center.every((n) => Object.is(n, 0))).toBe(true);
		expect(Object.is(camera?.bearing, 0) && Object.is(camera?.pitch, 0)).toBe(true);
		expect(Object.is(parse('map=1/0/0/-0.04').camera?.bearing, 0)).toBe(true);
	});
	it('turns round a latitude and longitude given in the wrong order', () => {
		expect(parse('map=13/120.33/36.07').camera?.center).toStrictEqual([120.33, 36.07]);
	});
	it.each([
		'',
		'13',
		'13/36',
		'13//120',
		'a/b/c',
		'0x10/36/120',
		'Infinity/36/120',
		'1e999/36/120'
	])('ignores the camera %j', (value) => {
		expect(parse(`map=${value}`).camera).toBeUndefined();
	});
});

describe('parseViewState: lists', () => {
	it('reads layers in vocabulary order, once each, without unknown ids', () => {
		expect(parse('layers=Schools, metro,bogus,metro').layers).toStrictEqual(['metro', 'schools']);
	});
	it('reads layers=none as all layers hidden', () => {
		expect(parse('layers=none').layers).toStrictEqual([]);
	});
	it('ignores "none" next to real layer ids', () => {
		expect(parse('layers=none,parks').layers).toStrictEqual(['parks']);
	});
	it('leaves layers at the default (all) when absent, empty or all unknown', () => {
		expect(parse('').layers).toBeUndefined();
		expect(parse('layers=').layers).toBeUndefined();
		expect(parse('layers=bogus,,').layers).toBeUndefined();
	});
	it('reads districts', () => {
		expect(parse('district=shinan,shibei').districts).toStrictEqual(['shibei', 'shinan']);
		expect(parse('district=laoshan').districts).toBeUndefined();
	});
	it('reads campaigns, with "none" (no campaign) after the campaigns', () => {
		expect(parse('campaign=none,metro,cruise-port').campaigns).toStrictEqual([
			'cruise-port',
			'metro',
			'none'
		]);
		expect(parse('campaign=').campaigns).toBeUndefined();
	});
	it('reads statuses', () => {
		expect(parse('status=past,due-soon').statuses).toStrictEqual(['due-soon', 'past']);
		expect(parse('status=late').statuses).toBeUndefined();
	});
	it('splits on full-width commas, 、 and "+" (a space)', () => {
		expect(parse('layers=metro，schools、parks+roads').layers).toStrictEqual([
			'metro',
			'schools',
			'roads',
			'parks'
		]);
	});
});

describe('parseViewState: dates', () => {
	it('reads a date window and an as-of date', () => {
		expect(parse('from=2023-01-01&to=2023-06-30&asof=2023-05-01')).toStrictEqual({
			from: '2023-01-01',
			to: '2023-06-30',
			asOf: '2023-05-01'
		});
	});
	it('swaps a window given the wrong way round', () => {
		expect(parse('from=2023-06-30&to=2023-01-01')).toStrictEqual({
			from: '2023-01-01',
			to: '2023-06-30'
		});
	});
	it('keeps one end of the window when the other is missing or bad', () => {
		expect(parse('from=2023-06-30&to=2023-02-30')).toStrictEqual({ from: '2023-06-30' });
	});
	it.each([
		'2023-02-29',
		'2023-13-01',
		'2019-12-31',
		'2031-01-01',
		'23-05-01',
		'today',
		'2023-05-01T00:00'
	])('ignores the date %j', (value) => {
		expect(parse(`asof=${value}`).asOf).toBeUndefined();
	});
	it('accepts the dates 2020-01-01 and 2030-12-31 at the ends of the range', () => {
		expect(parse('from=2020-01-01&to=2030-12-31')).toStrictEqual({
			from: '2020-01-01',
			to: '2030-12-31'
		});
	});
	it('reads unpadded, slashed and compact dates', () => {
		expect(parse('asof=2023-5-1').asOf).toBe('2023-05-01');
		expect(parse('asof=2023/05/01').asOf).toBe('2023-05-01');
		expect(parse('asof=20230501').asOf).toBe('2023-05-01');
	});
});

describe('parseViewState: project', () => {
	it('reads a slug, lower-cased', () => {
		expect(parse('project=Xiaogang-Station').project).toBe('xiaogang-station');
	});
	it('accepts a slug of 80 characters and ignores one of 81', () => {
		expect(parse(`project=${'a'.repeat(80)}`).project).toHaveLength(80);
		expect(parse(`project=${'a'.repeat(81)}`).project).toBeUndefined();
	});
	it.each(['a--b', '-a', 'a-', 'a b', 'a_b', '<script>', '小港', '..%2F..%2Fetc'])(
		'ignores the project %j',
		(value) => {
			expect(parse(`project=${encodeURIComponent(value)}`).project).toBeUndefined();
		}
	);
});

describe('parseViewState: near', () => {
	it('reads lng,lat,radius', () => {
		expect(parse('near=120.39208,36.11403,1000').near).toStrictEqual({
			center: [120.39208, 36.11403],
			radiusM: 1000
		});
	});
	it('clamps the radius to 250–3000 m and rounds it to metres', () => {
		expect(parse('near=120.39,36.11,10').near?.radiusM).toBe(250);
		expect(parse('near=120.39,36.11,99999').near?.radiusM).toBe(3000);
		expect(parse('near=120.39,36.11,812.6').near?.radiusM).toBe(813);
	});
	it('reads a radius in km or m', () => {
		expect(parse('near=120.39,36.11,1.5km').near?.radiusM).toBe(1500);
		expect(parse('near=120.39,36.11,800m').near?.radiusM).toBe(800);
	});
	it('takes 1000 m when the radius is missing', () => {
		expect(parse('near=120.39,36.11').near?.radiusM).toBe(1000);
	});
	it('turns round a centre given as lat,lng', () => {
		expect(parse('near=36.11403,120.39208,500').near?.center).toStrictEqual([120.39208, 36.11403]);
	});
	it.each(['116.4,39.9,1000', '0,0,1000', '120.39,36.11,far', '120.39', '120.39,36.11,1,2', ','])(
		'ignores the search %j',
		(value) => {
			expect(parse(`near=${value}`).near).toBeUndefined();
		}
	);
});

describe('parseViewState: extent and color', () => {
	it('reads extent=1 and extent=0', () => {
		expect(parse('extent=1').listFollowsMap).toBe(true);
		expect(parse('extent=0').listFollowsMap).toBe(false);
		expect(parse('extent=TRUE').listFollowsMap).toBe(true);
		expect(parse('extent=maybe').listFollowsMap).toBeUndefined();
	});
	it('reads color', () => {
		expect(parse('color=status').colorBy).toBe('status');
		expect(parse('color=Layer').colorBy).toBe('layer');
		expect(parse('color=red').colorBy).toBeUndefined();
	});
});

describe('parseViewState: mangled links', () => {
	it('reads a whole canonical link', () => {
		expect(
			parse(
				'lang=en&basemap=offline&map=13.25/36.07120/120.33010/0/0&layers=metro,schools&district=shibei' +
					'&campaign=metro,none&status=past,due-soon&from=2023-01-01&to=2023-06-30&asof=2023-05-01' +
					'&project=xiaogang-station&near=120.39208,36.11403,1000&extent=1&color=status'
			)
		).toStrictEqual({
			lang: 'en',
			basemap: 'offline',
			camera: { center: [120.3301, 36.0712], zoom: 13.25, bearing: 0, pitch: 0 },
			layers: ['metro', 'schools'],
			districts: ['shibei'],
			campaigns: ['metro', 'none'],
			statuses: ['due-soon', 'past'],
			from: '2023-01-01',
			to: '2023-06-30',
			asOf: '2023-05-01',
			project: 'xiaogang-station',
			near: { center: [120.39208, 36.11403], radiusM: 1000 },
			listFollowsMap: true,
			colorBy: 'status'
		});
	});
	it('ignores broken percent-encoding without throwing', () => {
		expect(parse('lang=%E0%A4%A&layers=metro%&project=%ZZ&map=%')).toStrictEqual({});
	});
	it('reads values encoded twice', () => {
		expect(parse('layers=metro%252Cschools&map=12%252F36.1%252F120.4').layers).toStrictEqual([
			'metro',
			'schools'
		]);
		expect(parse('map=12%252F36.1%252F120.4').camera?.zoom).toBe(12);
	});
	it('reads full-width characters from Chinese input methods', () => {
		expect(parse('layers=ｍｅｔｒｏ&map=１２/３６.１/１２０.４').layers).toStrictEqual(['metro']);
		expect(parse('map=１２/３６.１/１２０.４').camera?.zoom).toBe(12);
	});
	it('drops quotes and sentence punctuation around a value', () => {
		expect(parse('project=xiaogang-station).').project).toBe('xiaogang-station');
		expect(parse('asof=2023-05-01。').asOf).toBe('2023-05-01');
		expect(parse('lang="en"').lang).toBe('en');
	});
	it('ignores a value over 2000 characters', () => {
		expect(parse(`layers=${'metro,'.repeat(401)}`).layers).toBeUndefined();
		expect(parse(`layers=${'metro,'.repeat(333)}`).layers).toStrictEqual(['metro']);
	});
	it('uses the first of a repeated parameter', () => {
		expect(parse('lang=en&lang=zh&lang=xx').lang).toBe('en');
	});
	it('ignores prototype-ish and unknown parameters and pollutes nothing', () => {
		const state = parse('__proto__=1&constructor=x&toString=y&__proto__[lang]=en&polluted=1');
		expect(state).toStrictEqual({});
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
	it('ignores emoji, NUL and control characters in values', () => {
		expect(parse('lang=en%00&project=%F0%9F%98%80&basemap=online%0A%07x')).toStrictEqual({});
	});
	it('ignores parameter names in another case', () => {
		expect(parse('LANG=en&Map=12/36/120')).toStrictEqual({});
	});
});

describe('writeViewState', () => {
	it('round-trips through parseViewState and keeps foreign parameters', () => {
		const written = writeViewState(new URLSearchParams('utm_source=x'), {
			lang: 'en',
			basemap: 'online'
		});
		expect(written.get('utm_source')).toBe('x');
		expect(parseViewState(written)).toStrictEqual({ lang: 'en', basemap: 'online' });
	});
	it('removes parameters whose value is the default', () => {
		const written = writeViewState(new URLSearchParams('lang=en'), {
			lang: undefined,
			basemap: undefined
		});
		expect(written.toString()).toBe('');
	});
	it('rewrites every view parameter from the state: a field left out removes its parameter', () => {
		const written = writeViewState(new URLSearchParams('map=12/36/120&layers=metro&a=1'), {
			lang: 'zh'
		});
		expect([...written]).toStrictEqual([
			['a', '1'],
			['lang', 'zh']
		]);
	});
	it('writes foreign parameters first, in their order, then the view in canonical order', () => {
		const written = writeViewState(new URLSearchParams('project=x&b=2&lang=en&a=1&b=3'), {
			project: 'y',
			lang: 'zh'
		});
		expect(written.toString()).toBe('b=2&a=1&b=3&lang=zh&project=y');
	});
	it('writes the documented canonical forms', () => {
		expect(
			viewStateToSearch({
				colorBy: 'status',
				camera: { center: [120.3301, 36.0712], zoom: 13.25, bearing: 0, pitch: 0 },
				layers: ['schools', 'metro'],
				campaigns: ['none', 'metro'],
				from: '2023-06-30',
				to: '2023-01-01',
				near: { center: [120.39208, 36.11403], radiusM: 1000 },
				listFollowsMap: false
			})
		).toBe(
			'map=13.25/36.07120/120.33010/0/0&layers=metro,schools&campaign=metro,none' +
				'&from=2023-01-01&to=2023-06-30&near=120.39208,36.11403,1000&extent=0&color=status'
		);
	});
	it('writes an empty layer list as layers=none', () => {
		expect(write({ layers: [] }).toString()).toBe('layers=none');
	});
	it('clamps and rounds camera numbers when writing', () => {
		const camera = {
			center: [200.123456, 89] as [number, number],
			zoom: 30,
			bearing: 270.04,
			pitch: 75
		};
		expect(write({ camera }).get('map')).toBe('22/85.05000/-159.87654/-90/60');
	});
	it('leaves out values that are not valid', () => {
		const state = {
			lang: 'fr',
			project: 'Not a slug',
			near: { center: [116.4, 39.9], radiusM: 1000 },
			districts: [],
			camera: { center: [Number.NaN, 0], zoom: 1, bearing: 0, pitch: 0 },
			asOf: '2023-02-29'
		} as unknown as ViewState;
		expect(write(state).toString()).toBe('');
	});
	it('does not change the params it was given', () => {
		const params = new URLSearchParams('lang=en&a=1');
		writeViewState(params, { lang: 'zh' });
		expect(params.toString()).toBe('lang=en&a=1');
	});
});

describe('viewStateToSearch and sameViewState', () => {
	it('returns only the view parameters, with "," and "/" unescaped', () => {
		expect(
			viewStateToSearch({
				lang: 'en',
				camera: { center: [120.4, 36.1], zoom: 12, bearing: 0, pitch: 0 }
			})
		).toBe('lang=en&map=12/36.10000/120.40000/0/0');
	});
	it('returns an empty string for the default view', () => {
		expect(viewStateToSearch({})).toBe('');
	});
	it('is read back by URLSearchParams', () => {
		const state: ViewState = {
			layers: ['metro', 'schools'],
			near: { center: [120.39, 36.11], radiusM: 500 }
		};
		expect(parse(viewStateToSearch(state))).toStrictEqual(state);
	});
	it('calls states the same when they would be written the same', () => {
		expect(
			sameViewState({ layers: ['schools', 'metro'] }, { layers: ['metro', 'schools', 'metro'] })
		).toBe(true);
		expect(
			sameViewState(
				{ camera: { center: [120.400001, 36.1], zoom: 12.001, bearing: 0, pitch: 0 } },
				{ camera: { center: [120.4, 36.1], zoom: 12, bearing: 360, pitch: 0 } }
			)
		).toBe(true);
		expect(sameViewState({ lang: 'en' }, { lang: 'zh' })).toBe(false);
		expect(sameViewState({ layers: [] }, {})).toBe(false);
	});
});

describe('VIEW_PARAMS', () => {
	it('names each field’s parameter once, in the order the writer uses', () => {
		expect(VIEW_PARAMS).toStrictEqual([
			'lang',
			'basemap',
			'map',
			'layers',
			'district',
			'campaign',
			'status',
			'from',
			'to',
			'asof',
			'project',
			'near',
			'extent',
			'color'
		]);
	});
});

// ---------------------------------------------------------------------------------------------
// Properties over thousands of random URLs and states.

const NUM_RUNS = 2000;

/** Pieces that look like parts of real values, and percent, Unicode and markup garbage. */
const FRAGMENTS = [
	...LAYER_IDS,
	...DISTRICT_IDS,
	...CAMPAIGN_IDS,
	...STATUS_IDS,
	...['none', 'zh', 'en', 'ZH-cn', 'online', 'offline', 'layer', 'status', '1', '0', 'true'],
	...['13.25', '36.07120', '120.33010', '-180', '270', '1e400', 'NaN', 'Infinity', '0x1F', '-0'],
	...['2023-05-01', '2023-02-29', '2031-01-01', '2023-5-1', '20230501', '1.5km', '250', '99999'],
	...[',', '/', '-', '.', ' ', '+', '&', '=', '#', '?', ';', '"', '<', '>', '(', ')'],
	...['%', '%E0%A4%A', '%ZZ', '%00', '%C0%AF', '%FF', '%252C', '%2C', '%2F', '%u00e9', '%%'],
	...['\u0000', '\u0007', '\n', '😀', '👨‍👩‍👧', '\uD800', '\uDFFF', '\u202E', '\uFEFF', '\u0301'],
	...['，', '。', '、', 'ｍｅｔｒｏ', '１２', '小港', 'İ', 'ß', '<script>alert(1)</script>']
];
const PARAM_NAMES = [
	...VIEW_PARAMS,
	...['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'],
	...['LANG', 'Map', 'asOf', 'utm_source', '', ' lang', 'lang[]', '__proto__[lang]']
];

const anyText = fc.string({ unit: 'binary', maxLength: 12 });
const fragment = fc.oneof(
	{ weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
	{ weight: 2, arbitrary: anyText },
	{ weight: 1, arbitrary: fc.double().map(String) },
	{ weight: 1, arbitrary: fc.integer().map(String) }
);
/** Values around the 2,000-character limit. */
const longValue = fc
	.tuple(
		fc.constantFrom('a', '1', 'metro,', '%E0', '😀', '/1'),
		fc.integer({ min: 1990, max: 2010 })
	)
	.map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));
/** Number text: huge, fractional, near Qingdao, with units, empty. */
const numberText = fc.oneof(
	fc.double().map(String),
	fc.double({ min: -400, max: 400, noNaN: true }).map(String),
	fc.integer({ min: -1000, max: 5000 }).map(String),
	fc.double({ min: 120.1, max: 120.7, noNaN: true }).map(String),
	fc.double({ min: 35.9, max: 36.3, noNaN: true }).map(String),
	fc.constantFrom('-0', '', ' 12 ', '1km', '800m', '1e3', '.5')
);
const joined = (items: fc.Arbitrary<string>, separator: string, maxLength: number) =>
	fc.array(items, { minLength: 1, maxLength }).map((parts) => parts.join(separator));
const idText = fc.constantFrom(...FRAGMENTS.slice(0, 40), 'none', 'METRO', ' parks ', 'bogus', '');
const dateText = fc
	.tuple(
		fc.integer({ min: 2015, max: 2035 }),
		fc.integer({ min: 0, max: 13 }),
		fc.integer({ min: 0, max: 32 })
	)
	.map(([year, month, day]) => `${year}-${month}-${day}`);
/** For each view parameter, values shaped like its real ones, so that every rule is reached often. */
const SHAPED_VALUES: Record<string, fc.Arbitrary<string>> = {
	lang: fc.constantFrom('zh', 'en', 'EN', 'zh-CN', 'zh_hans', 'fr', '', '-'),
	basemap: fc.constantFrom('online', 'offline', 'Offline', 'satellite', ''),
	map: joined(numberText, '/', 6),
	layers: joined(idText, ',', 14),
	district: joined(idText, ',', 4),
	campaign: joined(idText, ',', 14),
	status: joined(idText, ',', 6),
	from: dateText,
	to: dateText,
	asof: dateText,
	project: fc.oneof(
		joined(fc.constantFrom('a', 'xiaogang', 'station', '2023', '', '-', 'A', '_'), '-', 30),
		fc.constantFrom('a'.repeat(80), 'a'.repeat(81))
	),
	near: fc.oneof(
		joined(numberText, ',', 4),
		fc
			.tuple(
				fc.double({ min: 120.1, max: 120.7, noNaN: true }),
				fc.double({ min: 35.9, max: 36.3, noNaN: true }),
				fc.oneof(numberText, fc.constant(undefined))
			)
			.map(([lng, lat, radius]) =>
				[lng, lat, radius].filter((part) => part !== undefined).join(',')
			)
	),
	extent: fc.constantFrom('1', '0', 'true', 'no', '2', ''),
	color: fc.constantFrom('layer', 'status', 'Status', 'district', '')
};
/** A view parameter with a value shaped for it, sometimes with garbage glued on either side. */
const shapedPair = fc
	.constantFrom(...VIEW_PARAMS)
	.chain((name) =>
		fc
			.tuple(
				fc.oneof({ weight: 5, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fragment }),
				SHAPED_VALUES[name] ?? fc.constant(''),
				fc.oneof({ weight: 5, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fragment })
			)
			.map(([before, shaped, after]): [string, string] => [name, before + shaped + after])
	);
const value = fc.oneof(
	{ weight: 8, arbitrary: fc.array(fragment, { maxLength: 8 }).map((parts) => parts.join('')) },
	{ weight: 1, arbitrary: longValue }
);
const key = fc.oneof(
	{ weight: 5, arbitrary: fc.constantFrom(...PARAM_NAMES) },
	{ weight: 1, arbitrary: anyText }
);
const pair = fc.oneof(shapedPair, fc.tuple(key, value));
/** A raw query string: URLSearchParams decodes its "%" and "+" itself. */
const rawQuery = fc.oneof(
	{
		weight: 4,
		arbitrary: fc
			.array(pair, { maxLength: 12 })
			.map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'))
	},
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) }
);
/** Params built from decoded pairs: values reach the parser exactly as generated. */
const pairParams = fc.array(pair, { maxLength: 12 }).map((pairs) => new URLSearchParams(pairs));

const gridNumber = (min: number, max: number, decimals: number) =>
	fc
		.integer({ min: Math.round(min * 10 ** decimals), max: Math.round(max * 10 ** decimals) })
		.map((n) => n / 10 ** decimals);
/** Records are built with a prototype, as parsed states are: toStrictEqual compares prototypes. */
const validCamera: fc.Arbitrary<Camera> = fc.record(
	{
		center: fc.tuple(gridNumber(-180, 180, 5), gridNumber(-85.05, 85.05, 5)),
		zoom: gridNumber(0, 22, 2),
		bearing: gridNumber(-179.9, 180, 1),
		pitch: gridNumber(0, 60, 1)
	},
	{ noNullPrototype: true }
);
const [WEST, SOUTH, EAST, NORTH] = QINGDAO_BBOX;
const validDate = fc
	.date({
		min: new Date('2020-01-01T00:00:00Z'),
		max: new Date('2030-12-31T00:00:00Z'),
		noInvalidDate: true
	})
	.map((date) => date.toISOString().slice(0, 10));
/** Slugs of 1–80 characters: base-36 words joined by hyphens (cheaper to generate than a regex). */
const validSlug = fc
	.array(
		fc.integer({ min: 0, max: 36 ** 8 }).map((n) => n.toString(36)),
		{ minLength: 1, maxLength: 12 }
	)
	.map((words) => words.join('-').slice(0, 80).replace(/-$/, ''));
const validState: fc.Arbitrary<ViewState> = fc
	.record(
		{
			lang: fc.constantFrom('zh' as const, 'en' as const),
			basemap: fc.constantFrom('online' as const, 'offline' as const),
			camera: validCamera,
			layers: fc.subarray([...LAYER_IDS]),
			districts: fc.subarray([...DISTRICT_IDS], { minLength: 1 }),
			campaigns: fc.subarray([...CAMPAIGN_FILTERS], { minLength: 1 }),
			statuses: fc.subarray([...STATUS_IDS], { minLength: 1 }),
			from: validDate,
			to: validDate,
			asOf: validDate,
			project: validSlug,
			near: fc.record(
				{
					center: fc.tuple(gridNumber(WEST, EAST, 5), gridNumber(SOUTH, NORTH, 5)),
					radiusM: fc.integer({ min: 250, max: 3000 })
				},
				{ noNullPrototype: true }
			),
			listFollowsMap: fc.boolean(),
			colorBy: fc.constantFrom('layer' as const, 'status' as const)
		},
		{ requiredKeys: [], noNullPrototype: true }
	)
	.map((state) =>
		state.from !== undefined && state.to !== undefined && state.from > state.to
			? { ...state, from: state.to, to: state.from }
			: state
	);

/** States as a careless caller might build them: out-of-range numbers, NaN, unknown ids, bad dates. */
const anyNumber = fc.oneof(fc.double(), fc.integer({ min: -1000, max: 1000 }), fc.constant(-0));
const looseState = fc.record(
	{
		lang: fc.constantFrom('zh', 'en', 'fr', ''),
		camera: fc.record(
			{
				center: fc.tuple(anyNumber, anyNumber),
				zoom: anyNumber,
				bearing: anyNumber,
				pitch: anyNumber
			},
			{ noNullPrototype: true }
		),
		layers: fc.array(fc.constantFrom(...LAYER_IDS, 'none', 'bogus')),
		campaigns: fc.array(fc.constantFrom(...CAMPAIGN_FILTERS, 'bogus')),
		from: fc.oneof(validDate, fc.constantFrom('2023-02-29', '2019-01-01', 'x')),
		to: validDate,
		project: fc.oneof(validSlug, anyText),
		near: fc.record(
			{
				center: fc.tuple(
					fc.oneof(anyNumber, fc.double({ min: WEST, max: EAST, noNaN: true })),
					fc.oneof(anyNumber, fc.double({ min: SOUTH, max: NORTH, noNaN: true }))
				),
				radiusM: anyNumber
			},
			{ noNullPrototype: true }
		)
	},
	{ requiredKeys: [], noNullPrototype: true }
) as fc.Arbitrary<ViewState>;

const foreignKey = fc
	.oneof(fc.constantFrom('utm_source', 'a', '__proto__', 'LANG', 'x y'), anyText)
	.filter((name) => !(VIEW_PARAMS as readonly string[]).includes(name));
const foreignPairs = fc.array(fc.tuple(foreignKey, fc.string({ unit: 'binary', maxLength: 20 })), {
	maxLength: 6
});

describe('parseViewState: properties', () => {
	it('never throws on a random query string and returns a valid state', () => {
		fc.assert(
			fc.property(rawQuery, (query) => {
				expectValid(parseViewState(new URLSearchParams(query)));
			}),
			{ numRuns: NUM_RUNS }
		);
	});
	it('never throws on random decoded parameters and returns a valid state', () => {
		fc.assert(
			fc.property(pairParams, (params) => {
				expectValid(parseViewState(params));
			}),
			{ numRuns: NUM_RUNS }
		);
	});
	it('returns a state that writing and reading again leaves unchanged', () => {
		fc.assert(
			fc.property(pairParams, (params) => {
				const state = parseViewState(params);
				expectSame(parseViewState(writeViewState(params, state)), state);
			}),
			{ numRuns: NUM_RUNS }
		);
	});
});

describe('writeViewState: properties', () => {
	it('writes every valid state so that it is read back equal', () => {
		fc.assert(
			fc.property(validState, (state) => {
				expectSame(parseViewState(write(state)), state);
				expectSame(parse(viewStateToSearch(state)), state);
			}),
			{ numRuns: NUM_RUNS }
		);
	});
	it('writes any state as its canonical form, which is valid', () => {
		fc.assert(
			fc.property(looseState, (state) => {
				const canonical = canonicalViewState(state);
				expectValid(canonical);
				expectSame(parseViewState(write(state)), canonical);
			}),
			{ numRuns: NUM_RUNS }
		);
	});
	it('writes camera numbers rounded, within rounding of the clamped input', () => {
		fc.assert(
			fc.property(
				fc.record({
					center: fc.tuple(
						fc.double({ min: -180, max: 180, noNaN: true }),
						fc.double({ min: -85, max: 85, noNaN: true })
					),
					zoom: fc.double({ min: 0, max: 22, noNaN: true }),
					bearing: fc.double({ min: -179, max: 179, noNaN: true }),
					pitch: fc.double({ min: 0, max: 60, noNaN: true })
				}),
				(camera) => {
					const read = parseViewState(write({ camera })).camera;
					// Half a unit of the last written decimal, and a little for binary fractions.
					const within = (a: number, b: number, decimals: number) =>
						Math.abs(a - b) <= 0.5 * 10 ** -decimals + 1e-9;
					const close =
						read !== undefined &&
						within(read.zoom, camera.zoom, 2) &&
						within(read.center[0], camera.center[0], 5) &&
						within(read.center[1], camera.center[1], 5) &&
						within(read.bearing, camera.bearing, 1) &&
						within(read.pitch, camera.pitch, 1);
					if (!close) expect(read).toStrictEqual(camera);
				}
			),
			{ numRuns: NUM_RUNS }
		);
	});
	it('keeps foreign parameters, with their values and order', () => {
		fc.assert(
			fc.property(foreignPairs, pairParams, validState, (foreign, viewParams, state) => {
				const params = new URLSearchParams([...foreign, ...viewParams]);
				const isForeign = ([name]: [string, string]) =>
					!(VIEW_PARAMS as readonly string[]).includes(name);
				const written = writeViewState(params, state);
				expectSame([...written].filter(isForeign), [...params].filter(isForeign));
				expectSame(parseViewState(written), state);
			}),
			{ numRuns: NUM_RUNS }
		);
	});
});
