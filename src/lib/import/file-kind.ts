/**
 * What a dropped file really is, from its first bytes and then its name: a zip archive, an image,
 * a PDF or other binary data is named as such (telling someone "not UTF-8" about a zipped shapefile
 * misleads), and text is read as JSON or CSV. The format decisions are listed in parse-user-layer.ts.
 */
import { Refusal, type ImportMessage } from './messages';

/** A file that is not text, recognised by its signature ("magic number") or by NUL bytes. */
export type FileKind = 'zip' | 'png' | 'jpeg' | 'gif' | 'webp' | 'pdf' | 'binary';

/** Bytes looked at: signatures are at the start, and text has no NUL in its first kilobyte. */
const HEAD_BYTES = 1024;

/** Signatures; `null` matches any byte (the size field of a RIFF header). */
const SIGNATURES: [Exclude<FileKind, 'binary'>, (number | null)[]][] = [
	['zip', [0x50, 0x4b, 0x03, 0x04]],
	// An empty or spanned zip archive.
	['zip', [0x50, 0x4b, 0x05, 0x06]],
	['zip', [0x50, 0x4b, 0x07, 0x08]],
	['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
	['jpeg', [0xff, 0xd8, 0xff]],
	['gif', [0x47, 0x49, 0x46, 0x38]],
	['webp', [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50]],
	['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]]
];

/**
 * The kind of a file that is not text, from its first bytes (or, for text already decoded, its
 * first UTF-16 code units: the zip, GIF and PDF signatures and NUL survive decoding), or
 * undefined for what may be text.
 */
export function sniffFileKind(head: ArrayLike<number>): FileKind | undefined {
	for (const [kind, signature] of SIGNATURES) {
		if (signature.every((byte, i) => byte === null || head[i] === byte)) return kind;
	}
	const length = Math.min(head.length, HEAD_BYTES);
	for (let i = 0; i < length; i += 1) if (head[i] === 0) return 'binary';
	return undefined;
}

/** The first code units of `text`, to sniff text that was decoded before it reached the parser. */
export function codeUnitsOf(text: string): number[] {
	return Array.from(text.slice(0, HEAD_BYTES), (char) => char.charCodeAt(0));
}

function refuse(reason: ImportMessage): never {
	throw new Refusal(reason);
}

const JSON_EXTENSIONS = new Set(['geojson', 'json', 'topojson']);
const CSV_EXTENSIONS = new Set(['csv', 'tsv', 'txt']);
/** Formats people commonly try, refused up front with advice to export GeoJSON or CSV. */
const UNSUPPORTED_EXTENSIONS = new Set([
	...['kml', 'kmz', 'gpx', 'shp', 'shx', 'dbf', 'prj', 'cpg', 'gpkg', 'mbtiles', 'pbf', 'mvt'],
	...['xlsx', 'xlsm', 'xls', 'ods', 'numbers', 'doc', 'docx', 'pdf', 'dwg', 'dxf'],
	...['zip', 'rar', '7z', 'gz', 'png', 'jpg', 'jpeg', 'tif', 'tiff']
]);

function extensionOf(name: string): string {
	const match = /\.([^./\\]+)$/.exec(name);
	return match?.[1]?.toLowerCase() ?? '';
}

/** JSON or CSV, from the file's name and its text; refuses formats it cannot read. */
export function detectFormat(name: string, text: string): 'json' | 'csv' {
	const extension = extensionOf(name);
	const unsupported = { code: 'format-unsupported', params: { extension } } as const;
	if (UNSUPPORTED_EXTENSIONS.has(extension)) refuse(unsupported);
	const head = text.slice(0, HEAD_BYTES);
	const first = head.trimStart()[0];
	if (JSON_EXTENSIONS.has(extension) || first === '{' || first === '[') return 'json';
	// XML: KML, GPX, or a web page saved by mistake.
	if (first === '<') refuse(unsupported);
	if (CSV_EXTENSIONS.has(extension)) return 'csv';
	const firstLine = head.split(/\r?\n|\r/, 1)[0] ?? '';
	return /[,;\t]/.test(firstLine) ? 'csv' : refuse(unsupported);
}
