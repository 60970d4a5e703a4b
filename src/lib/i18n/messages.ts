/**
 * The languages, and the interface text in Chinese; the English is in `messages-en.ts`, and both are in
 * `all-messages.ts`. The explorer's pages load the English only for a reader who reads it
 * (docs/ARCHITECTURE.md, "First load"). Content text lives in the data, per field.
 */

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh';

export const zh = {
	appTitle: '青岛城市更新地图',
	appSubtitle: '市南区 · 市北区 · 2023年项目',
	/** The home page's link to the example story (/story). */
	exampleStory: '故事：上半年的承诺',
	mapLabel: '青岛市南区、市北区城市更新项目地图',
	correctionPin: '建议的正确位置（可拖动）',
	skipToMap: '跳到地图',
	basemap: '底图',
	basemapFellBack: (name: string) => `${name}底图无法加载，已切换到离线底图。`,
	dismiss: '关闭',
	/** A link named a project id that is not in the data. */
	projectNotFound: (id: string) =>
		`链接里的项目“${id}”不在数据中，可能已改名或删除。地图显示全部项目。`,
	mapLoading: '地图加载中…',
	/** `restored` of `total` kept layers are back: the one under way is the next. */
	restoringLayers: (restored: number, total: number) =>
		`正在恢复图层 ${Math.min(restored + 1, total)}/${total}…`,
	mapFailed: '此浏览器无法显示地图（需要 WebGL2）。项目信息仍可在页面中查看。',
	/** A part of the page loaded on demand (a tab, a project's panel) could not be fetched. */
	partLoadFailed: '这部分页面无法加载。请检查网络连接后刷新页面。',
	language: 'English',
	languageTitle: 'Switch to English',
	search: '搜索项目、街道或站点',
	searchLabel: '搜索',
	searchNoResults:
		'没有找到匹配的项目、街道或站点。想看某个地址附近，可打开“附近”，在地图上点一下那里（手机上长按）。',
	searchLoading: '搜索加载中…',
	searchKindProject: '项目',
	searchKindStation: '地铁站',
	searchKindStreet: '街道',
	tabList: '列表',
	tabNear: '附近',
	tabFilters: '筛选',
	tabSummary: '汇总',
	legend: '图例',
	legendShow: '显示图例',
	legendHide: '隐藏图例',
	contextStations: '既有地铁站（参考）',
	colorBy: '颜色',
	colorByLayer: '按类别',
	colorByStatus: '按进度',
	filterReset: '清除筛选',
	listFollowsMap: '只列出地图范围内的项目',
	/** Above the list while it follows the map (a street chosen in the search turns it on). */
	listInView: '只列出地图范围内的项目，没有位置的项目不在其中。',
	listShowAll: '列出全部',
	listEmpty: '没有符合条件的项目。请放宽筛选条件或清除筛选。',
	listMatch: (shown: number, total: number, query: string) =>
		`${shown} / ${total} 个项目符合“${query}”`,
	listNoMatch: (query: string) =>
		`没有项目符合“${query}”。试试项目名称、街道、站点或类别（如“学校”“停车”），或清除搜索。`,
	listClearSearch: '清除搜索',
	listLocationUnknown: '位置不详',
	asOf: '截至日期',
	asOfToday: '今天',
	asOfPlay: '按月播放',
	asOfPause: '暂停',
	asOfReset: '回到今天',
	back: '返回列表',
	close: '关闭',
	quoteTranslation: '译文',
	panelNoMilestones: '原文没有为此项目给出时间节点。',
	confidenceHigh: '位置可靠',
	confidenceMedium: '位置较可靠',
	confidenceLow: '大致位置',
	uncertainty: '误差约',
	approximate: '大致位置',
	groupTotals: '批次总数',
	projects: '个项目',
	share: '分享',
	data: '数据下载（GeoJSON、CSV、Atom）'
};

export type Messages = typeof zh;

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
