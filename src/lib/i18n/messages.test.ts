import { describe, expect, it } from 'vitest';
import { detectLang, messages } from './messages';

describe('detectLang', () => {
	it('picks Chinese for any zh variant', () => {
		expect(detectLang(['zh-TW', 'en'])).toBe('zh');
	});
	it('picks English when English comes before Chinese', () => {
		expect(detectLang(['en-GB', 'zh-CN'])).toBe('en');
	});
	it('falls back to Chinese for unsupported languages', () => {
		expect(detectLang(['fr', 'de'])).toBe('zh');
	});
});

describe('messages', () => {
	it('has a non-empty English text for every Chinese key', () => {
		for (const key of Object.keys(messages.zh) as (keyof typeof messages.zh)[]) {
			expect(String(messages.en[key]), key).toMatch(/\S/);
		}
	});
});
