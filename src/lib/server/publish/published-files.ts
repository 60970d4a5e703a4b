/**
 * Every data file the site publishes under /data/: its path, content type, a one-line description in
 * both languages, and how to build its body. The endpoints serve these bodies and the /data page lists
 * them with their sizes, so the list and the files cannot drift apart.
 */
import type { DistrictRecord, ProjectFeature, ResearchEntry, Update } from '$lib/data/schema';
import { DISTRICT_IDS, LAYER_IDS, type DistrictId, type LayerId } from '$lib/data/vocabulary';
import { DISTRICT_LABELS, LAYER_LABELS } from '$lib/i18n/labels';
import type { Lang } from '$lib/i18n/messages';
import { toAtom } from './atom';
import { toCsv } from '$lib/export/to-csv';
import { deadlineFeed, deadlineFeedPath } from './deadline-feed';
import { DATA_LICENCE } from './licence';
import { projectTable, recordTable } from './tables';

export interface PublishInput {
	features: readonly ProjectFeature[];
	records: readonly DistrictRecord[];
	updates: readonly Update[];
	research: readonly ResearchEntry[];
}

export type FileFormat = 'GeoJSON' | 'CSV' | 'JSON' | 'Atom';

export interface PublishedFile {
	/** Site path, e.g. "/data/projects.geojson". */
	path: string;
	format: FileFormat;
	/** Content-Type header. */
	type: string;
	description: Record<Lang, string>;
	/** The layer a per-layer file holds. */
	layer?: LayerId;
	/** How many projects a per-layer file holds. */
	count?: number;
	/** Built on demand: the /data page needs every file's size, an endpoint only its own body. */
	body: () => string;
}

export const CONTENT_TYPES: Record<FileFormat, string> = {
	GeoJSON: 'application/geo+json', // RFC 7946 §12
	CSV: 'text/csv; charset=utf-8', // RFC 7111; the BOM also tells Excel
	JSON: 'application/json',
	Atom: 'application/atom+xml; charset=utf-8' // RFC 4287 §7
};

/** JSON with one array item per line: small, and readable in a diff. */
function jsonLines(head: Record<string, unknown>, key: string, items: readonly unknown[]): string {
	// '{…,"features":[]}' without its closing ']}', then the items, then the closing again.
	const open = JSON.stringify({ ...head, [key]: [] }).slice(0, -2);
	const lines = items.map((item) => JSON.stringify(item)).join(',\n');
	return `${open}${lines ? `\n${lines}\n` : ''}]}\n`;
}

/** Features with, in their properties, the sourced updates about them and the last search for more. */
function featureCollection(features: readonly ProjectFeature[], input: PublishInput): string {
	return jsonLines(
		{ type: 'FeatureCollection', license: DATA_LICENCE.id, attribution: DATA_LICENCE.attribution },
		'features',
		// RFC 7946 §3.2: the id also as the Feature's own "id" member, for tools that key on it.
		features.map((f) => {
			const id = f.properties.id;
			const research = input.research.find((e) => e.subject === id);
			return {
				type: 'Feature',
				id,
				geometry: f.geometry,
				properties: {
					...f.properties,
					updates: input.updates.filter((u) => u.subject === id),
					research: research && { searched: research.searched, result: research.result }
				}
			};
		})
	);
}

/** The projects to publish (context stations are not projects), in the layers' order. */
export function publishedProjects(features: readonly ProjectFeature[]): ProjectFeature[] {
	const order = (layer: LayerId) => LAYER_IDS.indexOf(layer);
	return features
		.filter((f) => !f.properties.context)
		.toSorted((a, b) => order(a.properties.layer) - order(b.properties.layer));
}

/**
 * @param asOf YYYY-MM-DD date for the status columns of the CSV files (the build date).
 * @param url the URL of a site path (absolute when the site's origin is known).
 */
