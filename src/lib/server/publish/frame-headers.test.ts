import { describe, expect, it } from 'vitest';
import { GET } from '../../../routes/_headers/+server';
import { FRAME_POLICY, frameRules, headersFile, headersFor } from './frame-headers';

/** The `_headers` file exactly as the build writes it. */
async function generated(): Promise<string> {
	const response = await (GET as unknown as () => Promise<Response> | Response)();
	return response.text();
}

const APP_PATHS = [
	'/',
	'/index.html',
	'/404.html',
	'/projects',
	'/projects.html',
	'/projects/shinan-001',
	'/projects/shinan-001.html',
	'/projects/shinan-001/og.png',
	'/data',
	'/data/projects.geojson'
];
const EMBED_PATHS = ['/embed', '/embed.html', '/embed/', '/embed/anything'];

describe('the _headers file', () => {
	it('lets only this site frame the app pages', async () => {
		const file = await generated();
		for (const path of APP_PATHS) {
			expect(headersFor(file, path), path).toEqual({
				'Content-Security-Policy': "frame-ancestors 'self'",
				'X-Frame-Options': 'SAMEORIGIN'
			});
		}
	});

	it('lets any page frame /embed: no framing header, not even frame-ancestors *', async () => {
		const file = await generated();
		for (const path of EMBED_PATHS) expect(headersFor(file, path), path).toEqual({});
	});

	it('covers a page added later without editing the rules', () => {
		const file = headersFile(frameRules(['/', '/embed', '/projects/[id]', '/(info)/about']));
		expect(headersFor(file, '/about')).toEqual(FRAME_POLICY.app);
		expect(headersFor(file, '/about/team')).toEqual(FRAME_POLICY.app);
		expect(headersFor(file, '/embed')).toEqual(FRAME_POLICY.embed);
	});

	it('would show an overlap as a joined header (the check above is not vacuous)', () => {
		const file = '/*\n  Content-Security-Policy: a\n/embed\n  Content-Security-Policy: b\n';
		expect(headersFor(file, '/embed')).toEqual({ 'Content-Security-Policy': 'a, b' });
	});
});
