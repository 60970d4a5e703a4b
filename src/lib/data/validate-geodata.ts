/**
 * Validates the whole data set — layer files, district-level records, updates — against the schema and
 * the rules that span files. Every problem is reported, each naming the file, the feature or record id
 * and the field, so a broken file can be fixed from the message alone.
 */
import * as v from 'valibot';
import {
	DistrictRecord,
	LayerFile,
	ProjectFeature,
	RecordsFile,
	type Milestone,
	type Metrics,
	type ResearchEntry,
	type Update
} from './schema';
import { endOfMonth } from './dates';
import { quoteProblem, type Covers, type SourceText } from './source-text';
import { QUOTE_EN_HINT, describeIssue, entryId, fieldOf, schemaIssues } from './valibot-issues';
import { CAMPAIGN_IDS, LAYER_IDS, type LayerId } from './vocabulary';
import {
	RESEARCH_LOG_FILE,
	UPDATES_FILE,
	validateResearchLog,
	validateUpdates,
	type Subject
} from './validate-updates';

export { RESEARCH_LOG_FILE, UPDATES_FILE };

export interface GeodataFiles {
	/** Layer files by file name, e.g. "schools.geojson". */
	layers: Record<string, unknown>;
	records: unknown;
	updates: unknown;
	research: unknown;
	/** Source documents by id; quotes are checked against those with a text. */
	sources: Record<string, SourceText | null>;
}

export interface Geodata {
	features: ProjectFeature[];
	records: DistrictRecord[];
	updates: Update[];
	research: ResearchEntry[];
}

export interface GeodataIssue {
	file: string;
	/** Feature, record or update id ("#3" for the fourth entry when it has no usable id). */
	id?: string;
	field?: string;
	message: string;
}

export const RECORDS_FILE = 'records.json';

const KIND_OF_FILE: Record<string, string> = {
	[RECORDS_FILE]: 'record',
	[UPDATES_FILE]: 'update',
	[RESEARCH_LOG_FILE]: 'entry for'
};

export function formatIssue({ file, id, field, message }: GeodataIssue): string {
	const what = id === undefined ? '' : ` ${KIND_OF_FILE[file] ?? 'feature'} "${id}":`;
	return `geodata/${file}:${what} ${field ? `${field} ` : ''}${message}`;
}

/** Date windows must match their stated precision (the date rules in geodata/README.md). */
function precisionProblem(m: Milestone): string | undefined {
	const dueDay = m.due.slice(8);
	switch (m.precision) {
		case 'month':
			if (m.due !== endOfMonth(m.due)) return `due ${m.due} is not the last day of its month`;
			break;
		case 'early-month':
			if (
				!m.start ||
				m.start.slice(8) !== '01' ||
				dueDay !== '10' ||
				m.start.slice(0, 7) !== m.due.slice(0, 7)
			)
				return `an early-month window runs from day 1 (start) to day 10 (due) of one month`;
			break;
		case 'half-year':
			if (!/-(06-30|12-31)$/.test(m.due)) return `due ${m.due} is not the end of a half-year`;
			break;
		case 'year':
			if (!m.due.endsWith('-12-31')) return `due ${m.due} is not the end of a year`;
			break;
		case 'month-range':
			if (!m.start || m.start.slice(8) !== '01' || m.due !== endOfMonth(m.due))
				return `a month-range window runs from the first day of a month (start) to the last day of a month (due)`;
			break;
	}
	if (m.start && m.precision !== 'early-month' && m.precision !== 'month-range')
		return `start is only for early-month and month-range windows`;
	return undefined;
}

interface Quoted {
	field: string;
	quote: string;
	/** What the quote backs and so must contain (geodata/README.md, "Quotes"). */
	covers?: Covers;
}

function quotesOf(milestones: Milestone[], metrics: Metrics): Quoted[] {
	return [
		...milestones.map((m, i) => ({
			field: `milestones[${i}].quote`,
			quote: m.quote,
			// A deadline of the whole year is stated once ("今年,市北区将…") for the list that follows it.
			covers: {
				anyOf: [m.phrase],
				what: 'its deadline phrase',
				statedBefore: m.precision === 'year'
			}
		})),
		...Object.entries(metrics).map(([key, metric]) => ({
			field: `metrics.${key}.quote`,
			quote: metric!.quote,
			covers: {
				anyOf: [...new Set([metric!.phrase, ...(metric!.phrase.match(/\d+(?:\.\d+)?/) ?? [])])],
				what: 'its phrase or number'
			}
		}))
	];
}

