/**
 * The article text quotes are checked against. The stored file keeps the page layout: header lines
 * starting with "#", line breaks inside sentences, and photo captions set between two halves of a
 * sentence. A quote joins such breaks, so it is compared with the text with headers and captions
 * removed and every line break deleted — or with a caption, for quotes of a caption itself.
 */

export interface SourceText {
	/** Article text with header lines and captions removed and line breaks deleted. */
	body: string;
	captions: string[];
}

export function normalizeSource(raw: string, captions: readonly string[]): SourceText {
	const lines = raw
		.split(/\r?\n/)
		.filter((line) => !line.startsWith('#'))
		.map((line) => line.trim())
		.filter((line) => !captions.includes(line));
	return { body: lines.join(''), captions: [...captions] };
}

/** True when `quote` occurs verbatim in the article body or in one of its captions. */
export function isVerbatim(quote: string, source: SourceText): boolean {
	return source.body.includes(quote) || source.captions.some((caption) => caption.includes(quote));
}
