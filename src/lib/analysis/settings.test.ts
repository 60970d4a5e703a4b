import { describe, expect, it } from 'vitest';
import { CATCHMENT_DEFAULTS } from '$lib/analysis/catchments';
import { DBSCAN_DEFAULTS, EPS_M_RANGE } from '$lib/analysis/dbscan';
import { CELL_SIDE_M_RANGE, HEXBIN_DEFAULTS } from '$lib/analysis/hexbin';
import { loadGeodata } from '$lib/server/geodata';
import { CATCHMENT_RADII_M, CELL_SIDE_M, EPS_M, MIN_POINTS, PROJECT_STATIONS } from './settings';

describe('the panel settings', () => {
	it('offer the ranges and defaults the analysis modules state', () => {
		expect([EPS_M.min, EPS_M.max]).toEqual([...EPS_M_RANGE]);
		expect(EPS_M.initial).toBe(DBSCAN_DEFAULTS.epsM);
		expect(MIN_POINTS.initial).toBe(DBSCAN_DEFAULTS.minPoints);
		expect([CELL_SIDE_M.min, CELL_SIDE_M.max]).toEqual([...CELL_SIDE_M_RANGE]);
		expect(CELL_SIDE_M.initial).toBe(HEXBIN_DEFAULTS.cellSideM);
		expect([...CATCHMENT_RADII_M]).toEqual([...CATCHMENT_DEFAULTS.radiiM]);
	});

	it('name project stations that are metro points in the data', () => {
		const { features } = loadGeodata();
		for (const id of PROJECT_STATIONS) {
			const station = features.find((f) => f.properties.id === id);
			expect(station?.properties.layer).toBe('metro');
			expect(station?.geometry?.type).toBe('Point');
		}
	});
});
