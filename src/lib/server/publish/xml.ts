/** XML text and attribute escaping, and removal of characters XML 1.0 cannot carry at all. */

// XML 1.0 §2.2: only TAB, LF, CR and U+0020 upwards (minus surrogates, U+FFFE, U+FFFF) are allowed.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;'
};

/** Text safe inside an element or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
	return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
