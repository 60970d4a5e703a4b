// The maintainers' editor runs on the dev server only (docs/ARCHITECTURE.md, "The maintainers'
// editor"): never prerendered, so the static build has no /edit page.
export const prerender = false;
export const ssr = false;
