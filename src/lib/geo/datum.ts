/**
 * Datum shifts between WGS-84 (what we store, publish and measure in) and GCJ-02 (the datum Amap's tiles
 * are drawn in). gcoord does the forward shift; the way back is refined by iteration so that a position
 * shifted there and back returns to itself (to about 1e-9°), which keeps URLs stable when the basemap
 * changes. Outside China both directions are the identity, as GCJ-02 is undefined there.
 */
import gcoord from 'gcoord';
import type { Bounds, Datum, LngLat } from './types';

function wgsToGcj(p: LngLat): [number, number] {
	return gcoord.transform<[number, number]>([p[0], p[1]], gcoord.WGS84, gcoord.GCJ02);
}

function gcjToWgs(p: LngLat): [number, number] {
	let guess = gcoord.transform<[number, number]>([p[0], p[1]], gcoord.GCJ02, gcoord.WGS84);
	for (let i = 0; i < 4; i++) {
		const there = wgsToGcj(guess);
		const [dx, dy] = [there[0] - p[0], there[1] - p[1]];
		if (Math.abs(dx) < 1e-12 && Math.abs(dy) < 1e-12) break;
		guess = [guess[0] - dx, guess[1] - dy];
	}
	return guess;
}

/** A WGS-84 position as drawn on a basemap of `datum`. */
export function toDatum(p: LngLat, datum: Datum): [number, number] {
	return datum === 'GCJ02' ? wgsToGcj(p) : [p[0], p[1]];
}

/** A position read off a basemap of `datum`, back in WGS-84. */
export function fromDatum(p: LngLat, datum: Datum): [number, number] {
	return datum === 'GCJ02' ? gcjToWgs(p) : [p[0], p[1]];
}

/** A box read off a basemap of `datum`, back in WGS-84 (the box around its shifted corners). */
export function boundsFromDatum(b: Bounds, datum: Datum): Bounds {
	return shiftBounds(b, (p) => fromDatum(p, datum));
}

/** A WGS-84 box as drawn on a basemap of `datum`. */
export function boundsToDatum(b: Bounds, datum: Datum): Bounds {
	return shiftBounds(b, (p) => toDatum(p, datum));
}

function shiftBounds(b: Bounds, shift: (p: LngLat) => [number, number]): Bounds {
	const corners = [
		shift([b[0], b[1]]),
		shift([b[2], b[1]]),
		shift([b[2], b[3]]),
		shift([b[0], b[3]])
	];
	const lngs = corners.map((c) => c[0]);
	const lats = corners.map((c) => c[1]);
	return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}

type Position = GeoJSON.Position;

function shiftPositions(value: unknown, shift: (p: Position) => Position): unknown {
	if (!Array.isArray(value)) return value;
	if (typeof value[0] === 'number') return shift(value as Position);
	return value.map((inner) => shiftPositions(inner, shift));
}

function shiftGeometry(
	geometry: GeoJSON.Geometry | null,
	shift: (p: Position) => Position
): GeoJSON.Geometry | null {
	if (!geometry) return geometry;
	if (geometry.type === 'GeometryCollection') {
		return {
			...geometry,
			geometries: geometry.geometries.map((g) => shiftGeometry(g, shift)!)
		};
	}
	return {
		...geometry,
		coordinates: shiftPositions(geometry.coordinates, shift)
	} as GeoJSON.Geometry;
}

const shifted = new WeakMap<GeoJSON.FeatureCollection, GeoJSON.FeatureCollection>();

/**
 * A feature collection as drawn on a basemap of `datum`: the same object on a WGS-84 basemap, a shifted
 * copy (remembered per collection, so redrawing the same data costs nothing) on a GCJ-02 one. Properties
 * and any bounding boxes are left as they are; the input is never changed.
 */
export function collectionToDatum(
	data: GeoJSON.FeatureCollection,
	datum: Datum
): GeoJSON.FeatureCollection {
	if (datum === 'WGS84') return data;
	const known = shifted.get(data);
	if (known) return known;
	const shift = (p: Position): Position => [...wgsToGcj([p[0]!, p[1]!]), ...p.slice(2)];
	const copy: GeoJSON.FeatureCollection = {
		...data,
		features: data.features.map((feature) => ({
			...feature,
			geometry: shiftGeometry(feature.geometry, shift)!
		}))
	};
	shifted.set(data, copy);
	return copy;
}
