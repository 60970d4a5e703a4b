/** A Clark–Evans result for tests: a clearly clustered pattern of 85 points, with `fields` changed. */
import type { ClarkEvansResult } from './clark-evans';

export const clarkEvansResult = (fields: Partial<ClarkEvansResult> = {}): ClarkEvansResult => ({
	n: 85,
	areaM2: 1e7,
	observedMeanM: 100,
	expectedMeanM: 200,
	R: 0.5,
	z: -8.2,
	pValue: 1e-16,
	outside: 0,
	skipped: 0,
	...fields
});
