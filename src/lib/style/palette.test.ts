import { describe, expect, it } from 'vitest';
import { LAYER_IDS, STATUS_IDS } from '$lib/data/vocabulary';
import * as mapPalette from './map-palette';
import * as projectPalette from './palette';

/** Both palette modules: the projects' colours (first load) and the map's and images' others. */
const palette = { ...projectPalette, ...mapPalette };

const HEX = /^#[0-9a-fA-F]{6}$/;

/** Every string value of the palette modules, with where it sits. */
function allColours(): [string, string][] {
	const out: [string, string][] = [];
	const visit = (value: unknown, path: string) => {
		if (typeof value === 'string') out.push([path, value]);
		else if (value && typeof value === 'object')
			for (const [k, v] of Object.entries(value)) visit(v, `${path}.${k}`);
	};
	for (const [name, value] of Object.entries(palette)) visit(value, name);
	return out;
}

describe('the palette', () => {
	it('gives every layer and every status a colour', () => {
		expect(Object.keys(palette.LAYER_COLORS).sort()).toEqual([...LAYER_IDS].sort());
		expect(Object.keys(palette.STATUS_COLORS).sort()).toEqual([...STATUS_IDS].sort());
	});

	it('defines each colour in one of the two modules only', () => {
		const both = Object.keys(projectPalette).filter((name) => name in mapPalette);
		expect(both).toEqual([]);
	});

	it('holds only six-digit hex colours', () => {
		for (const [where, colour] of allColours()) expect(colour, where).toMatch(HEX);
	});

	it('has no colour twice within a categorical palette', () => {
		for (const list of [
			Object.values(palette.LAYER_COLORS),
			Object.values(palette.STATUS_COLORS),
			palette.CLUSTER_COLORS,
			palette.DENSITY_COLORS,
			palette.USER_LAYER_COLORS
		]) {
			const lower = list.map((c) => c.toLowerCase());
			expect(new Set(lower).size).toBe(lower.length);
		}
	});

	it('keeps user layers apart from the project categories', () => {
		const layer = new Set(Object.values(palette.LAYER_COLORS).map((c) => c.toLowerCase()));
		for (const colour of palette.USER_LAYER_COLORS) expect(layer.has(colour)).toBe(false);
	});

	it('orders the density ramp from light to dark', () => {
		const luminance = (hex: string) => {
			const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
			return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
		};
		const values = palette.DENSITY_COLORS.map(luminance);
		for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThan(values[i - 1]!);
	});
});
