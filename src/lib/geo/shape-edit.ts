/**
 * Lines and areas as the maintainers' editor redraws them (docs/ARCHITECTURE.md, "The maintainers'
 * editor"): a stored shape split into the parts a drawing library edits (terra-draw has no Multi*
 * geometries, so each line of a MultiLineString is a part of its own), and the parts read back into
 * the stored shape: WGS-84, rounded as a point's move is, checked, with every vertex that did not move
 * keeping its stored numbers so that a file's diff shows only what moved. Coordinates are `[lng, lat]`.
 */
import type { LineString, MultiLineString, Polygon, Position } from 'geojson';
import { fromDatum } from './datum';
import { ringCrossing } from './ring-crossing';
import type { Datum } from './types';

/** The shapes the editor redraws: a line, a polygon with one ring (no holes), or several lines. */
export type EditableShape = LineString | Polygon | MultiLineString;

/** One part as the drawing library edits it: a line, or a polygon's closed ring. */
export interface ShapePart {
	kind: 'linestring' | 'polygon';
	/** The part's place in its shape (a MultiLineString's line index; 0 otherwise). */
	index: number;
	coordinates: Position[];
}

/** Why a shape cannot be used, for the editor's message; `part` counts from 1. */
export type ShapeProblem =
	| { code: 'json' }
	| { code: 'structure' }
	| { code: 'position'; part: number; vertex: number }
	| { code: 'too-few'; part: number; min: number }
	| { code: 'not-closed'; part: number }
	| { code: 'self-crossing'; part: number; at: Position };

export type ShapeResult = { shape: EditableShape } | { problem: ShapeProblem };

/** The fewest positions of a line, and of a polygon ring with its closing position (RFC 7946). */
export const MIN_LINE_POSITIONS = 2;
export const MIN_RING_POSITIONS = 4;

/** Decimals kept: 6 is about 0.1 m, as a moved point is rounded; a drag is not more precise. */
const DECIMALS = 6;
const round = (degrees: number) => Number(degrees.toFixed(DECIMALS));
const key = (p: Position) => `${round(p[0]!)},${round(p[1]!)}`;

/** Whether the editor can redraw `geometry` (a polygon with holes is left to the file). */
export function isEditableShape(
	geometry: GeoJSON.Geometry | null | undefined
): geometry is EditableShape {
	if (!geometry) return false;
	if (geometry.type === 'Polygon') return geometry.coordinates.length === 1;
	return geometry.type === 'LineString' || geometry.type === 'MultiLineString';
}

/** The parts of a shape, in order. */
export function shapeParts(shape: EditableShape): ShapePart[] {
	if (shape.type === 'Polygon')
		return [{ kind: 'polygon', index: 0, coordinates: shape.coordinates[0]! }];
	if (shape.type === 'LineString')
		return [{ kind: 'linestring', index: 0, coordinates: shape.coordinates }];
	return shape.coordinates.map((coordinates, index) => ({
		kind: 'linestring',
		index,
		coordinates
	}));
}

function isPosition(value: unknown): value is Position {
	return (
		Array.isArray(value) &&
		value.length === 2 &&
		value.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
		Math.abs(value[0] as number) <= 180 &&
		Math.abs(value[1] as number) <= 90
	);
}

/** The first problem of a list of positions as one part (`part` counts from 1), or undefined. */
function partProblem(
	positions: unknown,
	kind: ShapePart['kind'],
	part: number
): ShapeProblem | undefined {
	if (!Array.isArray(positions)) return { code: 'structure' };
	const bad = positions.findIndex((p) => !isPosition(p));
	if (bad >= 0) return { code: 'position', part, vertex: bad + 1 };
	const min = kind === 'polygon' ? MIN_RING_POSITIONS : MIN_LINE_POSITIONS;
	if (positions.length < min) return { code: 'too-few', part, min };
	if (kind === 'polygon') {
		const [first, last] = [positions[0] as Position, positions.at(-1) as Position];
		if (first[0] !== last[0] || first[1] !== last[1]) return { code: 'not-closed', part };
	}
	return undefined;
}

/**
 * The parts of `coordinates` for a shape of `type`, each one checked, or the first problem. Positions
 * are rounded; a position that rounds to one of `stored`'s keeps the stored numbers.
 */
function assemble(
	type: EditableShape['type'],
	coordinates: unknown,
	stored: EditableShape
): ShapeResult {
	const kind: ShapePart['kind'] = type === 'Polygon' ? 'polygon' : 'linestring';
	const lists: unknown[] =
		type === 'LineString' ? [coordinates] : Array.isArray(coordinates) ? coordinates : [];
	if (!Array.isArray(coordinates) || lists.length === 0) return { problem: { code: 'structure' } };
	if (type === 'Polygon' && lists.length !== 1) return { problem: { code: 'structure' } };
	const known = new Map<string, Position>();
	for (const part of shapeParts(stored)) for (const p of part.coordinates) known.set(key(p), p);
	const parts: Position[][] = [];
	for (const [i, list] of lists.entries()) {
		// A position given as [lng, lat, height] is not drawn; only two numbers are kept or refused.
		const problem = partProblem(list, kind, i + 1);
		if (problem) return { problem };
		const positions = (list as Position[]).map(
			(p) => known.get(key(p)) ?? [round(p[0]!), round(p[1]!)]
		);
		// Rounding may separate a ring's ends that were a hair apart, or join them: close it on its first.
		if (kind === 'polygon') positions[positions.length - 1] = positions[0]!;
		parts.push(positions);
	}
	const shape = (
		type === 'LineString' ? { type, coordinates: parts[0]! } : { type, coordinates: parts }
	) as EditableShape;
	if (kind === 'polygon')
		for (const [i, positions] of parts.entries()) {
			const at = ringCrossing(positions);
			if (at) return { problem: { code: 'self-crossing', part: i + 1, at } };
		}
	return { shape };
}

/**
 * The shape the drawing library's parts describe, read back to WGS-84 from the basemap's `datum`, in
 * `stored`'s type: a MultiLineString's lines are put together again in their `index` order.
 */
export function shapeFromParts(
	stored: EditableShape,
	parts: readonly Pick<ShapePart, 'index' | 'coordinates'>[],
	datum: Datum
): ShapeResult {
	const back = [...parts]
		.sort((a, b) => a.index - b.index)
		.map((part) =>
			part.coordinates.map((p) => (isPosition(p) ? fromDatum([p[0]!, p[1]!], datum) : p))
		);
	const coordinates = stored.type === 'LineString' ? back[0] : back;
	if (stored.type === 'MultiLineString' && back.length !== stored.coordinates.length)
		return { problem: { code: 'structure' } };
	return assemble(stored.type, coordinates, stored);
}

/** A shape's coordinates as the editor's text field shows them: JSON, one position a line. */
export function formatShapeText(shape: EditableShape): string {
	const pos = (p: Position) => `[${p[0]}, ${p[1]}]`;
	const list = (ps: Position[], indent: string) =>
		`[\n${ps.map((p) => `${indent}\t${pos(p)}`).join(',\n')}\n${indent}]`;
	if (shape.type === 'LineString') return list(shape.coordinates, '');
	return `[\n${shape.coordinates.map((ps) => `\t${list(ps, '\t')}`).join(',\n')}\n]`;
}

/** The shape typed in the editor's text field (coordinates only, as `formatShapeText` writes them). */
export function parseShapeText(stored: EditableShape, text: string): ShapeResult {
	let coordinates: unknown;
	try {
		coordinates = JSON.parse(text);
	} catch {
		return { problem: { code: 'json' } };
	}
	return assemble(stored.type, coordinates, stored);
}
