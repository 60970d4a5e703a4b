/** The projects that get a page: every feature except the existing stations shown for context. */
import { error } from '@sveltejs/kit';
import type { ProjectFeature } from '$lib/data/schema';
import { loadGeodata } from '$lib/server/geodata';
import { publishedProjects } from './published-files';

/** Route entries for every `/projects/[id]…` route. */
export function projectEntries(): { id: string }[] {
	return publishedProjects(loadGeodata().features).map((f) => ({ id: f.properties.id }));
}

/** The project with this id, or a 404 that says so. */
export function findProject(id: string): ProjectFeature {
	const project = loadGeodata().features.find(
		(f) => f.properties.id === id && !f.properties.context
	);
	if (!project) error(404, `No project "${id}"`);
	return project;
}
