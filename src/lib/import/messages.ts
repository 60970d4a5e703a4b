/**
 * What the layer import tells people: message codes with plain-data parameters, and their texts in
 * Chinese (first) and English. Texts are plain text — user-supplied values arrive already shortened
 * (see `excerpt`) and are never markup.
 */
import { formatNumber } from '$lib/i18n/format-metrics';
import type { Lang } from '$lib/i18n/messages';
import { withoutBidiControls } from './bidi';
import type { FileKind } from './file-kind';
import { ACCEPTED_EN, ACCEPTED_ZH, FILE_TEXTS } from './messages-file';

/** Where a problem is: a GeoJSON feature by its 0-based index in `features`, or a CSV line (1 = header). */
export type Location = { index: number } | { row: number };

/** Why a GeoJSON geometry object is unusable. */
export type GeometryProblem =
	| 'not-an-object'
	| 'coordinates-missing'
	| 'coordinates-malformed'
	| 'too-few-positions'
	| 'too-deeply-nested';

/** What a JSON file held instead of GeoJSON. */
export type NotGeoJsonFound =
	| 'array'
	| 'string'
	| 'number'
	| 'boolean'
	| 'null'
	| 'object'
	| 'unknown-type'
	| 'features-not-array'
	| 'topojson';

/** Where a hint of GCJ-02 was found. */
export type Gcj02ClueSource = 'file-name' | 'crs' | 'metadata' | 'property-name' | 'property-value';

export interface ImportMessageParams {
	// Refusals
	'file-too-large': { sizeMb: number; limitMb: number };
	'file-empty': Record<string, never>;
	/** The text holds U+FFFD: the file was not UTF-8 (typically a GBK CSV saved by Excel). */
	'encoding-not-utf8': Record<string, never>;
	/** The file's first bytes show it is not text: an archive, an image, a PDF or binary data. */
	'file-kind': { kind: FileKind };
	/** `extension` without the dot, lower case; '' when the file has none. */
	'format-unsupported': { extension: string };
	/** Line and column (1-based) when the browser's JSON parser reported a position. */
	'json-malformed': { line?: number; column?: number; atEnd: boolean };
	/** `type` is set for 'unknown-type'. */
	/** A literal NaN or Infinity, which JSON does not allow; line and column are 1-based. */
	'json-not-a-number': { line: number; column: number; literal: string };
	/** A number larger than a double can hold (such as 1e999), which JSON.parse reads as Infinity. */
	'json-number-out-of-range': { line: number; column: number; literal: string };
	'json-not-geojson': { found: NotGeoJsonFound; type?: string };
	'feature-invalid': { index: number };
	'geometry-unsupported': { index: number; type: string };
	'geometry-invalid': { index: number; type: string; problem: GeometryProblem };
	'coordinates-not-numbers': { index: number; example: string };
	'coordinates-out-of-range': Location & { count: number; example: string };
	'coordinates-swapped': Location & { count: number; example: string };
	'coordinates-projected': Location & { count: number; example: string };
	'too-many-features': { count: number; limit: number };
	'no-features': { skipped: number };
	'csv-header-missing': Record<string, never>;
	'csv-coordinate-columns-missing': { missing: 'lon' | 'lat' | 'both'; columns: string };
	'csv-coordinate-columns-ambiguous': { axis: 'lon' | 'lat'; columns: string };
	'csv-bad-number': { row: number; column: string; value: string };
	'csv-decimal-comma': { row: number; column: string; value: string };
	'csv-unclosed-quote': { row: number };
	// Warnings and notices (the layer is still shown)
	'features-without-geometry-skipped': { count: number };
	'geometry-collections-flattened': { count: number; parts: number };
	'rings-closed': { count: number };
	'properties-trimmed': { count: number };
	'csv-rows-without-coordinates-skipped': { count: number; firstRow: number };
	'csv-row-length-mismatch': { count: number; firstRow: number };
	/** `bbox` is "[west, south, east, north]" in degrees. */
	'outside-qingdao': { bbox: string };
	'gcj02-suspected': { source: Gcj02ClueSource; clue: string };
	'gcj02-converted': { count: number };
	/** Label for the conversion button the UI always offers; never returned by the parser. */
	'gcj02-offer': Record<string, never>;
}

