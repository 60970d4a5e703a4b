/**
 * A compact RFC 4180 reader: quoted fields may hold the separator, line breaks and doubled quotes;
 * records end at CRLF, LF or a lone CR. Written here rather than added as a dependency because the
 * import needs only this much (about 60 lines) plus the line number of every record for its messages.
 *
 * Lenient where RFC 4180 is strict, as spreadsheet exports are: a quote inside an unquoted field is
 * kept as a character, and text after a closing quote is appended to the field.
 */

export const CSV_SEPARATORS = [',', ';', '\t'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

export interface CsvRecord {
	/** 1-based line on which the record starts, as an editor or spreadsheet shows it. */
	line: number;
	fields: string[];
}

export type CsvParseResult =
	| { ok: true; separator: CsvSeparator; records: CsvRecord[] }
	| { ok: false; unclosedQuoteLine: number };

/** The separator that occurs most often, outside quotes, on the first line; comma on a tie or none. */
export function detectSeparator(text: string): CsvSeparator {
	const seen: Record<CsvSeparator, number> = { ',': 0, ';': 0, '\t': 0 };
	let inQuotes = false;
	for (const char of text) {
		if (char === '"') inQuotes = !inQuotes;
		else if (!inQuotes && (char === '\n' || char === '\r')) break;
		else if (!inQuotes && (char === ',' || char === ';' || char === '\t')) seen[char] += 1;
	}
	// Earlier entries win ties, so a file without any separator is read as one comma-separated column.
	return CSV_SEPARATORS.reduce((best, candidate) =>
		seen[candidate] > seen[best] ? candidate : best
	);
}

export function parseCsv(text: string, separator = detectSeparator(text)): CsvParseResult {
	const records: CsvRecord[] = [];
	let fields: string[] = [];
	let line = 1;
	let recordLine = 1;
	let i = 0;
	const n = text.length;

	while (i < n) {
		let field = '';
		if (text[i] === '"') {
			const quoteLine = line;
			i += 1;
			for (;;) {
				const quote = text.indexOf('"', i);
				if (quote === -1) return { ok: false, unclosedQuoteLine: quoteLine };
				const chunk = text.slice(i, quote);
				line += countLineBreaks(chunk);
				field += chunk;
				if (text[quote + 1] === '"') {
					field += '"';
					i = quote + 2;
				} else {
					i = quote + 1;
					break;
				}
			}
		}
		const end = findFieldEnd(text, i, separator);
		field += text.slice(i, end);
		fields.push(field);
		i = end;

		if (i < n && text[i] === separator) {
			i += 1;
			if (i < n) continue;
			// The text ends with a separator: the record ends with an empty field.
			fields.push('');
		} else if (i < n) {
			// A line break; CRLF counts as one.
			i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
			line += 1;
		}
		records.push({ line: recordLine, fields });
		fields = [];
		recordLine = line;
	}
	return { ok: true, separator, records };
}

function findFieldEnd(text: string, from: number, separator: string): number {
	let i = from;
	while (i < text.length) {
		const char = text[i];
		if (char === separator || char === '\n' || char === '\r') return i;
		i += 1;
	}
	return i;
}

function countLineBreaks(text: string): number {
	return (text.match(/\r\n|\r|\n/g) ?? []).length;
}
