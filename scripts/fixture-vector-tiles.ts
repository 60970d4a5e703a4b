/**
 * Writes the vector-tile fixture (Protomaps basemap schema, made from geodata/basemap/) as
 * `<out>/{z}/{x}/{y}.pbf`, for the end-to-end tests' vector basemap.
 *
 *   npx tsx scripts/fixture-vector-tiles.ts <output folder>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildVectorTiles } from './fixtures/vector-tiles';

const out = process.argv[2];
if (out === undefined) {
	console.error(
		'usage: npx tsx scripts/fixture-vector-tiles.ts <output folder>, e.g. .e2e-build/fixture-tiles'
	);
	process.exit(1);
}
const started = performance.now();
const tiles = buildVectorTiles();
const root = resolve(out);
let bytes = 0;
const perZoom = new Map<number, number>();
for (const { z, x, y, pbf } of tiles) {
	mkdirSync(join(root, String(z), String(x)), { recursive: true });
	writeFileSync(join(root, String(z), String(x), `${y}.pbf`), pbf);
	bytes += pbf.byteLength;
	perZoom.set(z, (perZoom.get(z) ?? 0) + 1);
}
const zooms = [...perZoom].map(([z, n]) => `z${z}: ${n}`).join(', ');
console.log(
	`wrote ${tiles.length} tiles (${zooms}), ${(bytes / 1024).toFixed(1)} KB, to ${root} in ${Math.round(performance.now() - started)} ms`
);
