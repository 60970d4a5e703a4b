/** Which feature property a label is read from in each language, in our GeoJSON and the basemap's. */
import type { Lang } from '$lib/i18n/messages';

export const NAME_FIELD: Record<Lang, string> = { zh: 'name_zh', en: 'name_en' };

/** The style expression of a feature's name in `lang`. */
export function nameExpression(lang: Lang): ['get', string] {
	return ['get', NAME_FIELD[lang]];
}