export function validateGeodata(files: GeodataFiles): { issues: GeodataIssue[]; data: Geodata } {
	const issues: GeodataIssue[] = [];
	const features: ProjectFeature[] = [];
	const records: DistrictRecord[] = [];
	const fileOfId = new Map<string, string>();
	// Ids of every feature entry, valid or not, so one broken feature does not also break references to it.
	const featureIds = new Set<string>();

	const claimId = (file: string, id: string) => {
		const first = fileOfId.get(id);
		if (first) {
			issues.push({
				file,
				id,
				field: 'id',
				message: `is not unique: also used in geodata/${first}`
			});
		} else fileOfId.set(id, file);
	};

	const checkQuotes = (file: string, id: string, doc: string, quoted: Quoted[]) => {
		const source = files.sources[doc];
		if (source === undefined) {
			issues.push({
				file,
				id,
				field: 'source.doc',
				message: `"${doc}" is not a known source (geodata/sources/sources.json)`
			});
			return;
		}
		for (const { field, quote, covers } of quoted) {
			const message = source
				? quoteProblem(quote, source, doc, covers)
				: `source "${doc}" has no text to quote from`;
			if (message) issues.push({ file, id, field, message });
		}
	};

	const checkMilestones = (file: string, id: string, milestones: Milestone[]) =>
		milestones.forEach((m, i) => {
			const problem = precisionProblem(m);
			if (problem) issues.push({ file, id, field: `milestones[${i}]`, message: problem });
		});

	// Layer files.
	for (const [file, json] of Object.entries(files.layers)) {
		const layer = file.replace(/\.geojson$/, '');
		if (!(LAYER_IDS as readonly string[]).includes(layer)) {
			issues.push({
				file,
				message: `is not a known layer file; layers are ${LAYER_IDS.map((l) => `${l}.geojson`).join(', ')}`
			});
			continue;
		}
		const collection = v.safeParse(LayerFile, json);
		if (!collection.success) {
			issues.push(...schemaIssues(file, undefined, collection.issues));
			continue;
		}
		collection.output.features.forEach((entry, index) => {
			const id = entryId(entry, index, true);
			featureIds.add(id);
			const parsed = v.safeParse(ProjectFeature, entry);
			if (!parsed.success) {
				issues.push(...schemaIssues(file, id, parsed.issues));
				return;
			}
			const feature = parsed.output;
			const p = feature.properties;
			claimId(file, p.id);
			if (p.layer !== (layer as LayerId))
				issues.push({
					file,
					id,
					field: 'layer',
					message: `is "${p.layer}" but the feature is in ${file}`
				});
			checkMilestones(file, id, p.milestones);
			const quoted = quotesOf(p.milestones, p.metrics);
			if (p.quote) quoted.push({ field: 'quote', quote: p.quote });
			// A feature's own quote is optional; when it is there, so is its translation, and only then.
			if (p.quote && !p.quote_en)
				issues.push({ file, id, field: 'quote_en', message: `is missing: ${QUOTE_EN_HINT}` });
			if (!p.quote && p.quote_en)
				issues.push({
					file,
					id,
					field: 'quote_en',
					message: 'translates no quote: "quote" is missing'
				});
			checkQuotes(file, id, p.source.doc, quoted);
			features.push(feature);
		});
	}
	for (const layer of LAYER_IDS) {
		if (!(`${layer}.geojson` in files.layers))
			issues.push({ file: `${layer}.geojson`, message: 'is missing' });
	}

	// District-level records.
	const recordsFile = v.safeParse(RecordsFile, files.records);
	if (!recordsFile.success) {
		issues.push(
			...recordsFile.issues.map((issue) => ({
				file: RECORDS_FILE,
				field: fieldOf(issue),
				message: describeIssue(issue)
			}))
		);
	} else {
		recordsFile.output.records.forEach((entry, index) => {
			const id = entryId(entry, index, false);
			const parsed = v.safeParse(DistrictRecord, entry);
			if (!parsed.success) {
				issues.push(...schemaIssues(RECORDS_FILE, id, parsed.issues));
				return;
			}
			const record = parsed.output;
			claimId(RECORDS_FILE, record.id);
			checkMilestones(RECORDS_FILE, id, record.milestones);
			checkQuotes(RECORDS_FILE, id, record.source.doc, [
				{ field: 'quote', quote: record.quote },
				...quotesOf(record.milestones, record.metrics)
			]);
			records.push(record);
		});
	}

	// Cross-references between features and records.
	const recordById = new Map(records.map((r) => [r.id, r]));
	for (const feature of features) {
		const { id, group, layer } = feature.properties;
		if (!group) continue;
		const record = recordById.get(group);
		const file = `${layer}.geojson`;
		if (!record)
			issues.push({
				file,
				id,
				field: 'group',
				message: `"${group}" is not a record in geodata/${RECORDS_FILE}`
			});
		else if (!record.members.includes(id))
			issues.push({
				file,
				id,
				field: 'group',
				message: `record "${group}" does not list this feature in its members`
			});
	}
	for (const record of records) {
		record.members.forEach((member, i) => {
			if (!featureIds.has(member))
				issues.push({
					file: RECORDS_FILE,
					id: record.id,
					field: `members[${i}]`,
					message: `"${member}" is not a feature id`
				});
		});
		if (record.kind === 'campaign' && !(CAMPAIGN_IDS as readonly string[]).includes(record.id))
			issues.push({
				file: RECORDS_FILE,
				id: record.id,
				field: 'id',
				message: `a campaign record's id must be a campaign id (${CAMPAIGN_IDS.join(', ')})`
			});
	}
	for (const campaign of CAMPAIGN_IDS) {
		if (recordById.get(campaign)?.kind !== 'campaign')
			issues.push({ file: RECORDS_FILE, message: `has no campaign record "${campaign}"` });
	}

	// What happened since: updates and the research log.
	const subjects = new Map<string, Subject>([
		...[...featureIds].map((id): [string, Subject] => [
			id,
			{ id, milestones: undefined, researched: false }
		]),
		...features.map((f): [string, Subject] => [
			f.properties.id,
			{
				id: f.properties.id,
				milestones: f.properties.milestones,
				researched: !f.properties.context
			}
		]),
		...records.map((r): [string, Subject] => [
			r.id,
			{ id: r.id, milestones: r.milestones, researched: true }
		])
	]);
	const checked = validateUpdates(files.updates, subjects, claimId, issues);
	const research = validateResearchLog(files.research, subjects, checked, issues);
	const { updates } = checked;

	return { issues, data: { features, records, updates, research } };
}