export type ImportMessageCode = keyof ImportMessageParams;

export type ImportMessage = {
	[C in ImportMessageCode]: { code: C; params: ImportMessageParams[C] };
}[ImportMessageCode];

/** Refusal carried out of the readers; `parseUserLayer` turns it into `{ ok: false, error }`. */
export class Refusal extends Error {
	readonly reason: ImportMessage;
	constructor(reason: ImportMessage) {
		super(reason.code);
		this.reason = reason;
	}
}

const EXCERPT_CHARS = 60;

/**
 * A user-supplied value shortened for a message or a label: control characters (bidirectional ones
 * included, see bidi.ts) removed, at most 60 characters.
 */
export function excerpt(text: string, maxChars = EXCERPT_CHARS): string {
	// eslint-disable-next-line no-control-regex
	const clean = withoutBidiControls(text).replace(/[\u0000-\u001f\u007f]+/g, ' ');
	return clean.length > maxChars ? `${clean.slice(0, maxChars - 1)}…` : clean;
}

/** Coordinates as written in a message, e.g. `[36.07, 120.33]`; non-numbers keep their JSON form. */
export function formatCoordinates(values: readonly unknown[]): string {
	const shown = values
		.slice(0, 3)
		.map((value) =>
			typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value))
		);
	return excerpt(`[${shown.join(', ')}${values.length > 3 ? ', …' : ''}]`);
}

export type Texts = { [C in ImportMessageCode]: (params: ImportMessageParams[C]) => string };

const count = (value: number, lang: Lang) => formatNumber(value, lang);

/** ",这样的坐标共 3 个" when there are others like the first; nothing when it is the only one. */
function alsoZh(n: number, noun: string, unit: string): string {
	return n > 1 ? `，这样的${noun}共 ${count(n, 'zh')} ${unit}` : '';
}

function alsoEn(n: number, nouns: string): string {
	return n > 1 ? `; ${count(n, 'en')} ${nouns} are like this` : '';
}

/** "1 feature", "3 features". */
function nEn(n: number, noun: string): string {
	return `${count(n, 'en')} ${n === 1 ? noun : `${noun}s`}`;
}

function wasWere(n: number): string {
	return n === 1 ? 'was' : 'were';
}

function whereZh(at: Location): string {
	return 'row' in at ? `第 ${at.row} 行` : `第 ${at.index + 1} 个要素（features[${at.index}]）`;
}

function whereEn(at: Location): string {
	return 'row' in at ? `row ${at.row}` : `feature ${at.index + 1} (features[${at.index}])`;
}

const AXIS_ZH = { lon: '经度', lat: '纬度' } as const;
const AXIS_EN = { lon: 'longitude', lat: 'latitude' } as const;

const GEOMETRY_PROBLEM_ZH: Record<GeometryProblem, string> = {
	'not-an-object': '几何不是对象',
	'coordinates-missing': '缺少 "coordinates"（GeometryCollection 为 "geometries"）',
	'coordinates-malformed': '"coordinates" 的嵌套层次与几何类型不符',
	'too-few-positions': '坐标点太少（线至少 2 个点，面的每个环至少 4 个点）',
	'too-deeply-nested': 'GeometryCollection 嵌套层数过多'
};

const GEOMETRY_PROBLEM_EN: Record<GeometryProblem, string> = {
	'not-an-object': 'the geometry is not an object',
	'coordinates-missing': '"coordinates" (or "geometries" for a GeometryCollection) is missing',
	'coordinates-malformed': 'the nesting of "coordinates" does not match the geometry type',
	'too-few-positions':
		'it has too few positions (a line needs at least 2, each polygon ring at least 4)',
	'too-deeply-nested': 'GeometryCollections are nested too deeply'
};

const FOUND_ZH: Record<NotGeoJsonFound, string> = {
	array: '最外层是数组',
	string: '最外层是字符串',
	number: '最外层是数字',
	boolean: '最外层是布尔值',
	null: '最外层是 null',
	object: '最外层对象没有 "type" 成员',
	'unknown-type': '最外层对象的 "type" 不是 GeoJSON 类型',
	'features-not-array': 'FeatureCollection 的 "features" 不是数组',
	topojson: ''
};

