/**
 * The geodata files' own JSON layout, kept on every write so that a saved file differs from the one on
 * disk only where the data changed (docs/ARCHITECTURE.md, "The maintainers' editor"). The layer files and
 * records are `JSON.stringify` with a one-space indent and a final newline; `updates.json` and the
 * research log use tabs and no final newline. Rather than a table per file, the layout is read from the
 * file itself: the indent of its second line and whether it ends in a newline.
 */

/** How a JSON file is laid out. */
export interface JsonFormat {
	/** One level of indentation: a space, two spaces, a tab… */
	indent: string;
	/** Whether the text ends with a line break. */
	finalNewline: boolean;
}

/** The layout of `text`, a JSON file written by `JSON.stringify(value, null, indent)`. */
export function detectJsonFormat(text: string): JsonFormat {
	const indent = /^[{[][^\n]*\n([ \t]+)/.exec(text)?.[1] ?? '\t';
	return { indent, finalNewline: text.endsWith('\n') };
}

/** `value` written in `format`; an unchanged value read from a file in that format comes back byte for byte. */
export function formatJson(value: unknown, format: JsonFormat): string {
	return JSON.stringify(value, null, format.indent) + (format.finalNewline ? '\n' : '');
}

/** `value` written in the layout of `previous`, the text it replaces. */
export function formatLike(previous: string, value: unknown): string {
	return formatJson(value, detectJsonFormat(previous));
}
