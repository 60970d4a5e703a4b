/**
 * A story: an ordered list of views with words, for a journalist who walks the reader through the map
 * (docs/ARCHITECTURE.md, "Stories"). This module reads and writes it in its two forms, both pure:
 *
 * - the JSON file: `{ "type": "qingdao-renewal-story", "version": 1, "title": {zh, en}, "author",
 *   "source", "steps": [{ "view": "<view-state query>", "title": {zh, en}, "caption": {zh, en} }] }`;
 * - the link: `?story=<meta>&step=<step>&step=…`, each value the URL-safe base64 of a small JSON
 *   object, so that a step mangled in a chat app costs only that step.
 *
 * Each step's view is a view-state query string read by the same tolerant parser as any link. Reading
 * never throws: a step that cannot be read is skipped and reported (`SkippedStep`) so that the reader
 * can say so where it was; texts are plain text, cut to their limits.
 */
import * as v from 'valibot';
import { parseViewState } from './parse-view-state';
import type { ViewState } from './view-state';
import { viewStateToSearch } from './write-view-state';

export const STORY_FILE_TYPE = 'qingdao-renewal-story';

/** Limits on what a story carries: enough for a headline and a paragraph per step, not an article. */
export const STORY_LIMITS = {
	titleChars: 120, // a story's or a step's title
	captionChars: 600, // a step's caption: a short paragraph
	lineChars: 200, // the author and the source lines
	steps: 30 // more steps than a reader follows on a phone
} as const;

/** A text in the two content languages; either may be missing. */
export interface StoryText {
	zh?: string;
	en?: string;
}

export interface StoryStep {
	/** The view this step shows; its language is the reader's, never the step's. */
	view: ViewState;
	title: StoryText;
	caption: StoryText;
}

export interface Story {
	title: StoryText;
	author: string;
	source: string;
	steps: StoryStep[];
}

/** Why a step was skipped: not an object, no view text, or a view in which nothing could be read. */
export type SkipReason = 'unreadable' | 'no-view' | 'empty-view';

/** A step that could not be read; `number` counts from 1 in the story as written. */
export interface SkippedStep {
	number: number;
	reason: SkipReason;
}

/** A story's steps in the order written, the skipped ones in their place. */
export type StoryItem =
	{ kind: 'step'; step: StoryStep } | { kind: 'skipped'; skipped: SkippedStep };

export interface ReadStory {
	story: Story;
	items: StoryItem[];
	/** Steps past `STORY_LIMITS.steps`, left out. */
	dropped: number;
}

// ---------------------------------------------------------------------------------------------
// Text

/** Control characters (keeping line breaks where asked) and the bidi overrides that can disguise text. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/** Plain text: trimmed, control characters removed, cut between grapheme clusters at `maxChars`. */
export function storyPlainText(value: unknown, maxChars: number, multiline = false): string {
	if (typeof value !== 'string') return '';
	let text = value.replace(CONTROL, multiline ? '' : ' ').replace(/\r\n?/g, '\n');
	if (!multiline) text = text.replace(/\s+/gu, ' ');
	text = text.replace(/\n{3,}/g, '\n\n').trim();
	if (text.length <= maxChars) return text;
	let cut = '';
	for (const { segment } of new Intl.Segmenter().segment(text)) {
		if (cut.length + segment.length > maxChars - 1) break;
		cut += segment;
	}
	return `${cut.trimEnd()}…`;
}

function storyText(value: unknown, maxChars: number, multiline = false): StoryText {
	// A plain string is taken as text in both languages: a hand-written file need not repeat it.
	if (typeof value === 'string') {
		const text = storyPlainText(value, maxChars, multiline);
		return text ? { zh: text, en: text } : {};
	}
	const parsed = v.safeParse(
		v.looseObject({ zh: v.optional(v.unknown()), en: v.optional(v.unknown()) }),
		value
	);
	if (!parsed.success) return {};
	const text: StoryText = {};
	const zh = storyPlainText(parsed.output.zh, maxChars, multiline);
	const en = storyPlainText(parsed.output.en, maxChars, multiline);
	if (zh) text.zh = zh;
	if (en) text.en = en;
	return text;
}

/** The text in `lang`, else in the other language, else empty. */
export function storyTextIn(text: StoryText, lang: 'zh' | 'en'): string {
	return text[lang] ?? text[lang === 'zh' ? 'en' : 'zh'] ?? '';
}

// ---------------------------------------------------------------------------------------------
// Reading

const StepShape = v.looseObject({
	view: v.string(),
	title: v.optional(v.unknown()),
	caption: v.optional(v.unknown())
});
const StoryShape = v.looseObject({
	title: v.optional(v.unknown()),
	author: v.optional(v.unknown()),
	source: v.optional(v.unknown()),
	steps: v.fallback(v.array(v.unknown()), [])
});

/** The view a step's query describes, without its language (the reader keeps theirs). */
function stepView(query: string): ViewState {
	const view = parseViewState(new URLSearchParams(query.replace(/^\?/, '')));
	delete view.lang;
	return view;
}

