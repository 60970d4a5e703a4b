// The maintainers' editor runs on the dev server only (docs/ARCHITECTURE.md, "The maintainers'
// editor"): never prerendered, and a 404 anywhere else, so the static build has no /edit page.
import { error } from '@sveltejs/kit';
import { dev } from '$app/environment';

export const prerender = false;
export const ssr = false;

export function load() {
	if (!dev) error(404, 'Not found');
}
