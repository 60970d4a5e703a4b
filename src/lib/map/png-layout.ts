/**
 * Where everything goes in an exported picture of the map: a title band, the map, and a footer with
 * the legend, the source line and the attribution. Pure (text widths come from the caller), so it is
 * tested without a browser. All lengths in output pixels.
 */

export interface LegendEntry {
	label: string;
	color: string;
	/** Hollow marks approximate locations. */
	hollow?: boolean;
}

export interface PngContent {
	title: string;
	subtitle: string;
	legend: LegendEntry[];
	source: string;
	attribution: string;
}

export interface PlacedText {
	text: string;
	x: number;
	y: number;
	size: number;
	bold?: boolean;
	color: string;
}

export interface PlacedSwatch {
	x: number;
	y: number;
	size: number;
	color: string;
	hollow: boolean;
}

export interface PngLayout {
	width: number;
	height: number;
	map: { x: number; y: number; width: number; height: number };
	texts: PlacedText[];
	swatches: PlacedSwatch[];
}

/** Sizes in CSS pixels, multiplied by the export scale. */
const SIZES = {
	margin: 16,
	title: 22,
	subtitle: 14,
	legend: 13,
	swatch: 12,
	gap: 8, // between a swatch and its label
	itemGap: 18, // between legend entries
	line: 1.45, // line height as a multiple of the font size
	small: 11
};

/**
 * @param mapWidth the map's width in CSS pixels
 * @param mapHeight the map's height in CSS pixels
 * @param scale output pixels per CSS pixel (1 or 2)
 * @param measure width in CSS pixels of a text at a font size in CSS pixels
 */
export function layoutPng(
	mapWidth: number,
	mapHeight: number,
	scale: number,
	content: PngContent,
	measure: (text: string, size: number) => number
): PngLayout {
	const s = (n: number) => Math.round(n * scale);
	const texts: PlacedText[] = [];
	const swatches: PlacedSwatch[] = [];
	const m = SIZES.margin;

	const textWidth = mapWidth - 2 * m;
	/** Places `text` from baseline `y` on as many lines as it needs; returns the last baseline. */
	const lines = (text: string, y: number, size: number, color: string, bold?: boolean) => {
		wrapText(text, size, textWidth, measure).forEach((line, i) => {
			if (i > 0) y += size * SIZES.line;
			texts.push({ text: line, x: s(m), y: s(y), size: s(size), color, ...(bold && { bold }) });
		});
		return y;
	};

	// Title band: a journalist's own title, or the counts on a phone's width, may take two lines.
	let y = lines(content.title, m + SIZES.title, SIZES.title, '#1d2a30', true);
	y = lines(content.subtitle, y + SIZES.subtitle * SIZES.line + 2, SIZES.subtitle, '#4d5b61');
	y += m / 2 + 4;
	const map = { x: 0, y: s(y), width: s(mapWidth), height: s(mapHeight) };
	y += mapHeight + m;

	// Legend, wrapped into rows.
	const rowHeight = SIZES.legend * SIZES.line + 4;
	let x = m;
	y += SIZES.legend;
	for (const entry of content.legend) {
		const width = SIZES.swatch + SIZES.gap + measure(entry.label, SIZES.legend);
		if (x > m && x + width > mapWidth - m) {
			x = m;
			y += rowHeight;
		}
		swatches.push({
			x: s(x),
			y: s(y - SIZES.swatch + 1),
			size: s(SIZES.swatch),
			color: entry.color,
			hollow: entry.hollow ?? false
		});
		texts.push({
			text: entry.label,
			x: s(x + SIZES.swatch + SIZES.gap),
			y: s(y),
			size: s(SIZES.legend),
			color: '#1d2a30'
		});
		x += width + SIZES.itemGap;
	}
	y = lines(content.source, y + rowHeight + 4, SIZES.small, '#4d5b61');
	y = lines(content.attribution, y + SIZES.small * SIZES.line + 2, SIZES.small, '#4d5b61');
	y += m;
	return { width: s(mapWidth), height: s(y), map, texts, swatches };
}

/** Chinese and Japanese characters and full-width forms: a line may break between any two of them. */
const CJK = '\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef';
const TOKENS = new RegExp(`[${CJK}]|[^\\s${CJK}]+|\\s+`, 'g');

/**
 * `text` in lines no wider than `maxWidth` at font size `size`: broken at spaces and between CJK
 * characters. A word wider than a line (a long URL) keeps a line of its own.
 */
export function wrapText(
	text: string,
	size: number,
	maxWidth: number,
	measure: (text: string, size: number) => number
): string[] {
	const lines: string[] = [];
	let line = '';
	for (const token of text.match(TOKENS) ?? []) {
		const next = line + token;
		if (line.trim() !== '' && measure(next.trimEnd(), size) > maxWidth) {
			lines.push(line.trimEnd());
			line = token.trimStart();
		} else line = next;
	}
	if (line.trim() !== '' || lines.length === 0) lines.push(line.trimEnd());
	return lines;
}
