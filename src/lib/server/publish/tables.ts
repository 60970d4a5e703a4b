/**
 * Projects and district records as flat tables (one row each) for CSV: the columns a spreadsheet user
 * needs, with every metric as its own column in base units (followed by a `<metric>_qualifier` column
 * where some value is "more-than" 余 or "about" 约), and the status with the sourced update that decides
 * it (or when the research log last searched for one). Phrases, all milestones, quotes and updates stay
 * in the GeoJSON and JSON files.
 */
import { representativePoint } from '$lib/analysis/representative-point';
import type {
	DistrictRecord,
	Metrics,
	Milestone,
	ProjectFeature,
	ResearchEntry,
	Update
} from '$lib/data/schema';
import { milestoneOutcome, projectStatus } from '$lib/data/status';
import { METRIC_KEYS } from '$lib/data/vocabulary';
import { metricCells } from '$lib/export/metric-cells';
import type { CsvValue as CsvCell } from '$lib/export/to-csv';

export interface Table {
	header: string[];
	rows: CsvCell[][];
}

/** Five decimals of a degree ≈ 1 m, the precision of the data. */
const COORDINATE_DECIMALS = 5;

function round(value: number, decimals: number): number {
	const factor = 10 ** decimals;
	return Math.round(value * factor) / factor;
}

/** Every metric's column, stated or not, so the tables keep their columns as the data grows. */
const metricColumns = (sets: readonly Metrics[]) => metricCells(METRIC_KEYS, sets, null);

/** What the tables need to state outcomes: the updates, and the research log by subject. */
export interface OutcomeData {
	updates: readonly Update[];
	research: readonly ResearchEntry[];
}

/**
 * The milestone that decides the status as of `asOf` (the next open one, else the latest unsettled),
 * the update that decides it, and the search for reports.
 */
function statusCells(
	id: string,
	milestones: readonly Milestone[],
	asOf: string,
	outcomes: OutcomeData
): CsvCell[] {
	const own = outcomes.updates.filter((u) => u.subject === id);
	const status = projectStatus(milestones, asOf, own);
	const milestone = status.index === undefined ? undefined : milestones[status.index];
	const decided = milestone && milestoneOutcome(milestone, status.index!, asOf, own);
	const late = decided?.timeliness?.kind === 'late' ? decided.timeliness.days : null;
	const research = outcomes.research.find((e) => e.subject === id);
	return [
		status.status,
		asOf,
		milestones.length,
		milestone?.due,
		milestone?.action,
		milestone?.text.zh,
		milestone?.text.en,
		decided?.update?.date,
		decided?.update?.source.url,
		late,
		own.length,
		research?.searched,
		research?.result
	];
}

const STATUS_COLUMNS = [
	'status',
	'status_as_of',
	'milestone_count',
	'next_milestone_due',
	'next_milestone_action',
	'next_milestone_text_zh',
	'next_milestone_text_en',
	'status_report_date', // the update that decides the status, if any
	'status_report_url',
	'late_days', // a reported completion after the deadline: at least this many days late
	'update_count', // all sourced updates about the project
	'searched', // when the research log last searched for later reports
	'search_result' // found | nothing-found
];

/**
 * One row per project. `lon`/`lat` are a representative point on the geometry (see
 * representative-point.ts), empty when the location is unknown.
 * @param asOf YYYY-MM-DD date the status columns are computed for (the build date).
 * @param pageUrl the URL of a project's page, for the `page` column.
 */
export function projectTable(
	features: readonly ProjectFeature[],
	outcomes: OutcomeData,
	asOf: string,
	pageUrl: (id: string) => string
): Table {
	const metrics = metricColumns(features.map((f) => f.properties.metrics));
	return {
		header: [
			'id',
			'layer',
			'district',
			'campaign',
			'group',
			'name_zh',
			'name_en',
			'lon',
			'lat',
			'geometry_type',
			'location_confidence',
			'location_basis',
			'uncertainty_m',
			...STATUS_COLUMNS,
			...metrics.header,
			'source',
			'source_report',
			'page'
		],
		rows: features.map(({ geometry, properties: p }) => {
			const point = representativePoint(geometry);
			return [
				p.id,
				p.layer,
				p.district,
				p.campaign,
				p.group,
				p.name.zh,
				p.name.en,
				point && round(point[0], COORDINATE_DECIMALS),
				point && round(point[1], COORDINATE_DECIMALS),
				geometry?.type,
				p.location.confidence,
				p.location.basis,
				p.location.uncertainty_m,
				...statusCells(p.id, p.milestones, asOf, outcomes),
				...metrics.cells(p.metrics),
				p.source.doc,
				p.source.report,
				pageUrl(p.id)
			];
		})
	};
}

/** One row per district record; `members` are the ids of its named projects, separated by spaces. */
export function recordTable(
	records: readonly DistrictRecord[],
	outcomes: OutcomeData,
	asOf: string
): Table {
	const metrics = metricColumns(records.map((r) => r.metrics));
	return {
		header: [
			'id',
			'kind',
			'district',
			'campaign',
			'name_zh',
			'name_en',
			'members',
			'unnamed_count',
			...STATUS_COLUMNS,
			...metrics.header,
			'quote',
			'quote_en',
			'source',
			'source_report'
		],
		rows: records.map((r) => [
			r.id,
			r.kind,
			r.district,
			r.campaign,
			r.name.zh,
			r.name.en,
			r.members.join(' '),
			r.unnamed_count,
			...statusCells(r.id, r.milestones, asOf, outcomes),
			...metrics.cells(r.metrics),
			r.quote,
			r.quote_en,
			r.source.doc,
			r.source.report
		])
	};
}
