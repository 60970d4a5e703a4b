/**
 * Rough text widths for laying out SVG text without a font engine: full-width (CJK) characters are
 * one em wide; Latin letters and digits are averaged from Noto Sans CJK's proportional Latin glyphs.
 * Good to about ±10 %, enough to wrap a title or size a label's background.
 */

/** Width in ems of one character. */
function charEm(char: string): number {
	const code = char.codePointAt(0)!;
	if (code >= 0x2e80 || (code >= 0x3000 && code <= 0x30ff) || (code >= 0xff01 && code <= 0xff60))
		return 1;
	if (char === ' ') return 0.26;
	if (/[il.,:;'!|·]/.test(char)) return 0.27;
	if (/[mwMW@]/.test(char)) return 0.85;
	if (/[A-Z0-9]/.test(char)) return 0.62;
	return 0.52;
}

/** Estimated width in pixels of `text` set at `fontSize` pixels. */
export function textWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const char of text) ems += charEm(char);
	return ems * fontSize;
}

/**
 * `text` broken into at most `maxLines` lines no wider than `maxWidth` pixels: Latin text breaks at
 * spaces, CJK text between any two characters. When it does not fit, the last line ends with "…".
 */
export function wrapText(
	text: string,
	fontSize: number,
	maxWidth: number,
	maxLines: number
): string[] {
	// Tokens: runs of non-space Latin characters (kept whole), single CJK characters, single spaces.
	const tokens = text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+|\s+/gu) ?? [];
	const lines: string[] = [];
	let line = '';
	for (const token of tokens) {
		const candidate = line + token;
		if (textWidth(candidate.trimEnd(), fontSize) <= maxWidth || line.trim() === '') {
			line = candidate;
			continue;
		}
		lines.push(line.trimEnd());
		line = /^\s+$/.test(token) ? '' : token;
	}
	if (line.trim()) lines.push(line.trimEnd());
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	let last = kept[maxLines - 1]!;
	while (last.length > 1 && textWidth(`${last}…`, fontSize) > maxWidth)
		last = [...last].slice(0, -1).join('');
	kept[maxLines - 1] = `${last.trimEnd()}…`;
	return kept;
}
