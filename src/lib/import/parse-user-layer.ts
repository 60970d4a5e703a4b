/**
 * "Add your own layer": a dropped GeoJSON or CSV file → a normalised WGS-84 layer, or one polite
 * message saying what was wrong and what to do. Pure: no DOM, no MapLibre; the UI reads the File.
 *
 * Decisions:
 * - A file's real kind comes first, from its first bytes: a zip archive, an image, a PDF or other
 *   binary data (NUL bytes) is refused naming what it is (file-kind.ts), never as "not UTF-8".
 * - Format by extension (.geojson/.json, .csv/.tsv/.txt), overridden by content: text starting with
 *   `{` or `[` is JSON whatever its name. Known GIS/office formats (KML, Shapefile, Excel…) are
 *   refused by extension with advice to export GeoJSON or CSV.
 * - GeometryCollections are flattened: each member becomes a feature with the parent's properties
 *   and id `<id>-<n>`, so the layer stays drawable by type; a warning says so.
 * - Features without geometry (null, missing or empty coordinates) are skipped with a warning; a
 *   file with nothing left is refused.
 * - Any coordinate out of range refuses the file, naming the first offender and the count; the same
 *   check recognises swapped [lat, lng] pairs and projected metre coordinates and explains those.
 * - Data lying wholly outside the Qingdao region is accepted with a warning: it may be context a
 *   planner wants, and a misplaced file is obvious once it is on the map.
 * - Datum: the numbers cannot reveal GCJ-02, so a clue in names, crs or values only sets
 *   `datumHint`; converting is always the user's choice (`assumeGcj02`). BD-09 (Baidu) is not
 *   handled.
 * - Every feature gets a unique string id: its own id as text, else `feature-<n>` / `row-<line>`;
 *   repeated ids get a `~2`, `~3` suffix.
 */
import turfBbox from '@turf/bbox';
import { featureCollection } from '@turf/helpers';
import type { Feature, Position } from 'geojson';
import gcoord from 'gcoord';
import { findGcj02Clue } from './find-gcj02-clue';
import {
	mapPositions,
	positionsOf,
	USER_GEOMETRY_TYPES,
	type UserGeometry,
	type UserGeometryType
} from './geometry';
import { MAX_BYTES, MAX_FEATURES, QINGDAO_BBOX } from './limits';
import { codeUnitsOf, detectFormat, sniffFileKind } from './file-kind';
import { excerpt, formatCoordinates, Refusal, type ImportMessage } from './messages';
import { readCsv } from './read-csv';
import { readJson } from './read-json';
import type { DatumText, ReadFeature, ReadResult } from './read-result';
import type { UserProperties } from './sanitise-properties';

export { MAX_BYTES, MAX_FEATURES, QINGDAO_BBOX } from './limits';

export type UserFeature = Feature<UserGeometry, UserProperties> & { id: string };

export interface UserLayer {
	/** The file name without folders, shortened for display. */
	name: string;
	kind: 'geojson' | 'csv';
	/** WGS-84 features, positions `[lng, lat]` or `[lng, lat, elevation]` in degrees. */
	features: UserFeature[];
	/** `[west, south, east, north]` in WGS-84 degrees. */
	bbox: [number, number, number, number];
	/** Features per geometry type; every type is present, 0 when absent. */
	counts: Record<UserGeometryType, number>;
	/** Things the user should know; the layer is shown regardless. */
	warnings: ImportMessage[];
	/** 'wgs84': coordinates as given (taken to be WGS-84); 'gcj02-converted': converted on request. */
	datum: 'wgs84' | 'gcj02-converted';
	/** Whether something in the file suggests GCJ-02. The conversion is offered either way. */
	datumHint: 'gcj02-suspected' | 'unknown';
}

export type ParseResult = { ok: true; layer: UserLayer } | { ok: false; error: ImportMessage };

/** The steps of reading a file's text, for a progress display. */
export type ParseStage = 'parsing' | 'checking';

export interface ParseOptions {
	/** Treat the coordinates as GCJ-02 (Amap/Gaode, Tencent) and convert them to WGS-84. Default false. */
	assumeGcj02?: boolean;
	/** Told as each step begins: reading the text into features, then checking and assembling them. */
	onStage?: (stage: ParseStage) => void;
}

const BYTES_PER_MB = 1024 * 1024;

/**
 * Features whose properties are searched for a GCJ-02 clue. A field naming the datum or the source
 * map repeats in every feature, so the first thousand are enough.
 */
const DATUM_SCAN_FEATURES = 1000;

/** Refuses a file larger than MAX_BYTES from its size alone, before its text is read. */
export function checkFileSize(bytes: number): ImportMessage | null {
	if (bytes <= MAX_BYTES) return null;
	return {
		code: 'file-too-large',
		params: {
			sizeMb: Math.round((bytes / BYTES_PER_MB) * 10) / 10,
			limitMb: MAX_BYTES / BYTES_PER_MB
		}
	};
}

function refuse(reason: ImportMessage): never {
	throw new Refusal(reason);
}

