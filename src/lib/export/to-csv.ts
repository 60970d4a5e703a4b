/**
 * Tables as CSV text (RFC 4180): fields separated by commas, records ended by CRLF (the last one
 * too), a field quoted when it holds a comma, a double quote, CR or LF, with quotes inside doubled.
 * The text starts with a UTF-8 byte-order mark: without it Excel on Windows reads the file in the
 * system's ANSI code page (GBK on Chinese Windows) and garbles Chinese names.
 *
 * A text cell starting with `=`, `+`, `-`, `@`, tab or CR is prefixed with an apostrophe, so that a
 * spreadsheet shows it as text instead of running it as a formula (OWASP, "CSV Injection"); so is
 * one that reaches such a character, or its full-width form `＝＋－＠` (which some spreadsheets
 * read as the ASCII one), after leading spaces, tabs or line breaks, which spreadsheets may trim.
 * Numbers are written as numbers and are never prefixed, negative ones included.
 */

/** A cell: text, a number (non-finite numbers become empty cells), a boolean, or empty. */
export type CsvValue = string | number | boolean | null | undefined;

/** The UTF-8 byte-order mark, U+FEFF. */
export const CSV_BOM = '\uFEFF';

/** The media type to give a CSV download. */
export const CSV_TYPE = 'text/csv;charset=utf-8';

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uff1d\uff0b\uff0d\uff20])/;

/** One cell as CSV text. */
export function csvField(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	const text = FORMULA_START.test(value) ? `'${value}` : value;
	return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The header and rows as CSV text with a byte-order mark. Every row must have as many cells as the
 * header has names.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
	if (header.length === 0) {
		throw new RangeError('toCsv: the header is empty; give at least one column name');
	}
	const lines = [header.map(csvField).join(',')];
	rows.forEach((row, index) => {
		if (row.length !== header.length) {
			throw new RangeError(
				`toCsv: row ${index} has ${row.length} cells but the header has ${header.length} columns (${header.join(', ')}); give every row one cell per column`
			);
		}
		lines.push(row.map(csvField).join(','));
	});
	return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
