/**
 * Parsed JSON → features, or a refusal naming the feature and what is wrong with it. A
 * FeatureCollection, a single Feature and a bare geometry are all accepted.
 *
 * Hand-written rather than a valibot schema: the messages must name the feature index and the
 * offending value in words a planner can act on, which is most of the code either way.
 */
import type { Position } from 'geojson';
import { isUserGeometryType, type UserGeometry } from './geometry';
import { MAX_FEATURES } from './limits';
import {
	excerpt,
	formatCoordinates,
	Refusal,
	type GeometryProblem,
	type NotGeoJsonFound,
	type ImportMessage
} from './messages';
import type { DatumText, ReadFeature, ReadResult } from './read-result';
import { sanitiseProperties } from './sanitise-properties';

/** GeometryCollections inside GeometryCollections are flattened up to this depth. */
const MAX_COLLECTION_DEPTH = 4;

/** Characters of crs or metadata text searched for a datum hint. */
const MAX_DATUM_TEXT_CHARS = 2000;

const GEOJSON_GEOMETRY_TYPES = [
	'Point',
	'MultiPoint',
	'LineString',
	'MultiLineString',
	'Polygon',
	'MultiPolygon',
	'GeometryCollection'
];

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value);
}

function refuse(reason: ImportMessage): never {
	throw new Refusal(reason);
}

function jsonKindOf(value: unknown): NotGeoJsonFound {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	if (typeof value === 'string') return 'string';
	if (typeof value === 'number') return 'number';
	if (typeof value === 'boolean') return 'boolean';
	return 'object';
}

/** The features of the top-level object, each still unchecked. */
function topLevelFeatures(root: unknown): unknown[] {
	if (!isObject(root)) {
		return refuse({ code: 'json-not-geojson', params: { found: jsonKindOf(root) } });
	}

	const type = root.type;
	if (type === 'FeatureCollection') {
		return Array.isArray(root.features)
			? root.features
			: refuse({ code: 'json-not-geojson', params: { found: 'features-not-array' } });
	}
	if (type === 'Feature') return [root];
	if (typeof type === 'string' && GEOJSON_GEOMETRY_TYPES.includes(type)) {
		return [{ type: 'Feature', geometry: root, properties: null }];
	}
	if (type === 'Topology') refuse({ code: 'json-not-geojson', params: { found: 'topojson' } });
	if (typeof type !== 'string') refuse({ code: 'json-not-geojson', params: { found: 'object' } });
	return refuse({
		code: 'json-not-geojson',
		params: { found: 'unknown-type', type: excerpt(type) }
	});
}

/** Tallies of repairs made while reading, reported as warnings. */
interface Repairs {
	closedRings: number;
}

/**
 * The geometry as one or more user geometries (a GeometryCollection gives one per member), or none
 * when it is empty.
 */
function readGeometry(
	value: unknown,
	index: number,
	depth: number,
	repairs: Repairs
): UserGeometry[] {
	if (!isObject(value)) {
		return refuse({
			code: 'geometry-invalid',
			params: { index, type: 'geometry', problem: 'not-an-object' }
		});
	}
	const type = value.type;
	if (type === 'GeometryCollection') {
		const fail = (problem: GeometryProblem): never =>
			refuse({ code: 'geometry-invalid', params: { index, type, problem } });
		if (depth >= MAX_COLLECTION_DEPTH) fail('too-deeply-nested');
		if (!Array.isArray(value.geometries)) return fail('coordinates-missing');
		return value.geometries.flatMap((member: unknown) =>
			member === null ? [] : readGeometry(member, index, depth + 1, repairs)
		);
	}
	if (!isUserGeometryType(type)) {
		const shown = typeof type === 'string' ? type : (JSON.stringify(type) ?? 'undefined');
		return refuse({ code: 'geometry-unsupported', params: { index, type: excerpt(shown) } });
	}

	const fail = (problem: GeometryProblem): never =>
		refuse({ code: 'geometry-invalid', params: { index, type, problem } });
	const list = (node: unknown): unknown[] =>
		Array.isArray(node) ? node : fail('coordinates-malformed');
	const position = (node: unknown): Position => {
		const values = list(node);
		const [lng, lat, elevation] = values;
		if (!isFiniteNumber(lng) || !isFiniteNumber(lat)) {
			refuse({
				code: 'coordinates-not-numbers',
				params: { index, example: formatCoordinates(values) }
			});
		}
		return isFiniteNumber(elevation) ? [lng, lat, elevation] : [lng, lat];
	};
	const line = (node: unknown): Position[] => {
		const positions = list(node).map(position);
		return positions.length >= 2 ? positions : fail('too-few-positions');
	};
	const ring = (node: unknown): Position[] => {
		const positions = list(node).map(position);
		const first = positions[0];
		const last = positions[positions.length - 1];
		if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
			positions.push([...first]);
			repairs.closedRings += 1;
		}
		// RFC 7946 §3.1.6: a linear ring is closed and has at least four positions.
		return positions.length >= 4 ? positions : fail('too-few-positions');
	};
	const polygon = (node: unknown): Position[][] => list(node).map(ring);

	const coordinates = value.coordinates;
	if (!Array.isArray(coordinates)) return fail('coordinates-missing');
	// RFC 7946 §3.1 allows empty coordinates; such a geometry has nothing to draw.
	if (coordinates.length === 0) return [];
	switch (type) {
		case 'Point':
			return [{ type, coordinates: position(coordinates) }];
		case 'MultiPoint':
			return [{ type, coordinates: coordinates.map(position) }];
		case 'LineString':
			return [{ type, coordinates: line(coordinates) }];
		case 'MultiLineString':
			return [{ type, coordinates: coordinates.map(line) }];
		case 'Polygon':
			return [{ type, coordinates: polygon(coordinates) }];
		case 'MultiPolygon':
			return [{ type, coordinates: coordinates.map(polygon) }];
	}
}

