/**
 * `PUBLIC_SITE_URL`: the address the built site is served from (e.g. `https://example.org/qingdao`),
 * for what leaves the site — Open Graph images, feed links, the view link in a reader's correction.
 */

/** `PUBLIC_SITE_URL` without its trailing slash, or '' when unset or not an http(s) URL. */
export function siteUrl(value: unknown): string {
	if (typeof value !== 'string' || !/^https?:\/\/[^/]/.test(value.trim())) return '';
	return value.trim().replace(/\/+$/, '');
}
