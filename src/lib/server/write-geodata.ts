/**
 * Saving the maintainers' editor's changes (docs/ARCHITECTURE.md, "The maintainers' editor"): the edit is
 * applied to the files as they are on disk, the whole resulting data set goes through the same
 * validation as `npm run data:check`, and only then are the changed files written, each atomically (a
 * temporary file in the same folder, renamed over the old one), so a refused or failed save leaves every
 * file byte for byte as it was. Node only; used by the dev server's endpoint, never by the build.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileDiff } from '../data/file-diff';
import {
	applyEdit,
	EditError,
	type EditOutcome,
	type GeodataEdit,
	type SourceDoc
} from '../data/geodata-edit';
import {
	RESEARCH_LOG_FILE,
	UPDATES_FILE,
	formatIssue,
	validateGeodata
} from '../data/validate-geodata';
import { readGeodata } from './read-geodata';

/** The files an edit may change, by their path in the geodata folder: the layers, updates, research log. */
export function editableFiles(dir: string): string[] {
	const layers = readdirSync(dir).filter((file) => /^[a-z0-9-]+\.geojson$/.test(file));
	return [...layers.sort(), UPDATES_FILE, RESEARCH_LOG_FILE];
}

/** The current text of every editable file. */
export function readEditableFiles(dir: string): Record<string, string> {
	return Object.fromEntries(
		editableFiles(dir).map((file) => [file, readFileSync(join(dir, file), 'utf8')])
	);
}

/**
 * The source documents a new project can cite: those in `sources/sources.json` with a text file (the
 * quotes are checked against it), e.g. `{ id: "qdzb-2023-02-13", title: "qingdao-morning-post-….txt",
 * reports: ["shinan", "shibei"] }`.
 */
export function readSourceDocs(dir: string): SourceDoc[] {
	const { sources } = JSON.parse(readFileSync(join(dir, 'sources', 'sources.json'), 'utf8')) as {
		sources?: { id: string; file?: string; reports?: Record<string, unknown> }[];
	};
	return (sources ?? [])
		.filter((s) => typeof s.file === 'string')
		.map((s) => ({ id: s.id, title: s.file!, reports: Object.keys(s.reports ?? {}) }));
}

function prepare(dir: string, edit: GeodataEdit) {
	const texts = readEditableFiles(dir);
	let changed: Record<string, string>;
	try {
		changed = applyEdit(texts, edit);
	} catch (error) {
		if (error instanceof EditError || error instanceof SyntaxError)
			return { changed: {}, diffs: [], issues: [error.message] };
		throw error;
	}
	const diffs = Object.entries(changed).map(([file, text]) => fileDiff(file, texts[file]!, text));
	const { files, issues: readIssues } = readGeodata(dir);
	for (const [file, text] of Object.entries(changed)) {
		const json: unknown = JSON.parse(text);
		if (file === UPDATES_FILE) files.updates = json;
		else if (file === RESEARCH_LOG_FILE) files.research = json;
		else files.layers[file] = json;
	}
	const { issues } = validateGeodata(files);
	return { changed, diffs, issues: [...readIssues, ...issues].map(formatIssue) };
}

/** What `edit` would change and whether the data check accepts it; writes nothing. */
export function previewEdit(dir: string, edit: GeodataEdit): EditOutcome {
	const { diffs, issues } = prepare(dir, edit);
	return { diffs, issues, saved: false };
}

/** Applies `edit` and writes the changed files when the whole data set stays valid. */
export function saveEdit(dir: string, edit: GeodataEdit): EditOutcome {
	const { changed, diffs, issues } = prepare(dir, edit);
	if (issues.length > 0) return { diffs, issues, saved: false };
	// Every temporary file is written before any is renamed, so a full disk leaves all files as they were.
	const staged = Object.entries(changed).map(([file, text]) => {
		const path = join(dir, file);
		const temp = join(
			dirname(path),
			`.${file.replace(/\//g, '_')}.${randomBytes(6).toString('hex')}.tmp`
		);
		return { path, temp, text };
	});
	try {
		for (const { temp, text } of staged) writeFileSync(temp, text, { flag: 'wx' });
	} catch (error) {
		for (const { temp } of staged) rmSync(temp, { force: true });
		throw error;
	}
	for (const { path, temp } of staged) renameSync(temp, path);
	return { diffs, issues, saved: true };
}
