/** The interface text in English (see messages.ts). */
import type { Messages } from './messages';

export const en: Messages = {
	appTitle: 'Qingdao Urban Renewal Map',
	appSubtitle: 'Shinan · Shibei districts, 2023 projects',
	exampleStory: 'Story: the first half-year',
	mapLabel: 'Map of urban renewal projects in Qingdao’s Shinan and Shibei districts',
	correctionPin: 'Proposed right position (drag to move)',
	skipToMap: 'Skip to the map',
	basemap: 'Basemap',
	basemapFellBack: (name: string) =>
		`The ${name} basemap could not be loaded; showing the offline basemap.`,
	dismiss: 'Dismiss',
	projectNotFound: (id: string) =>
		`The link names a project, “${id}”, that is not in the data (it may have been renamed or removed). The map shows all projects.`,
	mapLoading: 'Loading the map…',
	restoringLayers: (restored: number, total: number) =>
		`Restoring layer ${Math.min(restored + 1, total)} of ${total}…`,
	mapFailed:
		'This browser cannot show the map (it needs WebGL2). The project information is still on the page.',
	partLoadFailed:
		'This part of the page could not be loaded. Check the connection and reload the page.',
	language: '中文',
	languageTitle: '切换到中文',
	search: 'Projects, streets, stations',
	searchLabel: 'Search',
	searchNoResults:
		'No project, street or station matches. To look around an address, open Near me and click that spot on the map (long-press on a phone).',
	searchLoading: 'Loading the search…',
	searchKindProject: 'Project',
	searchKindStation: 'Station',
	searchKindStreet: 'Street',
	tabList: 'List',
	tabNear: 'Near me',
	tabFilters: 'Filters',
	tabSummary: 'Summary',
	legend: 'Legend',
	legendShow: 'Show legend',
	legendHide: 'Hide legend',
	contextStations: 'Existing metro stations (context)',
	colorBy: 'Colour',
	colorByLayer: 'Category',
	colorByStatus: 'Status',
	filterReset: 'Clear filters',
	listFollowsMap: 'Only list projects in the map view',
	listInView: 'Only projects in the map view are listed; those without a location are left out.',
	listShowAll: 'List all',
	listEmpty: 'No project matches. Widen the filters or clear them.',
	listMatch: (shown: number, total: number, query: string) =>
		`${shown} of ${total} ${total === 1 ? 'project matches' : 'projects match'} “${query}”`,
	listNoMatch: (query: string) =>
		`No project matches “${query}”. Try a project’s name, a street, a station or a category (such as “school” or “parking”), or clear the search.`,
	listClearSearch: 'Clear the search',
	listLocationUnknown: 'Location unknown',
	asOf: 'As of',
	asOfToday: 'today',
	asOfPlay: 'Play month by month',
	asOfPause: 'Pause',
	asOfReset: 'Back to today',
	back: 'Back to the list',
	close: 'Close',
	quoteTranslation: 'Translation',
	panelNoMilestones: 'The source gives no dated milestone for this project.',
	confidenceHigh: 'Location reliable',
	confidenceMedium: 'Location fairly reliable',
	confidenceLow: 'Approximate location',
	uncertainty: 'within about',
	approximate: 'approximate',
	groupTotals: 'Group totals',
	projects: 'projects',
	share: 'Share',
	data: 'Data downloads (GeoJSON, CSV, Atom)'
};
