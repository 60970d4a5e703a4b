/**
 * The story being written in the share dialog, kept in IndexedDB (through idb-keyval) after every change
 * so that it survives a reload. It is stored as the story file's JSON and read back with the same
 * tolerant reader as any file. Its own database: idb-keyval creates a store only with its database.
 */
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { readStory, storyToJson, type Story } from '$lib/view-state/story';

const DATABASE = 'qingdao-renewal-map-stories';
const STORE = 'drafts';
const KEY = 'draft';

let store: UseStore | undefined;
const open = () => (store ??= createStore(DATABASE, STORE));

/** The kept draft, or `undefined` when there is none or IndexedDB cannot be used. */
export async function loadStoryDraft(): Promise<Story | undefined> {
	try {
		return readStory(await get(KEY, open()))?.story;
	} catch {
		return undefined;
	}
}

/** Keeps the draft; false when IndexedDB cannot be used (private windows of some browsers). */
export async function saveStoryDraft(story: Story): Promise<boolean> {
	try {
		await set(KEY, storyToJson(story), open());
		return true;
	} catch {
		return false;
	}
}
