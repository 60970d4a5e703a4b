/**
 * A small RFC 4180 writer: fields holding a comma, a double quote, CR or LF are quoted and inner quotes
 * doubled; records end with CRLF. Written here rather than added as a dependency because it is a dozen
 * lines; the reader it must round-trip with is `$lib/import/parse-csv`.
 */

/** One cell: text as is, numbers in plain decimal notation, null or undefined as an empty field. */
export type CsvCell = string | number | null | undefined;

export interface CsvOptions {
	/** Start with a UTF-8 byte order mark, so Excel reads the file as UTF-8 (Chinese names). */
	bom: boolean;
}

const DEFAULTS: CsvOptions = {
	bom: true // Excel opens a BOM-less CSV in the system's legacy code page and garbles 中文
};

const NEEDS_QUOTES = /[",\r\n]/;

function field(cell: CsvCell): string {
	if (cell === null || cell === undefined) return '';
	if (typeof cell === 'number') {
		if (!Number.isFinite(cell)) throw new RangeError(`toCsv: ${cell} is not a finite number`);
		// Plain digits: 61200000000, not 6.12e10, which spreadsheets would read as text or round.
		return cell.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
	}
	return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/**
 * CSV text of a header row and data rows. Every row must have as many cells as the header.
 * @throws RangeError naming the row when a row's length differs from the header's.
 */
export function toCsv(
	header: readonly string[],
	rows: readonly (readonly CsvCell[])[],
	options: Partial<CsvOptions> = {}
): string {
	const { bom } = { ...DEFAULTS, ...options };
	const lines = [header.map(field).join(',')];
	rows.forEach((row, index) => {
		if (row.length !== header.length) {
			throw new RangeError(
				`toCsv: row ${index + 1} has ${row.length} cells but the header has ${header.length}; give every row one cell per column (null for empty)`
			);
		}
		lines.push(row.map(field).join(','));
	});
	return `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
