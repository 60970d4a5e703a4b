// Warns when PUBLIC_FEEDBACK_URL is set but unusable: the "Suggest a correction" button is then not shown
// (see docs/ARCHITECTURE.md, "Readers' corrections", and the README's configuration table).
import { loadEnv, type Plugin } from 'vite';
import { feedbackTemplateProblem } from '../src/lib/config/feedback-template.js';
import { loud } from './vite-plugin-site-url.js';

/** The warning for a build with this PUBLIC_FEEDBACK_URL, or undefined when it is usable or unset. */
export function feedbackUrlWarning(value: string | undefined): string | undefined {
	const problem = feedbackTemplateProblem(value);
	if (!problem) return undefined;
	return [
		`${problem}: readers will not be offered "Suggest a correction".`,
		'Set it to a page that takes {title} and {body}, or to a mail address, e.g.',
		'PUBLIC_FEEDBACK_URL="https://example.org/repo/issues/new?title={title}&body={body}"',
		'or PUBLIC_FEEDBACK_URL="mailto:maps@example.org".'
	].join('\n');
}

export function feedbackUrlCheck(): Plugin {
	let warning: string | undefined;
	return {
		name: 'feedback-url-check',
		apply: 'build',
		configResolved(config) {
			const env = { ...loadEnv(config.mode, config.envDir || process.cwd(), 'PUBLIC_') };
			warning = feedbackUrlWarning(process.env.PUBLIC_FEEDBACK_URL ?? env.PUBLIC_FEEDBACK_URL);
		},
		// Once, as the build starts (the client and server builds share this plugin instance's config).
		buildStart() {
			if (warning) console.warn(`\x1b[33m${loud(warning)}\x1b[0m`);
			warning = undefined;
		}
	};
}
