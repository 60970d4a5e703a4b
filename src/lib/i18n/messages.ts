/** Interface text in Chinese (first) and English. Content text lives in the data, per field. */

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh';

const zh = {
	appTitle: '青岛城市更新地图',
	appSubtitle: '市南区 · 市北区 · 2023年项目',
	mapLabel: '青岛市南区、市北区城市更新项目地图',
	basemap: '底图',
	basemapOnline: '在线',
	basemapOffline: '离线',
	basemapOnlineTitle: 'OpenStreetMap 矢量底图(需联网)',
	basemapOfflineTitle: '内置离线底图:海岸线与区界',
	basemapFellBack: '在线底图无法加载,已切换到离线底图。',
	dismiss: '关闭',
	mapLoading: '地图加载中…',
	mapFailed: '此浏览器无法显示地图(需要 WebGL2)。项目信息仍可在页面中查看。',
	language: 'English',
	languageTitle: 'Switch to English'
};

export type Messages = typeof zh;

const en: Messages = {
	appTitle: 'Qingdao Urban Renewal Map',
	appSubtitle: 'Shinan · Shibei districts, 2023 projects',
	mapLabel: 'Map of urban renewal projects in Qingdao’s Shinan and Shibei districts',
	basemap: 'Basemap',
	basemapOnline: 'Online',
	basemapOffline: 'Offline',
	basemapOnlineTitle: 'OpenStreetMap vector basemap (needs the internet)',
	basemapOfflineTitle: 'Built-in offline basemap: coastline and district outlines',
	basemapFellBack: 'The online basemap could not be loaded; showing the offline basemap.',
	dismiss: 'Dismiss',
	mapLoading: 'Loading the map…',
	mapFailed:
		'This browser cannot show the map (it needs WebGL2). The project information is still on the page.',
	language: '中文',
	languageTitle: '切换到中文'
};

export const messages: Record<Lang, Messages> = { zh, en };

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The first of the browser's preferred languages we support; Chinese for any `zh-*`. */
export function detectLang(preferred: readonly string[]): Lang {
	for (const tag of preferred) {
		const base = tag.toLowerCase().split('-')[0];
		if (isLang(base)) return base;
	}
	return DEFAULT_LANG;
}
