// The project's Open Graph image (1200 × 630 PNG), rendered at build time.
import { todayInChina } from '$lib/data/status';
import { loadGeodata } from '$lib/server/geodata';
import { projectOgPng } from '$lib/server/publish/project-images';
import { findProject, projectEntries } from '$lib/server/publish/projects';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = projectEntries;

export const GET: RequestHandler = ({ params }) =>
	new Response(projectOgPng(findProject(params.id), loadGeodata(), todayInChina()), {
		headers: { 'content-type': 'image/png' }
	});
