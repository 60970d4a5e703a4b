/**
 * District label points: the pole of inaccessibility (the interior point farthest from the edges)
 * of each district's largest part, found by polylabel in a local metric plane.
 */
import type { Feature, GeoJsonProperties, MultiPolygon, Point } from 'geojson';
import polylabel from 'polylabel';

import { roundPosition } from './finish-polygon';
import { feature, ringArea, type MetricPlane, type PolygonRings, type Position } from './geometry';

/** polylabel stops when it cannot improve the distance to the edges by more than this (metres). */
const PRECISION_M = 1;

/**
 * The pole of inaccessibility of `rings` (`[lon, lat]`, outer ring first, holes honoured), in
 * degrees. Computed in metres so that the distance to the edges is isotropic.
 */
export function labelPoint(rings: PolygonRings, plane: MetricPlane): Position {
	const metric = rings.map((ring) => ring.map(plane.toMetres));
	const [x, y] = polylabel(metric, PRECISION_M);
	return plane.toDegrees([x, y]);
}

/** A Point feature with the polygon's properties, at the label point of its largest part. */
export function labelFeature<P extends GeoJsonProperties>(
	polygonFeature: Feature<MultiPolygon, P>,
	plane: MetricPlane,
	decimals: number
): Feature<Point, P> {
	const parts = polygonFeature.geometry.coordinates as PolygonRings[];
	const largest = parts.slice().sort((a, b) => ringArea(b[0]!) - ringArea(a[0]!))[0]!;
	const coordinates = roundPosition(labelPoint(largest, plane), decimals);
	return feature(polygonFeature.properties, { type: 'Point', coordinates });
}
