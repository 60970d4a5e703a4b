import { describe, expect, it } from 'vitest';
import {
	nextHistoryStep,
	readAnalysisFromUrl,
	readViewFromUrl,
	viewLink,
	viewSearch
} from './url-sync';
import type { ViewState } from './view-state';

const at = (search: string, hash = '') => ({ pathname: '/base/', search, hash });
const camera = { center: [120.38, 36.07] as [number, number], zoom: 13, bearing: 0, pitch: 0 };

describe('reading a page address', () => {
	it('reads the view and the analysis, with or without the "?"', () => {
		expect(readViewFromUrl('?lang=en&project=xiaogang-station')).toEqual({
			lang: 'en',
			project: 'xiaogang-station'
		});
		expect(readViewFromUrl('lang=zh')).toEqual({ lang: 'zh' });
		expect(readAnalysisFromUrl('?analysis=catchments&catchment=800')).toEqual({
			mode: 'catchments',
			catchmentRadiusM: 800
		});
		expect(readAnalysisFromUrl('?lang=en')).toBeUndefined();
	});
});

describe('the history entry of a changed view', () => {
	it('records nothing when the URL already describes the view', () => {
		expect(nextHistoryStep(at('?lang=en'), { lang: 'en' })).toBeUndefined();
		expect(nextHistoryStep(at(''), {})).toBeUndefined();
	});

	it('replaces the entry when the map moves', () => {
		expect(nextHistoryStep(at('?lang=en'), { lang: 'en', camera })).toEqual({
			url: '/base/?lang=en&map=13/36.07000/120.38000/0/0',
			push: false
		});
	});

	it('adds an entry when a project opens or a place is chosen, and when they close', () => {
		const project: ViewState = { lang: 'en', project: 'xiaogang-station' };
		expect(nextHistoryStep(at('?lang=en'), project)?.push).toBe(true);
		expect(nextHistoryStep(at('?lang=en&project=xiaogang-station'), { lang: 'en' })?.push).toBe(
			true
		);
		const near: ViewState = { lang: 'en', near: { center: [120.38, 36.07], radiusM: 800 } };
		expect(nextHistoryStep(at('?lang=en'), near)).toEqual({
			url: '/base/?lang=en&near=120.38000,36.07000,800',
			push: true
		});
	});

	it('keeps foreign parameters and the hash, and writes or removes the analysis', () => {
		const step = nextHistoryStep(at('?utm=x&lang=zh', '#top'), { lang: 'en' }, { mode: 'density' });
		expect(step).toEqual({ url: '/base/?utm=x&lang=en&analysis=density#top', push: false });
		expect(nextHistoryStep(at('?lang=en&analysis=density'), { lang: 'en' })?.url).toBe(
			'/base/?lang=en'
		);
		expect(nextHistoryStep(at('?utm=x&lang=en'), {})?.url).toBe('/base/?utm=x');
		expect(nextHistoryStep(at('?lang=en'), {})?.url).toBe('/base/');
	});
});

describe('links that open a view', () => {
	it('writes only the view and the analysis', () => {
		expect(viewLink('/', { lang: 'en', camera })).toBe('/?lang=en&map=13/36.07000/120.38000/0/0');
		expect(viewLink('https://example.org/', { lang: 'zh' }, { mode: 'nearest' })).toBe(
			'https://example.org/?lang=zh&analysis=nearest'
		);
		expect(viewLink('/embed', {})).toBe('/embed');
		expect(viewSearch('?keep=1&lang=zh', { lang: 'en' })).toBe('keep=1&lang=en');
	});
});
