/**
 * The geometry a user layer may hold, and two walks over its positions. Positions are `[lng, lat]`
 * (optionally `[lng, lat, elevation]`) in degrees, as in GeoJSON.
 */
import type {
	LineString,
	MultiLineString,
	MultiPoint,
	MultiPolygon,
	Point,
	Polygon,
	Position
} from 'geojson';

/** The geometry types a user layer may contain; GeometryCollections are flattened into these. */
export const USER_GEOMETRY_TYPES = [
	'Point',
	'MultiPoint',
	'LineString',
	'MultiLineString',
	'Polygon',
	'MultiPolygon'
] as const;

export type UserGeometryType = (typeof USER_GEOMETRY_TYPES)[number];

export type UserGeometry =
	Point | MultiPoint | LineString | MultiLineString | Polygon | MultiPolygon;

export function isUserGeometryType(value: unknown): value is UserGeometryType {
	return typeof value === 'string' && (USER_GEOMETRY_TYPES as readonly string[]).includes(value);
}

/** Every position of `geometry`, in order. */
export function* positionsOf(geometry: UserGeometry): Generator<Position> {
	switch (geometry.type) {
		case 'Point':
			yield geometry.coordinates;
			return;
		case 'MultiPoint':
		case 'LineString':
			yield* geometry.coordinates;
			return;
		case 'MultiLineString':
		case 'Polygon':
			for (const line of geometry.coordinates) yield* line;
			return;
		case 'MultiPolygon':
			for (const polygon of geometry.coordinates) for (const ring of polygon) yield* ring;
	}
}

/** A new geometry of the same type with every position replaced by `map(position)`. */
export function mapPositions(
	geometry: UserGeometry,
	map: (position: Position) => Position
): UserGeometry {
	switch (geometry.type) {
		case 'Point':
			return { type: 'Point', coordinates: map(geometry.coordinates) };
		case 'MultiPoint':
			return { type: 'MultiPoint', coordinates: geometry.coordinates.map(map) };
		case 'LineString':
			return { type: 'LineString', coordinates: geometry.coordinates.map(map) };
		case 'MultiLineString':
			return {
				type: 'MultiLineString',
				coordinates: geometry.coordinates.map((line) => line.map(map))
			};
		case 'Polygon':
			return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(map)) };
		case 'MultiPolygon':
			return {
				type: 'MultiPolygon',
				coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(map)))
			};
	}
}
