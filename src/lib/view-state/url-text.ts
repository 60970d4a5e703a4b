/**
 * Tolerant reading of URL parameter text. Shared links pass through chat apps, mail clients and hand
 * edits: they arrive double-encoded, with full-width characters from Chinese input methods, with the
 * sentence's closing punctuation glued to the last value, or cut off. These helpers undo the harmless
 * damage and return `undefined` for the rest; none of them throws.
 */

/** Longest value read; anything longer is not a view parameter someone wrote (a mangled URL). */
export const MAX_VALUE_LENGTH = 2000;

const PERCENT_ESCAPE = /%[0-9a-f]{2}/i;
/**
 * Quotes and brackets around a value, and a sentence's punctuation after it (。 is not touched by NFKC).
 * ">" only trails: it closes a link written as <https://…> in plain-text mail.
 */
const LEADING_JUNK = /^[\s'"`([{]+/u;
const TRAILING_JUNK = /[\s'"`>)\]}.,;:!?。、]+$/u;

/**
 * A parameter value trimmed, lower-cased and NFKC-normalised (full-width "ｍｅｔｒｏ，１" → "metro,1"), with
 * one more level of percent-decoding when the link was encoded twice. `undefined` for a missing, empty
 * or over-long value.
 */
export function cleanValue(raw: string | null | undefined): string | undefined {
	if (typeof raw !== 'string' || raw.length > MAX_VALUE_LENGTH) return undefined;
	let text = raw;
	if (PERCENT_ESCAPE.test(text)) {
		try {
			text = decodeURIComponent(text);
		} catch {
			// Not a complete escape sequence ("%E0%A4%A"): keep the text as it came.
		}
	}
	text = text.normalize('NFKC').replace(LEADING_JUNK, '').replace(TRAILING_JUNK, '').toLowerCase();
	return text === '' ? undefined : text;
}

/** Plain decimal notation, optionally with an exponent; no hex, no "Infinity", no empty string (Number('') is 0). */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/;

/** A finite number written in decimal notation, or `undefined`. */
export function parseDecimal(text: string | undefined): number | undefined {
	if (text === undefined || !DECIMAL.test(text)) return undefined;
	const value = Number(text);
	return Number.isFinite(value) ? value : undefined;
}

/** List items: split on commas (also 、 and whitespace, which "+" becomes), empty items dropped. */
export function splitList(text: string): string[] {
	return text.split(/[\s,、;|]+/u).filter((item) => item !== '');
}

/**
 * `params.toString()`, but with "," and "/" left as they are: they are legal in a query string, and
 * `map=13.25/36.07120/120.33010` reads better in a shared link than `map=13.25%2F36.07120%2F120.33010`.
 * Safe because the form encoding writes a literal "%" as "%25", so every "%2C" or "%2F" it outputs is
 * an escaped comma or slash.
 */
export function formatSearch(params: URLSearchParams): string {
	return params.toString().replace(/%2C/g, ',').replace(/%2F/g, '/');
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 80;

/** An id as the data writes them ("xiaogang-station", at most 80 characters), or `undefined`. */
export function slugValue(text: string | undefined): string | undefined {
	return text !== undefined && text.length <= MAX_SLUG_LENGTH && SLUG.test(text) ? text : undefined;
}
