/**
 * Options of the chrome-less `/embed` page, read tolerantly from its URL like the view state:
 * title and caption (plain text, capped), legend on/off, interactive or static, automatic height.
 */

export interface EmbedOptions {
	title?: string;
	caption?: string;
	legend: boolean;
	interactive: boolean;
	autoHeight: boolean;
}

export const EMBED_PARAMS = ['title', 'caption', 'legend', 'interactive', 'autoheight'] as const;

/** Longest title and caption kept, in characters. */
const MAX_TEXT = 200;

function text(value: string | null): string | undefined {
	// Control characters would only garble a title; they are replaced, not rejected.
	// eslint-disable-next-line no-control-regex
	const cleaned = value?.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
	return cleaned ? cleaned.slice(0, MAX_TEXT) : undefined;
}

function flag(value: string | null, fallback: boolean): boolean {
	const v = value?.trim().toLowerCase();
	if (v === '1' || v === 'true' || v === 'yes' || v === 'on') return true;
	if (v === '0' || v === 'false' || v === 'no' || v === 'off') return false;
	return fallback;
}

export function parseEmbedOptions(params: URLSearchParams): EmbedOptions {
	return {
		title: text(params.get('title')),
		caption: text(params.get('caption')),
		legend: flag(params.get('legend'), true),
		interactive: flag(params.get('interactive'), true),
		autoHeight: flag(params.get('autoheight'), false)
	};
}

/** The embed options as URL parameters; defaults are left out. */
export function writeEmbedOptions(options: EmbedOptions): URLSearchParams {
	const params = new URLSearchParams();
	if (options.title) params.set('title', options.title.slice(0, MAX_TEXT));
	if (options.caption) params.set('caption', options.caption.slice(0, MAX_TEXT));
	if (!options.legend) params.set('legend', '0');
	if (!options.interactive) params.set('interactive', '0');
	if (options.autoHeight) params.set('autoheight', '1');
	return params;
}

export interface EmbedSize {
	id: 'full' | 'medium' | 'square';
	/** CSS width for the iframe attribute: a number of pixels or "100%". */
	width: string;
	height: number;
}

export const EMBED_SIZES: readonly EmbedSize[] = [
	{ id: 'full', width: '100%', height: 480 },
	{ id: 'medium', width: '600', height: 400 },
	{ id: 'square', width: '500', height: 500 }
];

function escapeAttribute(value: string): string {
	return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/** The HTML a journalist pastes into an article. Values are escaped for attributes. */
export function iframeCode(
	src: string,
	size: EmbedSize,
	title: string,
	autoHeight: boolean,
	origin: string
): string {
	const iframe =
		`<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="${size.width}" ` +
		`height="${size.height}" style="border:0;max-width:100%" loading="lazy" allowfullscreen` +
		`${autoHeight ? ' data-qd-embed' : ''}></iframe>`;
	return autoHeight
		? `${iframe}\n<script src="${escapeAttribute(origin)}/embed.js" async></script>`
		: iframe;
}
