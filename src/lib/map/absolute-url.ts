/**
 * A URL made absolute against the page. MapLibre's worker fetches sources and tiles, and resolves a
 * relative URL against its own script, not the page: same-site paths must be absolute before they reach
 * it. Tile templates keep their `{z}/{x}/{y}` braces, and `pmtiles://` archives their scheme.
 */
export function absoluteUrl(url: string): string {
	if (url.startsWith('pmtiles://'))
		return `pmtiles://${absoluteUrl(url.slice('pmtiles://'.length))}`;
	return new URL(url, globalThis.location?.href ?? 'http://localhost/')
		.toString()
		.replace(/%7B/gi, '{')
		.replace(/%7D/gi, '}');
}
