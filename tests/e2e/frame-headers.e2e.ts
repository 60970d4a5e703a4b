/**
 * The build's `_headers` (who may frame the pages), as `vite preview` sends them: the app only to this
 * site, /embed to anyone.
 */
import { expect, test } from './fixtures';

test('the app refuses other sites’ frames, /embed accepts them', async ({ request }) => {
	for (const path of ['/', '/projects', '/data']) {
		const headers = (await request.get(path)).headers();
		expect(headers['content-security-policy'], path).toBe("frame-ancestors 'self'");
		expect(headers['x-frame-options'], path).toBe('SAMEORIGIN');
	}
	const embed = (await request.get('/embed?district=shinan')).headers();
	expect(embed['content-security-policy']).toBeUndefined();
	expect(embed['x-frame-options']).toBeUndefined();
});
