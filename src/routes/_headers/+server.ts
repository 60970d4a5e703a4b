// The `_headers` file of the build (who may frame the pages; see $lib/server/publish/frame-headers.ts).
import { frameRules, headersFile } from '$lib/server/publish/frame-headers';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The site's pages, as route ids (`/`, `/projects/[id]`, …), read from the route files. */
const PAGES = Object.keys(import.meta.glob('/src/routes/**/+page.svelte')).map(
	(file) => file.slice('/src/routes'.length, -'/+page.svelte'.length) || '/'
);

export const GET: RequestHandler = () =>
	new Response(headersFile(frameRules(PAGES)), {
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
