/**
 * SVG → PNG with resvg, at build time.
 *
 * Chinese text needs a CJK font: Noto Sans CJK (Debian's fonts-noto-cjk) is loaded directly when it is
 * at one of its usual paths; otherwise all system fonts are scanned. With no CJK font at all the image
 * still renders, only without the characters no font has.
 *
 * Why text is turned into outlines first, and cached: resvg reads the whole font file again for every
 * text element it lays out — 20 MB for Noto Sans CJK, about 75 ms each on the 2-core build machine, or
 * over a minute for all Open Graph images. Most texts repeat from image to image (the site's name,
 * categories, dates, the attribution), so each distinct text is laid out once, its outline kept, and
 * every image is then rendered with no text left to lay out.
 */
import { existsSync } from 'node:fs';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';

const CJK_FONT_FILES = [
	'/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', // Debian, Ubuntu: fonts-noto-cjk
	'/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
	'/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', // Arch, Fedora
	'/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc',
	'/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
	'/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc'
];

const FAMILY = 'Noto Sans CJK SC';

function fontOptions(): NonNullable<ResvgRenderOptions['font']> {
	const files = CJK_FONT_FILES.filter((file) => existsSync(file));
	return files.length > 0
		? {
				loadSystemFonts: false,
				fontFiles: files,
				defaultFontFamily: FAMILY,
				sansSerifFamily: FAMILY
			}
		: { loadSystemFonts: true, defaultFontFamily: FAMILY, sansSerifFamily: FAMILY };
}

/** Outlines by text element, the element's own x and y set to 0 (it is placed by a transform). */
const outlines = new Map<string, string>();

/** A `<text>` element as we write them: attributes and escaped text, no nested elements. */
const TEXT_ELEMENT = /<text\b([^>]*)>([^<]*)<\/text>/g;
const COORD = /\s(x|y)="(-?[\d.]+)"/g;

function outline(attributes: string, content: string, fontFamily: string): string {
	const key = `${fontFamily}|${attributes.replace(COORD, '')}|${content}`;
	let paths = outlines.get(key);
	if (paths === undefined) {
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1" font-family="${fontFamily}"><text x="0" y="0"${attributes.replace(COORD, '')}>${content}</text></svg>`;
		// usvg's serialisation of the parsed tree has every text as paths.
		const tree = new Resvg(svg, { font: fontOptions() }).toString();
		paths = tree.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
		outlines.set(key, paths);
	}
	return paths;
}

/** The SVG with every `<text>` replaced by its outline, placed where the text was. */
export function outlineTexts(svg: string): string {
	const fontFamily = /<svg[^>]*\sfont-family="([^"]*)"/.exec(svg)?.[1] ?? FAMILY;
	return svg.replace(TEXT_ELEMENT, (_, attributes: string, content: string) => {
		const x = /\sx="(-?[\d.]+)"/.exec(attributes)?.[1] ?? '0';
		const y = /\sy="(-?[\d.]+)"/.exec(attributes)?.[1] ?? '0';
		return `<g transform="translate(${x} ${y})">${outline(attributes, content, fontFamily)}</g>`;
	});
}

/** The PNG of an SVG document, at the SVG's own pixel size. */
export function svgToPng(svg: string): Uint8Array<ArrayBuffer> {
	const png = new Resvg(outlineTexts(svg), {
		font: { loadSystemFonts: false },
		background: '#ffffff'
	})
		.render()
		.asPng();
	// A copy on a plain ArrayBuffer, which a Response body accepts (a Node Buffer's type does not).
	return new Uint8Array(png);
}
