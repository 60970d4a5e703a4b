/**
 * Source and style layer ids of the analysis overlays, in one place so tests and the overlays agree.
 * Every id starts with `overlay-`: the basemap watchdog ignores those sources.
 */

export const ANALYSIS_SOURCES = {
	clusters: 'overlay-clusters', // hulls, single-location rings, collinear lines and count labels
	clusterMembers: 'overlay-cluster-members', // one point per clustered or noise location
	hexbins: 'overlay-hexbins',
	studyArea: 'overlay-study-area',
	catchments: 'overlay-catchments', // circles around stations, and radius labels
	catchmentProjects: 'overlay-catchment-projects' // the selected station's projects
} as const;

/** Style layer ids; tests refer to these. */
export const ANALYSIS_LAYERS = {
	clusterFill: 'overlay-clusters-fill',
	clusterOutline: 'overlay-clusters-outline',
	clusterLine: 'overlay-clusters-line',
	clusterRing: 'overlay-clusters-ring',
	clusterMembers: 'overlay-cluster-members',
	clusterLabel: 'overlay-clusters-label',
	hexFill: 'overlay-hexbins-fill',
	hexOutline: 'overlay-hexbins-outline',
	hexLabel: 'overlay-hexbins-label',
	studyAreaFill: 'overlay-study-area-fill',
	studyAreaLine: 'overlay-study-area-line',
	catchmentFill: 'overlay-catchments-fill',
	catchmentInner: 'overlay-catchments-inner',
	catchmentOuter: 'overlay-catchments-outer',
	catchmentLabel: 'overlay-catchments-label',
	catchmentProjectShape: 'overlay-catchment-projects-shape',
	catchmentProjectPoint: 'overlay-catchment-projects-point'
} as const;
