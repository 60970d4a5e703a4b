/**
 * The analysis functions (dbscan with kdbush and Turf's convex hull, Clark–Evans with flatbush …),
 * loaded when first needed by the analysis worker (analysis-tasks.ts), so neither the page's first
 * JavaScript nor its main thread carries them.
 */
export async function loadAnalyses() {
	const [dbscan, hexbin, clarkEvans, clarkEvansSentence, catchments] = await Promise.all([
		import('$lib/analysis/dbscan'),
		import('$lib/analysis/hexbin'),
		import('$lib/analysis/clark-evans'),
		import('$lib/i18n/clark-evans-sentence'),
		import('$lib/analysis/catchments')
	]);
	return {
		dbscan: dbscan.dbscan,
		clusterSummaries: dbscan.clusterSummaries,
		hexbin: hexbin.hexbin,
		clarkEvans: clarkEvans.clarkEvans,
		describeClarkEvans: clarkEvansSentence.describeClarkEvans,
		catchments: catchments.catchments,
		sortCatchments: catchments.sortCatchments
	};
}

export type Analyses = Awaited<ReturnType<typeof loadAnalyses>>;
