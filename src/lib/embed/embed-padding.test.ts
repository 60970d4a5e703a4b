import { describe, expect, it } from 'vitest';
import { embedPadding } from './embed-padding';

const map = { width: 600, height: 400 };

describe('embedPadding', () => {
	it('keeps a small margin when nothing sits on the map', () => {
		expect(embedPadding({ map, legend: { width: 0, height: 0 }, cardHeight: 0 })).toEqual({
			top: 16,
			right: 16,
			bottom: 16,
			left: 16
		});
	});

	it('gives a folded legend, a short strip, room at the top', () => {
		const padding = embedPadding({ map, legend: { width: 120, height: 32 }, cardHeight: 0 });
		expect(padding.top).toBe(48);
		expect(padding.left).toBe(16);
	});

	it('gives an open legend, a tall column, room on the left', () => {
		const padding = embedPadding({ map, legend: { width: 180, height: 260 }, cardHeight: 0 });
		expect(padding.left).toBe(196);
		expect(padding.top).toBe(16);
	});

	it('keeps the selection above its card', () => {
		const padding = embedPadding({ map, legend: { width: 0, height: 0 }, cardHeight: 70 });
		expect(padding.bottom).toBe(70 + 34 + 8);
	});
});
