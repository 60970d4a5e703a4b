/**
 * Writing the output files (compact, one feature per line) and the summary printed after a build.
 */
import fs from 'node:fs';
import path from 'node:path';

import type { Feature, MultiPolygon } from 'geojson';

import type { DistrictFeature } from './build-districts';

export interface Written {
	/** Path relative to the repository root. */
	file: string;
	bytes: number;
}

/** A FeatureCollection as compact JSON with one feature per line (small, yet readable in a diff). */
export function geoJsonText(features: Feature[]): string {
	const lines = features.map((f) => JSON.stringify(f));
	return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/** Tab-indented JSON with a final newline. */
export function jsonText(value: unknown): string {
	return `${JSON.stringify(value, null, '\t')}\n`;
}

/** Writes `text` to `dir/name`; `root` only shortens the path in the result. */
export function writeText(root: string, dir: string, name: string, text: string): Written {
	const file = path.join(dir, name);
	fs.writeFileSync(file, text);
	return { file: path.relative(root, file), bytes: Buffer.byteLength(text) };
}

/** Logs the sizes of the written files and the polygon and vertex counts of each layer. */
export function report(
	written: Written[],
	layers: { land: Feature<MultiPolygon>; districts: DistrictFeature[]; labels: Feature[] }
): void {
	const { land, districts, labels } = layers;
	console.log('\nwritten:');
	for (const { file, bytes } of written) {
		console.log(`  ${file.padEnd(42)} ${(bytes / 1024).toFixed(1)} KB`);
	}
	const total = written.filter((w) => w.file.endsWith('.geojson')).reduce((s, w) => s + w.bytes, 0);
	console.log(`  geojson total ${(total / 1024).toFixed(1)} KB`);
	console.log(
		`\nland: ${land.geometry.coordinates.length} polygon(s), ${countVertices(land)} vertices`
	);
	for (const d of districts) {
		const p = d.properties;
		console.log(
			`  ${p.id.padEnd(10)} ${p.name_zh} ${String(d.geometry.coordinates.length).padStart(2)} polygon(s), ` +
				`${String(countVertices(d)).padStart(4)} vertices${p.focus ? '  (focus)' : ''}`
		);
	}
	const vertices = districts.reduce((sum, d) => sum + countVertices(d), 0);
	console.log(
		`districts: ${districts.length} features, ${vertices} vertices; labels: ${labels.length} points`
	);
}

/** The number of positions in all rings of all polygons (closing vertices included). */
export function countVertices(f: Feature<MultiPolygon>): number {
	return f.geometry.coordinates.flat(1).reduce((s, ring) => s + ring.length, 0);
}
