/** How each interface language is named to the browser and to Intl, and which one the switch offers. */
import type { Lang } from './messages';

/** The `lang` attribute: simplified Chinese script, so fonts and line breaking are right. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-Hans', en: 'en' };

/** The locale Intl formats numbers and dates in (British English: day before month). */
export const INTL_LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

/** The language the switch offers, and the one a name is repeated in beside the reader's. */
export const OTHER_LANG: Record<Lang, Lang> = { zh: 'en', en: 'zh' };

/**
 * A link to another page that keeps the reader's language. The pages are prerendered in the default
 * language and, once they run, read `?lang=`, else the browser's language: so the language travels in
 * every link, the default one too (a reader who chose Chinese on an English browser stays in Chinese).
 */
export function withLang(href: string, lang: Lang): string {
	const hash = href.indexOf('#');
	const [path, fragment] = hash < 0 ? [href, ''] : [href.slice(0, hash), href.slice(hash)];
	return `${path}${path.includes('?') ? '&' : '?'}lang=${lang}${fragment}`;
}
