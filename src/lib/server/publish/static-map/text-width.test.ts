import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './text-width';

describe('textWidth', () => {
	it('counts a Chinese character as one em and Latin letters as less', () => {
		expect(textWidth('小港站', 20)).toBe(60);
		expect(textWidth('Xiaogang', 20)).toBeLessThan(8 * 20 * 0.7);
	});
});

describe('wrapText', () => {
	it('breaks Chinese between characters and Latin at spaces', () => {
		expect(wrapText('地铁2号线小港站房屋拆除', 20, 140, 3)).toEqual([
			'地铁2号线小港',
			'站房屋拆除'
		]);
		expect(wrapText('Complete demolition of houses', 20, 160, 3)).toEqual([
			'Complete',
			'demolition of',
			'houses'
		]);
	});

	it('ends the last line with an ellipsis when the text does not fit', () => {
		const lines = wrapText('区机关向下助力社区区机关向下助力社区', 20, 100, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1]!.endsWith('…')).toBe(true);
		expect(textWidth(lines[1]!, 20)).toBeLessThanOrEqual(100);
	});

	it('keeps a short text on one line', () => {
		expect(wrapText('世界之眼', 54, 444, 3)).toEqual(['世界之眼']);
	});
});
