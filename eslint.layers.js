// The code's layers and which ones each may import (docs/ARCHITECTURE.md explains them). Lower layers
// never import higher ones; `server` sits beside `map` and never imports it, nor the browser state.
// Tests may import across layers (they load the data with the server's reader).

/** @type {Record<string, string[]>} layer folder under src/lib → the layers it may import */
/** What the browser state and the build's server code both stand on. */
const BELOW_STATE = [
	'geo',
	'data',
	'config',
	'analysis',
	'style',
	'i18n',
	'import',
	'view-state',
	'export'
];

export const LAYERS = {
	geo: [],
	data: ['geo'],
	config: ['data'],
	analysis: ['geo', 'data'],
	style: ['data'],
	i18n: ['geo', 'data', 'analysis'],
	import: ['geo', 'data', 'i18n'],
	'view-state': ['geo', 'data', 'config', 'analysis', 'i18n'],
	export: ['geo', 'data', 'analysis', 'style', 'i18n', 'import'],
	embed: ['geo', 'data', 'i18n', 'view-state'],
	state: [...BELOW_STATE, 'embed'],
	server: BELOW_STATE,
	map: [...BELOW_STATE, 'embed', 'state'],
	components: [...BELOW_STATE, 'embed', 'state', 'map']
};

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One ESLint config object per layer: `no-restricted-imports` refuses an import of any layer it may
 * not use, whether written `$lib/<layer>/…` or relatively (`../<layer>/…`).
 * @returns {import('eslint').Linter.Config[]}
 */
export function layerRules() {
	const all = Object.keys(LAYERS);
	return all.map((layer) => {
		const forbidden = all.filter((other) => other !== layer && !LAYERS[layer].includes(other));
		const names = forbidden.map(escape).join('|');
		const allowed = LAYERS[layer].length ? LAYERS[layer].join(', ') : 'no other layer';
		return {
			files: [`src/lib/${layer}/**/*.{ts,js,svelte}`],
			ignores: ['**/*.test.ts'],
			rules: {
				'no-restricted-imports': [
					'error',
					{
						patterns: [
							{
								regex: `^(\\$lib/|(\\.\\./)+)(${names})(/|$)`,
								message: `${layer}/ may import only ${allowed} (the layers are in docs/ARCHITECTURE.md).`
							}
						]
					}
				]
			}
		};
	});
}
