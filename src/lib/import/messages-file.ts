/**
 * Texts of the messages about what a file is (not text at all) and about numbers JSON cannot hold;
 * `messages.ts` holds the rest and joins these in.
 */
import type { Lang } from '$lib/i18n/messages';
import type { FileKind } from './file-kind';
import type { Texts } from './messages';

export const ACCEPTED_ZH = '请导出为 GeoJSON（.geojson）或带经纬度列的 CSV（.csv）后再试。';
export const ACCEPTED_EN =
	'Export the data as GeoJSON (.geojson) or as CSV (.csv) with longitude and latitude columns, and try again.';

type FileTexts = Pick<Texts, 'file-kind' | 'json-not-a-number' | 'json-number-out-of-range'>;

const KIND_ZH: Record<FileKind, string> = {
	zip: '',
	png: '这是一张 PNG 图片，不是地图数据。',
	jpeg: '这是一张 JPEG 图片，不是地图数据。',
	gif: '这是一张 GIF 图片，不是地图数据。',
	webp: '这是一张 WebP 图片，不是地图数据。',
	pdf: '这是一个 PDF 文档，不是地图数据。',
	binary: '这是一个二进制文件（含有空字节），不是 GeoJSON 或 CSV 文本。'
};

const KIND_EN: Record<FileKind, string> = {
	zip: '',
	png: 'This is a PNG image, not map data.',
	jpeg: 'This is a JPEG image, not map data.',
	gif: 'This is a GIF image, not map data.',
	webp: 'This is a WebP image, not map data.',
	pdf: 'This is a PDF document, not map data.',
	binary: 'This is a binary file (it contains NUL bytes), not GeoJSON or CSV text.'
};

export const FILE_TEXTS: Record<Lang, FileTexts> = {
	zh: {
		'file-kind': (p) =>
			p.kind === 'zip'
				? '这是一个 ZIP 压缩包（可能是压缩的 Shapefile 或 .xlsx 工作簿），不是 GeoJSON 或 CSV 文本。请先解压；若其中是 Shapefile 或 Excel 表格，请导出为 GeoJSON，或用“另存为 → CSV UTF-8（逗号分隔）”保存后再试。'
				: KIND_ZH[p.kind] + ACCEPTED_ZH,
		'json-not-a-number': (p) =>
			`文件不是有效的 JSON：第 ${p.line} 行第 ${p.column} 列的 “${p.literal}” 不是 JSON 允许的数字。请改为数字，或在该值缺失时写 null，然后再试。`,
		'json-number-out-of-range': (p) =>
			`第 ${p.line} 行第 ${p.column} 列的数字 “${p.literal}” 超出范围（大于任何可表示的数）。请改为正确的数值后再试。`
	},
	en: {
		'file-kind': (p) =>
			p.kind === 'zip'
				? 'This is a ZIP archive (perhaps a zipped shapefile or an .xlsx workbook), not GeoJSON or CSV text. Unzip it; if it holds a shapefile or a spreadsheet, export GeoJSON, or save as “CSV UTF-8 (Comma delimited)”, and try again.'
				: `${KIND_EN[p.kind]} ${ACCEPTED_EN}`,
		'json-not-a-number': (p) =>
			`The file is not valid JSON: “${p.literal}” at line ${p.line}, column ${p.column} is not a number JSON allows. Write a number, or null where the value is missing, and try again.`,
		'json-number-out-of-range': (p) =>
			`The number “${p.literal}” at line ${p.line}, column ${p.column} is out of range (larger than any number that can be represented). Write the intended value and try again.`
	}
};
