import { describe, expect, it } from 'vitest';
import type { LineString, MultiLineString, Polygon } from 'geojson';
import { toDatum } from './datum';
import {
	formatShapeText,
	isEditableShape,
	parseShapeText,
	shapeFromParts,
	shapeParts,
	type EditableShape
} from './shape-edit';

const polygon: Polygon = {
	type: 'Polygon',
	coordinates: [
		[
			[120.3165, 36.07],
			[120.32, 36.07],
			[120.32, 36.0725],
			[120.3165, 36.0725],
			[120.3165, 36.07]
		]
	]
};
const line: LineString = {
	type: 'LineString',
	coordinates: [
		[120.35, 36.082],
		[120.3435, 36.0785]
	]
};
const river: MultiLineString = {
	type: 'MultiLineString',
	coordinates: [
		[
			[120.495, 36.183],
			[120.47, 36.172]
		],
		[
			[120.41, 36.15],
			[120.4, 36.145],
			[120.39, 36.14]
		]
	]
};

const shapeOf = (result: ReturnType<typeof shapeFromParts>): EditableShape => {
	if ('problem' in result) throw new Error(JSON.stringify(result.problem));
	return result.shape;
};

describe('isEditableShape', () => {
	it('accepts lines, one-ring polygons and multi-lines, not points or polygons with holes', () => {
		expect(isEditableShape(line)).toBe(true);
		expect(isEditableShape(polygon)).toBe(true);
		expect(isEditableShape(river)).toBe(true);
		expect(isEditableShape({ type: 'Point', coordinates: [120.3, 36.1] })).toBe(false);
		expect(isEditableShape(null)).toBe(false);
		const holed = polygon.coordinates[0]!.map(([x, y]) => [x! + 0.0001, y!]);
		expect(
			isEditableShape({ type: 'Polygon', coordinates: [polygon.coordinates[0]!, holed] })
		).toBe(false);
	});
});

describe('shapeParts and shapeFromParts', () => {
	it('gives back the stored shape, the very same numbers, when nothing moved', () => {
		for (const stored of [line, polygon, river] as EditableShape[])
			expect(shapeOf(shapeFromParts(stored, shapeParts(stored), 'WGS84'))).toEqual(stored);
	});

	it('reads a GCJ-02 drawing back to WGS-84, unmoved vertices keeping their stored numbers', () => {
		const drawn = shapeParts(polygon).map((part) => ({
			...part,
			coordinates: part.coordinates.map((p) => toDatum([p[0]!, p[1]!], 'GCJ02'))
		}));
		expect(shapeOf(shapeFromParts(polygon, drawn, 'GCJ02'))).toEqual(polygon);
	});

	it('rounds a moved vertex to 6 decimals and keeps the ring closed when its first vertex moves', () => {
		const [part] = shapeParts(polygon);
		const moved = part!.coordinates.map((p) => [...p]);
		moved[0] = [120.31612345678, 36.06987654321];
		moved[moved.length - 1] = [120.31612345678, 36.06987654321];
		const shape = shapeOf(shapeFromParts(polygon, [{ ...part!, coordinates: moved }], 'WGS84'));
		const ring = (shape as Polygon).coordinates[0]!;
		expect(ring[0]).toEqual([120.316123, 36.069877]);
		expect(ring.at(-1)).toEqual([120.316123, 36.069877]);
		expect(ring.slice(1, -1)).toEqual(polygon.coordinates[0]!.slice(1, -1));
	});

	it('puts a multi-line together again in its parts’ order, with a vertex added to one part', () => {
		const parts = shapeParts(river).reverse();
		parts[0] = { ...parts[0]!, coordinates: [...parts[0]!.coordinates, [120.38, 36.135]] };
		const shape = shapeOf(shapeFromParts(river, parts, 'WGS84')) as MultiLineString;
		expect(shape.type).toBe('MultiLineString');
		expect(shape.coordinates[0]).toEqual(river.coordinates[0]);
		expect(shape.coordinates[1]).toEqual([...river.coordinates[1]!, [120.38, 36.135]]);
	});

	it('refuses a multi-line that lost a part', () => {
		expect(shapeFromParts(river, shapeParts(river).slice(1), 'WGS84')).toEqual({
			problem: { code: 'structure' }
		});
	});

	it('refuses a line of one position and a ring of three', () => {
		const [part] = shapeParts(line);
		expect(
			shapeFromParts(line, [{ ...part!, coordinates: part!.coordinates.slice(0, 1) }], 'WGS84')
		).toEqual({ problem: { code: 'too-few', part: 1, min: 2 } });
		const ring = polygon.coordinates[0]!;
		expect(
			shapeFromParts(polygon, [{ index: 0, coordinates: [ring[0]!, ring[1]!, ring[0]!] }], 'WGS84')
		).toEqual({ problem: { code: 'too-few', part: 1, min: 4 } });
	});
});

