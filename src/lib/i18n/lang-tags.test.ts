import { describe, expect, it } from 'vitest';
import { withLang } from './lang-tags';

describe('withLang', () => {
	it('leaves a link as it is in the default language', () => {
		expect(withLang('/projects', 'zh')).toBe('/projects');
	});

	it('adds the language to a link, before its fragment and after its query', () => {
		expect(withLang('/projects', 'en')).toBe('/projects?lang=en');
		expect(withLang('/projects#schools', 'en')).toBe('/projects?lang=en#schools');
		expect(withLang('/?project=world-eye', 'en')).toBe('/?project=world-eye&lang=en');
	});
});
