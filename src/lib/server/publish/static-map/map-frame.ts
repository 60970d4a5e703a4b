/**
 * What a static map of one project shows: the smallest Web Mercator view that holds the project's
 * geometry — for a point, the circle it may be off by — with room around it, but never closer than a
 * few kilometres, so the coastline or a district border gives the reader their bearings.
 */
import type { Geometry } from 'geojson';
import { geometryBounds } from '$lib/geo/bounds';
import { growBounds } from '$lib/geo/ground-bounds';
import type { Bounds, LngLat } from '$lib/geo/types';
import { fromWorldPixel, metresPerPixel, toWorldPixel } from './mercator';

export interface FrameOptions {
	width: number; // image width in pixels
	height: number; // image height in pixels
	paddingPx: number; // free margin kept around the framed shape, in pixels
	minHeightM: number; // the view is never less than this many metres tall
	minRadiusM: number; // a point is framed as a circle of at least this radius, in metres
}

export const FRAME_DEFAULTS: FrameOptions = {
	width: 720,
	height: 450,
	paddingPx: 36,
	minHeightM: 4000, // about half of Shinan's north–south extent: a coast or a border usually shows
	minRadiusM: 250 // as the explorer frames a point with no stated uncertainty
};

export interface Frame {
	width: number;
	height: number;
	zoom: number;
	/** World pixel position of the image's top-left corner at `zoom`. */
	origin: [x: number, y: number];
	/** The frame's extent in degrees. */
	bounds: Bounds;
}

/**
 * The view of `bounds` in an image of the given size.
 * @param bounds what must be visible, [west, south, east, north] in degrees.
 */
export function frameBounds(bounds: Bounds, options: Partial<FrameOptions> = {}): Frame {
	const { width, height, paddingPx, minHeightM } = { ...FRAME_DEFAULTS, ...options };
	const [w, s, e, n] = bounds;
	if (!(w <= e && s <= n)) {
		throw new RangeError(`frameBounds: [${bounds.join(', ')}] is not [west, south, east, north]`);
	}
	// Spans at zoom 0, in world pixels; the zoom that fits them into the padded image.
	const [x0, y0] = toWorldPixel([w, n], 0);
	const [x1, y1] = toWorldPixel([e, s], 0);
	const fitW = Math.log2((width - 2 * paddingPx) / Math.max(x1 - x0, 1e-12));
	const fitH = Math.log2((height - 2 * paddingPx) / Math.max(y1 - y0, 1e-12));
	const centerLat = (s + n) / 2;
	// The zoom at which the whole image is minHeightM tall: never zoom in further.
	const maxZoom = Math.log2(metresPerPixel(centerLat, 0) / (minHeightM / height));
	const zoom = Math.min(fitW, fitH, maxZoom);
	const scale = 2 ** zoom;
	const cx = ((x0 + x1) / 2) * scale;
	const cy = ((y0 + y1) / 2) * scale;
	const origin: [number, number] = [cx - width / 2, cy - height / 2];
	const [west, north] = fromWorldPixel(origin, zoom);
	const [east, south] = fromWorldPixel([origin[0] + width, origin[1] + height], zoom);
	return { width, height, zoom, origin, bounds: [west, south, east, north] };
}

/**
 * The view of a project: its geometry, a point grown by its uncertainty (at least `minRadiusM`).
 * @param uncertaintyM how far off the location may be, in metres (0 when not stated).
 */
export function frameGeometry(
	geometry: Geometry,
	uncertaintyM: number,
	options: Partial<FrameOptions> = {}
): Frame | undefined {
	const box = geometryBounds(geometry);
	if (!box) return undefined;
	const { minRadiusM } = { ...FRAME_DEFAULTS, ...options };
	const isPointLike = box[0] === box[2] && box[1] === box[3];
	const grown = isPointLike ? growBounds(box, Math.max(uncertaintyM, minRadiusM)) : box;
	return frameBounds(grown, options);
}

/** Image pixel position of a `[lng, lat]` in a frame. */
export function toImagePixel(frame: Frame, lngLat: LngLat): [x: number, y: number] {
	const [x, y] = toWorldPixel(lngLat, frame.zoom);
	return [x - frame.origin[0], y - frame.origin[1]];
}
