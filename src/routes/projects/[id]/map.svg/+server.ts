// The project's static map, drawn at build time from the offline basemap (no WebGL, no network).
import { loadGeodata } from '$lib/server/geodata';
import { projectMapSvg } from '$lib/server/publish/project-images';
import { findProject, projectEntries } from '$lib/server/publish/projects';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = projectEntries;

export const GET: RequestHandler = ({ params }) =>
	new Response(projectMapSvg(findProject(params.id), loadGeodata()), {
		headers: { 'content-type': 'image/svg+xml' }
	});
