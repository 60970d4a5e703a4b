/**
 * The editor's view of the geodata files it was sent (docs/ARCHITECTURE.md, "The maintainers' editor"):
 * the features it can choose from, their positions and the updates. The files are validated when saved,
 * not here; this only reads what the form needs.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { PlaceEdit, ProjectEdit, SourceDoc, UpdateEdit } from '$lib/data/geodata-edit';
import { UPDATES_FILE } from '$lib/data/validate-updates';
import { formatPosition, parseLngLat } from '$lib/export/correction-report';
import {
	formatShapeText,
	isEditableShape,
	parseShapeText,
	type EditableShape,
	type ShapeProblem
} from '$lib/geo/shape-edit';
import type { LngLat } from '$lib/geo/types';

/** Where the dev server's editor endpoint answers (scripts/vite-plugin-editor.ts). */
export const EDITOR_API = '/__editor';

export interface EditableFeature {
	file: string;
	id: string;
	layer: string;
	name: { zh: string; en: string };
	geometry: Geometry | null;
	location: Record<string, unknown>;
	milestones: { text: { zh: string; en: string }; due: string }[];
}

export interface EditableUpdate extends Record<string, unknown> {
	id: string;
	subject: string;
}

/** The features of every layer file, in file order. */
export function editableFeatures(texts: Readonly<Record<string, string>>): EditableFeature[] {
	return Object.entries(texts)
		.filter(([file]) => file.endsWith('.geojson'))
		.flatMap(([file, text]) => {
			const json = JSON.parse(text) as {
				features?: {
					geometry: Geometry | null;
					properties: Omit<EditableFeature, 'file' | 'geometry'>;
				}[];
			};
			return (json.features ?? []).map((f): EditableFeature => ({
				file,
				id: f.properties.id,
				layer: f.properties.layer,
				name: f.properties.name,
				geometry: f.geometry,
				location: f.properties.location ?? {},
				milestones: f.properties.milestones ?? []
			}));
		});
}

/** The updates in `updates.json`. */
export function editableUpdates(texts: Readonly<Record<string, string>>): EditableUpdate[] {
	const text = texts[UPDATES_FILE];
	return text ? ((JSON.parse(text) as { updates?: EditableUpdate[] }).updates ?? []) : [];
}

/** The features as one collection for the map, with `id` and `layer` properties. */
export function featureCollection(features: readonly EditableFeature[]): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: features
			.filter((f) => f.geometry)
			.map((f) => ({
				type: 'Feature',
				geometry: f.geometry!,
				properties: { id: f.id, layer: f.layer }
			}))
	};
}

/** A point feature's position; undefined for lines, areas and features without geometry. */
export function pointOf(feature: EditableFeature | undefined): LngLat | undefined {
	const g = feature?.geometry;
	return g?.type === 'Point' ? [g.coordinates[0]!, g.coordinates[1]!] : undefined;
}

/** A line or area feature's shape, as the editor redraws it; undefined for anything else. */
export function shapeOf(feature: EditableFeature | undefined): EditableShape | undefined {
	const g = feature?.geometry;
	return isEditableShape(g) ? g : undefined;
}

/** Features whose name (either language) or id contains `query`, case-insensitively. */
export function searchFeatures(
	features: readonly EditableFeature[],
	query: string
): EditableFeature[] {
	const q = query.trim().toLowerCase();
	if (!q) return [...features];
	return features.filter(
		(f) => f.id.includes(q) || f.name.zh.includes(q) || f.name.en.toLowerCase().includes(q)
	);
}

/** The place form's fields, as typed. */
export interface PlaceDraft {
	/** "lng, lat"; for a point only. */
	position: string;
	/** The coordinates as JSON (`formatShapeText`); for a line or area only. */
	shape: string;
	confidence: string;
	basis: string;
	source: string;
	/** Metres as typed; '' for none. */
	uncertainty: string;
}

export function placeDraft(feature: EditableFeature): PlaceDraft {
	const point = pointOf(feature);
	const shape = shapeOf(feature);
	const l = feature.location;
	return {
		position: point ? formatPosition(point) : '',
		shape: shape ? formatShapeText(shape) : '',
		confidence: String(l.confidence ?? ''),
		basis: String(l.basis ?? ''),
		source: typeof l.source === 'string' ? l.source : '',
		uncertainty: typeof l.uncertainty_m === 'number' ? String(l.uncertainty_m) : ''
	};
}

