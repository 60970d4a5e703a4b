import { describe, expect, it } from 'vitest';
import { EMBED_SIZES, iframeCode, parseEmbedOptions, writeEmbedOptions } from './embed-options';

describe('parseEmbedOptions', () => {
	it('has the legend on, interaction on and fixed height by default', () => {
		expect(parseEmbedOptions(new URLSearchParams())).toEqual({
			title: undefined,
			caption: undefined,
			legend: true,
			interactive: true,
			autoHeight: false
		});
	});
	it('reads title, caption and switches, tolerating case and junk', () => {
		const options = parseEmbedOptions(
			new URLSearchParams(
				'title=%E5%B8%82%E5%8C%97&caption=x&legend=OFF&interactive=0&autoheight=yes&legend=1'
			)
		);
		expect(options).toEqual({
			title: '市北',
			caption: 'x',
			legend: false,
			interactive: false,
			autoHeight: true
		});
		expect(parseEmbedOptions(new URLSearchParams('legend=maybe')).legend).toBe(true);
	});
	it('caps long texts and strips control characters', () => {
		const long = 'a'.repeat(500);
		const options = parseEmbedOptions(new URLSearchParams({ title: long, caption: 'a\u0000b' }));
		expect(options.title).toHaveLength(200);
		expect(options.caption).toBe('a b');
	});
	it('round-trips through writeEmbedOptions', () => {
		const options = {
			title: 'T',
			caption: undefined,
			legend: false,
			interactive: true,
			autoHeight: true
		};
		expect(parseEmbedOptions(writeEmbedOptions(options))).toEqual(options);
	});
});

describe('iframeCode', () => {
	it('escapes the title and link for attributes', () => {
		const code = iframeCode(
			'https://x.org/embed?a=1&b="2"',
			EMBED_SIZES[1]!,
			'A "map" <x>',
			false,
			'https://x.org'
		);
		expect(code).toBe(
			'<iframe src="https://x.org/embed?a=1&amp;b=&quot;2&quot;" title="A &quot;map&quot; &lt;x>" width="600" height="400" style="border:0;max-width:100%" loading="lazy" allowfullscreen></iframe>'
		);
	});
	it('adds the sizing script for automatic height', () => {
		const code = iframeCode('https://x.org/embed', EMBED_SIZES[0]!, 'Map', true, 'https://x.org');
		expect(code).toContain('data-qd-embed');
		expect(code).toContain('<script src="https://x.org/embed.js" async></script>');
		expect(code).toContain('width="100%" height="480"');
	});
});
