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

	// Title band.
	let y = m + SIZES.title;
	texts.push({
		text: content.title,
		x: s(m),
		y: s(y),
		size: s(SIZES.title),
		bold: true,
		color: '#1d2a30'
	});
	y += SIZES.subtitle * SIZES.line + 2;
	texts.push({
		text: content.subtitle,
		x: s(m),
		y: s(y),
		size: s(SIZES.subtitle),
		color: '#4d5b61'
	});
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
	y += rowHeight + 4;
	texts.push({ text: content.source, x: s(m), y: s(y), size: s(SIZES.small), color: '#4d5b61' });
	y += SIZES.small * SIZES.line + 2;
	texts.push({
		text: content.attribution,
		x: s(m),
		y: s(y),
		size: s(SIZES.small),
		color: '#4d5b61'
	});
	y += m;
	return { width: s(mapWidth), height: s(y), map, texts, swatches };
}
