import { describe, expect, it } from 'vitest';
import {
	STORY_LIMITS,
	fromBase64Url,
	hasStoryParams,
	readStory,
	readStoryFile,
	readStoryParams,
	storyFileText,
	storyPlainText,
	storyToSearch,
	toBase64Url,
	type Story
} from './story';

const story: Story = {
	title: { zh: '上半年', en: 'The first half-year' },
	author: 'A. Reporter',
	source: 'geodata/updates.json',
	steps: [
		{
			view: {
				camera: { center: [120.3165, 36.07], zoom: 15, bearing: 0, pitch: 0 },
				asOf: '2023-06-30'
			},
			title: { zh: '四方路', en: 'Sifang Road' },
			caption: { en: 'Due by 30 June.\nNo report found.' }
		},
		{
			view: { project: 'hexi-village', colorBy: 'status', layers: ['villages'] },
			title: { zh: '河西' },
			caption: {}
		}
	]
};

describe('story file', () => {
	it('reads back the story it wrote', () => {
		const read = readStoryFile(storyFileText(story));
		expect(read).not.toBeTypeOf('string');
		if (typeof read === 'string') return;
		expect(read.story).toEqual(story);
		expect(read.items.every((item) => item.kind === 'step')).toBe(true);
	});

	it('says when the text is not JSON or not a story', () => {
		expect(readStoryFile('{ "steps": [')).toBe('not-json');
		expect(readStoryFile('[1, 2]')).toBe('not-a-story');
		expect(readStoryFile('{ "type": "FeatureCollection" }')).toBe('not-a-story');
	});

	it('skips a broken step in its place and keeps the others', () => {
		const read = readStory({
			title: 'T',
			steps: [
				{ view: 'map=14/36.07/120.31' },
				'not a step',
				{ title: 'no view' },
				{ view: 'map=garbage&layers=nothing-known' },
				{ view: 'project=hexi-village' }
			]
		});
		expect(read?.story.steps).toHaveLength(2);
		expect(read?.items.map((item) => (item.kind === 'step' ? 'step' : item.skipped))).toEqual([
			'step',
			{ number: 2, reason: 'unreadable' },
			{ number: 3, reason: 'no-view' },
			{ number: 4, reason: 'empty-view' },
			'step'
		]);
	});

	it('reads each view with the tolerant view-state parser and drops its language', () => {
		const read = readStory({
			steps: [{ view: '?lang=en&map=14/120.31/36.07&asof=2023-6-30&color=STATUS' }]
		});
		expect(read?.story.steps[0]?.view).toEqual({
			camera: { center: [120.31, 36.07], zoom: 14, bearing: 0, pitch: 0 },
			asOf: '2023-06-30',
			colorBy: 'status'
		});
	});

	it('keeps titles and captions as plain text within their limits', () => {
		const read = readStory({
			title: { zh: 'x'.repeat(500), en: 42 },
			author: '<b>me</b>\u202e',
			steps: [{ view: 'project=a', title: 'Line\none', caption: 'a\u0000b\n\n\n\nc' }]
		});
		expect(read?.story.title.zh).toHaveLength(STORY_LIMITS.titleChars);
		expect(read?.story.title.zh?.endsWith('…')).toBe(true);
		expect(read?.story.title.en).toBeUndefined();
		expect(read?.story.author).toBe('<b>me</b>');
		expect(read?.story.steps[0]?.title).toEqual({ zh: 'Line one', en: 'Line one' });
		expect(read?.story.steps[0]?.caption.en).toBe('ab\n\nc');
	});

	it('cuts text between grapheme clusters', () => {
		const text = storyPlainText('👍🏽'.repeat(10), 9);
		expect(text).toBe('👍🏽👍🏽…');
	});

	it('keeps at most the step limit and counts the rest', () => {
		const steps = Array.from({ length: STORY_LIMITS.steps + 3 }, () => ({ view: 'project=a' }));
		const read = readStory({ steps });
		expect(read?.story.steps).toHaveLength(STORY_LIMITS.steps);
		expect(read?.dropped).toBe(3);
	});

	it('reads nothing that is not an object', () => {
		expect(readStory(null)).toBeUndefined();
		expect(readStory('story')).toBeUndefined();
	});
});

describe('story link', () => {
	it('reads back the story it wrote', () => {
		const params = new URLSearchParams(storyToSearch(story));
		expect(hasStoryParams(params)).toBe(true);
		expect(readStoryParams(params).story).toEqual(story);
	});

	it('uses only URL-safe characters', () => {
		expect(storyToSearch(story)).toMatch(/^[A-Za-z0-9_\-=&]+$/);
	});

	it('shows the other steps when one is mangled', () => {
		const params = new URLSearchParams(storyToSearch(story));
		const steps = params.getAll('step');
		params.delete('step');
		params.append('step', `${steps[0]!.slice(0, 10)}%%$`);
		params.append('step', steps[1]!);
		const read = readStoryParams(params);
		expect(read.story.title).toEqual(story.title);
		expect(read.story.steps).toEqual([story.steps[1]]);
		expect(read.items[0]).toEqual({
			kind: 'skipped',
			skipped: { number: 1, reason: 'unreadable' }
		});
	});

	it('opens the steps without a title when the story part is mangled', () => {
		const params = new URLSearchParams(storyToSearch(story));
		params.set('story', '!!');
		const read = readStoryParams(params);
		expect(read.story.title).toEqual({});
		expect(read.story.steps).toHaveLength(2);
	});
});

describe('base64url', () => {
	it('round-trips Chinese text', () => {
		expect(fromBase64Url(toBase64Url('李村河 ✓'))).toBe('李村河 ✓');
	});

	it('refuses what is not base64 or not UTF-8', () => {
		expect(fromBase64Url('a$b')).toBeUndefined();
		expect(fromBase64Url('_w')).toBeUndefined();
	});
});
