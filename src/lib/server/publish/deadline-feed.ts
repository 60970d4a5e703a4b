/**
 * The Atom feed of deadlines and outcomes: one entry per milestone of every project and district
 * record, and one per sourced update, optionally only one district's. A milestone's entry is "updated"
 * when a sourced update about it was dated, otherwise when the article stating it was published; its
 * content is plain text with the article's own sentence. An update's entry is dated by its source and
 * links to it.
 */
import type { DistrictRecord, Milestone, ProjectFeature, Update } from '$lib/data/schema';
import type { DistrictId, LayerId } from '$lib/data/vocabulary';
import { describeDeadline } from '$lib/i18n/deadline';
import { ACTION_LABELS, DISTRICT_LABELS, LAYER_LABELS } from '$lib/i18n/labels';
import type { Lang } from '$lib/i18n/messages';
import { formatUpdateDate, OUTCOME_LABELS } from '$lib/i18n/outcomes';
import { chinaMidnight, type AtomEntry, type AtomFeed } from './atom';
import { citation, findSource, SOURCES, type SourceInfo, type SourceRef } from './sources';
import { stableUrn } from './stable-id';

const RECORD_KIND_LABELS: Record<DistrictRecord['kind'], string> = {
	programme: '区级计划',
	campaign: '攻坚行动',
	group: '项目批次'
};

export interface DeadlineFeedInput {
	features: readonly ProjectFeature[];
	records: readonly DistrictRecord[];
	updates: readonly Update[];
	sources?: readonly SourceInfo[];
}

export interface DeadlineFeedOptions {
	/** Only this district's milestones; all when omitted. */
	district?: DistrictId;
	/** The URL of a site path, absolute when the site's origin is known (see site-url.ts). */
	url: (path: string) => string;
}

/** Where the feeds are published, per district or for all. */
export function deadlineFeedPath(district?: DistrictId): string {
	return district ? `/data/deadlines-${district}.atom` : '/data/deadlines.atom';
}

/** Something with milestones: a project feature or a district record. */
interface Subject {
	id: string;
	district: DistrictId;
	name: Record<Lang, string>;
	milestones: readonly Milestone[];
	source: SourceRef;
	/** The page that shows it. */
	path: string;
	categories: { term: string; label: string }[];
}

// Category terms are the data's own ids (geodata/README.md); labels are their Chinese names.
function district(id: DistrictId) {
	return { term: id, label: DISTRICT_LABELS[id].zh };
}
function layer(id: LayerId) {
	return { term: id, label: LAYER_LABELS[id].zh };
}

function subjects(input: DeadlineFeedInput): Subject[] {
	const fromFeatures = input.features
		.filter((f) => !f.properties.context)
		.map(({ properties: p }) => ({
			id: p.id,
			district: p.district,
			name: p.name,
			milestones: p.milestones,
			source: p.source,
			path: `/projects/${p.id}`,
			categories: [district(p.district), layer(p.layer)]
		}));
	const fromRecords = input.records.map((r) => ({
		id: r.id,
		district: r.district,
		name: r.name,
		milestones: r.milestones,
		source: r.source,
		path: `/projects#record-${r.id}`,
		categories: [district(r.district), { term: r.kind, label: RECORD_KIND_LABELS[r.kind] }]
	}));
	return [...fromFeatures, ...fromRecords];
}

function content(
	subject: Subject,
	m: Milestone,
	updates: readonly Update[],
	sources: readonly SourceInfo[]
): string {
	const lines = [
		`${subject.name.zh}：${m.text.zh}`,
		`时间节点：${m.due}（原文：${m.phrase}）`,
		`原文：“${m.quote}”`,
		`Translation of the source text: “${m.quote_en}”`,
		`${subject.name.en}: ${m.text.en}, due ${m.due} (${describeDeadline(m, 'en')}).`,
		`来源 Source: ${citation(subject.source, 'zh', sources)}`
	];
	for (const u of updates) {
		lines.push(
			`更新 Update ${u.date} (${u.outcome}): ${u.text.zh} / ${u.text.en} — ${u.source.publisher}, ${u.source.title}, ${u.source.date}, ${u.source.url}`
		);
	}
	return lines.join('\n');
}

function updateContent(subject: Subject, u: Update): string {
	const m = u.milestone === undefined ? undefined : subject.milestones[u.milestone];
	const lines = [
		`${subject.name.zh}：${OUTCOME_LABELS[u.outcome].zh}（${formatUpdateDate(u, 'zh')}）。${u.text.zh}`,
		`${subject.name.en}: ${OUTCOME_LABELS[u.outcome].en} (${formatUpdateDate(u, 'en')}). ${u.text.en}`
	];
	if (m)
		lines.push(`时间节点 Milestone: ${m.text.zh} / ${m.text.en}, ${m.due}（原文：${m.phrase}）`);
	if (u.evidence) lines.push(`原文摘句 Evidence: “${u.evidence}”`);
	lines.push(
		`来源 Source: ${u.source.publisher}《${u.source.title}》, ${u.source.date}, ${u.source.url}`
	);
	return lines.join('\n');
}

