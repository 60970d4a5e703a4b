/** One plain sentence saying what a Clark–Evans result means, with its caveats. */
import {
	readClarkEvans,
	type ClarkEvansReading,
	type ClarkEvansResult
} from '$lib/analysis/clark-evans';
import type { Lang } from './messages';

/** The reading and the statistics, numbers already written ("R = 0.50" …). */
interface Facts extends ClarkEvansReading {
	n: number;
	R: string;
	z: string;
	p: string;
}

const numbers = ({ R, z, p }: Facts, separator: string) =>
	`R = ${R}${separator}z = ${z}${separator}${p}`;

const SENTENCE: Record<Lang, (facts: Facts) => string> = {
	zh: (facts) => {
		const { n, pattern, fewPoints, manyApproximate, approximatePercent } = facts;
		const main = {
			clustered: `这${n}个项目的分布比随机分布更集中`,
			dispersed: `这${n}个项目的分布比随机分布更均匀`,
			random: `这${n}个项目的分布与随机分布无显著差异`
		}[pattern];
		const caveats = [
			...(fewPoints ? [`仅有${n}个项目，样本太少，难下定论`] : []),
			...(manyApproximate ? [`${approximatePercent}%的位置为估算，项目间距离并不精确`] : [])
		];
		return `${main}（Clark–Evans ${numbers(facts, '，')}）${caveats.length ? `，但${caveats.join('；且')}` : ''}。`;
	},
	en: (facts) => {
		const { n, pattern, fewPoints, manyApproximate, approximatePercent } = facts;
		const main = {
			clustered: `The ${n} projects are more clustered than a random pattern`,
			dispersed: `The ${n} projects are more evenly spread than a random pattern`,
			random: `The spacing of the ${n} projects does not differ significantly from a random pattern`
		}[pattern];
		const caveats = [
			...(fewPoints ? [`only ${n} projects were measured, too few for a firm conclusion`] : []),
			...(manyApproximate
				? [
						`${approximatePercent}% of the locations are approximate, so the distances between them are uncertain`
					]
				: [])
		];
		return `${main} (Clark–Evans ${numbers(facts, ', ')})${caveats.length ? `, but ${caveats.join(', and ')}` : ''}.`;
	}
};

/** `approximateShare`: the share of the measured locations that are approximate, 0–1. */
export function describeClarkEvans(
	result: ClarkEvansResult,
	lang: Lang,
	options: { approximateShare?: number } = {}
): string {
	const { n, R, z, pValue } = result;
	return SENTENCE[lang]({
		...readClarkEvans(result, options),
		n,
		R: R.toFixed(2),
		z: signed(z),
		p: pValue < 0.001 ? 'p < 0.001' : `p = ${pValue.toFixed(3)}`
	});
}

/** z with a true minus sign, two decimals. */
function signed(z: number): string {
	return `${z < 0 ? '−' : ''}${Math.abs(z).toFixed(2)}`;
}
