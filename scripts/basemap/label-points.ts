/**
 * District label points: the pole of inaccessibility (the interior point farthest from the edges)
 * of each district's largest part, found by a grid search in a local metric plane.
 */
import type { Feature, GeoJsonProperties, MultiPolygon, Point } from 'geojson';

import { roundPosition } from './finish-polygon';
import {
	feature,
	ringArea,
	ringBbox,
	type MetricPlane,
	type PolygonRings,
	type Position
} from './geometry';

/**
 * The interior point of `rings` (`[lon, lat]`) farthest from the polygon's edges, in degrees, by
 * repeated grid search in metres: a 40 × 40 grid over the polygon's bbox, then finer grids around
 * the best cell until the step is < 1 m.
 */
export function labelPoint(rings: PolygonRings, plane: MetricPlane): Position {
	const metric = rings.map((ring) => ring.map(plane.toMetres));
	const [minX, minY, maxX, maxY] = ringBbox(metric[0]!);
	const cells = 40;
	let best = { x: (minX + maxX) / 2, y: (minY + maxY) / 2, d: -Infinity };
	let step = Math.max(maxX - minX, maxY - minY) / cells;
	let [x0, y0] = [minX, minY];
	while (step > 1) {
		for (let i = 0; i <= cells; i++) {
			for (let j = 0; j <= cells; j++) {
				const p: Position = [x0 + i * step, y0 + j * step];
				const d = signedDistanceToRings(p, metric);
				if (d > best.d) best = { x: p[0], y: p[1], d };
			}
		}
		[x0, y0] = [best.x - 2 * step, best.y - 2 * step];
		step = (4 * step) / cells;
	}
	return plane.toDegrees([best.x, best.y]);
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

function signedDistanceToRings(p: Position, rings: PolygonRings): number {
	let min = Infinity;
	for (const ring of rings) {
		for (let i = 1; i < ring.length; i++) {
			min = Math.min(min, segmentDistance(p, ring[i - 1]!, ring[i]!));
		}
	}
	return pointInRings(p, rings) ? min : -min;
}

/** Even-odd ray casting over all rings (so holes and multi-part land both work). */
function pointInRings([x, y]: Position, rings: PolygonRings): boolean {
	let inside = false;
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [a, b] = [ring[i]!, ring[j]!];
			const crosses = a[1] > y !== b[1] > y;
			if (crosses && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
		}
	}
	return inside;
}

function segmentDistance([px, py]: Position, [ax, ay]: Position, [bx, by]: Position): number {
	const dx = bx - ax;
	const dy = by - ay;
	const lengthSq = dx * dx + dy * dy;
	const t =
		lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSq));
	const ex = px - (ax + t * dx);
	const ey = py - (ay + t * dy);
	return Math.sqrt(ex * ex + ey * ey);
}
