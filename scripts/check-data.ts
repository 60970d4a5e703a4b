// npm run data:check — validates every file under geodata/ and prints what it checked or what is wrong.
// Usage: tsx scripts/check-data.ts [geodata-dir]
import { readGeodata } from '../src/lib/server/read-geodata';
import { formatIssue, validateGeodata } from '../src/lib/data/validate-geodata';

const dir = process.argv[2] ?? 'geodata';
const { files, issues: readIssues } = readGeodata(dir);
const { issues, data } = validateGeodata(files);
const all = [...readIssues, ...issues];

if (all.length > 0) {
	for (const issue of all) console.error(formatIssue(issue));
	console.error(`\ndata:check: ${all.length} problem${all.length === 1 ? '' : 's'} in ${dir}/`);
	process.exit(1);
}

const quotes =
	data.features.reduce(
		(n, f) =>
			n +
			f.properties.milestones.length +
			Object.keys(f.properties.metrics).length +
			(f.properties.quote ? 1 : 0),
		0
	) + data.records.reduce((n, r) => n + 1 + r.milestones.length + Object.keys(r.metrics).length, 0);
const found = data.research.filter((e) => e.result === 'found').length;
console.log(
	`data:check: ${Object.keys(files.layers).length} layer files, ${data.features.length} features, ` +
		`${data.records.length} records, ${data.updates.length} updates, ${quotes} quotes verbatim and whole clauses, each with its English translation; ` +
		`research log: ${data.research.length} entries (${found} found, ${data.research.length - found} nothing found) — all valid`
);
