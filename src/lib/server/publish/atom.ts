/**
 * An Atom 1.0 (RFC 4287) feed writer. Text constructs are written as type="text", so nothing from the
 * data is ever interpreted as markup by a feed reader. Inputs are checked where they enter: dates must
 * be RFC 3339 date-times, and a feed without an author needs one on every entry (RFC 4287 §4.1.1).
 */
import { escapeXml } from './xml';

export interface AtomPerson {
	name: string;
	/** An IRI (absolute or relative) for the person or organisation. */
	uri?: string;
}

export interface AtomLink {
	href: string;
	/** "alternate" when omitted (RFC 4287 §4.2.7.2). */
	rel?: string;
	type?: string;
	hreflang?: string;
	title?: string;
}

export interface AtomCategory {
	term: string;
	label?: string;
	scheme?: string;
}

export interface AtomEntry {
	/** A permanent, universally unique IRI (here `urn:uuid:`). */
	id: string;
	title: string;
	/** RFC 3339 date-time of the last significant change. */
	updated: string;
	/** RFC 3339 date-time of first publication. */
	published?: string;
	links: AtomLink[];
	/** Plain text, written as `<content type="text">`. */
	content: string;
	categories?: AtomCategory[];
	authors?: AtomPerson[];
}

export interface AtomFeed {
	id: string;
	title: string;
	subtitle?: string;
	/** RFC 3339 date-time; usually the latest entry's `updated`. */
	updated: string;
	authors: AtomPerson[];
	links: AtomLink[];
	rights?: string;
	/** The feed's language as a BCP 47 tag, written as xml:lang. */
	lang?: string;
	generator?: string;
	entries: AtomEntry[];
}

/** RFC 3339 §5.6 date-time, e.g. 2023-02-13T00:00:00+08:00 or 2023-02-13T16:00:00.5Z. */
export const RFC3339 =
	/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;

/** China Standard Time (UTC+8), where every deadline in the data falls. */
const CHINA_OFFSET = '+08:00';

/** The start of an ISO calendar date in China as an RFC 3339 date-time: 2023-02-13T00:00:00+08:00. */
export function chinaMidnight(isoDate: string): string {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) {
		throw new Error(`chinaMidnight: "${isoDate}" is not a YYYY-MM-DD date`);
	}
	return `${isoDate}T00:00:00${CHINA_OFFSET}`;
}

function checkDate(value: string, where: string): string {
	if (!RFC3339.test(value)) {
		throw new Error(
			`toAtom: ${where} is "${value}", not an RFC 3339 date-time such as 2023-02-13T00:00:00+08:00`
		);
	}
	return value;
}

function attributes(values: Record<string, string | undefined>): string {
	return Object.entries(values)
		.filter((entry): entry is [string, string] => entry[1] !== undefined)
		.map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
		.join('');
}

function text(tag: string, value: string, indent: string): string {
	return `${indent}<${tag} type="text">${escapeXml(value)}</${tag}>`;
}

function person(tag: string, p: AtomPerson, indent: string): string {
	const uri = p.uri ? `<uri>${escapeXml(p.uri)}</uri>` : '';
	return `${indent}<${tag}><name>${escapeXml(p.name)}</name>${uri}</${tag}>`;
}

function link(l: AtomLink, indent: string): string {
	const { href, rel, type, hreflang, title } = l;
	return `${indent}<link${attributes({ rel, type, hreflang, title, href })}/>`;
}

function category(c: AtomCategory, indent: string): string {
	return `${indent}<category${attributes({ term: c.term, scheme: c.scheme, label: c.label })}/>`;
}

function entry(e: AtomEntry, index: number): string {
	const where = `entry ${index + 1} ("${e.id}")`;
	if (!e.id) throw new Error(`toAtom: entry ${index + 1} has no id`);
	const i = '\t\t';
	return [
		'\t<entry>',
		`${i}<id>${escapeXml(e.id)}</id>`,
		text('title', e.title, i),
		`${i}<updated>${checkDate(e.updated, `${where} updated`)}</updated>`,
		...(e.published
			? [`${i}<published>${checkDate(e.published, `${where} published`)}</published>`]
			: []),
		...(e.authors ?? []).map((a) => person('author', a, i)),
		...e.links.map((l) => link(l, i)),
		...(e.categories ?? []).map((c) => category(c, i)),
		text('content', e.content, i),
		'\t</entry>'
	].join('\n');
}

/** The feed as an XML document (UTF-8). */
export function toAtom(feed: AtomFeed): string {
	if (feed.authors.length === 0 && feed.entries.some((e) => !e.authors?.length)) {
		throw new Error('toAtom: give the feed an author, or every entry one (RFC 4287 §4.1.1)');
	}
	const ids = new Set<string>();
	for (const e of feed.entries) {
		if (ids.has(e.id))
			throw new Error(`toAtom: two entries share the id "${e.id}"; ids must be unique`);
		ids.add(e.id);
	}
	const i = '\t';
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom"${attributes({ 'xml:lang': feed.lang })}>`,
		`${i}<id>${escapeXml(feed.id)}</id>`,
		text('title', feed.title, i),
		...(feed.subtitle ? [text('subtitle', feed.subtitle, i)] : []),
		`${i}<updated>${checkDate(feed.updated, "the feed's updated")}</updated>`,
		...feed.authors.map((a) => person('author', a, i)),
		...feed.links.map((l) => link(l, i)),
		...(feed.rights ? [text('rights', feed.rights, i)] : []),
		...(feed.generator ? [`${i}<generator>${escapeXml(feed.generator)}</generator>`] : []),
		...feed.entries.map(entry),
		'</feed>',
		''
	].join('\n');
}
