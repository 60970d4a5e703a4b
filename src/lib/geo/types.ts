/**
 * The coordinate types every layer shares. Coordinates are WGS-84 degrees, always `[lng, lat]`
 * (RFC 7946 order); boxes are `[west, south, east, north]`.
 */

/** A position: longitude then latitude, in degrees. */
export type LngLat = readonly [lng: number, lat: number];

/** A box: west, south, east, north, in degrees. */
export type Bounds = [west: number, south: number, east: number, north: number];

/** A circle on the ground: its centre and its radius in metres. */
export interface Circle {
	center: LngLat;
	radiusM: number;
}

/** What a map frames: a box, or the box around a circle (the map's code computes it). */
export type Frame = Bounds | Circle;

/** WGS-84 (GPS, OSM, Tianditu's CGCS2000 for a city map's purposes) or GCJ-02, the datum of Amap's tiles. */
export type Datum = 'WGS84' | 'GCJ02';