function readStep(value: unknown, number: number): StoryItem {
	if (typeof value !== 'object' || value === null || Array.isArray(value))
		return { kind: 'skipped', skipped: { number, reason: 'unreadable' } };
	const parsed = v.safeParse(StepShape, value);
	if (!parsed.success) return { kind: 'skipped', skipped: { number, reason: 'no-view' } };
	const view = stepView(parsed.output.view);
	if (Object.keys(view).length === 0)
		return { kind: 'skipped', skipped: { number, reason: 'empty-view' } };
	return {
		kind: 'step',
		step: {
			view,
			title: storyText(parsed.output.title, STORY_LIMITS.titleChars),
			caption: storyText(parsed.output.caption, STORY_LIMITS.captionChars, true)
		}
	};
}

/**
 * A story from parsed JSON of any shape: what is readable is kept, each unreadable step becomes a
 * skipped item in its place, and `undefined` is returned only when the value is not an object.
 */
export function readStory(value: unknown): ReadStory | undefined {
	const parsed = v.safeParse(StoryShape, value);
	if (!parsed.success) return undefined;
	const { title, author, source, steps } = parsed.output;
	const items = steps.slice(0, STORY_LIMITS.steps).map((step, i) => readStep(step, i + 1));
	return {
		story: {
			title: storyText(title, STORY_LIMITS.titleChars),
			author: storyPlainText(author, STORY_LIMITS.lineChars),
			source: storyPlainText(source, STORY_LIMITS.lineChars),
			steps: items.flatMap((item) => (item.kind === 'step' ? [item.step] : []))
		},
		items,
		dropped: Math.max(0, steps.length - STORY_LIMITS.steps)
	};
}

/** Why a file is not a story, for a message that says what to do. */
export type StoryFileError = 'not-json' | 'not-a-story';

/** A story file's text read, or the reason it is not one. */
export function readStoryFile(text: string): ReadStory | StoryFileError {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return 'not-json';
	}
	const read = readStory(value);
	return read && Array.isArray((value as { steps?: unknown }).steps) ? read : 'not-a-story';
}

// ---------------------------------------------------------------------------------------------
// Writing

function writeText(text: StoryText): StoryText | undefined {
	const out: StoryText = {};
	if (text.zh) out.zh = text.zh;
	if (text.en) out.en = text.en;
	return out.zh || out.en ? out : undefined;
}

function writeStep(step: StoryStep) {
	const view = { ...step.view, lang: undefined };
	return {
		view: viewStateToSearch(view),
		title: writeText(step.title),
		caption: writeText(step.caption)
	};
}

/** The story as the JSON object of its file. */
export function storyToJson(story: Story) {
	return {
		type: STORY_FILE_TYPE,
		version: 1,
		title: writeText(story.title),
		author: story.author || undefined,
		source: story.source || undefined,
		steps: story.steps.map(writeStep)
	};
}

/** The story file's text: readable, one step per block. */
export function storyFileText(story: Story): string {
	return `${JSON.stringify(storyToJson(story), null, '\t')}\n`;
}

// ---------------------------------------------------------------------------------------------
// The link

/** URL-safe base64 (RFC 4648 §5, no padding) of the UTF-8 of `text`. */
export function toBase64Url(text: string): string {
	let binary = '';
	for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The text of URL-safe base64 (also plain base64, padded or not), or `undefined` if it is not that. */
export function fromBase64Url(encoded: string): string | undefined {
	const base64 = encoded.trim().replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
	if (!/^[A-Za-z0-9+/]*$/.test(base64) || base64.length % 4 === 1) return undefined;
	try {
		const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
		return new TextDecoder('utf-8', { fatal: true }).decode(
			Uint8Array.from(binary, (c) => c.charCodeAt(0))
		);
	} catch {
		return undefined;
	}
}

function decodePart(encoded: string): unknown {
	const text = fromBase64Url(encoded);
	if (text === undefined) return undefined;
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

/** The link's parameters: `story` carries the title and lines, each `step` one step. */
export const STORY_PARAMS = { meta: 'story', step: 'step' } as const;

/** The story's link parameters (`story=…&step=…`), without "?". */
export function storyToSearch(story: Story): string {
	const json = storyToJson(story);
	const params = new URLSearchParams();
	params.set(
		STORY_PARAMS.meta,
		toBase64Url(JSON.stringify({ t: json.title, a: json.author, s: json.source }))
	);
	for (const step of json.steps)
		params.append(
			STORY_PARAMS.step,
			toBase64Url(JSON.stringify({ v: step.view, t: step.title, c: step.caption }))
		);
	return params.toString();
}

/** True when a query carries a story link. */
export function hasStoryParams(params: URLSearchParams): boolean {
	return params.has(STORY_PARAMS.meta) || params.has(STORY_PARAMS.step);
}

function field(value: unknown, key: string): unknown {
	return typeof value === 'object' && value !== null
		? (value as Record<string, unknown>)[key]
		: undefined;
}

/**
 * The story a link's query carries. A `story` value that cannot be read leaves the title and lines
 * empty; a `step` value that cannot be read is a skipped step in its place.
 */
export function readStoryParams(params: URLSearchParams): ReadStory {
	const meta = decodePart(params.get(STORY_PARAMS.meta) ?? '');
	const steps = params.getAll(STORY_PARAMS.step).map((encoded) => {
		const step = decodePart(encoded);
		if (typeof step !== 'object' || step === null) return undefined;
		return { view: field(step, 'v'), title: field(step, 't'), caption: field(step, 'c') };
	});
	const raw = {
		title: field(meta, 't'),
		author: field(meta, 'a'),
		source: field(meta, 's'),
		steps
	};
	// An object with an array of steps always reads.
	return readStory(raw) as ReadStory;
}
