// @ts-check
/**
 * The basemap registry: one entry per basemap, as data — names, kind, datum, attribution, the settings it
 * needs and every URL it loads from. The app builds its styles from it and svelte.config.js builds the
 * Content-Security-Policy from it, so a basemap cannot load from a host the policy does not name (plain
 * JavaScript for that reason). See docs/ARCHITECTURE.md, "Basemaps".
 */

/** Basemaps in the order the switch lists them; ids appear in the URL (`?basemap=`). */
export const BASEMAP_IDS = /** @type {const} */ ([
	'offline',
	'online',
	'tianditu',
	'amap',
	'vector'
]);

/** @typedef {(typeof BASEMAP_IDS)[number]} BasemapId */
/** @typedef {import('../geo/types').Datum} Datum */
/** @typedef {{ zh: string, en: string }} Bilingual */
/** @typedef {Record<string, string | undefined>} Env */

/**
 * A basemap made usable by the build's settings.
 * @typedef {object} Basemap
 * @property {BasemapId} id
 * @property {Bilingual} name  label on the switch
 * @property {Bilingual} title  what it is, for the tooltip and the README
 * @property {'bundled' | 'style' | 'raster' | 'protomaps'} kind  bundled offline data, a MapLibre style URL,
 *   raster tiles, or vector tiles in the Protomaps schema styled by `@protomaps/basemaps`
 * @property {Datum} datum  the datum its tiles are drawn in; data is shifted to it for display
 * @property {string | undefined} attribution  as HTML (a constant link at most; settings are escaped), in
 *   both languages at once, since MapLibre's attribution does not follow a language switch; undefined when
 *   the style carries its own
 * @property {string | undefined} styleUrl  kind 'style'
 * @property {{ zh: string[], en: string[] } | undefined} tiles  kind 'raster': tile URL templates per label
 *   language; kind 'protomaps': the XYZ template or `pmtiles://` archive in both
 * @property {{ zh: string[], en: string[] } | undefined} labels  kind 'raster': an annotation tile layer drawn
 *   over the base tiles, per language
 * @property {string[]} hosts  origins it loads from (none for same-site files)
 */

/**
 * @typedef {object} BasemapEntry
 * @property {BasemapId} id
 * @property {Bilingual} name
 * @property {Bilingual} title
 * @property {Basemap['kind']} kind
 * @property {Datum} datum
 * @property {readonly string[]} needs  settings that must be set for it to be offered
 * @property {(env: Env) => Omit<Basemap, 'id' | 'name' | 'title' | 'kind' | 'datum' | 'hosts'>} resolve
 */

/** The OpenFreeMap "Positron" style: OSM vector tiles, no key; style, tiles, glyphs and sprites on one host. */
export const DEFAULT_ONLINE_STYLE_URL = 'https://tiles.openfreemap.org/styles/positron';

const OSM_COPYRIGHT = '<a href="https://www.openstreetmap.org/copyright">© OpenStreetMap</a>';

/** @param {string} text */
function escapeHtml(text) {
	return text.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c
	);
}

/** @param {string} prefix @param {number[]} subdomains @param {string} rest */
function spread(prefix, subdomains, rest) {
	return subdomains.map((s) => `${prefix}${s}${rest}`);
}

