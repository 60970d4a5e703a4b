import { researchNotes } from '$lib/data/outcomes';
import { loadGeodata } from '$lib/server/geodata';
import { EXAMPLE_STORY, readPublishedStory } from '$lib/server/published-stories';

/** The page is prerendered with the example story, so that it reads as a list without JavaScript. */
export function load() {
	const { features, records, updates, research } = loadGeodata();
	return {
		features,
		records,
		updates,
		research: researchNotes(research),
		example: readPublishedStory(EXAMPLE_STORY.file),
		examplePath: EXAMPLE_STORY.path
	};
}
