/**
 * URL ⇄ the planner's analysis: which analysis is open and its settings, so that a link
 * reopens the same clusters, hexagons or station. Read as tolerantly as the view state (view-state.ts):
 * a mangled value falls back to its default, numbers are clamped and rounded to the sliders' steps,
 * nothing throws. The parameters are written only while the analysis tab is open, and a setting only
 * when it differs from its default, so ordinary links stay short.
 *
 * | field            | param       | canonical form                              |
 * | ---------------- | ----------- | ------------------------------------------- |
 * | mode             | `analysis`  | `clusters`, `density`, `nearest`, …         |
 * | epsM             | `eps`       | metres, 100–2000 in steps of 50             |
 * | minPoints        | `minpts`    | 2–10                                        |
 * | cellSideM        | `cell`      | metres, 250–2000 in steps of 50             |
 * | densityMetric    | `metric`    | a metric key (hexagons sum it)              |
 * | catchmentRadiusM | `catchment` | `500`, `800`                                |
 * | cluster          | `cluster`   | a project's id: the cluster holding it      |
 * | station          | `station`   | a station's id (slug syntax; caller checks) |
 *
 * The user's own layers are not part of a link: they live in one browser only.
 */
import {
	ANALYSIS_MODES,
	CATCHMENT_RADII_M,
	CELL_SIDE_M,
	EPS_M,
	MIN_POINTS,
	type AnalysisMode,
	type CatchmentRadiusM
} from '$lib/analysis/settings';
import { METRIC_KEYS, type MetricKey } from '$lib/data/vocabulary';
import { cleanValue, parseDecimal, slugValue } from './url-text';

/** The analysis a URL describes; `undefined` fields take their defaults (settings.ts). */
export interface AnalysisView {
	mode: AnalysisMode;
	epsM?: number;
	minPoints?: number;
	cellSideM?: number;
	densityMetric?: MetricKey;
	catchmentRadiusM?: CatchmentRadiusM;
	/** The chosen cluster, by one of its projects (cluster numbers change with the settings). */
	cluster?: string;
	station?: string;
}

type Field = keyof AnalysisView;

const PARAM_OF = {
	mode: 'analysis',
	epsM: 'eps',
	minPoints: 'minpts',
	cellSideM: 'cell',
	densityMetric: 'metric',
	catchmentRadiusM: 'catchment',
	cluster: 'cluster',
	station: 'station'
} as const satisfies { [K in Field]-?: string };

/** The URL parameters the analysis owns, in canonical order. */
export const ANALYSIS_PARAMS: readonly string[] = Object.values(PARAM_OF);

function isOneOf<T extends string | number>(vocabulary: readonly T[], value: unknown): value is T {
	return (vocabulary as readonly unknown[]).includes(value);
}

/** A slider value: clamped to its range and rounded to its step, counted from the minimum. */
function onSlider(value: number, range: { min: number; max: number; step?: number }): number {
	const step = range.step ?? 1;
	const clamped = Math.min(range.max, Math.max(range.min, value));
	return Math.min(range.max, range.min + Math.round((clamped - range.min) / step) * step);
}

function sliderValue(
	text: string | undefined,
	range: { min: number; max: number; step?: number }
): number | undefined {
	// "500m" and "1.5km" are what people type; metres are the unit either way.
	const match = text === undefined ? null : /^(.*?)\s*(k?m)?$/.exec(text);
	const number = parseDecimal(match?.[1]);
	if (number === undefined) return undefined;
	return onSlider(match?.[2] === 'km' ? number * 1000 : number, range);
}

/** Reads the analysis from a URL's parameters, or `undefined` when the link does not open one. */
export function parseAnalysisView(params: URLSearchParams): AnalysisView | undefined {
	const read = (field: Field) => cleanValue(params.get(PARAM_OF[field]));
	const mode = read('mode');
	if (!isOneOf(ANALYSIS_MODES, mode)) return undefined;
	const metric = read('densityMetric');
	const radius = parseDecimal(read('catchmentRadiusM')?.replace(/m$/, ''));
	return {
		mode,
		epsM: sliderValue(read('epsM'), EPS_M),
		minPoints: sliderValue(read('minPoints'), MIN_POINTS),
		cellSideM: sliderValue(read('cellSideM'), CELL_SIDE_M),
		densityMetric: isOneOf(METRIC_KEYS, metric) ? metric : undefined,
		catchmentRadiusM: isOneOf(CATCHMENT_RADII_M, radius) ? radius : undefined,
		cluster: slugValue(read('cluster')),
		station: slugValue(read('station'))
	};
}

/** The value a field is written with, or `undefined` when it is the default or not valid. */
function written(view: AnalysisView, field: Field): string | undefined {
	switch (field) {
		case 'mode':
			return isOneOf(ANALYSIS_MODES, view.mode) ? view.mode : undefined;
		case 'epsM':
		case 'minPoints':
		case 'cellSideM': {
			const range = { epsM: EPS_M, minPoints: MIN_POINTS, cellSideM: CELL_SIDE_M }[field];
			const value = view[field];
			if (value === undefined || !Number.isFinite(value)) return undefined;
			const canonical = onSlider(value, range);
			return canonical === range.initial ? undefined : String(canonical);
		}
		case 'densityMetric':
			return isOneOf(METRIC_KEYS, view.densityMetric) ? view.densityMetric : undefined;
		case 'catchmentRadiusM':
			return view.catchmentRadiusM !== undefined &&
				isOneOf(CATCHMENT_RADII_M, view.catchmentRadiusM) &&
				view.catchmentRadiusM !== CATCHMENT_RADII_M[0]
				? String(view.catchmentRadiusM)
				: undefined;
		case 'cluster':
		case 'station':
			return slugValue(view[field]);
	}
}

/**
 * A copy of `params` with the analysis written (or, with `undefined`, removed). Other parameters are
 * kept in their order, before the analysis's; an invalid mode writes no analysis at all.
 */
export function writeAnalysisView(
	params: URLSearchParams,
	view: AnalysisView | undefined
): URLSearchParams {
	const next = new URLSearchParams();
	for (const [key, value] of params) if (!ANALYSIS_PARAMS.includes(key)) next.append(key, value);
	if (!view || written(view, 'mode') === undefined) return next;
	for (const field of Object.keys(PARAM_OF) as Field[]) {
		const value = written(view, field);
		if (value !== undefined) next.append(PARAM_OF[field], value);
	}
	return next;
}
