/**
 * Reads the geodata folder from disk (Node only: the build, the data check and the tests).
 * Files that are not valid JSON are reported as issues, not thrown, so every problem shows at once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findNonFiniteNumber, type NonFiniteNumber } from '../data/json-numbers';
import { normalizeSource, type SourceText } from '../data/source-text';
import {
	RECORDS_FILE,
	RESEARCH_LOG_FILE,
	UPDATES_FILE,
	type GeodataFiles,
	type GeodataIssue
} from '../data/validate-geodata';

interface SourceEntry {
	id: string;
	file?: string;
	captions?: string[];
}

function readJson(dir: string, file: string, issues: GeodataIssue[]): unknown {
	const path = join(dir, file);
	if (!existsSync(path)) {
		issues.push({ file, message: 'is missing' });
		return undefined;
	}
	const text = readFileSync(path, 'utf8');
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		const literal = findNonFiniteNumber(text, false);
		issues.push({
			file,
			message: literal
				? nonFiniteMessage(literal)
				: `is not valid JSON: ${(error as Error).message}`
		});
		return undefined;
	}
	// JSON.parse reads 1e999 as Infinity without complaint; the schema would only say "not finite".
	const overflow = findNonFiniteNumber(text);
	if (overflow) issues.push({ file, message: nonFiniteMessage(overflow) });
	return overflow ? undefined : json;
}

function nonFiniteMessage({ kind, literal, line, column }: NonFiniteNumber): string {
	const at = `line ${line}, column ${column}`;
	return kind === 'not-a-number'
		? `is not valid JSON: ${literal} at ${at} is not a JSON number; write a number, or null where the field allows it`
		: `has the number ${literal} at ${at}, which is out of range (larger than any double); write the intended value`;
}

export function readGeodata(dir = 'geodata'): { files: GeodataFiles; issues: GeodataIssue[] } {
	const issues: GeodataIssue[] = [];
	const layers: Record<string, unknown> = {};
	for (const file of readdirSync(dir).sort()) {
		if (file.endsWith('.geojson')) layers[file] = readJson(dir, file, issues);
	}
	const sources: Record<string, SourceText | null> = {};
	const index = readJson(dir, 'sources/sources.json', issues) as
		{ sources?: SourceEntry[] } | undefined;
	for (const entry of index?.sources ?? []) {
		if (!entry.file) {
			sources[entry.id] = null;
			continue;
		}
		const path = join(dir, 'sources', entry.file);
		if (!existsSync(path)) issues.push({ file: `sources/${entry.file}`, message: 'is missing' });
		else sources[entry.id] = normalizeSource(readFileSync(path, 'utf8'), entry.captions ?? []);
	}
	return {
		files: {
			layers,
			records: readJson(dir, RECORDS_FILE, issues),
			updates: readJson(dir, UPDATES_FILE, issues),
			research: readJson(dir, RESEARCH_LOG_FILE, issues),
			sources
		},
		issues
	};
}
