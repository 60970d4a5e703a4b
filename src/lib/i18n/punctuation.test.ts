/**
 * Chinese text uses full-width punctuation (，：；？！（）) beside Chinese characters, as Chinese
 * readers expect; half-width marks stay only where a reader must type them (a coordinate pair, a CSV
 * header). Checked in every source file's strings (comments aside) and in the published stories
 * (docs/ARCHITECTURE.md, "Layers").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aside, COLON } from './punctuation';

const HAN = '\\u4e00-\\u9fff';
/** Chinese punctuation a bracket may sit beside: "（2026年11月30日）。" */
const CJK_MARK = '。，、；：';
/**
 * A half-width mark after a Chinese character (or closing quote) and before more text, or a bracket
 * beside a Chinese character or mark.
 */
const HALF_WIDTH = new RegExp(
	`[${HAN}”][,:;?!](?=[^\\s=])|[${HAN}${CJK_MARK}][()]|[()][${HAN}${CJK_MARK}]`,
	'u'
);
/** Not Chinese prose: what a reader types as written, a pattern, an English sentence quoting a word. */
const NOT_PROSE = [
	'“名称,经度,纬度”',
	'(?:支路|[一二三四五六七八九]路|路|大街|步行街)',
	'(余 “more than”'
];

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.(ts|svelte)$/.test(name) && !/\.test\.ts$/.test(name))
		.map((name) => join(dir, name));
}

/** The stories the site publishes: their Chinese texts are ours too. */
function storyFiles(): string[] {
	return readdirSync('static/stories')
		.filter((name) => name.endsWith('.json'))
		.map((name) => join('static/stories', name));
}

/** Lines of code and markup, without comments. */
function textLines(file: string): { line: number; text: string }[] {
	return readFileSync(file, 'utf8')
		.split('\n')
		.map((text, i) => ({ line: i + 1, text }))
		.filter(({ text }) => !/^\s*(\/\/|\/?\*|<!--)/.test(text));
}

describe('Chinese punctuation', () => {
	it('is full-width beside Chinese text in every interface string', () => {
		const found = [...sourceFiles('src'), ...storyFiles()].flatMap((file) =>
			textLines(file)
				.filter(({ text }) =>
					HALF_WIDTH.test(NOT_PROSE.reduce((t, part) => t.replace(part, ''), text))
				)
				.map(({ line, text }) => `${file}:${line}: ${text.trim()}`)
		);
		expect(found).toEqual([]);
	});

	it('finds a half-width comma, colon and bracket, and leaves a typed coordinate pair alone', () => {
		expect(HALF_WIDTH.test("'底图无法加载,已切换'")).toBe(true);
		expect(HALF_WIDTH.test('`读不到数据:${reason}`')).toBe(true);
		expect(HALF_WIDTH.test("'此浏览器无法显示地图(需要 WebGL2)'")).toBe(true);
		expect(HALF_WIDTH.test('>)。坐标为 WGS-84 经纬度')).toBe(true);
		expect(HALF_WIDTH.test("'请输入“经度, 纬度”，例如 120.38, 36.09。'")).toBe(false);
	});

	it('puts an aside and a label in the punctuation of each language', () => {
		expect(`数据${aside('GeoJSON', 'zh')}`).toBe('数据（GeoJSON）');
		expect(`data${aside('GeoJSON', 'en')}`).toBe('data (GeoJSON)');
		expect(`来源${COLON.zh}青岛新闻网`).toBe('来源：青岛新闻网');
		expect(`Source${COLON.en}Qingdao News`).toBe('Source: Qingdao News');
	});
});
