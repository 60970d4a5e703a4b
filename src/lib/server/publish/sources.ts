/** The documents the data cites (geodata/sources/sources.json), and how to cite one in a line of text. */
import file from '$geodata/sources/sources.json';
import type { ProjectProperties } from '$lib/data/schema';
import type { DistrictId } from '$lib/data/vocabulary';
import type { Lang } from '$lib/i18n/messages';

export interface SourceInfo {
	id: string;
	publisher: Record<Lang, string>;
	/** Publication date, YYYY-MM-DD. */
	date: string;
	reports?: Partial<Record<DistrictId, { title: string; byline: string }>>;
}

/** Which document (and which of its reports) a feature or record comes from. */
export type SourceRef = ProjectProperties['source'];

export const SOURCES: readonly SourceInfo[] = file.sources;

export function findSource(
	ref: SourceRef,
	sources: readonly SourceInfo[] = SOURCES
): SourceInfo | undefined {
	return sources.find((s) => s.id === ref.doc);
}

/** "青岛早报 / 观海新闻,2023-02-13,《市北:…》" / "Qingdao Morning Post / Guanhai News, 2023-02-13, “市北:…”". */
export function citation(
	ref: SourceRef,
	lang: Lang,
	sources: readonly SourceInfo[] = SOURCES
): string {
	const source = findSource(ref, sources);
	if (!source) return ref.doc;
	const report = ref.report ? source.reports?.[ref.report] : undefined;
	return CITATION[lang](source.publisher[lang], source.date, report?.title);
}

const CITATION: Record<Lang, (publisher: string, date: string, title?: string) => string> = {
	zh: (publisher, date, title) => `${publisher},${date}${title ? `,《${title}》` : ''}`,
	en: (publisher, date, title) => `${publisher}, ${date}${title ? `, “${title}”` : ''}`
};
