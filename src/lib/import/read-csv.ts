/**
 * CSV text → point features. A header row is required; the longitude and latitude columns are found
 * by name, every other column becomes a property.
 *
 * Decisions:
 * - A row whose coordinates are both empty is skipped with a warning (spreadsheets often hold places
 *   not yet located). A row with one coordinate missing or not a number is refused, naming the row:
 *   silently dropping points would misrepresent a planner's data.
 * - Decimal commas ("120,38") are refused with their own message rather than guessed at.
 * - A column's values become numbers only when every non-empty value in it is a plain decimal
 *   number without a leading zero ("0532" stays text: it is a code, not a quantity).
 * - The coordinate columns are not repeated as properties: the geometry holds them.
 */
import { MAX_FEATURES } from './limits';
import { excerpt, Refusal, type ImportMessage } from './messages';
import { parseCsv, type CsvRecord } from './parse-csv';
import type { ReadFeature, ReadResult } from './read-result';
import {
	PROPERTY_LIMITS,
	sanitiseKey,
	sanitiseString,
	type PropertyValue,
	type UserProperties
} from './sanitise-properties';

type Axis = 'lon' | 'lat';

/** Column names that say what they hold (compared trimmed and lower-cased), best first. */
const COLUMN_NAMES: Record<Axis, readonly string[]> = {
	lon: ['lon', 'lng', 'longitude', 'long', '经度', '东经'],
	lat: ['lat', 'latitude', '纬度', '北纬']
};

/** Words that mark a longer column name as a coordinate ("lng_gcj02", "wgs84Lat", "经度(°)"). */
const COLUMN_WORDS: Record<Axis, readonly string[]> = {
	lon: ['lon', 'lng', 'longitude', '经度'],
	lat: ['lat', 'latitude', '纬度']
};

/** Used only when nothing better is named: x/y often hold projected or screen coordinates. */
const FALLBACK_NAMES: Record<Axis, readonly string[]> = { lon: ['x'], lat: ['y'] };

/** A plain decimal number, optionally with an exponent: what `String(number)` writes. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
const LEADING_ZERO = /^[+-]?0\d/;

/** Column names listed in a message, at most this many. */
const MAX_LISTED_COLUMNS = 12;

function refuse(reason: ImportMessage): never {
	throw new Refusal(reason);
}

function wordsOf(name: string): string[] {
	return name
		.replace(/([a-z\d])([A-Z])/g, '$1 $2')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u);
}

function listColumns(names: readonly string[]): string {
	const shown = names.slice(0, MAX_LISTED_COLUMNS).map((name) => `“${excerpt(name, 30)}”`);
	return shown.join(', ') + (names.length > MAX_LISTED_COLUMNS ? ', …' : '');
}

/** Index of the column holding `axis`, `undefined` if there is none; refuses when several qualify. */
function findColumn(names: readonly string[], axis: Axis): number | undefined {
	const normalised = names.map((name) => name.trim().toLowerCase());
	const named = (wanted: string) => normalised.flatMap((name, i) => (name === wanted ? [i] : []));
	const hasWord = (name: string) => {
		const words = wordsOf(name);
		return COLUMN_WORDS[axis].some(
			(word) => words.includes(word) || (/\p{Script=Han}/u.test(word) && name.includes(word))
		);
	};
	const tiers = [
		...COLUMN_NAMES[axis].map(named),
		names.flatMap((name, i) => (hasWord(name) ? [i] : [])),
		...FALLBACK_NAMES[axis].map(named)
	];
	for (const matches of tiers) {
		if (matches.length > 1) ambiguous(names, matches, axis);
		if (matches.length === 1) return matches[0];
	}
	return undefined;
}

function ambiguous(names: readonly string[], matches: number[], axis: Axis): never {
	return refuse({
		code: 'csv-coordinate-columns-ambiguous',
		params: { axis, columns: listColumns(matches.map((i) => names[i] ?? '')) }
	});
}

function isBlank(record: CsvRecord): boolean {
	return record.fields.every((field) => field.trim() === '');
}

function readCoordinate(cell: string, row: number, column: string): number {
	if (DECIMAL.test(cell)) return Number(cell);
	const params = { row, column: excerpt(column, 30), value: excerpt(cell, 30) };
	return DECIMAL_COMMA.test(cell)
		? refuse({ code: 'csv-decimal-comma', params })
		: refuse({ code: 'csv-bad-number', params });
}

