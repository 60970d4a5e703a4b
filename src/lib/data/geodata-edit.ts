/**
 * The maintainers' editor's changes to the geodata files, as pure functions from the files' texts to
 * their new texts (docs/ARCHITECTURE.md, "The maintainers' editor"). An edit names what it changes; it is
 * applied to the files as they are on disk when saving, and the result is validated as a whole before
 * anything is written (`server/write-geodata.ts`). Every file keeps its own layout (`json-format.ts`), and
 * an object that is replaced keeps its keys' order, so the diff shows only what changed.
 */
import type { FileDiff } from './file-diff';
import { formatLike } from './json-format';
import { RESEARCH_LOG_FILE, UPDATES_FILE } from './validate-updates';

/** A feature's place: its geometry and what the position rests on. */
export interface PlaceEdit {
	op: 'place';
	/** The layer file, e.g. "parking.geojson". */
	file: string;
	/** The feature's id. */
	id: string;
	/** The new geometry, WGS-84 `[lng, lat]`. */
	geometry: unknown;
	/** The whole new `location` object (confidence, basis, source, uncertainty_m, …). */
	location: Record<string, unknown>;
}

/** A new update, or a changed one (same id); listed in its subject's research-log entry. */
export interface UpdateEdit {
	op: 'update';
	update: Record<string, unknown> & { id: string; subject: string };
}

/**
 * A new project: a feature appended to a layer file, and its research-log entry (every project has one:
 * what was searched for later reports, and when) appended to the log.
 */
export interface ProjectEdit {
	op: 'project';
	file: string;
	feature: { properties: { id: string } & Record<string, unknown> } & Record<string, unknown>;
	research?: Record<string, unknown> & { subject: string };
}

/** A source document a new project can cite: one with a text in `geodata/sources/` (sources.json). */
export interface SourceDoc {
	id: string;
	title: string;
	/** The district reports it holds, e.g. ["shinan", "shibei"]. */
	reports: string[];
}

export type GeodataEdit = PlaceEdit | UpdateEdit | ProjectEdit;

/** What the editor's endpoint answers to a preview or a save. */
export interface EditOutcome {
	/** What the save changes (or would change), file by file. */
	diffs: FileDiff[];
	/** Why the edit is refused, in the data check's words; empty when it is valid. */
	issues: string[];
	saved: boolean;
}

/** An edit that cannot be applied (a file or id that does not exist), with what to do. */
export class EditError extends Error {}

type Json = Record<string, unknown>;

/** `next` with the keys that `previous` had first, in `previous`'s order, then its new keys. */
export function keepKeyOrder<T extends Json>(previous: Json, next: T): T {
	const ordered: Json = {};
	for (const key of Object.keys(previous)) if (key in next) ordered[key] = next[key];
	for (const key of Object.keys(next)) if (!(key in ordered)) ordered[key] = next[key];
	return ordered as T;
}

function featuresOf(json: unknown, file: string): Json[] {
	const features = (json as { features?: unknown })?.features;
	if (!Array.isArray(features)) throw new EditError(`${file} has no "features" list`);
	return features as Json[];
}

const idOf = (feature: Json) => (feature.properties as { id?: unknown } | undefined)?.id;

/**
 * The texts of the files `edit` changes, keyed by their path in the geodata folder; `texts` holds the
 * current texts of at least those files. Throws `EditError` when the edit names what is not there.
 */
export function applyEdit(
	texts: Readonly<Record<string, string>>,
	edit: GeodataEdit
): Record<string, string> {
	const read = (file: string): unknown => {
		const text = texts[file];
		if (text === undefined) throw new EditError(`${file} is not a geodata file`);
		return JSON.parse(text);
	};
	const write = (file: string, json: unknown) => formatLike(texts[file]!, json);

	if (edit.op === 'place') {
		const json = read(edit.file);
		const feature = featuresOf(json, edit.file).find((f) => idOf(f) === edit.id);
		if (!feature) throw new EditError(`${edit.file} has no feature "${edit.id}"`);
		const properties = feature.properties as Json;
		const before = (feature.geometry ?? {}) as Json;
		feature.geometry =
			edit.geometry && typeof edit.geometry === 'object'
				? keepKeyOrder(before, edit.geometry as Json)
				: edit.geometry;
		properties.location = keepKeyOrder((properties.location ?? {}) as Json, edit.location);
		return { [edit.file]: write(edit.file, json) };
	}

	if (edit.op === 'project') {
		const json = read(edit.file);
		const features = featuresOf(json, edit.file);
		if (features.some((f) => idOf(f) === edit.feature.properties.id))
			throw new EditError(
				`${edit.file} already has a feature "${edit.feature.properties.id}"; choose another id`
			);
		features.push(edit.feature);
		const changed: Record<string, string> = { [edit.file]: write(edit.file, json) };
		if (edit.research) {
			const log = read(RESEARCH_LOG_FILE) as { entries?: Json[] };
			if (!Array.isArray(log.entries))
				throw new EditError(`${RESEARCH_LOG_FILE} has no "entries" list`);
			log.entries.push(edit.research);
			changed[RESEARCH_LOG_FILE] = write(RESEARCH_LOG_FILE, log);
		}
		return changed;
	}

	const updates = read(UPDATES_FILE) as { updates?: Json[] };
	if (!Array.isArray(updates.updates)) throw new EditError(`${UPDATES_FILE} has no "updates" list`);
	const at = updates.updates.findIndex((u) => u.id === edit.update.id);
	if (at >= 0) updates.updates[at] = keepKeyOrder(updates.updates[at]!, edit.update);
	else updates.updates.push(edit.update);
	const changed: Record<string, string> = { [UPDATES_FILE]: write(UPDATES_FILE, updates) };

	// The subject's research-log entry lists the update; a search that found it did find something.
	const log = read(RESEARCH_LOG_FILE) as { entries?: Json[] };
	const entry = log.entries?.find((e) => e.subject === edit.update.subject);
	const listed = entry?.updates;
	if (entry && Array.isArray(listed) && !listed.includes(edit.update.id)) {
		listed.push(edit.update.id);
		if (entry.result === 'nothing-found') entry.result = 'found';
		changed[RESEARCH_LOG_FILE] = write(RESEARCH_LOG_FILE, log);
	}
	return changed;
}
