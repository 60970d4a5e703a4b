import { expect, it } from 'vitest';
import { summarySentence } from './summary-sentence';

const summary = {
	total: 62,
	byDistrict: { shibei: 56, shinan: 6 },
	byStatus: { upcoming: 40, 'due-soon': 2, past: 14, done: 0, none: 6 },
	asOf: '2023-06-30'
};

it('summarises the list in Chinese', () => {
	expect(summarySentence(summary, 'zh')).toBe(
		'共 62 个项目(市北区 56 个,市南区 6 个)。截至2023年6月30日:14 个已过期限、2 个 30 天内到期、40 个未到期。'
	);
});

it('summarises the list in English', () => {
	expect(summarySentence(summary, 'en')).toBe(
		'62 projects (Shibei 56, Shinan 6). As of 30 Jun 2023: 14 past deadline, 2 due within 30 days, 40 upcoming.'
	);
});