/** Degrees rounded to 6 decimals (about 0.1 m), as a report writes them: a drag is not more precise. */
const round6 = (degrees: number) => Number(degrees.toFixed(6));

/** Why a line's or area's typed coordinates cannot be saved. */
export interface ShapeRefusal {
	shapeProblem: ShapeProblem;
}

/**
 * The edit the place form describes, 'position' when a point's typed position cannot be read, or why
 * a line's or area's coordinates cannot be used (a vertex that did not move keeps its stored numbers;
 * `parseShapeText`). The location keeps its other fields (gazetteer, note); an emptied source or
 * uncertainty is removed, and a typed uncertainty that is not a number is sent as typed, for the data
 * check to refuse.
 */
export function placeEdit(
	feature: EditableFeature,
	draft: PlaceDraft
): PlaceEdit | 'position' | ShapeRefusal {
	let geometry: unknown = feature.geometry;
	const stored = pointOf(feature);
	// An untouched position keeps the stored coordinates, whatever their number of decimals.
	if (stored && draft.position.trim() !== formatPosition(stored)) {
		const at = parseLngLat(draft.position);
		if (!at) return 'position';
		geometry = { type: 'Point', coordinates: [round6(at[0]), round6(at[1])] };
	}
	const shape = shapeOf(feature);
	if (shape && draft.shape.trim() !== formatShapeText(shape)) {
		const result = parseShapeText(shape, draft.shape);
		if ('problem' in result) return { shapeProblem: result.problem };
		geometry = result.shape;
	}
	const location: Record<string, unknown> = {
		...feature.location,
		confidence: draft.confidence,
		basis: draft.basis
	};
	if (draft.source.trim()) location.source = draft.source.trim();
	else delete location.source;
	const metres = draft.uncertainty.trim();
	if (metres) location.uncertainty_m = Number.isFinite(Number(metres)) ? Number(metres) : metres;
	else delete location.uncertainty_m;
	return { op: 'place', file: feature.file, id: feature.id, geometry, location };
}

/** The update form's fields, as typed. */
export interface UpdateDraft {
	/** The id of the update being changed; '' for a new one. */
	editing: string;
	id: string;
	/** A milestone's index as text; '' for the whole project. */
	milestone: string;
	outcome: string;
	date: string;
	datePrecision: string;
	textZh: string;
	textEn: string;
	evidence: string;
	url: string;
	title: string;
	publisher: string;
	sourceDate: string;
}

export function updateDraft(update?: EditableUpdate): UpdateDraft {
	const u = (update ?? {}) as Record<string, never> & {
		text?: { zh?: string; en?: string };
		source?: Record<string, string>;
	};
	const str = (value: unknown) => (typeof value === 'string' ? value : '');
	return {
		editing: str(update?.id),
		id: str(u.id),
		milestone: typeof u.milestone === 'number' ? String(u.milestone) : '',
		outcome: str(u.outcome),
		date: str(u.date),
		datePrecision: str(u.date_precision) || 'day',
		textZh: str(u.text?.zh),
		textEn: str(u.text?.en),
		evidence: str(u.evidence),
		url: str(u.source?.url),
		title: str(u.source?.title),
		publisher: str(u.source?.publisher),
		sourceDate: str(u.source?.date)
	};
}

/**
 * The update the form describes, about `subject`; a changed update keeps the fields the form does not
 * show (`date_from_text`). Values go as typed: the data check says what is wrong with them.
 */
export function updateEdit(
	subject: string,
	draft: UpdateDraft,
	previous?: EditableUpdate
): UpdateEdit {
	const before = (previous ?? {}) as Record<string, unknown> & { source?: Record<string, unknown> };
	const update: UpdateEdit['update'] = {
		...before,
		id: draft.id.trim(),
		subject,
		outcome: draft.outcome,
		date: draft.date.trim(),
		date_precision: draft.datePrecision,
		text: { zh: draft.textZh.trim(), en: draft.textEn.trim() },
		source: {
			...before.source,
			url: draft.url.trim(),
			title: draft.title.trim(),
			publisher: draft.publisher.trim(),
			date: draft.sourceDate.trim()
		}
	};
	if (draft.milestone !== '') update.milestone = Number(draft.milestone);
	else delete update.milestone;
	if (draft.evidence.trim()) update.evidence = draft.evidence.trim();
	else delete update.evidence;
	return { op: 'update', update };
}

