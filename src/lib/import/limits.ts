/** Stated limits of "add your own layer"; the UI quotes them, the parser enforces them. */

/**
 * Largest file accepted: 10 MiB ("10 MB" in the issue). Files are parsed in a worker, so this
 * bounds the memory and the time a drop takes rather than a stall of the page.
 */
export const MAX_BYTES = 10 * 1024 * 1024;

/** Most features in one layer: bounds the work here and in MapLibre's GeoJSON worker. */
export const MAX_FEATURES = 50_000;

/**
 * Wide bounds around Qingdao, [west, south, east, north] in WGS-84 degrees.
 * They hold the urban districts (near 120.4°E, 36.1°N) and nearly all of the municipality; its
 * northern tip in Pingdu and Laixi (to about 37.15°N) lies outside, so data found only there would
 * be flagged. The warning fires only when the data's whole extent misses the box.
 */
export const QINGDAO_BBOX: readonly [number, number, number, number] = [119.5, 35.5, 121.0, 36.9];
