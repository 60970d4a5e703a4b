/**
 * Looks for a tell-tale of GCJ-02 coordinates (Amap/Gaode, Tencent: the "Mars" datum) in the text
 * around the data. The numbers alone cannot tell GCJ-02 from WGS-84 — in Qingdao they differ by only
 * about 460 m — so this is a hint for the UI, which offers the conversion whether or not it is found.
 */
import { excerpt, type Gcj02ClueSource } from './messages';
import type { DatumText } from './read-result';

/** In names (file, columns, crs) a brand alone is telling: "amap_lng", "高德坐标.csv". */
const NAME_CLUE = /gcj|amap|gaode|autonavi|高德|腾讯|tencent|火星/i;

/**
 * In values a brand alone is not: "腾讯大厦" is a building. Only the map products or the datum
 * itself count ("来源:高德地图", "GCJ-02").
 */
const VALUE_CLUE =
	/gcj|amap|gaode|autonavi|高德地图|高德坐标|腾讯地图|腾讯坐标|火星坐标|tencent ?maps?/i;

const CLUE_CHARS = 40;

export interface Gcj02Clue {
	source: Gcj02ClueSource;
	/** The text that mentions it, shortened around the match. */
	clue: string;
}

export function findGcj02Clue(texts: Iterable<DatumText>): Gcj02Clue | undefined {
	for (const { source, text } of texts) {
		const pattern = source === 'property-value' || source === 'metadata' ? VALUE_CLUE : NAME_CLUE;
		const match = pattern.exec(text);
		if (!match) continue;
		const start = Math.max(0, Math.min(match.index - 10, text.length - CLUE_CHARS));
		return { source, clue: excerpt(text.slice(start, start + CLUE_CHARS), CLUE_CHARS) };
	}
	return undefined;
}