const FOUND_EN: Record<NotGeoJsonFound, string> = {
	array: 'its top level is an array',
	string: 'its top level is a string',
	number: 'its top level is a number',
	boolean: 'its top level is a boolean',
	null: 'its top level is null',
	object: 'its top-level object has no "type" member',
	'unknown-type': 'the "type" of its top-level object is not a GeoJSON type',
	'features-not-array': 'the "features" of the FeatureCollection is not an array',
	topojson: ''
};

const CLUE_SOURCE_ZH: Record<Gcj02ClueSource, string> = {
	'file-name': '文件名',
	crs: '坐标系声明（crs）',
	metadata: '文件的说明信息',
	'property-name': '字段名',
	'property-value': '字段值'
};

const CLUE_SOURCE_EN: Record<Gcj02ClueSource, string> = {
	'file-name': 'The file name',
	crs: 'The coordinate reference (crs) member',
	metadata: 'The file’s metadata',
	'property-name': 'A field name',
	'property-value': 'A field value'
};

const zh: Texts = {
	...FILE_TEXTS.zh,
	'file-too-large': (p) =>
		`文件太大（${count(p.sizeMb, 'zh')} MB），上限为 ${p.limitMb} MB。请删去不需要的要素或属性，或简化几何后再试。`,
	'encoding-not-utf8': () =>
		'文件不是 UTF-8 编码（可能是 Excel 以 GBK 编码保存的 CSV）。请在 Excel 中用“另存为 → CSV UTF-8（逗号分隔）”保存后再试。',
	'file-empty': () => '文件是空的。请选择包含数据的 GeoJSON 或 CSV 文件。',
	'format-unsupported': (p) =>
		(p.extension ? `无法读取 “.${p.extension}” 文件。` : '无法识别此文件的格式。') + ACCEPTED_ZH,
	'json-malformed': (p) =>
		p.atEnd
			? '文件不是有效的 JSON：内容在结尾处中断，文件可能不完整。请重新导出后再试。'
			: p.line !== undefined && p.column !== undefined
				? `文件不是有效的 JSON：第 ${p.line} 行第 ${p.column} 列附近有错误（常见原因：缺少逗号或引号，或多了一个逗号）。请修正后再试。`
				: '文件不是有效的 JSON（常见原因：缺少逗号或引号，或多了一个逗号）。请用文本编辑器检查后再试。',
	'json-not-geojson': (p) =>
		p.found === 'topojson'
			? '这是 TopoJSON 文件，不是 GeoJSON。请先在 GIS 软件（如 QGIS、mapshaper）中转换为 GeoJSON 后再试。'
			: `文件是 JSON，但不是 GeoJSON：${FOUND_ZH[p.found]}${p.type ? `（“${p.type}”）` : ''}。GeoJSON 的最外层应是 "type" 为 FeatureCollection、Feature 或几何类型的对象。`,
	'feature-invalid': (p) =>
		`${whereZh(p)}不是 GeoJSON 要素（应为 "type": "Feature" 的对象）。请修正或删除它后再试。`,
	'geometry-unsupported': (p) =>
		`${whereZh(p)}的几何类型 “${p.type}” 不受支持。支持的类型：Point、MultiPoint、LineString、MultiLineString、Polygon、MultiPolygon（GeometryCollection 会拆分为这些类型）。`,
	'geometry-invalid': (p) =>
		`${whereZh(p)}的 ${p.type} 几何无效：${GEOMETRY_PROBLEM_ZH[p.problem]}。请修正或删除该要素后再试。`,
	'coordinates-not-numbers': (p) =>
		`${whereZh(p)}的坐标 ${p.example} 不是有效的数字。坐标应写成不带引号的数字，顺序为 [经度, 纬度]。`,
	'coordinates-out-of-range': (p) =>
		`${whereZh(p)}的坐标 ${p.example} 超出范围（经度应在 −180 到 180 之间，纬度应在 −90 到 90 之间）${alsoZh(p.count, '坐标', '个')}。请检查坐标列或坐标系后再试。`,
	'coordinates-swapped': (p) =>
		'row' in p
			? `${whereZh(p)}的经度、纬度看起来互换了（${p.example}）${alsoZh(p.count, '行', '行')}。青岛的经度约为 120.4，纬度约为 36.1：请检查哪一列是经度、哪一列是纬度后再试。`
			: `${whereZh(p)}的坐标 ${p.example} 看起来是 [纬度, 经度]${alsoZh(p.count, '坐标', '个')}。GeoJSON 的顺序是 [经度, 纬度]（青岛约为 [120.4, 36.1]）。请交换两者后再试。`,
	'coordinates-projected': (p) =>
		`${whereZh(p)}的坐标 ${p.example} 看起来是以米为单位的投影坐标（如 Web 墨卡托或高斯-克吕格），不是经纬度${alsoZh(p.count, '坐标', '个')}。请在 GIS 软件中导出为 WGS-84 经纬度（EPSG:4326）后再试。`,
	'too-many-features': (p) =>
		`文件中有 ${count(p.count, 'zh')} 个要素，超过上限 ${count(p.limit, 'zh')} 个。请拆分文件或只保留需要的部分后再试。`,
	'no-features': (p) =>
		p.skipped > 0
			? `文件中没有可显示的要素：${count(p.skipped, 'zh')} 个要素都没有几何。请检查导出设置后再试。`
			: '文件中没有要素。请选择包含数据的文件。',
	'csv-header-missing': () =>
		'CSV 文件的第一行应为列名（表头），例如 “名称,经度,纬度”。请添加表头后再试。',
	'csv-coordinate-columns-missing': (p) =>
		`CSV 中找不到${p.missing === 'both' ? '经度列和纬度列' : `${AXIS_ZH[p.missing]}列`}。现有的列：${p.columns}。请将坐标列命名为 “经度”、“纬度”（或 lon、lat；也可用 lng、longitude、x 和 latitude、y）后再试。`,
	'csv-coordinate-columns-ambiguous': (p) =>
		`CSV 中有多个可能的${AXIS_ZH[p.axis]}列：${p.columns}。请将要使用的那一列命名为 “${AXIS_ZH[p.axis]}” 后再试。`,
	'csv-bad-number': (p) =>
		`第 ${p.row} 行 “${p.column}” 列的值 “${p.value}” 不是数字。坐标应为十进制度数，例如 120.38。请修正或删除该行后再试。`,
	'csv-decimal-comma': (p) =>
		`第 ${p.row} 行 “${p.column}” 列的值 “${p.value}” 用逗号作小数点，暂不支持。请在导出时改用小数点（如 120.38）后再试。`,
	'csv-unclosed-quote': (p) =>
		`从第 ${p.row} 行开始的引号没有闭合，CSV 文件不完整或格式有误。请检查该行的引号后再试。`,
	'features-without-geometry-skipped': (p) =>
		`${count(p.count, 'zh')} 个要素没有几何（或几何为空），已跳过。`,
	'geometry-collections-flattened': (p) =>
		`${count(p.count, 'zh')} 个 GeometryCollection 已拆分为 ${count(p.parts, 'zh')} 个单独的要素，各自带有原要素的属性。`,
	'rings-closed': (p) => `${count(p.count, 'zh')} 个未闭合的面环已自动闭合。`,
	'properties-trimmed': (p) =>
		`${count(p.count, 'zh')} 个要素的属性过多、过长、名称不安全或含有文字方向控制符，已截短或删去一部分。`,
	'csv-rows-without-coordinates-skipped': (p) =>
		`${count(p.count, 'zh')} 行没有坐标（经纬度都为空），已跳过；第一处在第 ${p.firstRow} 行。`,
	'csv-row-length-mismatch': (p) =>
		`${count(p.count, 'zh')} 行的字段数与表头不一致（第一处在第 ${p.firstRow} 行）：缺少的字段按空值处理，多出的字段已忽略。如果数字里用了逗号作小数点，请改用小数点。`,
	'outside-qingdao': (p) =>
		`数据全部位于青岛市范围以外（数据范围 ${p.bbox}）。已照常显示；如果位置不对，请检查坐标列或坐标系。`,
	'gcj02-suspected': (p) =>
		`${CLUE_SOURCE_ZH[p.source]}中有 “${p.clue}”：这些坐标可能是 GCJ-02（高德、腾讯等地图使用的“火星坐标”），在青岛会偏东约 460 米。可以一键转换为 WGS-84。`,
	'gcj02-converted': (p) =>
		`已将 ${count(p.count, 'zh')} 个坐标从 GCJ-02 转换为 WGS-84（在青岛约向西移动 460 米）。`,
	'gcj02-offer': () => '坐标来自高德或腾讯地图？转换 GCJ-02 → WGS-84'
};

