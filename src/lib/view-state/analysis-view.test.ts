import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	ANALYSIS_MODES,
	CATCHMENT_RADII_M,
	CELL_SIDE_M,
	EPS_M,
	MIN_POINTS
} from '$lib/analysis/settings';
import { METRIC_KEYS } from '$lib/data/vocabulary';
import { VIEW_PARAMS } from './view-state';
import {
	ANALYSIS_PARAMS,
	parseAnalysisView,
	writeAnalysisView,
	type AnalysisView
} from './analysis-view';

const parse = (query: string) => parseAnalysisView(new URLSearchParams(query));
const write = (view: AnalysisView | undefined, query = '') =>
	writeAnalysisView(new URLSearchParams(query), view).toString();

describe('parseAnalysisView', () => {
	it('opens no analysis without a known mode', () => {
		expect(parse('')).toBeUndefined();
		expect(parse('eps=800&station=shuangshan-station')).toBeUndefined();
		expect(parse('analysis=heatmap')).toBeUndefined();
	});

	it('reads every setting', () => {
		expect(
			parse(
				'analysis=catchments&eps=800&minpts=4&cell=1000&metric=school_places&catchment=800&cluster=xiaogang-station&station=shuangshan-station'
			)
		).toStrictEqual({
			mode: 'catchments',
			epsM: 800,
			minPoints: 4,
			cellSideM: 1000,
			densityMetric: 'school_places',
			catchmentRadiusM: 800,
			cluster: 'xiaogang-station',
			station: 'shuangshan-station'
		});
	});

	it('leaves missing or mangled settings to their defaults', () => {
		expect(
			parse(
				'analysis=Density&eps=abc&minpts=&cell=NaN&metric=votes&catchment=600&cluster=user:1:2&station=<x>'
			)
		).toStrictEqual({
			mode: 'density',
			epsM: undefined,
			minPoints: undefined,
			cellSideM: undefined,
			densityMetric: undefined,
			catchmentRadiusM: undefined,
			cluster: undefined,
			station: undefined
		});
	});

	it('clamps distances to the sliders and rounds them to their steps', () => {
		expect(parse('analysis=clusters&eps=5')?.epsM).toBe(EPS_M.min);
		expect(parse('analysis=clusters&eps=1e9')?.epsM).toBe(EPS_M.max);
		expect(parse('analysis=clusters&eps=520')?.epsM).toBe(500);
		expect(parse('analysis=clusters&eps=530')?.epsM).toBe(550);
		expect(parse('analysis=clusters&eps=1.2km')?.epsM).toBe(1200);
		expect(parse('analysis=clusters&minpts=99')?.minPoints).toBe(MIN_POINTS.max);
		expect(parse('analysis=clusters&minpts=3.4')?.minPoints).toBe(3);
		expect(parse('analysis=density&cell=-100')?.cellSideM).toBe(CELL_SIDE_M.min);
		expect(parse('analysis=catchments&catchment=800m')?.catchmentRadiusM).toBe(800);
	});

	it('reads values as they arrive from chat apps: full-width, quoted, double-encoded', () => {
		expect(parse('analysis=ｃｌｕｓｔｅｒｓ&eps=８００')).toMatchObject({
			mode: 'clusters',
			epsM: 800
		});
		expect(parse('analysis=%22nearest%22。')?.mode).toBe('nearest');
		expect(parse('analysis=catchments&station=shuangshan%252Dstation')?.station).toBe(
			'shuangshan-station'
		);
	});
});

