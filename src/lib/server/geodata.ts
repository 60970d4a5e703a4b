/** The validated data set for pages rendered at build time; read once per build. */
import { formatIssue, validateGeodata, type Geodata } from '$lib/data/validate-geodata';
import { readGeodata } from './read-geodata';

let cached: Geodata | undefined;

export function loadGeodata(): Geodata {
	if (cached) return cached;
	const { files, issues } = readGeodata('geodata');
	const { issues: problems, data } = validateGeodata(files);
	const all = [...issues, ...problems];
	if (all.length > 0) throw new Error(`broken geodata:\n${all.map(formatIssue).join('\n')}`);
	cached = data;
	return data;
}
