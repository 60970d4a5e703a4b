import { describe, expect, it } from 'vitest';
import { cspDirectives } from './csp.js';

const AMAP = ['1', '2', '3', '4'].map((n) => `https://webrd0${n}.is.autonavi.com`);
const TIANDITU = ['0', '1', '2', '3', '4', '5', '6', '7'].map(
	(n) => `https://t${n}.tianditu.gov.cn`
);
const OPENFREEMAP = 'https://tiles.openfreemap.org';

/** The remote hosts a policy lets the page fetch, beyond itself and data:/blob: URLs. */
function remoteHosts(env: Record<string, string | undefined>) {
	const policy = cspDirectives(env);
	const connect = policy['connect-src']!.filter((s) => s.startsWith('https://'));
	const img = policy['img-src']!.filter((s) => s.startsWith('https://'));
	expect(img).toEqual(connect);
	return connect;
}

describe('the Content-Security-Policy built from the basemap registry', () => {
	it('names exactly the default basemaps’ hosts: OpenFreeMap and Amap, no Tianditu without a key', () => {
		expect(remoteHosts({})).toEqual([...AMAP, OPENFREEMAP].sort());
	});

	it('adds Tianditu’s eight hosts with a key, and nothing for a same-site vector basemap', () => {
		expect(
			remoteHosts({
				PUBLIC_TIANDITU_KEY: 'k',
				PUBLIC_VECTOR_TILES_URL: '/tiles/qingdao.pmtiles'
			})
		).toEqual([...AMAP, ...TIANDITU, OPENFREEMAP].sort());
	});

	it('names a vector basemap’s own host, also inside a pmtiles:// URL', () => {
		expect(
			remoteHosts({
				PUBLIC_BASEMAPS: 'offline,vector',
				PUBLIC_VECTOR_TILES_URL: 'pmtiles://https://cdn.example.org/q.pmtiles'
			})
		).toEqual(['https://cdn.example.org']);
		expect(
			remoteHosts({
				PUBLIC_BASEMAPS: 'vector',
				PUBLIC_VECTOR_TILES_URL: 'https://tiles.example.org/{z}/{x}/{y}.mvt'
			})
		).toEqual(['https://tiles.example.org']);
	});

	it('lists no remote host at all for an offline-only build', () => {
		expect(remoteHosts({ PUBLIC_BASEMAPS: 'offline' })).toEqual([]);
		const policy = cspDirectives({ PUBLIC_BASEMAPS: 'offline' });
		expect(policy['connect-src']).toEqual(['self']);
		expect(policy['default-src']).toEqual(['self']);
	});

	it('follows a replaced online style and its extra tile hosts', () => {
		expect(
			remoteHosts({
				PUBLIC_BASEMAPS: 'online',
				PUBLIC_BASEMAP_STYLE_URL: 'https://maps.example.org/style.json',
				PUBLIC_BASEMAP_HOSTS: 'https://tiles.example.org, https://glyphs.example.org'
			})
		).toEqual([
			'https://glyphs.example.org',
			'https://maps.example.org',
			'https://tiles.example.org'
		]);
	});
});
