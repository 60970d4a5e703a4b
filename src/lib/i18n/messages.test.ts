import { describe, expect, it } from 'vitest';
import { messages } from './all-messages';
import { detectLang, type Lang } from './messages';
import { filterText } from './filters';
import { nearText } from './near';
import { detailsText } from './project-details';
import { shareText } from './share';
import { summaryText } from './summary';

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

/** The interface texts: the page's, and those that load with a part of it. */
const TEXTS: Record<string, Record<Lang, object>> = {
	messages,
	filterText,
	nearText,
	detailsText,
	shareText,
	summaryText
};

describe.each(Object.entries(TEXTS))('%s', (_name, texts) => {
	it('has a non-empty English text for every Chinese key', () => {
		const en = texts.en as Record<string, unknown>;
		for (const key of Object.keys(texts.zh)) expect(String(en[key]), key).toMatch(/\S/);
	});
});
