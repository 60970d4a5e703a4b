import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { classOf, densityClasses } from '$lib/analysis/density-classes';
import { hexbin, type HexProperties } from '$lib/analysis/hexbin';
import { DENSITY_COLORS, DENSITY_ZERO_COLOR } from '$lib/style/map-palette';
import { densityOverlay } from './density';
import { ANALYSIS_LAYERS, ANALYSIS_SOURCES } from './ids';
import { east, expectWellFormed } from './overlay-fixtures';

describe('densityOverlay', () => {
	it('colours each hexagon by its class and labels it with its value', () => {
		const { hexagons } = hexbin([east(0), east(10), east(3000)], { cellSideM: 500 });
		const classes = densityClasses(
			hexagons.features.map((h) => h.properties.value),
			{ colors: DENSITY_COLORS, zero: DENSITY_ZERO_COLOR }
		);
		const overlay = densityOverlay(hexagons, classes, String);
		expectWellFormed(overlay);
		const drawn = overlay.sources[ANALYSIS_SOURCES.hexbins] as FeatureCollection<
			Polygon,
			HexProperties & { color: string; label: string }
		>;
		const two = drawn.features.find((h) => h.properties.count === 2)!;
		expect(two.properties.label).toBe('2');
		expect(two.properties.color).toBe(classOf(2, classes)!.color);
		expect(overlay.layers.map((l) => l.id)).toContain(ANALYSIS_LAYERS.hexFill);
	});
});