/** Property names for the columns (`undefined` for a column left out) and whether any was changed. */
function propertyKeys(names: readonly string[], skip: ReadonlySet<number>) {
	const keys: (string | undefined)[] = [];
	const used = new Set<string>();
	let changed = false;
	names.forEach((raw, i) => {
		if (skip.has(i)) {
			keys.push(undefined);
			return;
		}
		const base = sanitiseKey(raw.trim() || `column_${i + 1}`);
		if (base === undefined || used.size >= PROPERTY_LIMITS.maxKeys) {
			keys.push(undefined);
			changed = true;
			return;
		}
		let key = base;
		for (let n = 2; used.has(key); n += 1) key = `${base}_${n}`;
		used.add(key);
		keys.push(key);
		if (raw !== '' && key !== raw) changed = true;
	});
	return { keys, changed };
}

function isNumericColumn(rows: readonly CsvRecord[], column: number): boolean {
	let seen = false;
	for (const { fields } of rows) {
		const cell = (fields[column] ?? '').trim();
		if (cell === '') continue;
		if (!DECIMAL.test(cell) || LEADING_ZERO.test(cell)) return false;
		if (Math.abs(Number(cell)) > Number.MAX_SAFE_INTEGER) return false;
		seen = true;
	}
	return seen;
}

export function readCsv(text: string): ReadResult {
	const parsed = parseCsv(text);
	if (!parsed.ok) refuse({ code: 'csv-unclosed-quote', params: { row: parsed.unclosedQuoteLine } });

	const [header, ...rows] = parsed.records.filter((record) => !isBlank(record));
	if (!header) return refuse({ code: 'file-empty', params: {} });
	const names = header.fields.map((name) => name.trim());

	const lonColumn = findColumn(names, 'lon');
	const latColumn = findColumn(names, 'lat');
	// One column named like both ("lon/lat") cannot be read as two.
	if (lonColumn === undefined || latColumn === undefined || lonColumn === latColumn) {
		const numeric = names.filter((name) => DECIMAL.test(name)).length;
		if (numeric >= 2) refuse({ code: 'csv-header-missing', params: {} });
		const missing =
			lonColumn === latColumn || (lonColumn === undefined && latColumn === undefined)
				? 'both'
				: lonColumn === undefined
					? 'lon'
					: 'lat';
		return refuse({
			code: 'csv-coordinate-columns-missing',
			params: { missing, columns: listColumns(names) }
		});
	}
	if (rows.length > MAX_FEATURES) {
		refuse({ code: 'too-many-features', params: { count: rows.length, limit: MAX_FEATURES } });
	}

	const lonName = names[lonColumn] ?? '';
	const latName = names[latColumn] ?? '';
	const { keys, changed } = propertyKeys(names, new Set([lonColumn, latColumn]));
	const numeric = keys.map((key, i) => key !== undefined && isNumericColumn(rows, i));

	const features: ReadFeature[] = [];
	let skipped = 0;
	let firstSkippedRow = 0;
	let mismatched = 0;
	let firstMismatchedRow = 0;
	let trimmed = 0;

	for (const { line: row, fields } of rows) {
		const extra = fields.slice(names.length);
		if (fields.length < names.length || extra.some((field) => field.trim() !== '')) {
			mismatched += 1;
			firstMismatchedRow ||= row;
		}
		const lonCell = (fields[lonColumn] ?? '').trim();
		const latCell = (fields[latColumn] ?? '').trim();
		if (lonCell === '' && latCell === '') {
			skipped += 1;
			firstSkippedRow ||= row;
			continue;
		}
		const lng = readCoordinate(lonCell, row, lonName);
		const lat = readCoordinate(latCell, row, latName);

		const properties: UserProperties = {};
		let rowTrimmed = changed;
		keys.forEach((key, i) => {
			if (key === undefined) return;
			const cell = (fields[i] ?? '').trim();
			let value: PropertyValue = null;
			if (cell !== '') value = numeric[i] ? Number(cell) : sanitiseString(cell);
			if (typeof value === 'string' && value !== cell) rowTrimmed = true;
			properties[key] = value;
		});
		if (rowTrimmed) trimmed += 1;
		features.push({
			geometry: { type: 'Point', coordinates: [lng, lat] },
			properties,
			at: { row }
		});
	}

	const warnings: ImportMessage[] = [];
	if (skipped > 0) {
		warnings.push({
			code: 'csv-rows-without-coordinates-skipped',
			params: { count: skipped, firstRow: firstSkippedRow }
		});
	}
	if (mismatched > 0) {
		warnings.push({
			code: 'csv-row-length-mismatch',
			params: { count: mismatched, firstRow: firstMismatchedRow }
		});
	}
	if (trimmed > 0) warnings.push({ code: 'properties-trimmed', params: { count: trimmed } });

	return {
		features,
		skipped,
		warnings,
		// The coordinate columns are not properties, so their names are searched here ("lng_gcj02").
		datumTexts: [
			{ source: 'property-name', text: lonName },
			{ source: 'property-name', text: latName }
		]
	};
}
