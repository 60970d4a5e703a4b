/**
 * Plain-array geometry shared by the basemap build steps: positions are `[x, y]` (degrees
 * `[lon, lat]`, or the integer 1/1024° units of the ECharts source), rings are closed (last vertex
 * = first), a polygon is its rings with the outer one first.
 */
import CheapRuler from 'cheap-ruler';
import type { Feature, GeoJsonProperties, Geometry, MultiPolygon } from 'geojson';

export type Position = [number, number];
export type Ring = Position[];
export type PolygonRings = Ring[];
/** [west, south, east, north] */
export type BBox = [number, number, number, number];

/** Lexicographic order (x, then y); 0 when the two positions are equal. */
export function comparePoints(a: Position, b: Position): number {
	return a[0] - b[0] || a[1] - b[1];
}

export function ringBbox(ring: Position[]): BBox {
	const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x, y] of ring) {
		box[0] = Math.min(box[0], x);
		box[1] = Math.min(box[1], y);
		box[2] = Math.max(box[2], x);
		box[3] = Math.max(box[3], y);
	}
	return box;
}

export function boxesIntersect(a: BBox, b: BBox): boolean {
	return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

/**
 * Signed shoelace area in the ring's own units (positive = counter-clockwise). The build only
 * needs its sign, whether it is zero and which of two rings is larger, so no scale to metres.
 */
export function signedRingArea(ring: Ring): number {
	let sum = 0;
	for (let i = 1; i < ring.length; i++) {
		sum += ring[i - 1]![0] * ring[i]![1] - ring[i]![0] * ring[i - 1]![1];
	}
	return sum / 2;
}

export function ringArea(ring: Ring): number {
	return Math.abs(signedRingArea(ring));
}

/** A local equirectangular plane in metres: x = lon × kx, y = lat × ky, at one latitude. */
export interface MetricPlane {
	toMetres(position: Position): Position;
	toDegrees(position: Position): Position;
}

/**
 * Metres per degree from cheap-ruler (WGS-84 ellipsoid) at `latitude`: good to well under 1 %
 * across the ≈40 km of the basemap bbox.
 */
export function metricPlane(latitude: number): MetricPlane {
	const { kx, ky } = new CheapRuler(latitude, 'meters');
	return {
		toMetres: ([lon, lat]) => [lon * kx, lat * ky],
		toDegrees: ([x, y]) => [x / kx, y / ky]
	};
}

/** The value at quantile `q` (0–1) of `values`, by rank (no interpolation). */
export function percentile(values: number[], q: number): number {
	const sorted = values.slice().sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export function feature<G extends Geometry, P extends GeoJsonProperties>(
	properties: P,
	geometry: G
): Feature<G, P> {
	return { type: 'Feature', properties, geometry };
}

export function multiPolygon(polygons: PolygonRings[]): MultiPolygon {
	return { type: 'MultiPolygon', coordinates: polygons.filter((rings) => rings.length > 0) };
}
