/**
 * Read against the source text, no number or deadline is left out: every number and every date phrase
 * in the article lies inside some quote in the data, except the occurrences listed here with a reason.
 */
import { expect, it } from 'vitest';
import { readGeodata } from '../server/read-geodata';
import { validateGeodata } from './validate-geodata';

/** Each entry: a snippet around the uncovered token (unique in the text), and why it is not data. */
const NOT_DATA: [snippet: string, reason: string][] = [
	['早报2月13日讯 2月13日,青岛市市南区', 'publication date of the Shinan report (twice)'],
	['早报2月13日讯 2月13日,记者从市北区', 'publication date of the Shibei report (twice)'],
	['机关党员干部3个层面', 'the three levels of district staff: structure, not a commitment'],
	[
		'联系帮助1-2个社区书记',
		'a range per leader; kept in the summary of shinan-district-to-community'
	],
	[
		'直接联系2个以上网格',
		'"two or more" per official; kept in the summary of shinan-subdistrict-to-grid'
	],
	['聚力攻坚159个项目建设', 'headline; the 159 are on shibei-programme from the body text'],
	[
		'获悉,今年,市北区将围绕六个方面',
		'the year the whole programme covers; each milestone carries it'
	],
	['实现4所学校开建', 'sub-heading; the 4 schools are on schools-started from the body text']
];

it('covers every number and deadline phrase of the article with a quote', () => {
	const { files } = readGeodata('geodata');
	const { data } = validateGeodata(files);
	const body = files.sources['qdzb-2023-02-13']!.body;

	const quotes = [
		...data.features.flatMap(({ properties: p }) => [
			...p.milestones.map((m) => m.quote),
			...Object.values(p.metrics).map((m) => m!.quote),
			...(p.quote ? [p.quote] : [])
		]),
		...data.records.flatMap((r) => [
			r.quote,
			...r.milestones.map((m) => m.quote),
			...Object.values(r.metrics).map((m) => m!.quote)
		])
	];
	const covered = new Uint8Array(body.length);
	for (const quote of quotes) {
		for (let at = body.indexOf(quote); at >= 0; at = body.indexOf(quote, at + 1))
			covered.fill(1, at, at + quote.length);
	}
	for (const [snippet] of NOT_DATA) {
		const at = body.indexOf(snippet);
		expect(at, snippet).toBeGreaterThanOrEqual(0);
		covered.fill(1, at, at + snippet.length);
	}

	const uncovered = [...body.matchAll(/\d+(?:\.\d+)?|月底前|年内|上半年|年底|月初|期间|今年/g)]
		.filter((match) => !covered[match.index])
		.map(
			(match) => `${match[0]} in …${body.slice(Math.max(0, match.index - 15), match.index + 15)}…`
		);
	expect(uncovered).toEqual([]);
});
