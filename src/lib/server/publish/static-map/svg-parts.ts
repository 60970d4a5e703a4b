/**
 * The SVG pieces the static maps are made of: paths of rings and lines in image pixels, attribute
 * lists with escaped values, haloed labels. Numbers are rounded so the files stay small.
 */
import bboxClip from '@turf/bbox-clip';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { growBounds } from '$lib/geo/ground-bounds';
import { BASEMAP_COLORS } from '$lib/style/map-palette';
import { escapeXml } from '../xml';
import { toImagePixel, type Frame } from './map-frame';

// Path vertices to 0.1 px keep the files small; attributes (opacities, radii) need two decimals.
export const r1 = (n: number) => Math.round(n * 10) / 10;
export const r2 = (n: number) => Math.round(n * 100) / 100;

export function ringPath(frame: Frame, ring: readonly Position[]): string {
	return (
		ring
			.map((p, i) => {
				const [x, y] = toImagePixel(frame, [p[0]!, p[1]!]);
				return `${i === 0 ? 'M' : 'L'}${r1(x)} ${r1(y)}`;
			})
			.join('') + 'Z'
	);
}

export function linePath(frame: Frame, line: readonly Position[]): string {
	return line
		.map((p, i) => {
			const [x, y] = toImagePixel(frame, [p[0]!, p[1]!]);
			return `${i === 0 ? 'M' : 'L'}${r1(x)} ${r1(y)}`;
		})
		.join('');
}

export function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
	return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** The area's outline clipped to a little beyond the view, so paths stay small and clip edges hidden. */
export function areaPath(frame: Frame, feature: Feature<Polygon | MultiPolygon>): string {
	// Clipping a polygon gives a polygon; bboxClip's type also allows lines.
	const clipped = bboxClip(feature, growBounds(frame.bounds, 2000)).geometry as
		Polygon | MultiPolygon;
	return polygonsOf(clipped)
		.flatMap((rings) =>
			rings.filter((ring) => ring.length > 2).map((ring) => ringPath(frame, ring))
		)
		.join('');
}

export function attrs(values: Record<string, string | number | undefined>): string {
	return Object.entries(values)
		.filter(([, v]) => v !== undefined)
		.map(([k, v]) => ` ${k}="${typeof v === 'number' ? r2(v) : escapeXml(v!)}"`)
		.join('');
}

export function label(
	x: number,
	y: number,
	text: string,
	style: { size: number; color: string; weight?: number; anchor?: string; halo?: string }
): string {
	return `<text${attrs({
		x,
		y,
		'font-size': style.size,
		'font-weight': style.weight,
		fill: style.color,
		'text-anchor': style.anchor ?? 'middle',
		stroke: style.halo ?? BASEMAP_COLORS.halo,
		'stroke-width': 3,
		'stroke-linejoin': 'round',
		'paint-order': 'stroke'
	})}>${escapeXml(text)}</text>`;
}

export function inside(frame: Frame, [x, y]: [number, number], margin: number): boolean {
	return x >= margin && y >= margin && x <= frame.width - margin && y <= frame.height - margin;
}