/** One milestone's fields in the new-project form, as typed. */
export interface MilestoneDraft {
	action: string;
	due: string;
	precision: string;
	phrase: string;
	textZh: string;
	textEn: string;
	quote: string;
	quoteEn: string;
}

export const milestoneDraft = (): MilestoneDraft => ({
	action: 'complete',
	due: '',
	precision: 'year',
	phrase: '',
	textZh: '',
	textEn: '',
	quote: '',
	quoteEn: ''
});

/** The new-project form's fields, as typed. */
export interface ProjectDraft {
	id: string;
	layer: string;
	district: string;
	/** '' for none (null in the data). */
	campaign: string;
	nameZh: string;
	nameEn: string;
	summaryZh: string;
	summaryEn: string;
	milestones: MilestoneDraft[];
	/** "lng, lat"; '' for a project without a geometry. */
	position: string;
	confidence: string;
	basis: string;
	locationSource: string;
	uncertainty: string;
	/** The source document's id (`source.doc`). */
	doc: string;
	/** The district report within it; '' for none. */
	report: string;
	/** The research-log entry every project needs: when and how later reports were searched for. */
	searched: string;
	/** One query a line. */
	queries: string;
	/** One http(s) address a line. */
	pages: string;
}

export function projectDraft(sources: readonly SourceDoc[]): ProjectDraft {
	return {
		id: '',
		layer: '',
		district: '',
		campaign: '',
		nameZh: '',
		nameEn: '',
		summaryZh: '',
		summaryEn: '',
		milestones: [milestoneDraft()],
		position: '',
		confidence: 'low',
		basis: 'description',
		locationSource: '',
		uncertainty: '',
		doc: sources[0]?.id ?? '',
		report: '',
		searched: '',
		queries: '',
		pages: ''
	};
}

const lines = (text: string) =>
	text
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean);

/** A bilingual text, or undefined when both languages are empty (an optional field left out). */
function bilingual(zh: string, en: string): { zh: string; en: string } | undefined {
	return zh.trim() || en.trim() ? { zh: zh.trim(), en: en.trim() } : undefined;
}

/**
 * The new project the form describes, with its research-log entry, or 'position' when a typed position
 * cannot be read. Values go as typed (trimmed): the data check says what is wrong with them, including
 * a quote that is not in the chosen source. The result of the search is "nothing-found": a new project
 * has no updates yet; they are added afterwards with the update form.
 */
export function projectEdit(draft: ProjectDraft): ProjectEdit | 'position' {
	let geometry: unknown = null;
	if (draft.position.trim()) {
		const at = parseLngLat(draft.position);
		if (!at) return 'position';
		geometry = { type: 'Point', coordinates: [round6(at[0]), round6(at[1])] };
	}
	const id = draft.id.trim();
	const summary = bilingual(draft.summaryZh, draft.summaryEn);
	const location: Record<string, unknown> = { confidence: draft.confidence, basis: draft.basis };
	const metres = draft.uncertainty.trim();
	if (metres) location.uncertainty_m = Number.isFinite(Number(metres)) ? Number(metres) : metres;
	if (draft.locationSource.trim()) location.source = draft.locationSource.trim();
	const source: Record<string, string> = { doc: draft.doc };
	if (draft.report) source.report = draft.report;
	const properties = {
		id,
		layer: draft.layer,
		district: draft.district,
		campaign: draft.campaign || null,
		name: { zh: draft.nameZh.trim(), en: draft.nameEn.trim() },
		...(summary && { summary }),
		milestones: draft.milestones.map((m) => ({
			action: m.action,
			due: m.due.trim(),
			precision: m.precision,
			phrase: m.phrase.trim(),
			text: { zh: m.textZh.trim(), en: m.textEn.trim() },
			quote_en: m.quoteEn.trim(),
			quote: m.quote.trim()
		})),
		location,
		source
	};
	return {
		op: 'project',
		file: `${draft.layer}.geojson`,
		feature: { type: 'Feature', geometry, properties },
		research: {
			subject: id,
			searched: draft.searched.trim(),
			queries: lines(draft.queries),
			pages: lines(draft.pages),
			result: 'nothing-found',
			updates: []
		}
	};
}
