/**
 * Who may show the site's pages in a frame. Every page refuses to be framed by another site (against
 * clickjacking) except `/embed`, which exists to be framed anywhere. A `<meta>` Content-Security-Policy
 * cannot say this (browsers ignore `frame-ancestors` there), so it goes out as HTTP headers: a
 * `_headers` file in the build, the format Netlify and Cloudflare Pages read (the README's "Hosting"
 * section has the same rules for nginx, Apache and Caddy).
 *
 * The path patterns never overlap: both hosts apply every rule whose pattern matches, and Cloudflare
 * joins two values of one header with a comma, which would make `/embed` carry both policies (and so
 * the stricter). Hence no `/*`: one rule per top-level route, found from the routes themselves, so a
 * new page is covered without editing this list.
 */

/**
 * The policy of the framed view, and of everything else. The embed sends no framing header at all:
 * `frame-ancestors *` would still refuse a parent without a network origin (a local file a journalist
 * previews, an `about:blank` or `srcdoc` host page), and the embed exists to be framed anywhere.
 */
export const FRAME_POLICY = {
	embed: {},
	app: { 'Content-Security-Policy': "frame-ancestors 'self'", 'X-Frame-Options': 'SAMEORIGIN' }
} as const;

export interface HeaderRule {
	/** URL patterns (`*` matches the rest of the path). */
	paths: string[];
	headers: Readonly<Record<string, string>>;
}

/**
 * The rules for a site whose pages are `routeIds` (SvelteKit route ids: `/`, `/projects/[id]`, …):
 * the embed's paths, then every other top-level route's, the home page and the 404 page.
 */
export function frameRules(routeIds: Iterable<string>): HeaderRule[] {
	const top = new Set<string>();
	for (const id of routeIds) {
		const first = id.split('/').find((segment) => segment !== '' && !segment.startsWith('('));
		if (first !== undefined) top.add(first);
	}
	top.delete('embed');
	const under = (segment: string) => [`/${segment}`, `/${segment}.html`, `/${segment}/*`];
	return [
		{ paths: under('embed'), headers: FRAME_POLICY.embed },
		{
			paths: ['/', '/index.html', '/404.html', ...[...top].sort().flatMap(under)],
			headers: FRAME_POLICY.app
		}
	];
}

/** The rules as a `_headers` file: a pattern on its own line, its headers indented below. */
export function headersFile(rules: HeaderRule[]): string {
	const lines = [
		'# Who may frame these pages: only this site, except /embed (anyone). Generated at build time.'
	];
	// A rule without headers (the embed's) has nothing to say: its paths are left out.
	for (const rule of rules.filter((r) => Object.keys(r.headers).length > 0)) {
		for (const path of rule.paths) {
			lines.push(path);
			for (const [name, value] of Object.entries(rule.headers)) lines.push(`  ${name}: ${value}`);
		}
	}
	return `${lines.join('\n')}\n`;
}

/**
 * Reads a `_headers` file back: for a request path, the headers of every rule that matches it, as
 * both hosts apply them (values of one header joined with ", ").
 */
export function headersFor(file: string, path: string): Record<string, string> {
	const result: Record<string, string> = {};
	let matches = false;
	for (const line of file.split('\n')) {
		if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			matches = patternMatches(line.trim(), path);
			continue;
		}
		if (!matches) continue;
		const at = line.indexOf(':');
		const name = line.slice(0, at).trim();
		const value = line.slice(at + 1).trim();
		result[name] = result[name] === undefined ? value : `${result[name]}, ${value}`;
	}
	return result;
}

function patternMatches(pattern: string, path: string): boolean {
	if (!pattern.includes('*')) return pattern === path;
	const prefix = pattern.slice(0, pattern.indexOf('*'));
	return path.startsWith(prefix);
}
