import { describe, expect, it } from 'vitest';
import { normalizeSource, quoteProblem } from './source-text';

const raw = [
	'# header',
	'标题:年内实现清零',
	'',
	'今年,将在3月底前完成河西',
	'',
	'剩余房屋征迁工作,建成3.2公里滨海步道。'
].join('\n');
const source = normalizeSource(raw, []);
const problem = (quote: string) => quoteProblem(quote, source, 'doc');

describe('quoteProblem', () => {
	it('accepts a clause ending at the end of a heading line', () => {
		expect(problem('年内实现清零')).toBeUndefined();
	});

	it('does not end a clause where the layout cut a prose line', () => {
		expect(problem('将在3月底前完成河西')).toMatch(/is not a whole clause/);
		expect(problem('将在3月底前完成河西剩余房屋征迁工作')).toBeUndefined();
	});

	it('does not take a decimal point for a clause boundary', () => {
		expect(problem('2公里滨海步道')).toMatch(/is not a whole clause/);
		expect(problem('建成3.2公里滨海步道')).toBeUndefined();
	});

	it('accepts a year phrase stated before the quote only when asked to', () => {
		const covers = { anyOf: ['今年'], what: 'its deadline phrase' };
		const quote = '建成3.2公里滨海步道';
		expect(quoteProblem(quote, source, 'doc', covers)).toMatch(/does not contain/);
		expect(quoteProblem(quote, source, 'doc', { ...covers, statedBefore: true })).toBeUndefined();
	});
});
