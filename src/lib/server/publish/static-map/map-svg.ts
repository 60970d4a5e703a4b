/**
 * A small static map of one project as SVG, drawn at build time from the offline basemap (sea, land,
 * district outlines and names): the project in its layer's colour, an approximate location drawn as
 * approximate as the explorer draws it (hollow point with a dashed uncertainty ring, dashed lines and
 * outlines, paler fill), existing metro stations for orientation, a scale bar, a locator inset and the
 * basemap's attribution. No WebGL and no network: the same image everywhere.
 */
import type { Geometry } from 'geojson';
import { geometryBounds } from '$lib/geo/bounds';
import type { LngLat } from '$lib/geo/types';
import { CONTEXT_COLOR } from '$lib/style/palette';
import { BASEMAP_COLORS, LABEL_COLORS, STATIC_MAP_COLORS } from '$lib/style/map-palette';
import type { Basemap } from './basemap';
import { attribution, inset, scaleBar } from './map-furniture';
import { frameBounds, frameGeometry, toImagePixel, type Frame } from './map-frame';
import { metresPerPixel } from './mercator';
import { areaPath, attrs, inside, label, linePath, polygonsOf, ringPath } from './svg-parts';
import { textWidth } from './text-width';

export const MAP_FONT =
	"'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

export interface ContextStation {
	lngLat: LngLat;
	name: string;
}

export interface StaticMapInput {
	basemap: Basemap;
	/** The project's geometry, null when its location is unknown. */
	geometry: Geometry | null;
	/** The project's district id: what the map shows when the geometry is null. */
	district: string;
	/** The project's layer colour. */
	color: string;
	/** Low-confidence location: drawn hollow and dashed. */
	approximate: boolean;
	/** How far off the location may be, in metres (0 when not stated); drawn as a ring around points. */
	uncertaintyM: number;
	/** Existing stations to show for orientation when they fall in the view. */
	stations?: readonly ContextStation[];
	/** Written across the map when the location is unknown. */
	unknownText: string;
	attribution: string;
	width: number;
	height: number;
}

function projectShapes(input: StaticMapInput, frame: Frame, geometry: Geometry): string[] {
	const { color, approximate } = input;
	const out: string[] = [];
	const lines: string[] = [];
	const polygons: string[] = [];
	const points: [number, number][] = [];
	const collect = (g: Geometry) => {
		switch (g.type) {
			case 'Point':
				points.push(toImagePixel(frame, [g.coordinates[0]!, g.coordinates[1]!]));
				break;
			case 'MultiPoint':
				g.coordinates.forEach((p) => points.push(toImagePixel(frame, [p[0]!, p[1]!])));
				break;
			case 'LineString':
				lines.push(linePath(frame, g.coordinates));
				break;
			case 'MultiLineString':
				g.coordinates.forEach((l) => lines.push(linePath(frame, l)));
				break;
			case 'Polygon':
			case 'MultiPolygon':
				polygons.push(
					polygonsOf(g)
						.flatMap((rings) => rings.map((r) => ringPath(frame, r)))
						.join('')
				);
				break;
			case 'GeometryCollection':
				g.geometries.forEach(collect);
				break;
		}
	};
	collect(geometry);
	for (const d of polygons) {
		out.push(
			`<path${attrs({
				d,
				fill: color,
				'fill-opacity': approximate ? 0.14 : 0.28,
				'fill-rule': 'evenodd',
				stroke: color,
				'stroke-width': 2,
				'stroke-dasharray': approximate ? '6 4' : undefined,
				'stroke-linejoin': 'round'
			})}/>`
		);
	}
	for (const d of lines) {
		out.push(
			`<path${attrs({ d, fill: 'none', stroke: '#ffffff', 'stroke-opacity': 0.85, 'stroke-width': 7, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' })}/>`,
			`<path${attrs({
				d,
				fill: 'none',
				stroke: color,
				'stroke-width': 4,
				'stroke-linecap': approximate ? 'butt' : 'round',
				'stroke-linejoin': 'round',
				'stroke-dasharray': approximate ? '6 4' : undefined
			})}/>`
		);
	}
	const lat = (frame.bounds[1] + frame.bounds[3]) / 2;
	const ringPx = input.uncertaintyM / metresPerPixel(lat, frame.zoom);
	for (const [cx, cy] of points) {
		if (approximate && ringPx > 10) {
			out.push(
				`<circle${attrs({ cx, cy, r: ringPx, fill: color, 'fill-opacity': 0.08, stroke: color, 'stroke-opacity': 0.6, 'stroke-width': 1.5, 'stroke-dasharray': '5 4' })}/>`
			);
		}
		out.push(
			`<circle${attrs({
				cx,
				cy,
				r: 7.5,
				fill: approximate ? '#ffffff' : color,
				stroke: approximate ? color : '#ffffff',
				'stroke-width': approximate ? 3.5 : 2.5
			})}/>`
		);
	}
	return out;
}

