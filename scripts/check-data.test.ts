import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';

let dir: string | undefined;
afterEach(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
	dir = undefined;
});

function run(geodataDir: string): { code: number; out: string } {
	try {
		const out = execFileSync('npx', ['tsx', 'scripts/check-data.ts', geodataDir], {
			encoding: 'utf8',
			stdio: 'pipe'
		});
		return { code: 0, out };
	} catch (error) {
		const failed = error as { status: number; stdout: string; stderr: string };
		return { code: failed.status, out: failed.stdout + failed.stderr };
	}
}

it('passes on the committed data and says what it checked', () => {
	const { code, out } = run('geodata');
	expect(code).toBe(0);
	expect(out).toMatch(/12 layer files, \d+ features, \d+ records/);
}, 30_000);

it('fails, naming the file, when a layer file is not valid JSON', () => {
	dir = mkdtempSync(join(tmpdir(), 'geodata-'));
	cpSync('geodata', dir, { recursive: true });
	writeFileSync(join(dir, 'schools.geojson'), '{"type": "FeatureCollection", "features": [');
	const { code, out } = run(dir);
	expect(code).toBe(1);
	expect(out).toMatch(/^geodata\/schools\.geojson: is not valid JSON/m);
}, 30_000);

it('fails, naming the feature and field, when a quote has no English translation', () => {
	dir = mkdtempSync(join(tmpdir(), 'geodata-'));
	cpSync('geodata', dir, { recursive: true });
	const file = join(dir, 'metro.geojson');
	const text = readFileSync(file, 'utf8');
	const line = /^\s*"quote_en": "Complete the demolition of houses at Xiaogang Station[^\n]*\n/m;
	expect(text).toMatch(line);
	writeFileSync(file, text.replace(line, ''));
	const { code, out } = run(dir);
	expect(code).toBe(1);
	expect(out).toMatch(
		/^geodata\/metro\.geojson: feature "xiaogang-station": milestones\[0\]\.quote_en is missing: add the English translation of "quote" beside it$/m
	);
}, 30_000);
