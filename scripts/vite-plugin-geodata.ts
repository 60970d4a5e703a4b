/** Fails the build when any file under geodata/ breaks the data contract (same checks as data:check). */
import type { Plugin } from 'vite';
import { readGeodata } from '../src/lib/server/read-geodata';
import { formatIssue, validateGeodata } from '../src/lib/data/validate-geodata';

export function geodataCheck(dir = 'geodata'): Plugin {
	return {
		name: 'geodata-check',
		apply: 'build',
		buildStart() {
			const { files, issues } = readGeodata(dir);
			const all = [...issues, ...validateGeodata(files).issues];
			if (all.length > 0)
				this.error(`broken geodata (run npm run data:check):\n${all.map(formatIssue).join('\n')}`);
		}
	};
}
