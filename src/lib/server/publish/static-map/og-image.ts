/**
 * The Open Graph image of a project page: 1200 × 630 pixels (the size Facebook, LinkedIn and X show
 * large), the project's name and key date on the left, its static map on the right.
 */
import { escapeXml } from '../xml';
import { MAP_FONT, staticMapSvg, type StaticMapInput } from './map-svg';
import { textWidth, wrapText } from './text-width';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

const PANEL_WIDTH = 540;
const MARGIN = 48;
const TEXT_WIDTH = PANEL_WIDTH - 2 * MARGIN;
/** Title sizes in pixels, largest first. */
const NAME_SIZES = [54, 46, 40];

const INK = '#1d2a30';
const INK_SOFT = '#4d5b61';
const ACCENT = '#1f4e5f';

export interface OgImageInput {
	map: Omit<StaticMapInput, 'width' | 'height'>;
	/** The site's Chinese name, top left (its English name follows). */
	site: string;
	/** Category and district, e.g. "地铁及TOD · 市北区". */
	kicker: string;
	name: string;
	/** The name in the other language. */
	altName: string;
	/** The key milestone, already formatted; absent when the source gives none. */
	milestone?: { date: string; text: string };
	/** Shown instead of a milestone when there is none. */
	noMilestone: string;
	/** Source line, bottom left. */
	footer: string;
}

function text(
	x: number,
	y: number,
	content: string,
	size: number,
	fill: string,
	weight = 400
): string {
	return `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(content)}</text>`;
}

function block(
	lines: string[],
	y: number,
	size: number,
	lineHeight: number,
	fill: string,
	weight = 400
) {
	return {
		svg: lines
			.map((line, i) => text(MARGIN, y + i * lineHeight, line, size, fill, weight))
			.join(''),
		bottom: y + (lines.length - 1) * lineHeight
	};
}

/**
 * The name in the largest size that needs at most two lines (three at the smallest size), broken into
 * lines of even length rather than a full line and an orphan.
 */
function nameLines(name: string): { lines: string[]; size: number } {
	for (const size of NAME_SIZES) {
		const count = wrapText(name, size, TEXT_WIDTH, 99).length;
		const last = size === NAME_SIZES.at(-1);
		if (count <= 2 || last) {
			const even = Math.min(TEXT_WIDTH, textWidth(name, size) / count + size);
			return { lines: wrapText(name, size, even, 3), size };
		}
	}
	throw new Error('unreachable');
}

/** The whole image as an SVG document. */
export function ogImageSvg(input: OgImageInput): string {
	const map = staticMapSvg({ ...input.map, width: OG_WIDTH - PANEL_WIDTH, height: OG_HEIGHT });
	const title = nameLines(input.name);
	const name = block(title.lines, 176 + title.size, title.size, title.size * 1.22, INK, 700);
	const alt = block(wrapText(input.altName, 26, TEXT_WIDTH, 2), name.bottom + 50, 26, 34, INK_SOFT);
	const footer = wrapText(input.footer, 17, TEXT_WIDTH, 2);
	const footerTop = OG_HEIGHT - 40 - (footer.length - 1) * 24;
	let y = alt.bottom + 76;
	const siteEn = 'Qingdao Urban Renewal Map';
	const parts = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${MAP_FONT}">`,
		`<rect width="${PANEL_WIDTH}" height="${OG_HEIGHT}" fill="#ffffff"/>`,
		`<rect width="${PANEL_WIDTH}" height="10" fill="${escapeXml(input.map.color)}"/>`,
		text(MARGIN, 66, input.site, 24, ACCENT, 700),
		text(MARGIN + textWidth(input.site, 24) + 12, 66, siteEn, 17, INK_SOFT),
		`<rect x="${MARGIN}" y="${108}" width="18" height="18" rx="3" fill="${escapeXml(input.map.color)}"/>`,
		text(MARGIN + 28, 124, input.kicker, 22, INK_SOFT),
		name.svg,
		alt.svg
	];
	if (input.milestone) {
		const rest = wrapText(input.milestone.text, 26, TEXT_WIDTH, 2);
		// Keep clear of the footer: after a long name the milestone moves up instead.
		y = Math.min(y, footerTop - 60 - 34 * rest.length);
		parts.push(text(MARGIN, y, input.milestone.date, 32, ACCENT, 700));
		parts.push(block(rest, y + 40, 26, 34, INK).svg);
	} else {
		y = Math.min(y, footerTop - 70);
		parts.push(block(wrapText(input.noMilestone, 24, TEXT_WIDTH, 2), y, 24, 32, INK_SOFT).svg);
	}
	parts.push(
		block(footer, footerTop, 17, 24, INK_SOFT).svg,
		`<g transform="translate(${PANEL_WIDTH} 0)">`,
		map.replace(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/, '<svg'),
		'</g>',
		`<rect x="${PANEL_WIDTH}" width="1" height="${OG_HEIGHT}" fill="#c9d6db"/>`,
		'</svg>'
	);
	return parts.join('\n');
}
