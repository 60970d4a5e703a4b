/**
 * The stories published with the site (`static/stories/*.json`), read at build time so that `/story`
 * can be prerendered with the example story as plain text (docs/ARCHITECTURE.md, "Stories"). A
 * published story with a step that cannot be read fails the build, naming file and step.
 */
import { readFileSync } from 'node:fs';
import { readStoryFile, type ReadStory } from '$lib/view-state/story';

/** The example story: the programme's first half-year. Its path on the site and in `static/`. */
export const EXAMPLE_STORY = {
	path: '/stories/first-half-2023.json',
	file: 'static/stories/first-half-2023.json'
} as const;

export function readPublishedStory(file: string): ReadStory {
	const read = readStoryFile(readFileSync(file, 'utf8'));
	if (typeof read === 'string') throw new Error(`${file}: ${read}`);
	const skipped = read.items.flatMap((item) => (item.kind === 'skipped' ? [item.skipped] : []));
	if (skipped.length > 0)
		throw new Error(
			`${file}: ${skipped.map((s) => `step ${s.number} cannot be read (${s.reason})`).join('; ')}`
		);
	return read;
}
