/**
 * Basemap tiles for the end-to-end tests, answered inside the browser context so no request leaves
 * localhost: Amap and Tianditu raster tiles drawn by code (a pale background per provider and a magenta
 * disc at the known station), and the vector-tile fixture in the Protomaps schema. The tile logic is in
 * scripts/fixtures/, with its unit tests; this file only wires it to Playwright.
 *
 * Playwright's `page.route` sees MapLibre's tile requests both from the page (raster tiles) and from
 * MapLibre's web worker (vector tiles), in Debian's Chromium.
 */
import type { Page, Route } from '@playwright/test';
import {
	BASEMAP_PROVIDERS,
	isBasemapTileUrl,
	parseTileRequest,
	tileResponseBody,
	type BasemapProvider
} from '../../scripts/fixtures/tile-requests';

export { KNOWN_STATION, type KnownStation } from '../../scripts/fixtures/known-station';
export { magentaCentroid, type MagentaCentroid } from '../../scripts/fixtures/magenta-centroid';
export {
	MARKER_COLOR,
	MARKER_RADIUS_PX,
	RASTER_TILE_STYLES,
	rasterTile
} from '../../scripts/fixtures/raster-tile';
export {
	BASEMAP_PROVIDERS,
	FIXTURE_TILES_PATH,
	parseTileRequest,
	type BasemapProvider,
	type TileRequest
} from '../../scripts/fixtures/tile-requests';
export { VECTOR_FIXTURE_OPTIONS } from '../../scripts/fixtures/vector-tiles';

export interface BasemapTileOptions {
	/** This provider's tiles are answered with HTTP 503, to test the fallback to the offline basemap. */
	failing?: BasemapProvider;
}

export interface BasemapTileLog {
	/** Tile requests seen per provider, the failed ones included. */
	counts: Record<BasemapProvider, number>;
	/** Every tile URL seen, in order. */
	urls: string[];
}

/** Cross-origin tiles are fetched with CORS; without this header the page could not read them. */
const CORS = { 'access-control-allow-origin': '*' };
const CONTENT_TYPE: Record<BasemapProvider, string> = {
	amap: 'image/png',
	tianditu: 'image/png',
	vector: 'application/x-protobuf'
};

/**
 * Answers the page's basemap tile requests with the fixtures and counts them per provider. Call before
 * `page.goto`. The returned log fills as tiles are requested. A request to a basemap host that is not a
 * tile URL (a malformed one) is answered 400, so a wrong URL template shows up as a failing tile.
 *
 *   const tiles = await routeBasemapTiles(page);
 *   const tiles = await routeBasemapTiles(page, { failing: 'amap' });
 *   expect(tiles.counts.amap).toBeGreaterThan(0);
 */
export async function routeBasemapTiles(
	page: Page,
	options: BasemapTileOptions = {}
): Promise<BasemapTileLog> {
	const log: BasemapTileLog = {
		counts: Object.fromEntries(BASEMAP_PROVIDERS.map((p) => [p, 0])) as Record<
			BasemapProvider,
			number
		>,
		urls: []
	};
	// A fallback the test did not ask for is easier to read with its reason (test builds log it).
	page.on('console', (message) => {
		if (message.text().startsWith('basemap ')) console.log(`[page] ${message.text()}`);
	});
	await page.route(isBasemapTileUrl, async (route: Route) => {
		const url = route.request().url();
		const request = parseTileRequest(new URL(url));
		if (request === null)
			return route.fulfill({ status: 400, headers: CORS, body: `not a fixture tile URL: ${url}` });
		log.counts[request.provider]++;
		log.urls.push(url);
		if (options.failing === request.provider)
			return route.fulfill({ status: 503, headers: CORS, body: 'fixture: provider failing' });
		return route.fulfill({
			status: 200,
			contentType: CONTENT_TYPE[request.provider],
			headers: CORS,
			body: Buffer.from(tileResponseBody(request))
		});
	});
	return log;
}
