import { describe, expect, it } from 'vitest';
import { feedbackUrlWarning } from './vite-plugin-feedback-url';

describe('feedbackUrlWarning', () => {
	it('is quiet when PUBLIC_FEEDBACK_URL is unset or usable', () => {
		expect(feedbackUrlWarning(undefined)).toBeUndefined();
		expect(feedbackUrlWarning('mailto:maps@example.org')).toBeUndefined();
		expect(feedbackUrlWarning('https://example.org/new?title={title}&body={body}')).toBeUndefined();
	});

	it('names the bad value, says the button will be missing and how to set it', () => {
		const warning = feedbackUrlWarning('javascript:alert(1)//{body}');
		expect(warning).toContain('"javascript:alert(1)//{body}" is not an http(s) or mailto: URL');
		expect(warning).toContain('Suggest a correction');
		expect(warning).toContain('PUBLIC_FEEDBACK_URL="mailto:');
	});
});
