/**
 * Coordinates as exports write them: six decimals of a degree (about 0.1 m), so that an average of
 * 120.3095 leaves as 120.3095 and not as 120.30949999999999. The data itself has at most five.
 */
import type { Geometry, Position } from 'geojson';

const DECIMALS = 6;
const FACTOR = 10 ** DECIMALS;

/** A longitude or latitude in degrees, rounded to six decimals. */
export function roundCoordinate(degrees: number): number {
	return Math.round(degrees * FACTOR) / FACTOR;
}

function roundPosition(position: Position): Position {
	return position.map(roundCoordinate);
}

/** A copy of the geometry with every position rounded; null stays null. Inputs are not modified. */
export function roundGeometry<G extends Geometry | null>(geometry: G): G {
	if (geometry === null) return geometry;
	switch (geometry.type) {
		case 'Point':
			return { ...geometry, coordinates: roundPosition(geometry.coordinates) };
		case 'MultiPoint':
		case 'LineString':
			return { ...geometry, coordinates: geometry.coordinates.map(roundPosition) };
		case 'MultiLineString':
		case 'Polygon':
			return {
				...geometry,
				coordinates: geometry.coordinates.map((line) => line.map(roundPosition))
			};
		case 'MultiPolygon':
			return {
				...geometry,
				coordinates: geometry.coordinates.map((polygon) =>
					polygon.map((ring) => ring.map(roundPosition))
				)
			};
		case 'GeometryCollection':
			return { ...geometry, geometries: geometry.geometries.map((g) => roundGeometry(g)) };
	}
}
