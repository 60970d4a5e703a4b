/** The published data files of this build: the data as validated, statuses as of the build date. */
import { error } from '@sveltejs/kit';
import { todayInChina } from '$lib/data/status';
import { loadGeodata } from '$lib/server/geodata';
import { fileResponse, publishedFiles, type PublishedFile } from './published-files';
import { absoluteUrl } from './site-url';

export function siteFiles(): PublishedFile[] {
	return publishedFiles(loadGeodata(), todayInChina(), (path) => absoluteUrl(path));
}

/** The response for `/data/<name>`, or a 404 naming the file. */
export function serveFile(name: string): Response {
	const file = siteFiles().find((f) => f.path === `/data/${name}`);
	if (!file) error(404, `No data file "${name}"; the list is at /data`);
	return fileResponse(file);
}