describe('formatShapeText and parseShapeText', () => {
	it('reads back what it writes, for every kind of shape', () => {
		for (const stored of [line, polygon, river] as EditableShape[])
			expect(parseShapeText(stored, formatShapeText(stored))).toEqual({ shape: stored });
	});

	it('writes one position a line', () => {
		expect(formatShapeText(line)).toBe('[\n\t[120.35, 36.082],\n\t[120.3435, 36.0785]\n]');
	});

	it('says what is wrong with typed coordinates', () => {
		expect(parseShapeText(polygon, '[[[120.3, 36.1],')).toEqual({ problem: { code: 'json' } });
		expect(parseShapeText(polygon, '{"type": "Polygon"}')).toEqual({
			problem: { code: 'structure' }
		});
		expect(parseShapeText(line, '[[120.35, 36.082], [36.0785]]')).toEqual({
			problem: { code: 'position', part: 1, vertex: 2 }
		});
		expect(parseShapeText(line, '[[120.35, 36.082], [120.3, "36.1"]]')).toEqual({
			problem: { code: 'position', part: 1, vertex: 2 }
		});
		expect(
			parseShapeText(
				polygon,
				'[[[120.31, 36.07], [120.32, 36.07], [120.32, 36.08], [120.31, 36.08]]]'
			)
		).toEqual({ problem: { code: 'not-closed', part: 1 } });
		expect(
			parseShapeText(river, '[[[120.49, 36.18], [120.47, 36.17]], [[120.41, 36.15]]]')
		).toEqual({ problem: { code: 'too-few', part: 2, min: 2 } });
	});

	it('refuses an area whose outline crosses itself, typed or dragged, and says where', () => {
		expect(
			parseShapeText(
				polygon,
				'[[[120.31, 36.07], [120.32, 36.08], [120.32, 36.07], [120.31, 36.08], [120.31, 36.07]]]'
			)
		).toMatchObject({ problem: { code: 'self-crossing', part: 1, at: [120.315, 36.075] } });
		// Dragged parts are checked too (terra-draw refuses such a drag; rounding could still make one).
		const dragged = polygon.coordinates[0]!.map((p, i) => (i === 2 ? [120.318, 36.069] : p));
		expect(shapeFromParts(polygon, [{ index: 0, coordinates: dragged }], 'WGS84')).toMatchObject({
			problem: { code: 'self-crossing', part: 1 }
		});
		// A line may cross itself (a loop of road); only an area's outline must not.
		expect(
			parseShapeText(line, '[[120.35, 36.08], [120.36, 36.09], [120.36, 36.08], [120.35, 36.09]]')
		).toHaveProperty('shape');
	});

	it('rounds typed positions to 6 decimals', () => {
		expect(parseShapeText(line, '[[120.350000049, 36.082], [120.3435, 36.07851]]')).toEqual({
			shape: {
				type: 'LineString',
				coordinates: [
					[120.35, 36.082],
					[120.3435, 36.07851]
				]
			}
		});
	});
});
