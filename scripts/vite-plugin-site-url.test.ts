import { describe, expect, it } from 'vitest';
import { siteUrlWarning } from './vite-plugin-site-url';

describe('siteUrlWarning', () => {
	it('warns when PUBLIC_SITE_URL is missing or empty, and says how to set it', () => {
		for (const value of [undefined, '', '  ']) {
			const warning = siteUrlWarning(value);
			expect(warning).toContain('PUBLIC_SITE_URL is not set');
			expect(warning).toContain('og:image');
			expect(warning).toContain('PUBLIC_SITE_URL=https://');
		}
	});

	it('warns about a value that is not an http(s) URL', () => {
		expect(siteUrlWarning('example.org')).toContain('"example.org" is not an http(s) URL');
	});

	it('is quiet for an http(s) address', () => {
		expect(siteUrlWarning('https://example.org/qingdao')).toBeUndefined();
		expect(siteUrlWarning('http://localhost:4173')).toBeUndefined();
	});
});
