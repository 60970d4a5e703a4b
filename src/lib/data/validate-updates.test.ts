import { beforeAll, describe, expect, it } from 'vitest';
import { readGeodata } from '../server/read-geodata';
import { formatIssue, validateGeodata, type GeodataFiles } from './validate-geodata';

type Entry = Record<string, unknown> & { subject: string; updates: string[] };
type UpdateJson = Record<string, unknown> & { id: string; source: Record<string, unknown> };

let committed: GeodataFiles;

beforeAll(() => {
	committed = readGeodata('geodata').files;
});

function edited(edit: (updates: UpdateJson[], log: Entry[]) => void): string[] {
	const files = structuredClone(committed);
	edit(
		(files.updates as { updates: UpdateJson[] }).updates,
		(files.research as { entries: Entry[] }).entries
	);
	return validateGeodata(files).issues.map(formatIssue);
}

const first = (updates: UpdateJson[]) => updates[0]!;

describe('the research log', () => {
	it('covers every project and record of the committed data', () => {
		expect(validateGeodata(committed).issues).toEqual([]);
		const { data } = validateGeodata(committed);
		const logged = new Set(data.research.map((e) => e.subject));
		for (const f of data.features)
			if (!f.properties.context) expect(logged).toContain(f.properties.id);
		for (const r of data.records) expect(logged).toContain(r.id);
	});

	it('fails when a project has no entry', () => {
		const messages = edited((_, log) => {
			const i = log.findIndex((e) => e.subject === 'tongde-road-primary-school');
			log.splice(i, 1);
		});
		expect(messages).toEqual([
			'geodata/sources/research-log.json: entry for "tongde-road-primary-school": has no entry: record when it was searched, the queries, the pages looked at and the result'
		]);
	});

	it('fails when an entry has no query', () => {
		const messages = edited((_, log) => {
			log.find((e) => e.subject === 'tongde-road-primary-school')!.queries = [];
		});
		expect(messages).toEqual([
			'geodata/sources/research-log.json: entry for "tongde-road-primary-school": queries must name at least one query'
		]);
	});

	it('fails when an update is not listed in its subject’s entry', () => {
		const messages = edited((updates, log) => {
			const u = first(updates);
			const entry = log.find((e) => e.subject === u.subject)!;
			entry.updates = entry.updates.filter((id) => id !== u.id);
			if (entry.updates.length === 0) entry.result = 'nothing-found';
		});
		expect(messages).toHaveLength(1);
		expect(messages[0]).toMatch(
			/^geodata\/updates\.json: update "[^"]+": subject .* does not list this update$/
		);
	});
});

describe('updates', () => {
	it('fail when the subject does not exist', () => {
		const messages = edited((updates) => {
			first(updates).subject = 'no-such-project';
		});
		expect(messages).toContain(
			`geodata/updates.json: update "${first((committed.updates as { updates: UpdateJson[] }).updates).id}": subject "no-such-project" is not a feature or record id`
		);
	});

	it('fail when the milestone does not exist', () => {
		const messages = edited((updates) => {
			first(updates).milestone = 9;
		});
		expect(messages).toEqual([
			expect.stringMatching(/update "[^"]+": milestone "[^"]+" has no milestone 9$/)
		]);
	});

	for (const field of ['url', 'publisher', 'date'])
		it(`fail when the source lacks its ${field}`, () => {
			const messages = edited((updates) => {
				delete first(updates).source[field];
			});
			expect(messages).toEqual([
				expect.stringMatching(
					new RegExp(`^geodata/updates\\.json: update "[^"]+": source\\.${field} `)
				)
			]);
		});

	it('fail when the evidence phrase is longer than 20 characters', () => {
		const messages = edited((updates) => {
			first(updates).evidence = '这是一个明显超过二十个字的证据短语，不应该被接受的';
		});
		expect(messages).toEqual([
			expect.stringMatching(
				/^geodata\/updates\.json: update "[^"]+": evidence is 25 characters; an evidence phrase is at most 20$/
			)
		]);
	});

	it('fail when dated after their own source', () => {
		const messages = edited((updates) => {
			const u = first(updates);
			u.date = '2030-01-01';
			u.date_precision = 'day';
		});
		expect(messages).toEqual([expect.stringMatching(/date 2030-01-01 is after the source's date/)]);
	});
});
