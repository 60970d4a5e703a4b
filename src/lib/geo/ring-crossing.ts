/**
 * Whether a polygon ring is simple: a ring that crosses itself (a bow-tie) has no defined inside, so
 * areas, point-in-polygon tests and MapLibre's fill all disagree about it. `@turf/kinks` finds the
 * crossings; the data's schema and the editor both refuse such a ring (docs/ARCHITECTURE.md, "The
 * maintainers' editor").
 */
import kinks from '@turf/kinks';
import type { Feature, Polygon, Position } from 'geojson';

/** Where a closed ring crosses itself, rounded to 6 decimals, or undefined when it does not. */
export function ringCrossing(ring: readonly Position[]): Position | undefined {
	if (ring.length < 4) return undefined;
	const feature: Feature<Polygon> = {
		type: 'Feature',
		properties: {},
		geometry: { type: 'Polygon', coordinates: [ring as Position[]] }
	};
	const at = kinks(feature).features[0]?.geometry.coordinates;
	return at && [Number(at[0]!.toFixed(6)), Number(at[1]!.toFixed(6))];
}