const en: Texts = {
	...FILE_TEXTS.en,
	'file-too-large': (p) =>
		`The file is too large (${count(p.sizeMb, 'en')} MB); the limit is ${p.limitMb} MB. Remove features or properties you do not need, or simplify the geometry, and try again.`,
	'encoding-not-utf8': () =>
		'The file is not UTF-8 text (perhaps a CSV that Excel saved in the GBK encoding). In Excel, use “Save As → CSV UTF-8 (Comma delimited)” and try again.',
	'file-empty': () => 'The file is empty. Choose a GeoJSON or CSV file that contains data.',
	'format-unsupported': (p) =>
		(p.extension
			? `“.${p.extension}” files cannot be read. `
			: 'The format of this file was not recognised. ') + ACCEPTED_EN,
	'json-malformed': (p) =>
		p.atEnd
			? 'The file is not valid JSON: it stops in the middle, so it may be incomplete. Export it again and retry.'
			: p.line !== undefined && p.column !== undefined
				? `The file is not valid JSON: there is an error near line ${p.line}, column ${p.column} (often a missing comma or quote, or an extra comma). Fix it and try again.`
				: 'The file is not valid JSON (often a missing comma or quote, or an extra comma). Check it in a text editor and try again.',
	'json-not-geojson': (p) =>
		p.found === 'topojson'
			? 'This is a TopoJSON file, not GeoJSON. Convert it to GeoJSON in a GIS tool (for example QGIS or mapshaper) and try again.'
			: `The file is JSON but not GeoJSON: ${FOUND_EN[p.found]}${p.type ? ` (“${p.type}”)` : ''}. GeoJSON is an object whose "type" is FeatureCollection, Feature or a geometry type.`,
	'feature-invalid': (p) =>
		`${capitalise(whereEn(p))} is not a GeoJSON feature (an object with "type": "Feature"). Fix or remove it and try again.`,
	'geometry-unsupported': (p) =>
		`${capitalise(whereEn(p))} has the geometry type “${p.type}”, which is not supported. Supported types: Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon (GeometryCollections are split into these).`,
	'geometry-invalid': (p) =>
		`The ${p.type} geometry of ${whereEn(p)} is not valid: ${GEOMETRY_PROBLEM_EN[p.problem]}. Fix or remove the feature and try again.`,
	'coordinates-not-numbers': (p) =>
		`The coordinates ${p.example} of ${whereEn(p)} are not valid numbers. Write coordinates as numbers without quotes, in the order [longitude, latitude].`,
	'coordinates-out-of-range': (p) =>
		`The coordinates ${p.example} of ${whereEn(p)} are out of range (longitude must be between −180 and 180, latitude between −90 and 90)${alsoEn(p.count, 'coordinates')}. Check the coordinate columns or the coordinate system and try again.`,
	'coordinates-swapped': (p) =>
		'row' in p
			? `Longitude and latitude look swapped in ${whereEn(p)} (${p.example})${alsoEn(p.count, 'rows')}. In Qingdao the longitude is about 120.4 and the latitude about 36.1: check which column is which and try again.`
			: `The coordinates ${p.example} of ${whereEn(p)} look like [lat, lng]${alsoEn(p.count, 'coordinates')}. GeoJSON is [lng, lat] (Qingdao is about [120.4, 36.1]). Swap them and try again.`,
	'coordinates-projected': (p) =>
		`The coordinates ${p.example} of ${whereEn(p)} look like projected coordinates in metres (such as Web Mercator or Gauss–Krüger), not longitude and latitude${alsoEn(p.count, 'coordinates')}. Export the data as WGS-84 longitude/latitude (EPSG:4326) in your GIS tool and try again.`,
	'too-many-features': (p) =>
		`The file has ${count(p.count, 'en')} features, more than the limit of ${count(p.limit, 'en')}. Split the file or keep only the part you need, and try again.`,
	'no-features': (p) =>
		p.skipped > 0
			? `There is nothing to show: ${p.skipped === 1 ? 'the only feature has no geometry' : `none of the ${count(p.skipped, 'en')} features has a geometry`}. Check the export settings and try again.`
			: 'The file has no features. Choose a file that contains data.',
	'csv-header-missing': () =>
		'The first row of a CSV file must name the columns (a header), for example “name,lon,lat”. Add a header and try again.',
	'csv-coordinate-columns-missing': (p) =>
		`No ${p.missing === 'both' ? 'longitude and latitude columns were' : `${AXIS_EN[p.missing]} column was`} found in the CSV. Its columns: ${p.columns}. Name the coordinate columns lon and lat (lng, longitude, x and latitude, y, or 经度 and 纬度 also work) and try again.`,
	'csv-coordinate-columns-ambiguous': (p) =>
		`The CSV has more than one possible ${AXIS_EN[p.axis]} column: ${p.columns}. Name the one to use “${p.axis}” and try again.`,
	'csv-bad-number': (p) =>
		`Row ${p.row}: “${p.value}” in column “${p.column}” is not a number. Coordinates must be decimal degrees, such as 120.38. Fix or remove the row and try again.`,
	'csv-decimal-comma': (p) =>
		`Row ${p.row}: “${p.value}” in column “${p.column}” uses a decimal comma, which is not supported. Export the file with decimal points (such as 120.38) and try again.`,
	'csv-unclosed-quote': (p) =>
		`A quote opened on row ${p.row} is never closed, so the CSV is incomplete or malformed. Check the quotes on that row and try again.`,
	'features-without-geometry-skipped': (p) =>
		`${nEn(p.count, 'feature')} without a geometry (or with an empty one) ${wasWere(p.count)} skipped.`,
	'geometry-collections-flattened': (p) =>
		`${nEn(p.count, 'GeometryCollection')} ${wasWere(p.count)} split into ${nEn(p.parts, 'separate feature')}, each with the properties of its original feature.`,
	'rings-closed': (p) =>
		`${nEn(p.count, 'polygon ring')} that ${wasWere(p.count)} not closed ${p.count === 1 ? 'has' : 'have'} been closed.`,
	'properties-trimmed': (p) =>
		`Properties of ${nEn(p.count, 'feature')} were too many, too long, had unsafe names or held text-direction controls; some were shortened or removed.`,
	'csv-rows-without-coordinates-skipped': (p) =>
		`${nEn(p.count, 'row')} without coordinates (both empty) ${wasWere(p.count)} skipped, the first on row ${p.firstRow}.`,
	'csv-row-length-mismatch': (p) =>
		`${nEn(p.count, 'row')} ${p.count === 1 ? 'has' : 'have'} a different number of fields from the header, the first on row ${p.firstRow}: missing fields are empty and extra fields are ignored. If numbers use decimal commas, use decimal points instead.`,
	'outside-qingdao': (p) =>
		`None of the data is in the Qingdao area (it spans ${p.bbox}). It is shown anyway; if this is the wrong place, check the coordinate columns or the coordinate system.`,
	'gcj02-suspected': (p) =>
		`${CLUE_SOURCE_EN[p.source]} mentions “${p.clue}”: these coordinates may be GCJ-02 (used by Amap/Gaode and Tencent maps), which in Qingdao puts points about 460 m east of where they are. They can be converted to WGS-84 with one click.`,
	'gcj02-converted': (p) =>
		`${nEn(p.count, 'coordinate')} ${wasWere(p.count)} converted from GCJ-02 to WGS-84 (in Qingdao, about 460 m west).`,
	'gcj02-offer': () => 'Coordinates from Amap/Gaode or Tencent? Convert GCJ-02 → WGS-84'
};

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

const TEXTS: Record<Lang, Texts> = { zh, en };

/** The message as a sentence in `lang`. */
export function formatImportMessage(message: ImportMessage, lang: Lang): string {
	// The table is keyed by code, so the text for `message.code` takes `message.params`; TypeScript
	// cannot correlate the two through the union.
	const text = TEXTS[lang][message.code] as (params: ImportMessage['params']) => string;
	return text(message.params);
}
