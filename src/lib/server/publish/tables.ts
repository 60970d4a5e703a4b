/**
 * Projects and district records as flat tables (one row each) for CSV: the columns a spreadsheet user
 * needs, with every metric as its own column in base units. Qualifiers ("余", "约"), phrases, all
 * milestones and quotes stay in the GeoJSON and JSON files.
 */
import { representativePoint } from '$lib/analysis/representative-point';
import type { DistrictRecord, Metrics, Milestone, ProjectFeature, Update } from '$lib/data/schema';
import { projectStatus } from '$lib/data/status';
import { METRIC_KEYS } from '$lib/data/vocabulary';
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

function metricCells(metrics: Metrics): CsvCell[] {
	return METRIC_KEYS.map((key) => metrics[key]?.value ?? null);
}

/** The milestone that decides the status as of `asOf`: the next open one, else the latest missed. */
function nextMilestone(
	id: string,
	milestones: readonly Milestone[],
	asOf: string,
	updates: readonly Update[]
) {
	const status = projectStatus(
		milestones,
		asOf,
		updates.filter((u) => u.subject === id)
	);
	const milestone = status.index === undefined ? undefined : milestones[status.index];
	return [
		status.status,
		asOf,
		milestones.length,
		milestone?.due,
		milestone?.action,
		milestone?.text.zh,
		milestone?.text.en
	];
}

const STATUS_COLUMNS = [
	'status',
	'status_as_of',
	'milestone_count',
	'next_milestone_due',
	'next_milestone_action',
	'next_milestone_text_zh',
	'next_milestone_text_en'
];

/**
 * One row per project. `lon`/`lat` are a representative point on the geometry (see
 * representative-point.ts), empty when the location is unknown.
 * @param asOf YYYY-MM-DD date the status columns are computed for (the build date).
 * @param pageUrl the URL of a project's page, for the `page` column.
 */
export function projectTable(
	features: readonly ProjectFeature[],
	updates: readonly Update[],
	asOf: string,
	pageUrl: (id: string) => string
): Table {
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
			...METRIC_KEYS,
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
				...nextMilestone(p.id, p.milestones, asOf, updates),
				...metricCells(p.metrics),
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
	updates: readonly Update[],
	asOf: string
): Table {
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
			...METRIC_KEYS,
			'quote',
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
			...nextMilestone(r.id, r.milestones, asOf, updates),
			...metricCells(r.metrics),
			r.quote,
			r.source.doc,
			r.source.report
		])
	};
}
