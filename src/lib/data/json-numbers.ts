/**
 * Numbers JSON cannot hold, found where they stand in the text. `JSON.parse` refuses a literal `NaN`
 * or `Infinity` without saying where (in most engines), and silently turns `1e999` into Infinity;
 * this scanner names the line and column of either, so the message can point at it. Strings are
 * skipped, so the words inside a name or a description never count.
 */

export interface NonFiniteNumber {
	/** 'not-a-number': a literal NaN or Infinity; 'out-of-range': a number too large for a double. */
	kind: 'not-a-number' | 'out-of-range';
	/** The token as written, at most 40 characters. */
	literal: string;
	/** 1-based. */
	line: number;
	/** 1-based, in UTF-16 code units from the start of the line. */
	column: number;
}

/** A number whose exponent or digits may overflow a double: only then is the text scanned for one. */
const MAY_OVERFLOW = /\d[eE]\+?\d{3}|\d{309}/;
const TOKEN = /-?(?:NaN|Infinity)|-?\d[\d.eE+-]*/y;

function locate(text: string, offset: number, kind: NonFiniteNumber['kind'], literal: string) {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	return { kind, literal: literal.slice(0, 40), line, column: offset - before.lastIndexOf('\n') };
}

/**
 * The first literal NaN/Infinity outside strings, or — when `overflow` — the first number that
 * overflows to Infinity; undefined when there is none.
 */
export function findNonFiniteNumber(text: string, overflow = true): NonFiniteNumber | undefined {
	const literalsOnly = !overflow || !MAY_OVERFLOW.test(text);
	if (literalsOnly && !/NaN|Infinity/.test(text)) return undefined;
	for (let i = 0; i < text.length; i += 1) {
		const char = text[i]!;
		if (char === '"') {
			// Skip the string, escapes included.
			for (i += 1; i < text.length && text[i] !== '"'; i += 1) if (text[i] === '\\') i += 1;
			continue;
		}
		if (char !== '-' && char !== 'N' && char !== 'I' && !(char >= '0' && char <= '9')) continue;
		TOKEN.lastIndex = i;
		const token = TOKEN.exec(text)?.[0];
		if (!token) continue;
		if (/NaN|Infinity/.test(token)) return locate(text, i, 'not-a-number', token);
		if (!literalsOnly && !Number.isFinite(Number(token)))
			return locate(text, i, 'out-of-range', token);
		i += token.length - 1;
	}
	return undefined;
}
