import { describe, expect, it } from 'vitest';
import { clarkEvansResult as result } from '$lib/analysis/clark-evans-fixture';
import { describeClarkEvans } from './clark-evans-sentence';

describe('describeClarkEvans', () => {
	it('says a significantly clustered pattern is clustered, with its numbers', () => {
		expect(describeClarkEvans(result({}), 'en')).toBe(
			'The 85 projects are more clustered than a random pattern (Clark–Evans R = 0.50, z = −8.20, p < 0.001).'
		);
		expect(describeClarkEvans(result({}), 'zh')).toBe(
			'这85个项目的分布比随机分布更集中（Clark–Evans R = 0.50，z = −8.20，p < 0.001）。'
		);
	});

	it('says a significantly dispersed pattern is evenly spread', () => {
		const text = describeClarkEvans(result({ R: 1.6, z: 3.1, pValue: 0.0019 }), 'en');
		expect(text).toMatch(/more evenly spread than a random pattern \(.*p = 0\.002\)\.$/);
	});

	it('does not call a non-significant ratio clustered', () => {
		const text = describeClarkEvans(result({ R: 0.9, z: -1.2, pValue: 0.23 }), 'en');
		expect(text).toMatch(/does not differ significantly from a random pattern/);
		expect(describeClarkEvans(result({ R: 0.9, z: -1.2, pValue: 0.23 }), 'zh')).toMatch(
			/与随机分布无显著差异/
		);
	});

	it('warns when fewer than 30 projects were measured', () => {
		expect(describeClarkEvans(result({ n: 12 }), 'en')).toMatch(
			/, but only 12 projects were measured, too few for a firm conclusion\.$/
		);
		expect(describeClarkEvans(result({ n: 12 }), 'zh')).toMatch(/，但仅有12个项目/);
	});

	it('warns when many locations are approximate', () => {
		const text = describeClarkEvans(result({ n: 12 }), 'en', { approximateShare: 0.85 });
		expect(text).toMatch(/too few for a firm conclusion, and 85% of the locations are approximate/);
		expect(describeClarkEvans(result({}), 'zh', { approximateShare: 0.85 })).toMatch(
			/，但85%的位置为估算/
		);
	});

	it('stays quiet about approximation when few locations are approximate', () => {
		expect(describeClarkEvans(result({}), 'en', { approximateShare: 0.1 })).not.toMatch(
			/approximate/
		);
	});

	it('is a single sentence', () => {
		const text = describeClarkEvans(result({ n: 12 }), 'en', { approximateShare: 0.85 });
		expect(text.match(/\.(\s|$)/g)).toHaveLength(1);
	});

	it('rejects an approximate share outside 0–1', () => {
		expect(() => describeClarkEvans(result({}), 'en', { approximateShare: 85 })).toThrow(
			/approximateShare must be a share from 0 to 1/
		);
	});
});