/** crs and other top-level members (name, description…), which may say where the data came from. */
function datumTextsOf(root: unknown): DatumText[] {
	if (!isObject(root)) return [];
	const texts: DatumText[] = [];
	for (const [key, value] of Object.entries(root)) {
		if (key === 'type' || key === 'features' || key === 'bbox') continue;
		let json: string | undefined;
		try {
			json = JSON.stringify(value);
		} catch {
			// Nested too deeply to write out: not a datum statement anyway.
			continue;
		}
		const text = `${key}: ${json ?? ''}`.slice(0, MAX_DATUM_TEXT_CHARS);
		texts.push({ source: key === 'crs' ? 'crs' : 'metadata', text });
	}
	return texts;
}

export function readGeoJson(root: unknown): ReadResult {
	const items = topLevelFeatures(root);
	if (items.length > MAX_FEATURES) {
		refuse({ code: 'too-many-features', params: { count: items.length, limit: MAX_FEATURES } });
	}

	const features: ReadFeature[] = [];
	const repairs: Repairs = { closedRings: 0 };
	let skipped = 0;
	let collections = 0;
	let collectionParts = 0;
	let trimmed = 0;

	items.forEach((item, index) => {
		if (!isObject(item) || item.type !== 'Feature') {
			refuse({ code: 'feature-invalid', params: { index } });
		}
		// A missing geometry member is read like `null`, which RFC 7946 allows.
		const geometries =
			item.geometry === null || item.geometry === undefined
				? []
				: readGeometry(item.geometry, index, 0, repairs);
		if (geometries.length === 0) {
			skipped += 1;
			return;
		}
		const isCollection = isObject(item.geometry) && item.geometry.type === 'GeometryCollection';
		if (isCollection) {
			collections += 1;
			collectionParts += geometries.length;
		}
		const sanitised = sanitiseProperties(item.properties);
		if (sanitised.trimmed) trimmed += 1;
		const sourceId =
			typeof item.id === 'string' || typeof item.id === 'number'
				? excerpt(String(item.id), 200)
				: undefined;
		geometries.forEach((geometry, k) => {
			features.push({
				geometry,
				properties: { ...sanitised.properties },
				sourceId,
				part: isCollection ? k + 1 : undefined,
				at: { index }
			});
		});
	});

	const warnings: ImportMessage[] = [];
	if (skipped > 0) {
		warnings.push({ code: 'features-without-geometry-skipped', params: { count: skipped } });
	}
	if (collections > 0) {
		warnings.push({
			code: 'geometry-collections-flattened',
			params: { count: collections, parts: collectionParts }
		});
	}
	if (repairs.closedRings > 0) {
		warnings.push({ code: 'rings-closed', params: { count: repairs.closedRings } });
	}
	if (trimmed > 0) warnings.push({ code: 'properties-trimmed', params: { count: trimmed } });

	return { features, skipped, warnings, datumTexts: datumTextsOf(root) };
}
