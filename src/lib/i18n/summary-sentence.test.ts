import { expect, it } from 'vitest';
import { summarySentence } from './summary-sentence';

const summary = {
	total: 62,
	byDistrict: { shibei: 56, shinan: 6 },
	byStatus: {
		upcoming: 40,
		'due-soon': 2,
		'under-way': 0,
		'partly-done': 0,
		done: 0,
		delayed: 0,
		changed: 0,
		cancelled: 0,
		past: 14,
		none: 6
	},
	asOf: '2023-06-30'
};

it('summarises the list in Chinese', () => {
	expect(summarySentence(summary, 'zh')).toBe(
		'共 62 个项目（市北区 56 个，市南区 6 个）。截至2023年6月30日：14 个已过期限、2 个 30 天内到期、40 个未到期。'
	);
});

it('summarises the list in English', () => {
	expect(summarySentence(summary, 'en')).toBe(
		'62 projects (Shibei 56, Shinan 6). As of 30 Jun 2023: 14 past deadline, 2 due within 30 days, 40 upcoming.'
	);
});

it('counts projects reported in progress together', () => {
	const reported = {
		...summary,
		byStatus: { ...summary.byStatus, 'under-way': 3, 'partly-done': 2, delayed: 1, past: 8 }
	};
	expect(summarySentence(reported, 'en')).toBe(
		'62 projects (Shibei 56, Shinan 6). As of 30 Jun 2023: 8 past deadline, 2 due within 30 days, 40 upcoming, 6 reported in progress.'
	);
});
