/** A value for every interface language, so a table built from other tables misses none. */
import { LANGS, type Lang } from './messages';

export function byLang<T>(value: (lang: Lang) => T): Record<Lang, T> {
	return Object.fromEntries(LANGS.map((lang) => [lang, value(lang)])) as Record<Lang, T>;
}
