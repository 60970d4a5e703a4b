// Warns, loudly, when a build has no PUBLIC_SITE_URL: Open Graph images and the feeds' links are then
// root-relative, which link-preview crawlers and some feed readers do not resolve (see
// docs/ARCHITECTURE.md, "The shape of it", and the README's "Run it").
import { loadEnv, type Plugin } from 'vite';

/** The warning for a build with this PUBLIC_SITE_URL, or undefined when it is an http(s) URL. */
export function siteUrlWarning(value: string | undefined): string | undefined {
	if (value !== undefined && /^https?:\/\/[^/]/.test(value.trim())) return undefined;
	const what =
		value === undefined || value.trim() === ''
			? 'PUBLIC_SITE_URL is not set'
			: `PUBLIC_SITE_URL "${value}" is not an http(s) URL`;
	return [
		`${what}: og:image and the Atom feeds' links will be relative, and link previews`,
		'(chat apps, social sites) will show no image. For a public site, build with the address it is',
		'served from, e.g. PUBLIC_SITE_URL=https://example.org/qingdao npm run build (or put it in .env).'
	].join('\n');
}

/** A framed block that stands out in the build's output. */
export function loud(message: string): string {
	const lines = ['WARNING', ...message.split('\n')];
	const width = Math.max(...lines.map((line) => line.length));
	const rule = `+${'-'.repeat(width + 2)}+`;
	return ['', rule, ...lines.map((line) => `| ${line.padEnd(width)} |`), rule, ''].join('\n');
}

export function siteUrlCheck(): Plugin {
	let warning: string | undefined;
	let shown = 0;
	return {
		name: 'site-url-check',
		apply: 'build',
		configResolved(config) {
			const env = { ...loadEnv(config.mode, config.envDir || process.cwd(), 'PUBLIC_') };
			warning = siteUrlWarning(process.env.PUBLIC_SITE_URL ?? env.PUBLIC_SITE_URL);
		},
		// Once as the build starts and once at its end, after the long list of files written.
		buildStart() {
			if (warning && shown === 0) console.warn(`\x1b[33m${loud(warning)}\x1b[0m`);
			shown = Math.max(shown, 1);
		},
		closeBundle() {
			if (warning && shown === 1) console.warn(`\x1b[33m${loud(warning)}\x1b[0m`);
			shown = 2;
		}
	};
}