export function publishedFiles(
	input: PublishInput,
	asOf: string,
	url: (path: string) => string
): PublishedFile[] {
	const projects = publishedProjects(input.features);
	const pageUrl = (id: string) => url(`/projects/${id}`);
	const csv = (features: readonly ProjectFeature[]) => () => {
		const { header, rows } = projectTable(features, input, asOf, pageUrl);
		return toCsv(header, rows);
	};
	const feed = (district?: DistrictId) => () =>
		toAtom(
			deadlineFeed(
				{ features: projects, records: input.records, updates: input.updates },
				{ url, district }
			)
		);
	const milestoneCount = (district?: DistrictId) =>
		[...projects.map((f) => f.properties), ...input.records]
			.filter((subject) => !district || subject.district === district)
			.reduce((n, subject) => n + subject.milestones.length, 0);
	const milestones = milestoneCount();
	const districtOf = new Map<string, DistrictId>([
		...projects.map((f) => [f.properties.id, f.properties.district] as const),
		...input.records.map((r) => [r.id, r.district] as const)
	]);
	const updateCount = (district: DistrictId) =>
		input.updates.filter((u) => districtOf.get(u.subject) === district).length;

	const files: PublishedFile[] = [
		{
			path: '/data/projects.geojson',
			format: 'GeoJSON',
			type: CONTENT_TYPES.GeoJSON,
			description: {
				zh: `全部 ${projects.length} 个项目及其全部属性（时间节点、指标、原文引句及其英译、位置可信度）；位置不详的项目 geometry 为 null。`,
				en: `All ${projects.length} projects with every property (milestones, metrics, source quotes with their English translations, location confidence); geometry is null where the location is unknown.`
			},
			body: () => featureCollection(projects, input)
		},
		{
			path: '/data/projects.csv',
			format: 'CSV',
			type: CONTENT_TYPES.CSV,
			description: {
				zh: '全部项目，每行一个：代表点经纬度、进度与下一个时间节点、各项指标（基本单位）。',
				en: 'All projects, one row each: a representative point, status and next milestone, every metric in base units.'
			},
			body: csv(projects)
		}
	];
	for (const layer of LAYER_IDS) {
		const members = projects.filter((f) => f.properties.layer === layer);
		const names = LAYER_LABELS[layer];
		files.push(
			{
				path: `/data/${layer}.geojson`,
				layer,
				count: members.length,
				format: 'GeoJSON',
				type: CONTENT_TYPES.GeoJSON,
				description: {
					zh: `“${names.zh}”类的 ${members.length} 个项目。`,
					en: `The ${members.length} projects in “${names.en}”.`
				},
				body: () => featureCollection(members, input)
			},
			{
				path: `/data/${layer}.csv`,
				layer,
				count: members.length,
				format: 'CSV',
				type: CONTENT_TYPES.CSV,
				description: {
					zh: `“${names.zh}”类的 ${members.length} 个项目，CSV（列同 projects.csv）。`,
					en: `The ${members.length} projects in “${names.en}” as CSV (same columns as projects.csv).`
				},
				body: csv(members)
			}
		);
	}
	files.push(
		{
			path: '/data/records.json',
			format: 'JSON',
			type: CONTENT_TYPES.JSON,
			description: {
				zh: `区级记录 ${input.records.length} 条：市北区总体计划、十二大攻坚行动、原文列出的各批次（含未列名项目数）、市南区“三基”。`,
				en: `${input.records.length} district-level records: Shibei's programme, the twelve campaigns, the stated groups (with counts of unnamed members), Shinan's "three basics".`
			},
			body: () =>
				jsonLines(
					{ license: DATA_LICENCE.id, attribution: DATA_LICENCE.attribution },
					'records',
					input.records
				)
		},
		{
			path: '/data/records.csv',
			format: 'CSV',
			type: CONTENT_TYPES.CSV,
			description: {
				zh: '区级记录，每行一条，含成员项目 id 和各项指标。',
				en: 'District-level records, one row each, with member project ids and every metric.'
			},
			body: () => {
				const { header, rows } = recordTable(input.records, input, asOf);
				return toCsv(header, rows);
			}
		},
		{
			path: '/data/updates.json',
			format: 'JSON',
			type: CONTENT_TYPES.JSON,
			description: {
				zh: `报道之后的进展 ${input.updates.length} 条，每条附日期、来源和我们自己的概述。`,
				en: `${input.updates.length} later reports of what happened, each dated and sourced, in our own words.`
			},
			body: () =>
				jsonLines(
					{ license: DATA_LICENCE.id, attribution: DATA_LICENCE.attribution },
					'updates',
					input.updates
				)
		},
		{
			path: '/data/research-log.json',
			format: 'JSON',
			type: CONTENT_TYPES.JSON,
			description: {
				zh: `检索记录 ${input.research.length} 条：每个项目和记录何时检索了后续报道、检索词、看过的网页和结果。`,
				en: `${input.research.length} research-log entries: when each project and record was searched for later reports, the queries, the pages judged and the result.`
			},
			body: () =>
				jsonLines(
					{ license: DATA_LICENCE.id, attribution: DATA_LICENCE.attribution },
					'entries',
					input.research
				)
		},
		{
			path: deadlineFeedPath(),
			format: 'Atom',
			type: CONTENT_TYPES.Atom,
			description: {
				zh: `时间节点与进展订阅（Atom）：${milestones} 个时间节点和 ${input.updates.length} 条后续报道各一条，附原文引句、来源和项目链接。`,
				en: `Deadline and outcome feed (Atom): one entry for each of the ${milestones} milestones and the ${input.updates.length} later reports, with the source quote or link and a link to the project.`
			},
			body: feed()
		}
	);
	for (const district of DISTRICT_IDS) {
		const names = DISTRICT_LABELS[district];
		// Milestones come from the source only: none means the source dates nothing in the district.
		const undated = milestoneCount(district) === 0;
		files.push({
			path: deadlineFeedPath(district),
			format: 'Atom',
			type: CONTENT_TYPES.Atom,
			description: {
				zh: `只含${names.zh}的订阅（${milestoneCount(district)} 个时间节点，${updateCount(district)} 条后续报道）。${undated ? `原文没有给出${names.zh}任何项目的期限，订阅中只有后续报道。` : ''}`,
				en: `The feed for ${names.en} only (${milestoneCount(district)} milestones, ${updateCount(district)} later reports).${undated ? ` The source gives no deadline for any project in ${names.en}, so the feed holds later reports only.` : ''}`
			},
			body: feed(district)
		});
	}
	return files;
}

/** A file as an HTTP response, with its content type. */
export function fileResponse(file: PublishedFile): Response {
	return new Response(file.body(), { headers: { 'content-type': file.type } });
}
