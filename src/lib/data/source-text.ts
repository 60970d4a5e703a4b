/**
 * The article text quotes are checked against. The stored file keeps the page layout: header lines
 * starting with "#", line breaks inside sentences, and photo captions set between two halves of a
 * sentence. A quote joins such breaks, so it is compared with the text with headers and captions
 * removed and every line break deleted — or with a caption, for quotes of a caption itself.
 *
 * A quote must be a claim, not a fragment: a whole clause, starting and ending at a clause boundary —
 * punctuation, or the start or end of a line that is not running prose cut by the page layout (a
 * heading ends without punctuation; a prose line that stops mid-sentence does not end a clause).
 */

export interface SourceText {
	/** Article text with header lines and captions removed and line breaks deleted. */
	body: string;
	/** Offsets in `body` where a line that ends a clause (a heading or a finished paragraph) ends. */
	breaks: number[];
	captions: string[];
}

/** The shortest quote: "旧城旧村改造", a campaign's name, is the shortest clause that states something. */
export const QUOTE_MIN_CHARS = 6;

/** Punctuation that ends or starts a clause, Chinese (full-width) and ASCII. */
const CLAUSE_MARKS = new Set([...'，。；：、！？“”‘’《》（）〈〉【】—…,.;:!?()"\'']);
/** ASCII marks that are a decimal point or a thousands separator between two digits. */
const NUMBER_MARKS = new Set([...',.:']);
/** A line with one of these inside it is running prose; if it ends without a mark, the layout cut it. */
const PROSE_MARKS = /[，。；,;]/;

export function normalizeSource(raw: string, captions: readonly string[]): SourceText {
	const lines = raw
		.split(/\r?\n/)
		.filter((line) => !line.startsWith('#'))
		.map((line) => line.trim())
		.filter((line) => line && !captions.includes(line));
	let body = '';
	const breaks: number[] = [];
	for (const line of lines) {
		const cutByLayout = PROSE_MARKS.test(line) && !CLAUSE_MARKS.has(line.at(-1)!);
		body += line;
		if (!cutByLayout) breaks.push(body.length);
	}
	return { body, breaks, captions: [...captions] };
}

function isMark(text: string, at: number): boolean {
	const char = text[at];
	if (char === undefined || !CLAUSE_MARKS.has(char)) return false;
	return !(
		NUMBER_MARKS.has(char) &&
		/\d/.test(text[at - 1] ?? '') &&
		/\d/.test(text[at + 1] ?? '')
	);
}

function isBoundary(text: string, at: number, breaks: readonly number[]): boolean {
	return (
		at === 0 ||
		at === text.length ||
		breaks.includes(at) ||
		isMark(text, at - 1) ||
		isMark(text, at)
	);
}

/** Where `quote` stands in the text as a whole clause: the first such offset, or -1. */
function clauseAt(text: string, quote: string, breaks: readonly number[]): number {
	for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
		if (isBoundary(text, at, breaks) && isBoundary(text, at + quote.length, breaks)) return at;
	}
	return -1;
}

/** True when `quote` occurs verbatim in the article body or in one of its captions. */
export function isVerbatim(quote: string, source: SourceText): boolean {
	return source.body.includes(quote) || source.captions.some((caption) => caption.includes(quote));
}

/** What the quote must contain, or (for a deadline of the whole year) what must come before it. */
export interface Covers {
	/** The quote contains at least one of these. */
	anyOf: string[];
	/** "the milestone's phrase", "the metric's phrase or number". */
	what: string;
	/** Also accepted when the first of `anyOf` stands anywhere before the quote in the body. */
	statedBefore?: boolean;
}

/** Why `quote` is not a whole, sufficient clause of `source` (named `doc`), or undefined when it is. */
export function quoteProblem(
	quote: string,
	source: SourceText,
	doc: string,
	covers?: Covers
): string | undefined {
	const shown = JSON.stringify(quote);
	if (!isVerbatim(quote, source)) return `${shown} is not verbatim in source "${doc}"`;
	const inBody = clauseAt(source.body, quote, source.breaks);
	const inCaption = source.captions.some((caption) => clauseAt(caption, quote, []) >= 0);
	if (inBody < 0 && !inCaption)
		return `${shown} is not a whole clause of source "${doc}" (it must start and end at punctuation or a line break)`;
	if ([...quote].length < QUOTE_MIN_CHARS)
		return `${shown} is ${[...quote].length} characters; a quote is a whole clause of at least ${QUOTE_MIN_CHARS}`;
	if (!covers || covers.anyOf.some((needle) => quote.includes(needle))) return undefined;
	const [first] = covers.anyOf;
	if (covers.statedBefore && first && inBody > 0 && source.body.lastIndexOf(first, inBody) >= 0)
		return undefined;
	const where = covers.statedBefore ? ' (nor does it stand before the quote in the source)' : '';
	return `${shown} does not contain ${covers.what} ${covers.anyOf.map((n) => JSON.stringify(n)).join(' or ')}${where}`;
}
