/**
 * The land layer: the polygons of the world land file that meet the bbox, clipped to it, then
 * (for the output) without holes, simplified and finished.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import process from 'node:process';
import v8 from 'node:v8';

import bboxClip from '@turf/bbox-clip';
import { polygon } from '@turf/helpers';
import { simplify } from '@turf/simplify';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

import { finishPolygon } from './finish-polygon';
import {
	boxesIntersect,
	feature,
	multiPolygon,
	ringArea,
	ringBbox,
	type BBox,
	type PolygonRings
} from './geometry';

export interface LandOptions {
	simplifyTolerance: number;
	keepHoles: boolean;
	decimals: number;
}

/**
 * JSON.parse of the 168 MB land file needs about 0.9 GB of heap: when Node's limit is below
 * `heapMB`, re-runs the current script (with the same loader flags, e.g. tsx's) in a child Node
 * with `--max-old-space-size=heapMB` and exits with its status.
 */
export function respawnWithLargerHeapIfNeeded(heapMB: number): void {
	const limitMB = v8.getHeapStatistics().heap_size_limit / 2 ** 20;
	if (limitMB >= heapMB || process.env.BUILD_BASEMAP_CHILD) return;
	const flag = `--max-old-space-size=${heapMB}`;
	console.log(`heap limit ${limitMB.toFixed(0)} MB: re-running with ${flag}`);
	const args = [...process.execArgv, flag, ...process.argv.slice(1)];
	const child = spawnSync(process.execPath, args, {
		stdio: 'inherit',
		env: { ...process.env, BUILD_BASEMAP_CHILD: '1' }
	});
	process.exit(child.status ?? 1);
}

/** Reads the world land file and returns its polygons that meet `bbox`, clipped (unsimplified). */
export function readLandInBbox(file: string, bbox: BBox): PolygonRings[] {
	const world = JSON.parse(fs.readFileSync(file, 'utf8')) as FeatureCollection<
		Polygon | MultiPolygon
	>;
	return clipLand(world, bbox);
}

/** Every polygon whose outer ring's bbox meets `bbox`, clipped to it; empty results dropped. */
export function clipLand(
	world: FeatureCollection<Polygon | MultiPolygon>,
	bbox: BBox
): PolygonRings[] {
	const polygons: PolygonRings[] = [];
	for (const { geometry } of world.features) {
		const parts = (
			geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
		) as PolygonRings[];
		for (const rings of parts) {
			if (!boxesIntersect(ringBbox(rings[0]!), bbox)) continue;
			const clipped = bboxClip(polygon(rings), bbox).geometry.coordinates as PolygonRings;
			if (clipped.length > 0 && ringArea(clipped[0]!) > 0) polygons.push(clipped);
		}
	}
	return polygons;
}

/** One MultiPolygon feature: the clipped land, holes dropped unless kept, simplified, finished. */
export function buildLand(
	polygons: PolygonRings[],
	options: LandOptions,
	log: (line: string) => void = console.log
): Feature<MultiPolygon, { id: 'land' }> {
	const holes = polygons.reduce((sum, rings) => sum + rings.length - 1, 0);
	const kept = options.keepHoles ? polygons : polygons.map((rings) => rings.slice(0, 1));
	log(
		`land       ${polygons.length} polygon(s) meet the bbox; ${holes} hole(s)` +
			(options.keepHoles ? '' : ' dropped (tile-seam slivers)')
	);
	const simplified = kept.map(
		(rings) =>
			simplify(polygon(rings), { tolerance: options.simplifyTolerance, highQuality: true }).geometry
				.coordinates as PolygonRings
	);
	const finished = simplified.map((rings) => finishPolygon(rings, options.decimals));
	return feature({ id: 'land' }, multiPolygon(finished));
}
