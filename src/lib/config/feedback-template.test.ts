import { describe, expect, it } from 'vitest';
import { feedbackTemplate, feedbackTemplateProblem } from './feedback-template';

describe('feedbackTemplate', () => {
	it('keeps an https template with both placeholders as it is', () => {
		const t = 'https://example.org/repo/issues/new?title={title}&body={body}';
		expect(feedbackTemplate(t)).toBe(t);
		expect(feedbackTemplateProblem(t)).toBeUndefined();
	});

	it('is undefined when the setting is unset or empty, without a problem to report', () => {
		expect(feedbackTemplate(undefined)).toBeUndefined();
		expect(feedbackTemplate('  ')).toBeUndefined();
		expect(feedbackTemplateProblem('')).toBeUndefined();
	});

	it('refuses schemes other than http(s) and mailto, saying which setting is wrong', () => {
		for (const bad of [
			'javascript:alert(1)//{body}',
			'ftp://example.org/{body}',
			'example.org/{body}'
		]) {
			expect(feedbackTemplate(bad)).toBeUndefined();
			expect(feedbackTemplateProblem(bad)).toMatch(
				/PUBLIC_FEEDBACK_URL .* not an http\(s\) or mailto: URL/
			);
		}
	});

	it('refuses a web template without a {body} placeholder: the report would be lost', () => {
		const t = 'https://example.org/repo/issues/new?title={title}';
		expect(feedbackTemplate(t)).toBeUndefined();
		expect(feedbackTemplateProblem(t)).toContain('no {body} placeholder');
		expect(feedbackTemplate('https://example.org/feedback')).toBeUndefined();
	});

	it('gives a bare mailto: address the standard subject and body fields', () => {
		expect(feedbackTemplate('mailto:maps@example.org')).toBe(
			'mailto:maps@example.org?subject={title}&body={body}'
		);
		expect(feedbackTemplate('mailto:maps@example.org?cc=a@example.org')).toBe(
			'mailto:maps@example.org?cc=a@example.org&subject={title}&body={body}'
		);
		const own = 'mailto:maps@example.org?subject={title}&body={body}';
		expect(feedbackTemplate(own)).toBe(own);
	});

	it('refuses a web template without a host or with spaces', () => {
		expect(feedbackTemplateProblem('https:///x?b={body}')).toContain('has no host');
		expect(feedbackTemplateProblem('https://example.org/new?b={body} x')).toContain('white space');
	});
});