/** Size of `text` once UTF-8 encoded, without building the encoding. */
function utf8Bytes(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i += 1) {
		const unit = text.charCodeAt(i);
		if (unit < 0x80) bytes += 1;
		else if (unit < 0x800) bytes += 2;
		else if (unit >= 0xd800 && unit <= 0xdbff) {
			// A surrogate pair: one 4-byte character.
			bytes += 4;
			i += 1;
		} else bytes += 3;
	}
	return bytes;
}

/**
 * Refuses the first coordinate outside lng −180…180, lat −90…90, explaining the two usual causes:
 * [lat, lng] order and projected coordinates in metres.
 */
function checkRanges(features: readonly ReadFeature[]): void {
	let first: { feature: ReadFeature; position: Position } | undefined;
	let count = 0;
	let allSwappable = true;
	for (const feature of features) {
		for (const position of positionsOf(feature.geometry)) {
			const [lng = NaN, lat = NaN] = position;
			if (Math.abs(lng) <= 180 && Math.abs(lat) <= 90) continue;
			count += 1;
			first ??= { feature, position };
			if (!(Math.abs(lng) <= 90 && Math.abs(lat) <= 180)) allSwappable = false;
		}
	}
	if (!first) return;

	const [lng = NaN, lat = NaN] = first.position;
	const params = { ...first.feature.at, count, example: formatCoordinates(first.position) };
	// Web Mercator and Gauss–Krüger values are in the hundreds of thousands or millions of metres.
	if (Math.abs(lng) > 1000 || Math.abs(lat) > 1000) {
		refuse({ code: 'coordinates-projected', params });
	}
	refuse({ code: allSwappable ? 'coordinates-swapped' : 'coordinates-out-of-range', params });
}

function* datumTexts(
	name: string,
	read: ReadResult,
	features: readonly ReadFeature[]
): Generator<DatumText> {
	yield { source: 'file-name', text: name };
	yield* read.datumTexts;
	for (const { properties } of features.slice(0, DATUM_SCAN_FEATURES)) {
		for (const [key, value] of Object.entries(properties)) {
			yield { source: 'property-name', text: key };
			if (typeof value === 'string') yield { source: 'property-value', text: value };
		}
	}
}

function gcj02ToWgs84(position: Position): Position {
	const [lng = NaN, lat = NaN, ...rest] = position;
	// gcoord returns positions outside China unchanged: GCJ-02 is only defined inside.
	const [x, y] = gcoord.transform<[number, number]>([lng, lat], gcoord.GCJ02, gcoord.WGS84);
	return [x, y, ...rest];
}

/** `id`, or `id~2`, `id~3`… if taken. */
function uniqueId(id: string, taken: Set<string>, nextSuffix: Map<string, number>): string {
	let unique = id;
	let suffix = nextSuffix.get(id) ?? 2;
	while (taken.has(unique)) {
		unique = `${id}~${suffix}`;
		suffix += 1;
	}
	nextSuffix.set(id, suffix);
	taken.add(unique);
	return unique;
}

function toUserFeatures(
	features: readonly ReadFeature[],
	convert: ((position: Position) => Position) | undefined
): UserFeature[] {
	const taken = new Set<string>();
	const nextSuffix = new Map<string, number>();
	return features.map(({ geometry, properties, sourceId, part, at }) => {
		const base = sourceId ?? ('row' in at ? `row-${at.row}` : `feature-${at.index + 1}`);
		return {
			type: 'Feature',
			id: uniqueId(part === undefined ? base : `${base}-${part}`, taken, nextSuffix),
			geometry: convert ? mapPositions(geometry, convert) : geometry,
			properties
		};
	});
}

function displayName(name: string): string {
	return excerpt(name.split(/[/\\]/).pop() ?? '', 120);
}

function disjoint(a: readonly number[], b: readonly number[]): boolean {
	const [aw = 0, as = 0, ae = 0, an = 0] = a;
	const [bw = 0, bs = 0, be = 0, bn = 0] = b;
	return ae < bw || aw > be || an < bs || as > bn;
}

