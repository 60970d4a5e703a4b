import { expect, it } from 'vitest';
import { nearSentence } from './near-sentence';

const summary = {
	count: 3,
	byLayer: { schools: 2, roads: 1 },
	metrics: { households: { value: 300, qualifier: 'more-than' as const } },
	groups: []
};

it('sums up the radius in Chinese', () => {
	expect(nearSentence(summary, 1000, 'zh')).toBe(
		'1 公里内共 3 个项目：学校 2 个、道路交通 1 个。合计征收户数 300余户。'
	);
});

it('sums up the radius in English, with the milestone window', () => {
	expect(nearSentence(summary, 1000, 'en', { from: '2023-01-01', to: '2023-12-31' })).toBe(
		'Within 1 km (milestones 1 Jan 2023 – 31 Dec 2023): 3 projects — Schools 2, Roads 1. Together: 300+ households.'
	);
});

it('says so when nothing is near', () => {
	expect(nearSentence({ count: 0, byLayer: {}, metrics: {}, groups: [] }, 250, 'en')).toBe(
		'No project within 250 m.'
	);
});