/** One entry per sourced update, oldest first. */
function updateEntries(
	input: DeadlineFeedInput,
	options: DeadlineFeedOptions,
	subjectsById: ReadonlyMap<string, Subject>
): AtomEntry[] {
	return input.updates
		.filter((u) => subjectsById.has(u.subject))
		.filter((u) => !options.district || subjectsById.get(u.subject)!.district === options.district)
		.toSorted((a, b) => a.source.date.localeCompare(b.source.date) || a.id.localeCompare(b.id))
		.map((u) => {
			const subject = subjectsById.get(u.subject)!;
			const date = chinaMidnight(u.source.date);
			return {
				id: stableUrn(`update/${u.id}`),
				title: `${u.date} · ${subject.name.zh} · ${OUTCOME_LABELS[u.outcome].zh}`,
				published: date,
				updated: date,
				links: [
					{ href: options.url(subject.path), type: 'text/html' },
					{ rel: 'related', href: u.source.url, type: 'text/html' }
				],
				categories: [
					...subject.categories,
					{ term: `update-${u.outcome}`, label: `进展：${OUTCOME_LABELS[u.outcome].zh}` }
				],
				content: updateContent(subject, u)
			};
		});
}

/** One entry per milestone, earliest deadline first (ties by title), then one per update. */
export function deadlineEntries(
	input: DeadlineFeedInput,
	options: DeadlineFeedOptions
): AtomEntry[] {
	const sources = input.sources ?? SOURCES;
	const entries: (AtomEntry & { due: string })[] = [];
	const all = subjects(input);
	for (const subject of all) {
		if (options.district && subject.district !== options.district) continue;
		const published = findSource(subject.source, sources)?.date;
		if (!published) {
			throw new Error(
				`deadline feed: "${subject.id}" cites source "${subject.source.doc}", which is not in geodata/sources/sources.json; add it there`
			);
		}
		subject.milestones.forEach((m, index) => {
			const about = input.updates
				.filter((u) => u.subject === subject.id && u.milestone === index)
				.toSorted((a, b) => a.date.localeCompare(b.date));
			const updated = about.at(-1)?.date ?? published;
			entries.push({
				due: m.due,
				id: stableUrn(`milestone/${subject.id}/${index}`),
				title: `${m.due} · ${subject.name.zh} · ${m.text.zh}`,
				published: chinaMidnight(published),
				updated: chinaMidnight(updated > published ? updated : published),
				links: [{ href: options.url(subject.path), type: 'text/html' }],
				categories: [...subject.categories, { term: m.action, label: ACTION_LABELS[m.action].zh }],
				content: content(subject, m, about, sources)
			});
		});
	}
	return [
		...entries
			.toSorted((a, b) => a.due.localeCompare(b.due) || a.title.localeCompare(b.title))
			.map(({ due: _due, ...entry }) => entry),
		...updateEntries(input, options, new Map(all.map((s) => [s.id, s])))
	];
}

/** The whole feed, for all districts or one. */
export function deadlineFeed(input: DeadlineFeedInput, options: DeadlineFeedOptions): AtomFeed {
	const entries = deadlineEntries(input, options);
	const sources = input.sources ?? SOURCES;
	const latest = [...entries.map((e) => e.updated)].sort().at(-1);
	const fallback = sources[0]?.date;
	const where = options.district ? DISTRICT_LABELS[options.district] : undefined;
	const site = options.url('/');
	return {
		id: stableUrn(`feed/${deadlineFeedPath(options.district)}`),
		title: where
			? `青岛城市更新地图 · ${where.zh}时间节点 · ${where.en} deadlines`
			: '青岛城市更新地图 · 时间节点 · Qingdao urban renewal deadlines',
		subtitle: `${where ? where.zh : '市南区、市北区'}2023年城市更新项目的每一个时间节点，附原文。Every deadline of the 2023 urban renewal programme${where ? ` of ${where.en}` : ' of Shinan and Shibei'}, with the source's own words.`,
		updated: latest ?? chinaMidnight(fallback ?? '2023-02-13'),
		authors: [
			{
				name: '青岛城市更新地图 Qingdao Urban Renewal Map',
				uri: /^https?:/.test(site) ? site : undefined
			}
		],
		links: [
			{
				rel: 'self',
				type: 'application/atom+xml',
				href: options.url(deadlineFeedPath(options.district))
			},
			{ rel: 'alternate', type: 'text/html', href: options.url('/projects') }
		],
		rights:
			'数据 CC BY 4.0，署名“青岛城市更新地图，据青岛早报2023年2月13日报道”；引文版权归原作者。Data CC BY 4.0 (attribute "Qingdao Urban Renewal Map, from 青岛早报 13 Feb 2023"); quotations remain the source\'s.',
		lang: 'zh-Hans',
		generator: 'qingdao-renewal-map',
		entries
	};
}
