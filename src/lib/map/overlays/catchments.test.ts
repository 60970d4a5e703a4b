import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { catchmentOverlay } from './catchments';
import { ANALYSIS_SOURCES } from './ids';
import { east, expectWellFormed } from './overlay-fixtures';

describe('catchmentOverlay', () => {
	const stations = [
		{ id: 'taidong-station', position: east(0) },
		{ id: 'lijin-road-station', position: east(3000) }
	];
	const project: Feature = {
		type: 'Feature',
		geometry: { type: 'Point', coordinates: [...east(300)] },
		properties: { id: 'x', secret: 'not copied' }
	};

	it('draws both radii around every station and labels only the selected one', () => {
		const overlay = catchmentOverlay({
			stations,
			radiiM: [500, 800],
			selectedId: 'taidong-station',
			selectedProjects: [project],
			radiusLabel: (m) => `${m} m`
		});
		expectWellFormed(overlay);
		const shapes = overlay.sources[ANALYSIS_SOURCES.catchments]!.features;
		const circles = shapes.filter((f) => f.geometry.type === 'Polygon');
		expect(circles).toHaveLength(4);
		expect(circles.filter((f) => f.properties!.selected)).toHaveLength(2);
		expect(circles.filter((f) => f.properties!.outer).map((f) => f.properties!.radiusM)).toEqual([
			800, 800
		]);
		const labels = shapes
			.filter((f) => f.geometry.type === 'Point')
			.map((f) => f.properties!.label);
		expect(labels).toEqual(['500 m', '800 m']);
		const ringed = overlay.sources[ANALYSIS_SOURCES.catchmentProjects]!.features;
		expect(ringed).toHaveLength(1);
		expect(ringed[0]!.properties).toEqual({});
	});
});