describe('writeAnalysisView', () => {
	it('writes the mode and only the settings that differ from their defaults', () => {
		expect(
			write({
				mode: 'clusters',
				epsM: EPS_M.initial,
				minPoints: 5,
				cellSideM: CELL_SIDE_M.initial,
				catchmentRadiusM: CATCHMENT_RADII_M[0]
			})
		).toBe('analysis=clusters&minpts=5');
	});

	it('writes settings in their canonical form', () => {
		expect(write({ mode: 'density', cellSideM: 777, densityMetric: 'parking_spaces_added' })).toBe(
			'analysis=density&cell=800&metric=parking_spaces_added'
		);
		expect(write({ mode: 'catchments', catchmentRadiusM: 800, station: 'xiaogang-station' })).toBe(
			'analysis=catchments&catchment=800&station=xiaogang-station'
		);
	});

	it('removes the analysis when none is open, and keeps the other parameters in order', () => {
		expect(write(undefined, 'lang=en&analysis=clusters&eps=800&project=x')).toBe(
			'lang=en&project=x'
		);
		expect(write({ mode: 'nearest' }, 'analysis=clusters&lang=en')).toBe(
			'lang=en&analysis=nearest'
		);
	});

	it('writes nothing for an invalid mode or invalid settings', () => {
		expect(write({ mode: 'heatmap' as never, epsM: 800 })).toBe('');
		expect(write({ mode: 'clusters', epsM: NaN, station: 'Not A Slug' })).toBe('analysis=clusters');
	});

	it('owns parameters no view parameter uses', () => {
		expect(ANALYSIS_PARAMS.filter((p) => (VIEW_PARAMS as readonly string[]).includes(p))).toEqual(
			[]
		);
	});
});

describe('properties', () => {
	const NUM_RUNS = 2000;
	const value = fc.oneof(
		fc.constantFrom(...ANALYSIS_MODES, ...METRIC_KEYS, '500', '800', '1.5km', '-0', '1e400', '%2'),
		fc.string({ unit: 'binary', maxLength: 16 }),
		fc.double().map(String)
	);
	const query = fc
		.array(fc.tuple(fc.constantFrom(...ANALYSIS_PARAMS, 'lang', 'x'), value), { maxLength: 10 })
		.map((pairs) => new URLSearchParams(pairs));
	const view: fc.Arbitrary<AnalysisView> = fc.record(
		{
			mode: fc.constantFrom(...ANALYSIS_MODES),
			epsM: fc.double({ noNaN: true, min: -1e4, max: 1e4 }),
			minPoints: fc.integer({ min: -5, max: 50 }),
			cellSideM: fc.double({ noNaN: true, min: -1e4, max: 1e4 }),
			densityMetric: fc.constantFrom(...METRIC_KEYS),
			catchmentRadiusM: fc.constantFrom(...CATCHMENT_RADII_M),
			cluster: fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}$/),
			station: fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}$/)
		},
		{ requiredKeys: ['mode'] }
	);

	it('never throws on random parameters, and reads only values the panel offers', () => {
		fc.assert(
			fc.property(query, (params) => {
				const read = parseAnalysisView(params);
				if (!read) return;
				expect(ANALYSIS_MODES).toContain(read.mode);
				if (read.epsM !== undefined) {
					expect(read.epsM).toBeGreaterThanOrEqual(EPS_M.min);
					expect(read.epsM).toBeLessThanOrEqual(EPS_M.max);
					expect((read.epsM - EPS_M.min) % EPS_M.step).toBe(0);
				}
				if (read.minPoints !== undefined) expect(Number.isInteger(read.minPoints)).toBe(true);
				if (read.cellSideM !== undefined) {
					expect(read.cellSideM).toBeGreaterThanOrEqual(CELL_SIDE_M.min);
					expect(read.cellSideM).toBeLessThanOrEqual(CELL_SIDE_M.max);
				}
			}),
			{ numRuns: NUM_RUNS }
		);
	});

	it('reads back what it writes, and writes that the same way again', () => {
		fc.assert(
			fc.property(view, (v) => {
				const once = write(v);
				const read = parse(once);
				expect(read?.mode).toBe(v.mode);
				expect(write(read)).toBe(once);
				if (v.densityMetric !== undefined) expect(read?.densityMetric).toBe(v.densityMetric);
				if (v.station !== undefined) expect(read?.station).toBe(v.station);
				if (v.cluster !== undefined) expect(read?.cluster).toBe(v.cluster);
			}),
			{ numRuns: NUM_RUNS }
		);
	});

	it('rewrites any random URL as a fixed point', () => {
		fc.assert(
			fc.property(query, (params) => {
				const once = writeAnalysisView(params, parseAnalysisView(params));
				expect(writeAnalysisView(once, parseAnalysisView(once)).toString()).toBe(once.toString());
			}),
			{ numRuns: NUM_RUNS }
		);
	});
});
