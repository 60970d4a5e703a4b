/** Punctuation that differs by language: Chinese puts a full-width colon, without a space, after a label. */
import type { Lang } from './messages';

/** What follows a label before its value: "来源：…", "Source: …". */
export const COLON: Record<Lang, string> = { zh: '：', en: ': ' };

/** Brackets around an aside: full-width in Chinese. */
export const BRACKETS: Record<Lang, readonly [string, string]> = {
	zh: ['（', '）'],
	en: ['(', ')']
};

/** Between two parts of a sentence, and between two items that may have commas of their own (metrics in a list). */
export const COMMA: Record<Lang, string> = { zh: '，', en: ', ' };
export const SEMICOLON: Record<Lang, string> = { zh: '；', en: '; ' };

/** An aside in brackets after a word: "数据（GeoJSON）", "data (GeoJSON)". */
export function aside(text: string, lang: Lang): string {
	const [open, close] = BRACKETS[lang];
	return `${lang === 'en' ? ' ' : ''}${open}${text}${close}`;
}
