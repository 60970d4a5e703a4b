/**
 * A reader's correction as a link: the report's title and text, filled into the configured URL template
 * (`PUBLIC_FEEDBACK_URL`, checked by `config/feedback-template.ts`) and kept short enough for a link.
 * Pure; the form that uses it is `components/CorrectionForm.svelte` (docs/ARCHITECTURE.md, "Readers'
 * corrections").
 */
import type { LngLat } from '$lib/geo/types';
import { correctionText, type CorrectionKind } from '$lib/i18n/correction';
import type { Lang } from '$lib/i18n/messages';

/**
 * The longest filled URL, in characters. 2,000 is the figure below which a link survives the places it
 * travels through: old browsers and many proxies stop near 2,083 characters, and Windows hands a mailto:
 * link to mail programs that cut it near 2,048. Chinese text costs 9 characters a character once encoded
 * (`%E4%BD%8D`), so this leaves room for roughly 150 Chinese or 1,000 Latin characters of the reader's own
 * text after the report's fixed lines.
 */
export const MAX_URL_CHARS = 2000;

/** What the reader said, with the project it is about. */
export interface Correction {
	/** The feature's id. */
	id: string;
	/** Its name in the reader's language. */
	name: string;
	kind: CorrectionKind;
	/** The proposed WGS-84 position `[lng, lat]`, for `kind: 'place'`. */
	position?: LngLat;
	/** For `kind: 'news'`: when it happened, `YYYY-MM-DD`. */
	date?: string;
	/** For `kind: 'news'`: a link to a report, already checked by `httpLink`. */
	link?: string;
	/** The full URL of the view the reader is on. */
	viewUrl: string;
	/** The reader's own text. */
	text: string;
}

export interface FeedbackLink {
	/** The filled template: what "Send" opens. */
	url: string;
	title: string;
	/** The report's text as it will be sent (shortened when it had to be). */
	body: string;
	shortened: boolean;
}

/** `[lng, lat]` with 6 decimals (about 0.1 m), as written in a report. */
export function formatPosition([lng, lat]: LngLat): string {
	return `${lng.toFixed(6)}, ${lat.toFixed(6)}`;
}

/**
 * A typed position: "lng, lat" (a comma, a Chinese comma or spaces between). A pair written latitude
 * first, as many map apps show it, is recognised by its values (a latitude is within ±90°, Qingdao's
 * longitude is not) and turned round. Undefined when it is not a position.
 */
export function parseLngLat(text: string): LngLat | undefined {
	const parts = text.trim().split(/\s*[,,;]\s*|\s+/);
	if (parts.length !== 2) return undefined;
	const [a, b] = parts.map((part) => (/^[+-]?\d+(\.\d+)?$/.test(part) ? Number(part) : NaN)) as [
		number,
		number
	];
	if (!Number.isFinite(a) || !Number.isFinite(b)) return undefined;
	const [lng, lat] = Math.abs(a) <= 90 && Math.abs(b) > 90 ? [b, a] : [a, b];
	if (Math.abs(lng) > 180 || Math.abs(lat) > 90) return undefined;
	return [lng, lat];
}

/** The link as an absolute http(s) URL, or undefined when it is anything else. */
export function httpLink(text: string): string | undefined {
	const value = text.trim();
	if (!/^https?:\/\//i.test(value)) return undefined;
	try {
		const url = new URL(value);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The address of the view the reader is on: under `PUBLIC_SITE_URL` when the build has one (`site`,
 * without a trailing slash, ending in the app's `base` path), else the page's own address.
 */
export function viewLink(href: string, site: string, base: string): string {
	if (!site) return href;
	const url = new URL(href);
	const path =
		base && url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname;
	return `${site}${path.startsWith('/') ? path : `/${path}`}${url.search}${url.hash}`;
}

/** Text with every lone surrogate (pasted half of an emoji) replaced: `encodeURIComponent` throws on them. */
export function wellFormed(text: string): string {
	return text.replace(
		/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
		'\uFFFD'
	);
}

const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter() : undefined;

/** User-perceived characters (an emoji with its modifiers is one); code points where Intl.Segmenter is missing. */
export function graphemes(text: string): string[] {
	return segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : Array.from(text);
}

/** The report's title and text; the reader's own text comes last, so that it is what a cut shortens. */
export function composeReport(
	c: Correction,
	lang: Lang
): { title: string; head: string; text: string } {
	const t = correctionText[lang];
	const colon = lang === 'zh' ? '：' : ': ';
	const line = (label: string, value: string) => `${label}${colon}${value}`;
	const head = [
		line(t.reportProject, `${c.name} (${c.id})`),
		line(t.reportKind, t.kinds[c.kind]),
		c.kind === 'place' && c.position ? line(t.reportPosition, formatPosition(c.position)) : '',
		c.kind === 'news' && c.date ? line(t.reportWhen, c.date) : '',
		c.kind === 'news' && c.link ? line(t.reportLink, c.link) : '',
		line(t.reportView, c.viewUrl)
	].filter(Boolean);
	const text = wellFormed(c.text.trim());
	return {
		title: wellFormed(t.reportTitle(c.kind, c.name)),
		head: wellFormed(head.join('\n')),
		text: text ? `${t.reportText}${colon.trimEnd()}\n${text}` : ''
	};
}

/**
 * The template with `{title}` and `{body}` replaced by the encoded values, in one pass (so a value that
 * contains "{body}" is never filled again). A mailto: body has its line breaks as CRLF (RFC 6068).
 */
export function fillTemplate(template: string, title: string, body: string): string {
	const mail = /^mailto:/i.test(template);
	const values = { title, body: mail ? body.replace(/\r?\n/g, '\r\n') : body };
	return template.replace(/\{(title|body)\}/g, (_, key: 'title' | 'body') =>
		encodeURIComponent(wellFormed(values[key]))
	);
}

/**
 * The longest start of `text`, cut between user-perceived characters, that with `note` after it passes
 * `fits`; the text itself when it fits whole.
 */
export function shortenToFit(
	text: string,
	note: string,
	fits: (candidate: string) => boolean
): string {
	if (fits(text)) return text;
	const parts = graphemes(text);
	let low = 0;
	let high = parts.length - 1;
	// The most characters that fit: a binary search, since a longer start never makes a shorter URL.
	while (low < high) {
		const mid = Math.ceil((low + high) / 2);
		if (fits(parts.slice(0, mid).join('') + note)) low = mid;
		else high = mid - 1;
	}
	return parts.slice(0, low).join('').trimEnd() + note;
}

/**
 * The link that sends a correction: the template filled with its report, at most `maxChars` long.
 * The reader's text is shortened first; only if the fixed lines alone are too long is the rest cut.
 */
export function feedbackLink(
	template: string,
	correction: Correction,
	lang: Lang,
	maxChars = MAX_URL_CHARS
): FeedbackLink {
	const { title, head, text } = composeReport(correction, lang);
	const note = correctionText[lang].shortened;
	const fits = (body: string) => fillTemplate(template, title, body).length <= maxChars;
	const whole = text ? `${head}\n\n${text}` : head;
	let body = whole;
	if (!fits(whole)) {
		body = text ? `${head}\n\n${shortenToFit(text, note, (t) => fits(`${head}\n\n${t}`))}` : '';
		if (!body || !fits(body)) body = shortenToFit(whole, note, fits);
	}
	return { url: fillTemplate(template, title, body), title, body, shortened: body !== whole };
}
