/**
 * What a static map carries besides the data: a scale bar, the basemap's attribution and a locator
 * inset of the two focus districts.
 */
import { geometryBounds, unionBounds } from '$lib/geo/bounds';
import { BASEMAP_COLORS, STATIC_MAP_COLORS } from '$lib/style/map-palette';
import { escapeXml } from '../xml';
import type { Basemap } from './basemap';
import { frameBounds, toImagePixel, type Frame } from './map-frame';
import { metresPerPixel } from './mercator';
import { areaPath, attrs, label, r1 } from './svg-parts';
import { textWidth } from './text-width';

/** The largest "nice" distance that fits in `maxPx` pixels: 1, 2 or 5 × 10ⁿ metres. */
export function scaleBarLength(metresPerPx: number, maxPx: number): number {
	const max = metresPerPx * maxPx;
	const power = 10 ** Math.floor(Math.log10(max));
	const step = [5, 2, 1].find((s) => s * power <= max) ?? 1;
	return step * power;
}

export function scaleBar(frame: Frame): string {
	const lat = (frame.bounds[1] + frame.bounds[3]) / 2;
	const mpp = metresPerPixel(lat, frame.zoom);
	const metres = scaleBarLength(mpp, frame.width * 0.2);
	const px = metres / mpp;
	const x = 14;
	const y = frame.height - 14;
	const text = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
	return [
		`<path${attrs({ d: `M${x} ${r1(y - 6)}V${y}H${r1(x + px)}V${r1(y - 6)}`, fill: 'none', stroke: BASEMAP_COLORS.halo, 'stroke-width': 4, 'stroke-linejoin': 'round' })}/>`,
		`<path${attrs({ d: `M${x} ${r1(y - 6)}V${y}H${r1(x + px)}V${r1(y - 6)}`, fill: 'none', stroke: STATIC_MAP_COLORS.ink, 'stroke-width': 1.5 })}/>`,
		label(x + px + 6, y, text, { size: 12, color: STATIC_MAP_COLORS.ink, anchor: 'start' })
	].join('');
}

export function attribution(frame: Frame, text: string): string {
	const size = 11;
	const w = textWidth(text, size) + 10;
	const x = frame.width - w;
	const y = frame.height - 18;
	return [
		`<rect${attrs({ x, y, width: w, height: 18, fill: '#ffffff', 'fill-opacity': 0.8 })}/>`,
		`<text${attrs({ x: frame.width - 5, y: frame.height - 5, 'font-size': size, fill: STATIC_MAP_COLORS.ink, 'text-anchor': 'end' })}>${escapeXml(text)}</text>`
	].join('');
}

/** Where the inset sits in the image: [x0, y0, x1, y1] in pixels. */
export type Box = [number, number, number, number];

/**
 * The overview of both focus districts with the view marked on it, in the top-right corner, and the
 * box it covers; nothing when the view already shows most of the districts.
 */
export function inset(basemap: Basemap, frame: Frame): { svg: string; box?: Box } {
	const focus = basemap.districts.features.filter((d) => d.properties.focus);
	const boxes = focus.map((d) => geometryBounds(d.geometry)!);
	const all = unionBounds(boxes)!;
	const width = Math.round(frame.width * 0.2);
	const height = Math.round(width * 0.8);
	const view = frameBounds(all, { width, height, paddingPx: 4, minHeightM: 0 });
	// A view that already shows most of the districts needs no locator.
	const [ax, ay] = toImagePixel(view, [frame.bounds[0], frame.bounds[3]]);
	const [bx, by] = toImagePixel(view, [frame.bounds[2], frame.bounds[1]]);
	if ((bx - ax) * (by - ay) > width * height * 0.5) return { svg: '' };
	const x0 = frame.width - width - 10;
	const y0 = 10;
	const rect =
		bx - ax < 6 || by - ay < 6
			? `<circle${attrs({ cx: (ax + bx) / 2, cy: (ay + by) / 2, r: 3.5, fill: STATIC_MAP_COLORS.inset, stroke: '#fff', 'stroke-width': 1 })}/>`
			: `<rect${attrs({ x: ax, y: ay, width: bx - ax, height: by - ay, fill: 'none', stroke: STATIC_MAP_COLORS.inset, 'stroke-width': 2 })}/>`;
	const svg = [
		`<g transform="translate(${x0} ${y0})">`,
		`<svg${attrs({ width, height, viewBox: `0 0 ${width} ${height}` })} overflow="hidden">`,
		`<rect${attrs({ width, height, fill: BASEMAP_COLORS.sea })}/>`,
		...basemap.land.features.map(
			(f) => `<path${attrs({ d: areaPath(view, f), fill: BASEMAP_COLORS.land })}/>`
		),
		...focus.map(
			(d) =>
				`<path${attrs({ d: areaPath(view, d), fill: BASEMAP_COLORS.focusFill, stroke: BASEMAP_COLORS.focusLine, 'stroke-width': 0.8 })}/>`
		),
		rect,
		'</svg>',
		`<rect${attrs({ width, height, fill: 'none', stroke: '#ffffff', 'stroke-width': 2 })}/>`,
		`<rect${attrs({ x: -1, y: -1, width: width + 2, height: height + 2, fill: 'none', stroke: STATIC_MAP_COLORS.frame, 'stroke-width': 0.75 })}/>`,
		'</g>'
	].join('');
	return { svg, box: [x0, y0, x0 + width, y0 + height] };
}
