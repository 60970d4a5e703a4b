import { describe, expect, it } from 'vitest';
import { absoluteUrl } from './absolute-url';

describe('absoluteUrl', () => {
	it('resolves a same-site path and keeps a tile template’s braces', () => {
		expect(absoluteUrl('/tiles/{z}/{x}/{y}.pbf')).toBe('http://localhost/tiles/{z}/{x}/{y}.pbf');
	});

	it('keeps a pmtiles:// archive’s scheme around the resolved path, and leaves full URLs alone', () => {
		expect(absoluteUrl('pmtiles:///data/qingdao.pmtiles')).toBe(
			'pmtiles://http://localhost/data/qingdao.pmtiles'
		);
		expect(absoluteUrl('https://tiles.example.org/a.pmtiles')).toBe(
			'https://tiles.example.org/a.pmtiles'
		);
	});
});
