/**
 * Absolute URLs for what leaves the site (Open Graph images, feed links). `PUBLIC_SITE_URL` is the
 * origin the built site is served from, set at build time (e.g. `https://example.org/qingdao`); without
 * it, URLs stay root-relative, which browsers and feed readers resolve but some link-preview crawlers
 * do not.
 */
import { base } from '$app/paths';
import { siteUrl as parseSiteUrl } from '$lib/config/site-url';

/** `PUBLIC_SITE_URL` without its trailing slash, or '' when unset or not an http(s) URL. */
export function siteUrl(value: unknown = import.meta.env.PUBLIC_SITE_URL): string {
	return parseSiteUrl(value);
}

/**
 * The URL of a site path (starting with "/"): absolute under PUBLIC_SITE_URL when it is set, else
 * root-relative under the app's base path.
 */
export function absoluteUrl(path: string, site = siteUrl()): string {
	if (!path.startsWith('/')) throw new Error(`absoluteUrl: "${path}" must start with "/"`);
	return `${site || base}${path}`;
}