function readLayer(name: string, text: string, options: ParseOptions): UserLayer {
	if (text.length > MAX_BYTES / 3) {
		const tooLarge = checkFileSize(utf8Bytes(text));
		if (tooLarge) refuse(tooLarge);
	}
	const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
	const fileKind = sniffFileKind(codeUnitsOf(body));
	if (fileKind) refuse({ code: 'file-kind', params: { kind: fileKind } });
	if (body.trim() === '') refuse({ code: 'file-empty', params: {} });
	// Decoding non-UTF-8 bytes as UTF-8 leaves U+FFFD; Excel saves Chinese CSV files as GBK.
	if (body.includes('\uFFFD')) refuse({ code: 'encoding-not-utf8', params: {} });

	const kind = detectFormat(name, body) === 'json' ? 'geojson' : 'csv';
	options.onStage?.('parsing');
	const read = kind === 'geojson' ? readJson(body) : readCsv(body);
	if (read.features.length > MAX_FEATURES) {
		refuse({
			code: 'too-many-features',
			params: { count: read.features.length, limit: MAX_FEATURES }
		});
	}
	if (read.features.length === 0) {
		refuse({ code: 'no-features', params: { skipped: read.skipped } });
	}
	options.onStage?.('checking');
	checkRanges(read.features);

	const clue = findGcj02Clue(datumTexts(name, read, read.features));
	let converted = 0;
	const convert = options.assumeGcj02
		? (position: Position) => {
				converted += 1;
				return gcj02ToWgs84(position);
			}
		: undefined;
	const features = toUserFeatures(read.features, convert);
	const datumWarnings: ImportMessage[] = [];
	if (clue && !options.assumeGcj02) datumWarnings.push({ code: 'gcj02-suspected', params: clue });
	if (options.assumeGcj02)
		datumWarnings.push({ code: 'gcj02-converted', params: { count: converted } });
	return assemble({
		name: displayName(name),
		kind,
		features,
		fileWarnings: read.warnings,
		datumWarnings,
		datum: options.assumeGcj02 ? 'gcj02-converted' : 'wgs84',
		datumHint: clue ? 'gcj02-suspected' : 'unknown'
	});
}

/** Warnings about the place and the datum, which a conversion changes; the file's own are kept. */
const PLACE_WARNINGS: readonly ImportMessage['code'][] = [
	'outside-qingdao',
	'gcj02-suspected',
	'gcj02-converted'
];

/** A layer from its features: extent, counts per geometry type, and the warnings in order. */
function assemble(parts: {
	name: string;
	kind: UserLayer['kind'];
	features: UserFeature[];
	fileWarnings: readonly ImportMessage[];
	datumWarnings: readonly ImportMessage[];
	datum: UserLayer['datum'];
	datumHint: UserLayer['datumHint'];
}): UserLayer {
	const { features } = parts;
	const [west = 0, south = 0, east = 0, north = 0] = turfBbox(featureCollection(features));
	const bbox: UserLayer['bbox'] = [west, south, east, north];
	const counts = Object.fromEntries(USER_GEOMETRY_TYPES.map((type) => [type, 0])) as Record<
		UserGeometryType,
		number
	>;
	for (const feature of features) counts[feature.geometry.type] += 1;

	const warnings = [...parts.fileWarnings];
	if (disjoint(bbox, QINGDAO_BBOX)) {
		const shown = bbox.map((value) => Math.round(value * 1000) / 1000).join(', ');
		warnings.push({ code: 'outside-qingdao', params: { bbox: `[${shown}]` } });
	}
	warnings.push(...parts.datumWarnings);
	return {
		name: parts.name,
		kind: parts.kind,
		features,
		bbox,
		counts,
		warnings,
		datum: parts.datum,
		datumHint: parts.datumHint
	};
}

/**
 * A layer read as WGS-84 (`datum: 'wgs84'`), taken to be GCJ-02 after all and converted: the same as
 * parsing its file again with `assumeGcj02`, so a layer kept in the browser can be converted after a
 * reload, when its file is gone. A layer already converted is returned as it is.
 */
export function convertUserLayer(layer: UserLayer): UserLayer {
	if (layer.datum === 'gcj02-converted') return layer;
	let converted = 0;
	const convert = (position: Position) => {
		converted += 1;
		return gcj02ToWgs84(position);
	};
	const features = layer.features.map((feature) => ({
		...feature,
		geometry: mapPositions(feature.geometry, convert)
	}));
	return assemble({
		name: layer.name,
		kind: layer.kind,
		features,
		fileWarnings: layer.warnings.filter((w) => !PLACE_WARNINGS.includes(w.code)),
		datumWarnings: [{ code: 'gcj02-converted', params: { count: converted } }],
		datum: 'gcj02-converted',
		datumHint: layer.datumHint
	});
}

/**
 * Reads a user's file. `name` is the file name (its extension helps pick the format), `text` its
 * content. Never throws for bad input: every problem comes back as `{ ok: false, error }`.
 */
export function parseUserLayer(
	name: string,
	text: string,
	options: ParseOptions = {}
): ParseResult {
	try {
		return { ok: true, layer: readLayer(name, text, options) };
	} catch (error) {
		if (error instanceof Refusal) return { ok: false, error: error.reason };
		throw error;
	}
}

/**
 * Reads a user's file from its bytes: a zip archive, an image, a PDF or other binary data is named
 * for what it is before any decoding (decoded, it would only look like text in a wrong encoding);
 * anything else is decoded as UTF-8 and read by `parseUserLayer`.
 */
export function parseUserFile(
	name: string,
	bytes: Uint8Array,
	options: ParseOptions = {}
): ParseResult {
	const kind = sniffFileKind(bytes.subarray(0, 1024));
	if (kind) return { ok: false, error: { code: 'file-kind', params: { kind } } };
	return parseUserLayer(name, new TextDecoder().decode(bytes), options);
}
