/**
 * Schemas of the geodata files (valibot). Structure only: cross-file rules (unique ids, group
 * membership, quotes in the source) are in validate-geodata.ts.
 */
import * as v from 'valibot';
import { ringCrossing } from '../geo/ring-crossing';
import {
	ACTIONS,
	CAMPAIGN_IDS,
	CONFIDENCES,
	DISTRICT_IDS,
	LAYER_IDS,
	LOCATION_BASES,
	METRIC_KEYS,
	PRECISIONS,
	QINGDAO_BBOX,
	QUALIFIERS,
	RECORD_KINDS,
	EVIDENCE_MAX_CHARS,
	RESEARCH_RESULTS,
	UPDATE_DATE_PRECISIONS,
	UPDATE_OUTCOMES
} from './vocabulary';
import { isIsoDate } from './dates';

const text = v.pipe(v.string('must be a string'), v.trim(), v.nonEmpty('must not be empty'));

const slug = v.pipe(
	v.string('must be a string'),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9 and single hyphens)')
);

const isoDate = v.pipe(
	v.string('must be a date string'),
	v.check(isIsoDate, (issue) => `${JSON.stringify(issue.input)} is not a real date (YYYY-MM-DD)`)
);

const httpUrl = v.pipe(
	v.string(),
	v.check((url) => /^https?:\/\//.test(url), 'must be an http or https URL')
);

export const Bilingual = v.strictObject({ zh: text, en: text });

/**
 * The English translation of a verbatim quote (`quote_en` beside `quote`): the article's sentence in
 * plain English, shown marked as a translation. English only, so a quote copied by mistake is caught.
 */
const quoteTranslation = v.pipe(
	text,
	v.check(
		(en) => !/\p{Script=Han}/u.test(en),
		'must be the English translation, without Chinese characters (place names as in name.en)'
	)
);

/** A position [lng, lat] inside Qingdao. */
const [WEST, SOUTH, EAST, NORTH] = QINGDAO_BBOX;
const position = v.pipe(
	v.array(v.number('must be a number'), 'must be a [lng, lat] array'),
	v.check((p) => p.length === 2 || p.length === 3, 'must be [lng, lat] (or [lng, lat, height])'),
	v.check((p) => p.every(Number.isFinite), 'must hold finite numbers'),
	v.check(
		(p) => p[0]! >= WEST && p[0]! <= EAST && p[1]! >= SOUTH && p[1]! <= NORTH,
		(issue) =>
			`${JSON.stringify(issue.input)} is outside Qingdao (${WEST}–${EAST}° E, ${SOUTH}–${NORTH}° N); coordinates are [lng, lat] in WGS-84`
	)
);

const line = v.pipe(v.array(position), v.minLength(2, 'a line needs at least 2 positions'));

function isClosed(r: number[][]): boolean {
	const first = r[0]!;
	const last = r[r.length - 1]!;
	return first[0] === last[0] && first[1] === last[1];
}

const ring = v.pipe(
	v.array(position),
	v.minLength(4, 'a polygon ring needs at least 4 positions'),
	v.check(isClosed, 'a polygon ring must be closed (last position equal to the first)'),
	// A ring that crosses itself has no defined inside (see geo/ring-crossing.ts).
	v.check(
		(r) => r.length < 4 || !isClosed(r) || ringCrossing(r) === undefined,
		(issue) =>
			`a polygon ring must not cross or touch itself (it does at ${JSON.stringify(ringCrossing(issue.input))})`
	)
);

/** Twice the signed area of a ring in degrees²: positive when counterclockwise. */
function signedArea(r: number[][]): number {
	let sum = 0;
	for (let i = 0, j = r.length - 1; i < r.length; j = i++)
		sum += (r[j]![0]! - r[i]![0]!) * (r[j]![1]! + r[i]![1]!);
	return sum;
}

// RFC 7946 §3.1.6: exterior rings counterclockwise, holes clockwise (the right-hand rule).
const polygon = v.pipe(
	v.array(ring),
	v.minLength(1, 'a polygon needs an exterior ring'),
	v.check(
		(rings) => rings.every((r, i) => (i === 0 ? signedArea(r) > 0 : signedArea(r) < 0)),
		'rings must follow the right-hand rule (RFC 7946): exterior counterclockwise, holes clockwise'
	)
);

const Point = v.strictObject({ type: v.literal('Point'), coordinates: position });
const LineString = v.strictObject({ type: v.literal('LineString'), coordinates: line });
const Polygon = v.strictObject({ type: v.literal('Polygon'), coordinates: polygon });
const MultiPoint = v.strictObject({
	type: v.literal('MultiPoint'),
	coordinates: v.array(position)
});
const MultiLineString = v.strictObject({
	type: v.literal('MultiLineString'),
	coordinates: v.array(line)
});
const MultiPolygon = v.strictObject({
	type: v.literal('MultiPolygon'),
	coordinates: v.array(polygon)
});
const SimpleGeometry = v.variant(
	'type',
	[Point, LineString, Polygon, MultiPoint, MultiLineString, MultiPolygon],
	'must be a GeoJSON geometry (Point, LineString, Polygon, Multi…, GeometryCollection) or null'
);
const GeometryCollection = v.strictObject({
	type: v.literal('GeometryCollection'),
	geometries: v.array(SimpleGeometry)
});
export const Geometry = v.variant(
	'type',
	[Point, LineString, Polygon, MultiPoint, MultiLineString, MultiPolygon, GeometryCollection],
	'must be a GeoJSON geometry (Point, LineString, Polygon, Multi…, GeometryCollection) or null'
);

export const Milestone = v.pipe(
	v.strictObject({
		action: v.picklist(ACTIONS, `must be one of: ${ACTIONS.join(', ')}`),
		due: isoDate,
		start: v.optional(isoDate),
		precision: v.picklist(PRECISIONS, `must be one of: ${PRECISIONS.join(', ')}`),
		phrase: text,
		text: Bilingual,
		quote: text,
		quote_en: quoteTranslation
	}),
	v.forward(
		v.check((m) => !m.start || m.start <= m.due, 'must not be after the due date'),
		['start']
	)
);

export const Metric = v.strictObject({
	value: v.pipe(
		v.number('must be a number (base units, not a string)'),
		v.finite('must be finite'),
		v.minValue(0, 'must not be negative')
	),
	qualifier: v.picklist(QUALIFIERS, `must be one of: ${QUALIFIERS.join(', ')}`),
	phrase: text,
	quote: text,
	quote_en: quoteTranslation
});

export const Metrics = v.record(
	v.picklist(METRIC_KEYS, `metric ids are: ${METRIC_KEYS.join(', ')}`),
	Metric
);

export const Location = v.strictObject({
	confidence: v.picklist(CONFIDENCES, `must be one of: ${CONFIDENCES.join(', ')}`),
	basis: v.picklist(LOCATION_BASES, `must be one of: ${LOCATION_BASES.join(', ')}`),
	gazetteer: v.optional(v.array(text)),
	uncertainty_m: v.optional(v.pipe(v.number('must be a number of metres'), v.minValue(0))),
	note: v.optional(Bilingual),
	source: v.optional(text)
});

export const SourceRef = v.strictObject({
	doc: text,
	report: v.optional(v.picklist(DISTRICT_IDS, `must be one of: ${DISTRICT_IDS.join(', ')}`))
});

const campaign = v.nullable(
	v.picklist(CAMPAIGN_IDS, `must be null or one of: ${CAMPAIGN_IDS.join(', ')}`)
);
const district = v.picklist(DISTRICT_IDS, `must be one of: ${DISTRICT_IDS.join(', ')}`);

export const ProjectProperties = v.strictObject({
	id: slug,
	layer: v.picklist(LAYER_IDS, `must be one of: ${LAYER_IDS.join(', ')}`),
	district,
	campaign,
	group: v.optional(slug),
	context: v.optional(v.literal(true, 'is only ever true (context features) or absent')),
	name: Bilingual,
	summary: v.optional(Bilingual),
	quote: v.optional(text),
	quote_en: v.optional(quoteTranslation),
	milestones: v.optional(v.array(Milestone), []),
	metrics: v.optional(Metrics, {}),
	location: Location,
	source: SourceRef
});

export const ProjectFeature = v.strictObject({
	type: v.literal('Feature', 'must be "Feature"'),
	id: v.optional(v.union([v.string(), v.number()])),
	geometry: v.nullable(Geometry),
	properties: ProjectProperties
});

export const LayerFile = v.strictObject({
	type: v.literal('FeatureCollection', 'must be "FeatureCollection"'),
	features: v.array(v.unknown(), 'must be an array of features')
});

export const DistrictRecord = v.strictObject({
	id: slug,
	kind: v.picklist(RECORD_KINDS, `must be one of: ${RECORD_KINDS.join(', ')}`),
	district,
	campaign: v.optional(campaign),
	name: Bilingual,
	summary: v.optional(Bilingual),
	metrics: v.optional(Metrics, {}),
	milestones: v.optional(v.array(Milestone), []),
	members: v.optional(v.array(slug), []),
	unnamed_count: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
	quote: text,
	quote_en: quoteTranslation,
	source: SourceRef
});

export const RecordsFile = v.strictObject({ records: v.array(v.unknown()) });

export const Update = v.strictObject({
	id: slug,
	/** The feature or record the update is about. */
	subject: slug,
	/** Index into the subject's milestones; absent when the update is about the project as a whole. */
	milestone: v.optional(
		v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'))
	),
	outcome: v.picklist(UPDATE_OUTCOMES, `must be one of: ${UPDATE_OUTCOMES.join(', ')}`),
	/** When the outcome happened (day, month) or the date by which it had happened (by). */
	date: isoDate,
	date_precision: v.picklist(
		UPDATE_DATE_PRECISIONS,
		`must be one of: ${UPDATE_DATE_PRECISIONS.join(', ')}`
	),
	/** Our own words, never the source's sentences. */
	text: Bilingual,
	/** A phrase copied from the source as a pointer to the evidence, at most EVIDENCE_MAX_CHARS. */
	evidence: v.optional(
		v.pipe(
			text,
			v.check(
				(phrase) => [...phrase].length <= EVIDENCE_MAX_CHARS,
				(issue) =>
					`is ${[...String(issue.input)].length} characters; an evidence phrase is at most ${EVIDENCE_MAX_CHARS}`
			)
		)
	),
	source: v.strictObject({
		url: httpUrl,
		title: text,
		publisher: text,
		/** Publication date, as the page states it (or as its text establishes: date_from_text). */
		date: isoDate,
		date_from_text: v.optional(v.literal(true, 'is only ever true or absent'))
	})
});

export const UpdatesFile = v.strictObject({ updates: v.array(v.unknown()) });

/** One project's or record's search for later reports (geodata/sources/research-log.json). */
export const ResearchEntry = v.strictObject({
	subject: slug,
	/** When the search was made. */
	searched: isoDate,
	queries: v.pipe(
		v.array(text, 'must be a list of the queries run'),
		v.minLength(1, 'must name at least one query')
	),
	/** Pages looked at (judged), found or not. */
	pages: v.array(httpUrl, 'must be a list of http(s) URLs'),
	result: v.picklist(RESEARCH_RESULTS, `must be one of: ${RESEARCH_RESULTS.join(', ')}`),
	/** Ids of the updates the search produced. */
	updates: v.array(slug, 'must be a list of update ids')
});

export const ResearchLogFile = v.strictObject({ entries: v.array(v.unknown()) });

export type ProjectFeature = v.InferOutput<typeof ProjectFeature>;
export type ProjectProperties = v.InferOutput<typeof ProjectProperties>;
export type Milestone = v.InferOutput<typeof Milestone>;
export type Metric = v.InferOutput<typeof Metric>;
export type Metrics = v.InferOutput<typeof Metrics>;
export type DistrictRecord = v.InferOutput<typeof DistrictRecord>;
export type Update = v.InferOutput<typeof Update>;
export type ResearchEntry = v.InferOutput<typeof ResearchEntry>;
