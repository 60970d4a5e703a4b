/**
 * Search over project names (Chinese and English), the metro stations in the data, and the streets
 * that project names mention ("聊城路停车场" → 聊城路), and by category: a word naming a layer in
 * either language (its label, or a kind of project it holds: 小学 for schools) finds the whole
 * layer. Small data (≈100 entries): a scan with a simple ranking — exact, then prefix, then
 * substring, then category — is instant and needs no library.
 */
import CheapRuler from 'cheap-ruler';
import { boundsCenter, geometryBounds, unionBounds } from '$lib/geo/bounds';
import type { Bounds, LngLat } from '$lib/geo/types';
import type { ProjectFeature } from './schema';
import type { LayerId } from './vocabulary';

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
	/** The layer of a project or station. */
	layer?: LayerId;
}

/**
 * The words that name a layer, in every language, as the interface's dictionaries give them
 * (i18n builds them from the layer labels and the kinds of project each layer holds).
 */
export interface CategoryWords {
	layer: LayerId;
	words: readonly string[];
}

// A street's name does not begin with a word that joins two of them ("台东三路至登州路").
const STREET =
	/(?:(?![至到与和及])[\u4e00-\u9fff]){1,4}?(?:支路|[一二三四五六七八九]路|路|大街|步行街)/g;

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
		bounds: geometryBounds(f.geometry),
		layer: f.properties.layer
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

const HAN = /\p{Script=Han}/u;

/**
 * The layers a query names. A Chinese query of two characters or more names a layer when one of its
 * words contains it (绿道 → 公园绿道); a Latin one of three letters or more when a word begins with
 * it (school → schools), so short fragments ("is", "ark") name nothing.
 */
export function layersNamed(query: string, categories: readonly CategoryWords[]): Set<LayerId> {
	const q = normalize(query);
	const named = new Set<LayerId>();
	if (q.length < 2 || (!HAN.test(q) && q.length < 3)) return named;
	for (const { layer, words } of categories) {
		for (const word of words) {
			const w = normalize(word);
			if (w === q || (HAN.test(q) ? w.includes(q) : w.startsWith(q))) named.add(layer);
		}
	}
	return named;
}

/** Every entry a query finds, with its rank (0 best); categories rank after any name. */
function rankAll(
	index: readonly SearchEntry[],
	query: string,
	categories: readonly CategoryWords[]
): { entry: SearchEntry; rank: number }[] {
	const q = normalize(query);
	if (!q) return [];
	const layers = layersNamed(query, categories);
	const ranked: { entry: SearchEntry; rank: number }[] = [];
	for (const entry of index) {
		let rank = Infinity;
		for (const name of [entry.zh, entry.en]) {
			const n = normalize(name);
			if (n === q) rank = Math.min(rank, 0);
			else if (n.startsWith(q)) rank = Math.min(rank, 1);
			else if (n.includes(q)) rank = Math.min(rank, 2);
		}
		if (entry.layer && layers.has(entry.layer)) rank = Math.min(rank, 3);
		if (rank < Infinity) ranked.push({ entry, rank });
	}
	return ranked;
}

export function search(
	index: readonly SearchEntry[],
	query: string,
	limit = 8,
	categories: readonly CategoryWords[] = []
): SearchEntry[] {
	return rankAll(index, query, categories)
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

/** Ids of every project a query finds: by name, by a street it lies on, or by its category. */
export function matchingProjectIds(
	index: readonly SearchEntry[],
	query: string,
	categories: readonly CategoryWords[] = []
): Set<string> {
	return new Set(rankAll(index, query, categories).flatMap(({ entry }) => entry.projectIds));
}

/** The middle of an entry's box: where "near me" goes when the entry is chosen as a place. */
export function entryCenter(entry: SearchEntry): LngLat | undefined {
	return entry.bounds && boundsCenter(entry.bounds);
}

/**
 * The entry whose middle lies within `toleranceM` metres of `at` (the nearest one), so a place chosen
 * from the search keeps its name, in a link too (whose coordinates are rounded to about a metre).
 * Stations come before projects and streets at the same spot.
 */
export function entryAt(
	index: readonly SearchEntry[],
	at: LngLat,
	toleranceM = 5
): SearchEntry | undefined {
	const order: Record<SearchKind, number> = { station: 0, project: 1, street: 2 };
	const ruler = new CheapRuler(at[1], 'meters');
	let best: { entry: SearchEntry; distanceM: number } | undefined;
	for (const entry of index) {
		const center = entryCenter(entry);
		if (!center) continue;
		const distanceM = ruler.distance(at, center);
		if (distanceM > toleranceM) continue;
		if (
			!best ||
			distanceM < best.distanceM - 0.5 ||
			(Math.abs(distanceM - best.distanceM) <= 0.5 && order[entry.kind] < order[best.entry.kind])
		)
			best = { entry, distanceM };
	}
	return best?.entry;
}
