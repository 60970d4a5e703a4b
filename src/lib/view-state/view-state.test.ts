import { describe, expect, it } from 'vitest';
import { parseViewState, writeViewState } from './view-state';

describe('parseViewState', () => {
	it('reads language and basemap', () => {
		expect(parseViewState(new URLSearchParams('lang=en&basemap=offline'))).toEqual({
			lang: 'en',
			basemap: 'offline'
		});
	});
	it('falls back to defaults for unknown or mangled values', () => {
		const state = parseViewState(new URLSearchParams('lang=%E2%9C%93&basemap=<script>&x=1'));
		expect(state).toEqual({ lang: undefined, basemap: undefined });
	});
	it('tolerates case and surrounding spaces', () => {
		expect(parseViewState(new URLSearchParams('lang=%20EN%20')).lang).toBe('en');
	});
});

describe('writeViewState', () => {
	it('round-trips through parseViewState and keeps foreign parameters', () => {
		const written = writeViewState(new URLSearchParams('utm_source=x'), {
			lang: 'en',
			basemap: 'online'
		});
		expect(written.get('utm_source')).toBe('x');
		expect(parseViewState(written)).toEqual({ lang: 'en', basemap: 'online' });
	});
	it('removes parameters whose value is the default', () => {
		const written = writeViewState(new URLSearchParams('lang=en'), {
			lang: undefined,
			basemap: undefined
		});
		expect(written.toString()).toBe('');
	});
});
