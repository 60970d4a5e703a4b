// npm run size — the JavaScript the first load of `/` fetches before the project list is interactive,
// gzipped, file by file, from a build's output; with --limit-kb, fails when the total is over that budget.
// Usage: tsx scripts/first-load-size.ts [build-dir] [--limit-kb N]
//
// "Fetched on first load" is every script the prerendered index.html names (modulepreload links and the
// inline start-up imports) and, transitively, every module those import statically. Dynamic `import()`s
// are left out: they load on demand, after the list is interactive (docs/ARCHITECTURE.md).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit-kb');
const limitKb = limitAt === -1 ? undefined : Number(args[limitAt + 1]);
const buildDir =
	args.find((arg, i) => !arg.startsWith('--') && (limitAt === -1 || i !== limitAt + 1)) ?? 'build';

if (limitKb !== undefined && !(limitKb > 0)) {
	console.error(
		`first-load-size: --limit-kb needs a positive number of kilobytes; got ${args[limitAt + 1]}`
	);
	process.exit(2);
}
const page = join(buildDir, 'index.html');
if (!existsSync(page)) {
	console.error(
		`first-load-size: ${page} does not exist; build first (npm run build), or name the build folder`
	);
	process.exit(2);
}

const html = readFileSync(page, 'utf8');
const named = [
	...html.matchAll(/<link[^>]+href="([^"]+\.js)"[^>]*>/g),
	...html.matchAll(/import\("([^"]+\.js)"\)/g),
	...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)
].map((match) => posix.normalize(match[1]!.replace(/^\.?\//, '')));

/** Static imports of a built module: `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`. */
function staticImports(file: string, code: string): string[] {
	const specifiers = [
		...code.matchAll(
			/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+\.js)["']/g
		)
	].map((match) => match[1]!);
	return specifiers.map((specifier) => posix.normalize(posix.join(posix.dirname(file), specifier)));
}

const sizes = new Map<string, { bytes: number; gzBytes: number }>();
const queue = [...new Set(named)];
while (queue.length > 0) {
	const file = queue.shift()!;
	if (sizes.has(file)) continue;
	const path = join(buildDir, file);
	if (!existsSync(path)) {
		console.error(`first-load-size: index.html names ${file}, which is not in ${buildDir}/`);
		process.exit(2);
	}
	const code = readFileSync(path);
	sizes.set(file, { bytes: code.length, gzBytes: gzipSync(code, { level: 9 }).length });
	queue.push(...staticImports(file, code.toString('utf8')));
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const rows = [...sizes].sort(([, a], [, b]) => b.gzBytes - a.gzBytes);
const totalGz = rows.reduce((sum, [, size]) => sum + size.gzBytes, 0);
const total = rows.reduce((sum, [, size]) => sum + size.bytes, 0);
const where = relative('.', dirname(page)) || '.';
console.log(`JavaScript fetched by the first load of / (${where}/index.html), gzip level 9:\n`);
console.log('| file | KB | KB gz |');
console.log('| --- | --: | --: |');
for (const [file, size] of rows)
	console.log(`| ${file} | ${kb(size.bytes)} | ${kb(size.gzBytes)} |`);
console.log(`| **${rows.length} files** | **${kb(total)}** | **${kb(totalGz)}** |`);

if (limitKb !== undefined) {
	if (totalGz > limitKb * 1024) {
		console.error(
			`\nsize: over budget — the first load of / fetches ${kb(totalGz)} KB of JavaScript gzipped; the budget is ${limitKb} KB (DESIGN budget "JavaScript before the list is readable", set in package.json's "size" script). Load what the first paint does not need with import() (see the table above).`
		);
		process.exit(1);
	}
	console.log(
		`\nsize: ${kb(totalGz)} KB gz is within the budget of ${limitKb} KB gz for the first load of /`
	);
}