/** @param {Env} env @param {string} layer */
function tiandituTiles(env, layer) {
	const key = encodeURIComponent(env.PUBLIC_TIANDITU_KEY ?? '');
	return spread(
		'https://t',
		[0, 1, 2, 3, 4, 5, 6, 7],
		`.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
			`&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${key}`
	);
}

/** @param {string} lang */
function amapTiles(lang) {
	return spread(
		'https://webrd0',
		[1, 2, 3, 4],
		`.is.autonavi.com/appmaptile?lang=${lang}&size=1&scale=1&style=8&x={x}&y={y}&z={z}`
	);
}

/** `PUBLIC_VECTOR_TILES_URL` as MapLibre wants it: a `pmtiles://` archive or an XYZ template. */
/** @param {string} url */
export function vectorTileUrl(url) {
	const path = url.split(/[?#]/)[0] ?? '';
	return path.endsWith('.pmtiles') && !url.startsWith('pmtiles://') ? `pmtiles://${url}` : url;
}

/** @type {readonly BasemapEntry[]} */
export const BASEMAP_REGISTRY = [
	{
		id: 'offline',
		name: { zh: '离线', en: 'Offline' },
		title: {
			zh: '内置离线底图:海岸线、区界与地名,无需联网',
			en: 'Built-in offline basemap: coastline, district outlines and names; no network needed'
		},
		kind: 'bundled',
		datum: 'WGS84',
		needs: [],
		resolve: () => ({
			attribution: undefined,
			styleUrl: undefined,
			tiles: undefined,
			labels: undefined
		})
	},
	{
		id: 'online',
		name: { zh: '在线', en: 'Online' },
		title: {
			zh: 'OpenFreeMap 矢量底图(OpenStreetMap 数据,需联网)',
			en: 'OpenFreeMap vector basemap (OpenStreetMap data; needs the internet)'
		},
		kind: 'style',
		datum: 'WGS84',
		needs: [],
		resolve: (env) => ({
			attribution: undefined,
			styleUrl: env.PUBLIC_BASEMAP_STYLE_URL || DEFAULT_ONLINE_STYLE_URL,
			tiles: undefined,
			labels: undefined
		})
	},
	{
		id: 'tianditu',
		name: { zh: '天地图', en: 'Tianditu' },
		title: {
			zh: '天地图(国家地理信息公共服务平台),CGCS2000 坐标,需密钥',
			en: 'Tianditu, the national geographic information service (CGCS2000); needs a key'
		},
		kind: 'raster',
		datum: 'WGS84',
		needs: ['PUBLIC_TIANDITU_KEY'],
		resolve: (env) => {
			const image = env.PUBLIC_TIANDITU_LAYER === 'img';
			const review = env.PUBLIC_TIANDITU_REVIEW_NO?.trim();
			const no = review ? escapeHtml(review) : '';
			return {
				attribution: `© <a href="https://www.tianditu.gov.cn/">天地图 Tianditu</a>${no ? ` · 审图号 ${no}` : ''}`,
				styleUrl: undefined,
				tiles: {
					zh: tiandituTiles(env, image ? 'img' : 'vec'),
					en: tiandituTiles(env, image ? 'img' : 'vec')
				},
				labels: {
					zh: tiandituTiles(env, image ? 'cia' : 'cva'),
					en: tiandituTiles(env, image ? 'eia' : 'eva')
				}
			};
		}
	},
	{
		id: 'amap',
		name: { zh: '高德', en: 'Amap' },
		title: {
			zh: '高德地图栅格底图(GCJ-02 坐标,项目位置已相应偏移显示)',
			en: 'Amap raster basemap (GCJ-02: project positions are shifted to match it for display)'
		},
		kind: 'raster',
		datum: 'GCJ02',
		needs: [],
		resolve: () => ({
			attribution: '© <a href="https://www.amap.com/">高德地图 Amap</a>',
			styleUrl: undefined,
			tiles: { zh: amapTiles('zh_cn'), en: amapTiles('en') },
			labels: undefined
		})
	},
	{
		id: 'vector',
		name: { zh: '矢量', en: 'Vector' },
		title: {
			zh: '自托管矢量底图(Protomaps,OpenStreetMap 数据)',
			en: 'Self-hosted vector basemap (Protomaps, OpenStreetMap data)'
		},
		kind: 'protomaps',
		datum: 'WGS84',
		needs: ['PUBLIC_VECTOR_TILES_URL'],
		resolve: (env) => {
			const url = vectorTileUrl(env.PUBLIC_VECTOR_TILES_URL ?? '');
			const own = env.PUBLIC_VECTOR_ATTRIBUTION?.trim();
			const text = own
				? escapeHtml(own)
				: `<a href="https://protomaps.com/">Protomaps</a> ${OSM_COPYRIGHT}`;
			return {
				attribution: text,
				styleUrl: undefined,
				tiles: { zh: [url], en: [url] },
				labels: undefined
			};
		}
	}
];

/** The origin of an absolute http(s) URL (also inside `pmtiles://`); undefined for a same-site path. */
/** @param {string} url */
function originOf(url) {
	const plain = url.replace(/^pmtiles:\/\//, '');
	if (!/^https?:\/\//i.test(plain)) return undefined;
	return new URL(plain.replace(/[{}]/g, '')).origin;
}

/**
 * The basemaps this build offers: those whose settings are present, narrowed to `PUBLIC_BASEMAPS` (a
 * comma-separated list of ids) when it is set. The offline basemap is always offered: it is the fallback.
 * @param {Env} env
 * @returns {Basemap[]}
 */
export function configuredBasemaps(env) {
	const wanted = (env.PUBLIC_BASEMAPS ?? '')
		.split(',')
		.map((id) => id.trim())
		.filter(Boolean);
	const offered = BASEMAP_REGISTRY.filter(
		(entry) =>
			entry.id === 'offline' ||
			((!wanted.length || wanted.includes(entry.id)) &&
				entry.needs.every((name) => env[name]?.trim()))
	);
	return offered.map((entry) => {
		const resolved = entry.resolve(env);
		const urls = [
			resolved.styleUrl,
			...(resolved.tiles ? [...resolved.tiles.zh, ...resolved.tiles.en] : []),
			...(resolved.labels ? [...resolved.labels.zh, ...resolved.labels.en] : [])
		].filter((url) => url !== undefined);
		if (entry.id === 'online') urls.push(...(env.PUBLIC_BASEMAP_HOSTS ?? '').split(','));
		const hosts = urls.map((url) => originOf(url.trim())).filter((host) => host !== undefined);
		return {
			id: entry.id,
			name: entry.name,
			title: entry.title,
			kind: entry.kind,
			datum: entry.datum,
			...resolved,
			hosts: [...new Set(hosts)]
		};
	});
}

/**
 * The basemap a page opens on: `PUBLIC_BASEMAP` when this build offers it, else the online one, else offline.
 * @param {Env} env
 * @param {readonly Basemap[]} offered
 * @returns {BasemapId}
 */
export function defaultBasemap(env, offered) {
	const ids = offered.map((basemap) => basemap.id);
	const wanted = /** @type {BasemapId} */ (env.PUBLIC_BASEMAP?.trim());
	if (ids.includes(wanted)) return wanted;
	return ids.includes('online') ? 'online' : 'offline';
}

/**
 * Settings that name a basemap this build cannot offer, as sentences for the build log.
 * @param {Env} env
 * @param {readonly Basemap[]} offered
 * @returns {string[]}
 */
export function basemapWarnings(env, offered) {
	const ids = offered.map((basemap) => basemap.id);
	/** @type {string[]} */
	const warnings = [];
	const named = [
		...(env.PUBLIC_BASEMAP?.trim() ? [['PUBLIC_BASEMAP', env.PUBLIC_BASEMAP.trim()]] : []),
		...(env.PUBLIC_BASEMAPS ?? '')
			.split(',')
			.map((id) => id.trim())
			.filter(Boolean)
			.map((id) => ['PUBLIC_BASEMAPS', id])
	];
	for (const [setting, id] of named) {
		if (ids.includes(/** @type {BasemapId} */ (id))) continue;
		const entry = BASEMAP_REGISTRY.find((e) => e.id === id);
		warnings.push(
			entry
				? `${setting} names "${id}", which needs ${entry.needs.join(', ')}; it is not offered.`
				: `${setting} names "${id}", which is not a basemap (one of ${BASEMAP_IDS.join(', ')}).`
		);
	}
	return warnings;
}

/**
 * Every origin the configured basemaps load from, sorted: the CSP's img-src and connect-src list exactly these.
 * @param {readonly Basemap[]} offered
 * @returns {string[]}
 */
export function basemapOrigins(offered) {
	return [...new Set(offered.flatMap((basemap) => basemap.hosts))].sort();
}
