import { describe, expect, it } from 'vitest';
import {
	BASEMAP_IDS,
	BASEMAP_REGISTRY,
	basemapWarnings,
	configuredBasemaps,
	defaultBasemap,
	vectorTileUrl
} from './basemaps.js';

const ids = (env: Record<string, string>) => configuredBasemaps(env).map((b) => b.id);

describe('the basemap registry', () => {
	it('has one entry per id, in the switch’s order, each with both names and a datum', () => {
		expect(BASEMAP_REGISTRY.map((e) => e.id)).toEqual([...BASEMAP_IDS]);
		for (const entry of BASEMAP_REGISTRY) {
			expect(entry.name.zh && entry.name.en && entry.title.zh && entry.title.en).toBeTruthy();
			expect(['WGS84', 'GCJ02']).toContain(entry.datum);
		}
		expect(BASEMAP_REGISTRY.find((e) => e.id === 'amap')!.datum).toBe('GCJ02');
	});

	it('offers a basemap only when the settings it needs are present', () => {
		expect(ids({})).toEqual(['offline', 'online', 'amap']);
		expect(ids({ PUBLIC_TIANDITU_KEY: ' ' })).toEqual(['offline', 'online', 'amap']);
		expect(
			ids({ PUBLIC_TIANDITU_KEY: 'k', PUBLIC_VECTOR_TILES_URL: '/t/{z}/{x}/{y}.pbf' })
		).toEqual([...BASEMAP_IDS]);
	});

	it('narrows to PUBLIC_BASEMAPS but always keeps the offline fallback', () => {
		expect(ids({ PUBLIC_BASEMAPS: 'amap' })).toEqual(['offline', 'amap']);
		expect(ids({ PUBLIC_BASEMAPS: 'tianditu, online' })).toEqual(['offline', 'online']);
	});

	it('opens on PUBLIC_BASEMAP when offered, else online, else offline; and says why', () => {
		const env = { PUBLIC_BASEMAP: 'tianditu' };
		const offered = configuredBasemaps(env);
		expect(defaultBasemap(env, offered)).toBe('online');
		expect(basemapWarnings(env, offered)).toEqual([
			'PUBLIC_BASEMAP names "tianditu", which needs PUBLIC_TIANDITU_KEY; it is not offered.'
		]);
		expect(defaultBasemap({ PUBLIC_BASEMAP: 'amap' }, configuredBasemaps({}))).toBe('amap');
		const offline = { PUBLIC_BASEMAPS: 'offline' };
		expect(defaultBasemap(offline, configuredBasemaps(offline))).toBe('offline');
		expect(basemapWarnings({ PUBLIC_BASEMAPS: 'google' }, configuredBasemaps({}))[0]).toMatch(
			/"google", which is not a basemap/
		);
	});

	it('builds Tianditu tile URLs with the key, base and annotation per language, and the review number', () => {
		const [tianditu] = configuredBasemaps({
			PUBLIC_BASEMAPS: 'tianditu',
			PUBLIC_TIANDITU_KEY: 'a&b',
			PUBLIC_TIANDITU_REVIEW_NO: 'GS(2099)1号<b>'
		}).filter((b) => b.id === 'tianditu');
		expect(tianditu!.tiles!.zh).toHaveLength(8);
		expect(tianditu!.tiles!.zh[0]).toContain('/vec_w/wmts?');
		expect(tianditu!.tiles!.zh[0]).toContain('tk=a%26b');
		expect(tianditu!.labels!.zh[0]).toContain('LAYER=cva');
		expect(tianditu!.labels!.en[0]).toContain('LAYER=eva');
		// The review number is a setting shown in HTML: it is escaped, never markup.
		expect(tianditu!.attribution).toContain('审图号 GS(2099)1号&lt;b&gt;');
		const image = configuredBasemaps({ PUBLIC_TIANDITU_KEY: 'k', PUBLIC_TIANDITU_LAYER: 'img' });
		expect(image.find((b) => b.id === 'tianditu')!.labels!.en[0]).toContain('LAYER=eia');
	});

	it('reads a vector basemap URL as a PMTiles archive or an XYZ template', () => {
		expect(vectorTileUrl('/tiles/qingdao.pmtiles')).toBe('pmtiles:///tiles/qingdao.pmtiles');
		expect(vectorTileUrl('https://a.org/q.pmtiles?v=2')).toBe(
			'pmtiles://https://a.org/q.pmtiles?v=2'
		);
		expect(vectorTileUrl('pmtiles://https://a.org/q.pmtiles')).toBe(
			'pmtiles://https://a.org/q.pmtiles'
		);
		expect(vectorTileUrl('/t/{z}/{x}/{y}.pbf')).toBe('/t/{z}/{x}/{y}.pbf');
	});
});
