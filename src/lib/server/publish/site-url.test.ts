import { describe, expect, it } from 'vitest';
import { absoluteUrl, siteUrl } from './site-url';

describe('siteUrl', () => {
	it('takes an http(s) origin with or without a path, without its trailing slash', () => {
		expect(siteUrl('https://example.org/')).toBe('https://example.org');
		expect(siteUrl(' https://example.org/qingdao/ ')).toBe('https://example.org/qingdao');
	});

	it('ignores a missing or malformed setting', () => {
		expect(siteUrl(undefined)).toBe('');
		expect(siteUrl('example.org')).toBe('');
		expect(siteUrl('javascript:alert(1)')).toBe('');
	});
});

describe('absoluteUrl', () => {
	it('puts a site path under the site URL when there is one, else keeps it root-relative', () => {
		expect(absoluteUrl('/projects/x/og.png', 'https://example.org/qd')).toBe(
			'https://example.org/qd/projects/x/og.png'
		);
		expect(absoluteUrl('/projects/x/og.png', '')).toBe('/projects/x/og.png');
	});

	it('refuses a path that does not start with a slash', () => {
		expect(() => absoluteUrl('projects', '')).toThrow(/must start with/);
	});
});
