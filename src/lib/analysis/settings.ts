/**
 * What the analysis panel's controls offer, and where each number comes from. Kept apart from the
 * analysis modules so the page can show its sliders without loading them (they are loaded when the
 * panel opens); `settings.test.ts` checks that these agree with the modules' own ranges and defaults.
 */

/** The analyses of the panel, in the order of its buttons. */
export const ANALYSIS_MODES = [
	'clusters',
	'density',
	'nearest',
	'catchments',
	'breakdowns',
	'layers'
] as const;
export type AnalysisMode = (typeof ANALYSIS_MODES)[number];

/** DBSCAN's neighbourhood radius in metres: EPS_M_RANGE and DBSCAN_DEFAULTS.epsM of dbscan.ts. */
export const EPS_M = { min: 100, max: 2000, step: 50, initial: 500 } as const;

/** DBSCAN's minimum cluster size, the point itself included (DBSCAN_DEFAULTS.minPoints). */
export const MIN_POINTS = { min: 2, max: 10, initial: 3 } as const;

/** Side of a hexagon in metres: CELL_SIDE_M_RANGE and HEXBIN_DEFAULTS.cellSideM of hexbin.ts. */
export const CELL_SIDE_M = { min: 250, max: 2000, step: 50, initial: 500 } as const;

/** Catchment radii in metres: CATCHMENT_DEFAULTS.radiiM of catchments.ts (6 and 10 minutes on foot). */
export const CATCHMENT_RADII_M = [500, 800] as const;
export type CatchmentRadiusM = (typeof CATCHMENT_RADII_M)[number];

/**
 * Metro-layer points that are stations in their own right besides the existing stations shown for
 * context (`context: true`). The catchments module counts every metro Point as a station; two more
 * project features sit at station sites but are not stations to measure from: the over-station
 * development at 海信桥 duplicates the context station 海信桥站 (it would be listed twice), and the
 * article's "地铁1号线开封路站" matches no Line 1 station (its location is a low-confidence estimate).
 * 小港站 is a real Line 2 station that has no context feature because it is itself a project.
 */
export const PROJECT_STATIONS: readonly string[] = ['xiaogang-station'];
