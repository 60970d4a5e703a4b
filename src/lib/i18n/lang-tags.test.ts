import { describe, expect, it } from 'vitest';
import { withLang } from './lang-tags';

describe('withLang', () => {
	it('names the default language too, which a browser in another language would not open in', () => {
		expect(withLang('/projects', 'zh')).toBe('/projects?lang=zh');
	});

	it('adds the language to a link, before its fragment and after its query', () => {
		expect(withLang('/projects', 'en')).toBe('/projects?lang=en');
		expect(withLang('/projects#schools', 'en')).toBe('/projects?lang=en#schools');
		expect(withLang('/?project=world-eye', 'en')).toBe('/?project=world-eye&lang=en');
	});
});
