// Fails the build when any file under geodata/ breaks the data contract, by running the same
// command as `npm run data:check` (so the checks live in one place, in TypeScript).
import { spawnSync } from 'node:child_process';

/** @returns {import('vite').Plugin} */
export function geodataCheck(dir = 'geodata') {
	return {
		name: 'geodata-check',
		apply: 'build',
		buildStart() {
			const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-data.ts', dir], {
				encoding: 'utf8'
			});
			if (run.status !== 0) this.error(`broken geodata:\n${run.stderr || run.stdout}`);
		}
	};
}
