// Static-first: every page is prerendered and can be served from any static host.
export const prerender = true;
export const trailingSlash = 'never';
