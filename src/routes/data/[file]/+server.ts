// Every published data file (GeoJSON, CSV, JSON, Atom), built with the site; the list is in
// $lib/server/publish/published-files.ts.
import { serveFile, siteFiles } from '$lib/server/publish/site-files';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () =>
	siteFiles().map((f) => ({ file: f.path.slice('/data/'.length) }));

export const GET: RequestHandler = ({ params }) => serveFile(params.file);
