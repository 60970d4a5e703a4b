/**
 * The readers' corrections channel: `PUBLIC_FEEDBACK_URL`, a URL template with `{title}` and `{body}`
 * placeholders (an issue tracker's new-issue page, a form, or `mailto:`). A report is sent by opening the
 * filled URL in the reader's browser; nothing is sent by the page itself (docs/ARCHITECTURE.md, "Readers'
 * corrections"). No imports: `vite.config.ts` reads this file too, to warn about a bad setting.
 */

/** What is wrong with a `PUBLIC_FEEDBACK_URL` value, in words for the build's output; undefined when usable or unset. */
export function feedbackTemplateProblem(value: string | undefined): string | undefined {
	const template = value?.trim() ?? '';
	if (template === '') return undefined;
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(template)?.[1]?.toLowerCase();
	if (scheme !== 'http' && scheme !== 'https' && scheme !== 'mailto')
		return `PUBLIC_FEEDBACK_URL "${template}" is not an http(s) or mailto: URL`;
	if (scheme !== 'mailto' && !/^https?:\/\/[^/?#\s{}]/i.test(template))
		return `PUBLIC_FEEDBACK_URL "${template}" has no host`;
	if (/\s/.test(template)) return `PUBLIC_FEEDBACK_URL "${template}" contains white space`;
	// A mailto: address alone is enough (the subject and body are added); a web page must say where the
	// report goes, or the reader would open an empty form.
	if (scheme !== 'mailto' && !template.includes('{body}'))
		return `PUBLIC_FEEDBACK_URL "${template}" has no {body} placeholder`;
	return undefined;
}

/**
 * The usable template, or undefined when unset or unusable (then the "Suggest a correction" button is not
 * shown). A `mailto:` URL without placeholders gets the standard `subject` and `body` fields (RFC 6068).
 */
export function feedbackTemplate(value: string | undefined): string | undefined {
	const template = value?.trim() ?? '';
	if (template === '' || feedbackTemplateProblem(template)) return undefined;
	if (/^mailto:/i.test(template) && !/\{(title|body)\}/.test(template))
		return `${template}${template.includes('?') ? '&' : '?'}subject={title}&body={body}`;
	return template;
}
