/**
 * Search over project names (Chinese and English), the metro stations in the data, and the streets
 * that project names mention ("聊城路停车场" → 聊城路). Small data (≈100 entries): a scan with a simple
 * ranking — exact, then prefix, then substring — is instant and needs no library.
 */
import { geometryBounds, unionBounds } from '$lib/geo/bounds';
import type { Bounds } from '$lib/geo/types';
import type { ProjectFeature } from './schema';

export type SearchKind = 'project' | 'station' | 'street';

export interface SearchEntry {
	kind: SearchKind;
	/** Project id for projects and stations; `street:<name>` for streets. */
	key: string;
	zh: string;
	en: string;
	/** Projects the entry stands for (the project itself, or those on the street). */
	projectIds: string[];
	/** [west, south, east, north] of the located projects, if any. */
	bounds?: Bounds;
}

const STREET = /[\u4e00-\u9fff]{1,4}?(?:支路|[一二三四五六七八九]路|路|大街|步行街)/g;

/** Lower-cased, width-folded, without spaces and punctuation: "Liaocheng Rd." ≈ "liaochengrd". */
export function normalize(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s\p{P}\p{S}]+/gu, '');
}

export function buildSearchIndex(features: readonly ProjectFeature[]): SearchEntry[] {
	const entries: SearchEntry[] = features.map((f) => ({
		kind: f.properties.context ? 'station' : 'project',
		key: f.properties.id,
		zh: f.properties.name.zh,
		en: f.properties.name.en,
		projectIds: [f.properties.id],
		bounds: geometryBounds(f.geometry)
	}));
	const streets = new Map<string, ProjectFeature[]>();
	for (const f of features) {
		if (f.properties.context) continue;
		for (const [street] of f.properties.name.zh.matchAll(STREET)) {
			streets.set(street, [...(streets.get(street) ?? []), f]);
		}
	}
	const names = new Set(entries.map((e) => e.zh));
	for (const [street, onStreet] of streets) {
		if (names.has(street)) continue;
		entries.push({
			kind: 'street',
			key: `street:${street}`,
			zh: street,
			en: street,
			projectIds: onStreet.map((f) => f.properties.id),
			bounds: unionBounds(onStreet.map((f) => geometryBounds(f.geometry)))
		});
	}
	return entries;
}

const KIND_ORDER: Record<SearchKind, number> = { street: 0, station: 1, project: 2 };

export function search(index: readonly SearchEntry[], query: string, limit = 8): SearchEntry[] {
	const q = normalize(query);
	if (!q) return [];
	const ranked: { entry: SearchEntry; rank: number }[] = [];
	for (const entry of index) {
		let rank = Infinity;
		for (const name of [entry.zh, entry.en]) {
			const n = normalize(name);
			if (n === q) rank = Math.min(rank, 0);
			else if (n.startsWith(q)) rank = Math.min(rank, 1);
			else if (n.includes(q)) rank = Math.min(rank, 2);
		}
		if (rank < Infinity) ranked.push({ entry, rank });
	}
	return ranked
		.sort(
			(a, b) =>
				a.rank - b.rank ||
				KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] ||
				a.entry.zh.length - b.entry.zh.length ||
				a.entry.key.localeCompare(b.entry.key)
		)
		.slice(0, limit)
		.map((r) => r.entry);
}
