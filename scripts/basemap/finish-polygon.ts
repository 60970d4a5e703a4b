/**
 * The last step of every output polygon: round the coordinates and leave a valid RFC 7946 polygon.
 */
import { comparePoints, signedRingArea, type PolygonRings, type Position } from './geometry';

/** `value` rounded to `decimals` places, as a number (5 decimals ≈ 1 m). */
export function round(value: number, decimals: number): number {
	return Number(value.toFixed(decimals));
}

export function roundPosition([x, y]: Position, decimals: number): Position {
	return [round(x, decimals), round(y, decimals)];
}

/**
 * Rounds, removes the repeated vertices that rounding creates, drops collapsed rings and orients
 * rings as RFC 7946 asks (right-hand rule: outer counter-clockwise, holes clockwise). Returns []
 * if the outer ring collapsed.
 */
export function finishPolygon(rings: PolygonRings, decimals: number): PolygonRings {
	const finished: PolygonRings = [];
	for (const [index, ring] of rings.entries()) {
		const rounded = ring
			.map((p) => roundPosition(p, decimals))
			.filter((p, i, all) => i === 0 || comparePoints(p, all[i - 1]!) !== 0);
		if (rounded.length < 4 || signedRingArea(rounded) === 0) {
			if (index === 0) return [];
			continue;
		}
		const counterClockwise = signedRingArea(rounded) > 0;
		finished.push(counterClockwise === (index === 0) ? rounded : rounded.reverse());
	}
	return finished;
}
