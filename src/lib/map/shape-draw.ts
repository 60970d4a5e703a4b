/**
 * The editor's redrawing of a line or an area on the map, with terra-draw's select mode (docs/ARCHITECTURE.md,
 * "The maintainers' editor"): the shape's vertices can be dragged, a midpoint dragged or clicked adds
 * one, a right-click on a vertex deletes it (terra-draw keeps 2 positions to a line and 4 to a ring).
 * Each part is one terra-draw feature, drawn in the basemap's datum; after every finished change the
 * parts are read back to WGS-84 by `shapeFromParts`. Loaded with `import()` by `EditMap` only.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import {
	TerraDraw,
	TerraDrawLineStringMode,
	TerraDrawPolygonMode,
	TerraDrawSelectMode,
	type GeoJSONStoreFeatures
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import { toDatum } from '$lib/geo/datum';
import {
	shapeFromParts,
	shapeParts,
	type EditableShape,
	type ShapeResult
} from '$lib/geo/shape-edit';
import type { Datum } from '$lib/geo/types';
import { ACCENT_COLOR, LABEL_COLORS } from '$lib/style/map-palette';

export interface ShapeDraw {
	/** Shows `shape` (WGS-84) for editing, in place of what is drawn. */
	set(shape: EditableShape): void;
	/** Removes the drawing and its layers from the map. */
	stop(): void;
}

/** terra-draw refuses positions with more decimals than this; 9 is about 0.1 mm. */
const COORDINATE_PRECISION = 9;
const fix = (degrees: number) => Number(degrees.toFixed(COORDINATE_PRECISION));

// What can be done to a part: its vertices moved, added at midpoints and deleted, the whole part not
// dragged (a missed vertex would move every vertex; the map pans instead).
const partFlags = {
	feature: {
		draggable: false,
		coordinates: { draggable: true, midpoints: { draggable: true }, deletable: true }
	}
};

/**
 * Starts editing `shape` (WGS-84) on `map`, drawn in `datum`; `onchange` gets the shape read back after
 * each finished drag, insertion or deletion. The map's style must be loaded.
 */
export function startShapeDraw(
	map: MapLibreMap,
	shape: EditableShape,
	datum: Datum,
	onchange: (result: ShapeResult) => void
): ShapeDraw {
	let stored = shape;
	const vertex = {
		selectionPointColor: ACCENT_COLOR,
		selectionPointOutlineColor: LABEL_COLORS.halo,
		selectionPointWidth: 6,
		selectionPointOutlineWidth: 2,
		midPointColor: LABEL_COLORS.halo,
		midPointOutlineColor: ACCENT_COLOR,
		midPointWidth: 4,
		midPointOutlineWidth: 2
	} as const;
	const draw = new TerraDraw({
		adapter: new TerraDrawMapLibreGLAdapter({ map, coordinatePrecision: COORDINATE_PRECISION }),
		modes: [
			new TerraDrawSelectMode({
				flags: { polygon: partFlags, linestring: partFlags },
				// No keys: Delete would remove the whole shape, Escape would leave it unselected.
				keyEvents: null,
				allowManualDeselection: false,
				styles: {
					...vertex,
					selectedPolygonColor: ACCENT_COLOR,
					selectedPolygonOutlineColor: ACCENT_COLOR,
					selectedPolygonFillOpacity: 0.2,
					selectedPolygonOutlineWidth: 3,
					selectedLineStringColor: ACCENT_COLOR,
					selectedLineStringWidth: 4
				}
			}),
			new TerraDrawPolygonMode({
				styles: { fillColor: ACCENT_COLOR, outlineColor: ACCENT_COLOR, fillOpacity: 0.1 }
			}),
			new TerraDrawLineStringMode({ styles: { lineStringColor: ACCENT_COLOR } })
		]
	});
	draw.start();
	draw.setMode('select');

	const ours = () => draw.getSnapshot().filter((f) => typeof f.properties.part === 'number');
	function show(next: EditableShape) {
		stored = next;
		const old = ours().map((f) => f.id!);
		if (old.length) draw.removeFeatures(old);
		const features: GeoJSONStoreFeatures[] = shapeParts(next).map((part) => {
			const coordinates = part.coordinates.map((p) => toDatum([p[0]!, p[1]!], datum).map(fix));
			return {
				id: draw.getFeatureId(),
				type: 'Feature',
				geometry:
					part.kind === 'polygon'
						? { type: 'Polygon', coordinates: [coordinates] }
						: { type: 'LineString', coordinates },
				properties: { mode: part.kind, part: part.index }
			};
		});
		const refused = draw.addFeatures(features).filter((v) => !v.valid);
		if (refused.length) throw new Error(`terra-draw refused the shape: ${refused[0]!.reason}`);
		draw.selectFeature(features[0]!.id!);
	}
	show(shape);

	draw.on('finish', () => {
		const parts = ours().map((f) => {
			const g = f.geometry;
			const coordinates = g.type === 'Polygon' ? g.coordinates[0]! : (g.coordinates as number[][]);
			return { index: f.properties.part as number, coordinates };
		});
		onchange(shapeFromParts(stored, parts, datum));
	});

	return {
		set: show,
		stop: () => draw.stop()
	};
}