/** A complete SVG document (`width` × `height` pixels) of the project on the offline basemap. */
export function staticMapSvg(input: StaticMapInput): string {
	const { basemap, geometry, width, height } = input;
	const districtShape = basemap.districts.features.find((d) => d.properties.id === input.district);
	const frame =
		(geometry && frameGeometry(geometry, input.uncertaintyM, { width, height })) ??
		frameBounds(
			districtShape ? geometryBounds(districtShape.geometry)! : [120.3, 36.04, 120.45, 36.17],
			{ width, height, paddingPx: 16 }
		);
	const projectBox = geometry && geometryBounds(geometry);
	// Labels keep clear of a small project shape; a long river or a large area cannot be avoided.
	const nearProject = (p: [number, number], px: number) => {
		if (!projectBox) return false;
		const [ax, ay] = toImagePixel(frame, [projectBox[0], projectBox[3]]);
		const [bx, by] = toImagePixel(frame, [projectBox[2], projectBox[1]]);
		if (bx - ax > 160 || by - ay > 160) return false;
		return p[0] > ax - px && p[0] < bx + px && p[1] > ay - px && p[1] < by + px;
	};

	// A district-wide view needs no locator.
	const locator: ReturnType<typeof inset> = geometry ? inset(basemap, frame) : { svg: '' };
	/** Inside the image by `margin` pixels and clear of the inset. */
	const free = (p: [number, number], margin: number) => {
		if (!inside(frame, p, margin)) return false;
		const b = locator.box;
		return !b || p[0] < b[0] - margin || p[1] > b[3] + margin;
	};

	const parts: string[] = [
		`<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width, height, viewBox: `0 0 ${width} ${height}` })} font-family="${MAP_FONT}">`,
		`<rect${attrs({ width, height, fill: BASEMAP_COLORS.sea })}/>`,
		...basemap.land.features.map(
			(f) => `<path${attrs({ d: areaPath(frame, f), fill: BASEMAP_COLORS.land })}/>`
		)
	];
	for (const d of basemap.districts.features) {
		const focus = d.properties.focus;
		if (focus)
			parts.push(
				`<path${attrs({ d: areaPath(frame, d), fill: BASEMAP_COLORS.focusFill, 'fill-opacity': 0.85 })}/>`
			);
	}
	for (const d of basemap.districts.features) {
		const focus = d.properties.focus;
		parts.push(
			`<path${attrs({
				d: areaPath(frame, d),
				fill: 'none',
				stroke: focus ? BASEMAP_COLORS.focusLine : BASEMAP_COLORS.otherLine,
				'stroke-width': focus ? 1.6 : 1,
				'stroke-dasharray': '6 4',
				'stroke-linejoin': 'round'
			})}/>`
		);
	}
	if (!geometry && districtShape) {
		parts.push(
			`<path${attrs({ d: areaPath(frame, districtShape), fill: input.color, 'fill-opacity': 0.1, stroke: input.color, 'stroke-width': 2.5, 'stroke-dasharray': '8 5' })}/>`
		);
	}
	for (const w of basemap.waterLabels.features) {
		const p = toImagePixel(frame, w.geometry.coordinates as unknown as LngLat);
		if (free(p, 40) && !nearProject(p, 40)) {
			parts.push(
				label(p[0], p[1], w.properties.name_zh, {
					size: 14,
					color: BASEMAP_COLORS.waterLabel,
					halo: BASEMAP_COLORS.sea
				})
			);
		}
	}
	// Stations: only around a located project in a close view, where they are few and the landmarks a
	// reader may know.
	if (geometry && frame.zoom >= 12.5) {
		for (const s of input.stations ?? []) {
			const p = toImagePixel(frame, s.lngLat);
			// Right of the station, else left of it; never off the image or under the inset.
			const w = textWidth(s.name, 11);
			const side = [
				{ x: p[0] + 7, from: p[0] + 7, to: p[0] + 7 + w, anchor: 'start' },
				{ x: p[0] - 7, from: p[0] - 7 - w, to: p[0] - 7, anchor: 'end' }
			].find(({ from, to }) => free([from, p[1]], 4) && free([to, p[1]], 4));
			// A station whose name has no room is left out: an unnamed circle tells the reader nothing.
			if (side && free(p, 12) && !nearProject(p, 12)) {
				parts.push(
					`<circle${attrs({ cx: p[0], cy: p[1], r: 3.5, fill: '#ffffff', stroke: CONTEXT_COLOR, 'stroke-width': 1.5 })}/>`,
					label(side.x, p[1] + 4, s.name, {
						size: 11,
						color: LABEL_COLORS.contextInk,
						anchor: side.anchor
					})
				);
			}
		}
	}
	parts.push(...(geometry ? projectShapes(input, frame, geometry) : []));
	for (const d of basemap.districtLabels.features) {
		const p = toImagePixel(frame, d.geometry.coordinates as unknown as LngLat);
		if (!free(p, 40) || nearProject(p, 24)) continue;
		const focus = d.properties.focus;
		parts.push(
			label(p[0], p[1], d.properties.name_zh, {
				size: focus ? 16 : 13,
				weight: focus ? 700 : 400,
				color: focus ? BASEMAP_COLORS.focusLabel : BASEMAP_COLORS.otherLabel
			})
		);
	}
	if (!geometry) {
		const p = districtShape
			? toImagePixel(
					frame,
					(basemap.districtLabels.features.find((d) => d.properties.id === input.district)?.geometry
						.coordinates as unknown as LngLat) ?? [0, 0]
				)
			: ([width / 2, height / 2] as [number, number]);
		parts.push(
			label(p[0], p[1] + 26, input.unknownText, {
				size: 15,
				weight: 700,
				color: STATIC_MAP_COLORS.ink
			})
		);
	}
	parts.push(locator.svg, scaleBar(frame), attribution(frame, input.attribution), '</svg>');
	return parts.join('\n');
}
