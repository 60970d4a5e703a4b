/**
 * Opening a story from a file on this site (`/story?src=/stories/x.json`) or from a file the reader
 * picks or drops. Only same-origin paths are fetched: a story from elsewhere could be anything, and the
 * site's Content-Security-Policy allows no other host anyway.
 */
import type { StoryWords } from '$lib/i18n/story';
import { readStoryFile, type ReadStory } from '$lib/view-state/story';

export type StoryOpening = { read: ReadStory } | { message: (words: StoryWords) => string };

/** Story files larger than this are not stories: a 30-step story is a few kilobytes. */
const MAX_STORY_BYTES = 512 * 1024;

function fromText(text: string): StoryOpening {
	const read = readStoryFile(text);
	if (read === 'not-json') return { message: (w) => w.notJson };
	if (read === 'not-a-story') return { message: (w) => w.notAStory };
	return { read };
}

/** The URL of `src` when it is a path on `origin`, else `undefined`. */
export function sameOriginStoryUrl(src: string, origin: string): URL | undefined {
	if (!src.startsWith('/') || src.startsWith('//') || src.startsWith('/\\')) return undefined;
	try {
		const url = new URL(src, origin);
		return url.origin === origin ? url : undefined;
	} catch {
		return undefined;
	}
}

export async function openStorySource(src: string, origin: string): Promise<StoryOpening> {
	const url = sameOriginStoryUrl(src, origin);
	if (!url) return { message: (w) => w.otherOrigin };
	try {
		const response = await fetch(url);
		if (!response.ok) return { message: (w) => w.fetchFailed(`HTTP ${response.status}`) };
		return fromText(await response.text());
	} catch (error) {
		return { message: (w) => w.fetchFailed(String(error)) };
	}
}

export async function openStoryFile(file: File): Promise<StoryOpening> {
	if (file.size > MAX_STORY_BYTES) return { message: (w) => w.notAStory };
	return fromText(await file.text());
}
