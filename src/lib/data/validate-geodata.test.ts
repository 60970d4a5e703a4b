import { beforeAll, describe, expect, it } from 'vitest';
import { readGeodata } from '../server/read-geodata';
import { formatIssue, validateGeodata, type GeodataFiles } from './validate-geodata';

let committed: GeodataFiles;

beforeAll(() => {
	const { files, issues } = readGeodata('geodata');
	expect(issues).toEqual([]);
	committed = files;
});

type Json = Record<string, unknown> & {
	features: {
		properties: Record<string, unknown> & {
			milestones: Record<string, unknown>[];
			metrics: Record<string, Record<string, unknown>>;
		};
		geometry: { coordinates: unknown };
	}[];
};

/** A deep copy of the committed files with one layer changed by `edit`. */
function withLayer(file: string, edit: (layer: Json) => void): GeodataFiles {
	const copy = structuredClone(committed);
	edit(copy.layers[file] as Json);
	return copy;
}

/** A copy of the committed files with these updates, the research log listing them. */
function withUpdates(updates: Record<string, unknown>[]): GeodataFiles {
	const files = structuredClone(committed);
	files.updates = { updates };
	const log = files.research as {
		entries: { subject: string; result: string; updates: string[] }[];
	};
	for (const entry of log.entries) {
		entry.updates = updates.filter((u) => u.subject === entry.subject).map((u) => String(u.id));
		entry.result = entry.updates.length ? 'found' : 'nothing-found';
	}
	return files;
}

function messages(files: GeodataFiles): string[] {
	return validateGeodata(files).issues.map(formatIssue);
}

describe('validateGeodata', () => {
	it('accepts the committed data', () => {
		expect(messages(committed)).toEqual([]);
	});

	it('names file, feature and field for a coordinate outside Qingdao', () => {
		const files = withLayer('metro.geojson', (layer) => {
			const station = layer.features.find((f) => f.properties.id === 'xiaogang-station')!;
			station.geometry.coordinates = [121.9, 36.07];
		});
		expect(messages(files)).toEqual([
			'geodata/metro.geojson: feature "xiaogang-station": geometry.coordinates [121.9,36.07] is outside Qingdao (120.15–120.6° E, 35.95–36.25° N); coordinates are [lng, lat] in WGS-84'
		]);
	});

	it('catches coordinates given as [lat, lng]', () => {
		const files = withLayer('metro.geojson', (layer) => {
			layer.features[0]!.geometry.coordinates = [36.07, 120.31];
		});
		expect(messages(files).join('\n')).toMatch(
			/geometry\.coordinates \[36\.07,120\.31\] is outside Qingdao/
		);
	});

	it('names both files for a duplicate id', () => {
		const files = withLayer('schools.geojson', (layer) => {
			layer.features[0]!.properties.id = 'xiaogang-station';
		});
		expect(messages(files)).toContain(
			'geodata/schools.geojson: feature "xiaogang-station": id is not unique: also used in geodata/metro.geojson'
		);
	});

	it('rejects an impossible date', () => {
		const files = withLayer('metro.geojson', (layer) => {
			const station = layer.features.find((f) => f.properties.id === 'xiaogang-station')!;
			station.properties.milestones[0]!.due = '2023-02-30';
		});
		expect(messages(files)).toEqual([
			'geodata/metro.geojson: feature "xiaogang-station": milestones[0].due "2023-02-30" is not a real date (YYYY-MM-DD)'
		]);
	});

	/** Messages for the committed data with one quote of xiaogang-station (or dabaodao's metric) changed. */
	const withQuote = (quote: string, metric = false) =>
		messages(
			metric
				? withLayer('historic-districts.geojson', (layer) => {
						const f = layer.features.find((f) => f.properties.id === 'dabaodao-surroundings')!;
						f.properties.metrics.area_m2!.quote = quote;
					})
				: withLayer('metro.geojson', (layer) => {
						const f = layer.features.find((f) => f.properties.id === 'xiaogang-station')!;
						f.properties.milestones[0]!.quote = quote;
					})
		);
	const NOT_A_CLAUSE =
		'is not a whole clause of source "qdzb-2023-02-13" (it must start and end at punctuation or a line break)';

	it('rejects a one-character quote: a substring of the article is not a claim', () => {
		expect(withQuote('年')).toEqual([
			`geodata/metro.geojson: feature "xiaogang-station": milestones[0].quote "年" ${NOT_A_CLAUSE}`
		]);
	});

	it('rejects a fragment cut mid-clause', () => {
		expect(withQuote('地铁2号线小港站房屋拆除')).toEqual([
			`geodata/metro.geojson: feature "xiaogang-station": milestones[0].quote "地铁2号线小港站房屋拆除" ${NOT_A_CLAUSE}`
		]);
	});

	it('rejects a whole clause shorter than the minimum', () => {
		expect(withQuote('市南区供图')).toEqual([
			'geodata/metro.geojson: feature "xiaogang-station": milestones[0].quote "市南区供图" is 5 characters; a quote is a whole clause of at least 6'
		]);
	});

	it("rejects a milestone's quote without its deadline phrase", () => {
		expect(withQuote('6月底前完成地铁5号线6个站点房屋征收工作')).toEqual([
			'geodata/metro.geojson: feature "xiaogang-station": milestones[0].quote "6月底前完成地铁5号线6个站点房屋征收工作" does not contain its deadline phrase "3月底前"'
		]);
	});

	it("rejects a metric's quote without its phrase or number", () => {
		expect(withQuote('完成太平山、浮山绿道景观提升工程', true)).toEqual([
			'geodata/historic-districts.geojson: feature "dabaodao-surroundings": metrics.area_m2.quote "完成太平山、浮山绿道景观提升工程" does not contain its phrase or number "38万平方米" or "38"'
		]);
	});

	it('rejects a quote that is not verbatim in the source', () => {
		const files = withLayer('metro.geojson', (layer) => {
			const station = layer.features.find((f) => f.properties.id === 'xiaogang-station')!;
			station.properties.milestones[0]!.quote = '3月底前完成地铁2号线小港站全部房屋拆除';
		});
		expect(messages(files)).toEqual([
			'geodata/metro.geojson: feature "xiaogang-station": milestones[0].quote "3月底前完成地铁2号线小港站全部房屋拆除" is not verbatim in source "qdzb-2023-02-13"'
		]);
	});

	it("names the feature and field when a milestone's quote has no English translation", () => {
		const files = withLayer('metro.geojson', (layer) => {
			const station = layer.features.find((f) => f.properties.id === 'xiaogang-station')!;
			delete station.properties.milestones[0]!.quote_en;
		});
		expect(messages(files)).toEqual([
			'geodata/metro.geojson: feature "xiaogang-station": milestones[0].quote_en is missing: add the English translation of "quote" beside it'
		]);
	});

	it("names the feature and field when a metric's quote has no English translation", () => {
		const files = withLayer('historic-districts.geojson', (layer) => {
			const f = layer.features.find((f) => f.properties.id === 'dabaodao-surroundings')!;
			delete f.properties.metrics.area_m2!.quote_en;
		});
		expect(messages(files)).toEqual([
			'geodata/historic-districts.geojson: feature "dabaodao-surroundings": metrics.area_m2.quote_en is missing: add the English translation of "quote" beside it'
		]);
	});

	it("names the record and field when a record's quote has no English translation", () => {
		const files = structuredClone(committed);
		const { records } = files.records as { records: Record<string, unknown>[] };
		delete records.find((r) => r.id === 'shibei-programme')!.quote_en;
		// The record is then not valid, so its updates also name it as unknown; this is the first message.
		expect(messages(files)[0]).toBe(
			'geodata/records.json: record "shibei-programme": quote_en is missing: add the English translation of "quote" beside it'
		);
	});

	it('names the feature when its own quote has no English translation', () => {
		const files = withLayer('historic-districts.geojson', (layer) => {
			const f = layer.features.find((f) => f.properties.id === 'dabaodao-cultural-leisure-block')!;
			delete f.properties.quote_en;
		});
		expect(messages(files)).toEqual([
			'geodata/historic-districts.geojson: feature "dabaodao-cultural-leisure-block": quote_en is missing: add the English translation of "quote" beside it'
		]);
	});

	it('rejects a translation that is the Chinese quote copied', () => {
		const files = withLayer('metro.geojson', (layer) => {
			const station = layer.features.find((f) => f.properties.id === 'xiaogang-station')!;
			station.properties.milestones[0]!.quote_en = station.properties.milestones[0]!.quote;
		});
		expect(messages(files)).toEqual([
			'geodata/metro.geojson: feature "xiaogang-station": milestones[0].quote_en must be the English translation, without Chinese characters (place names as in name.en)'
		]);
	});

	it('rejects a metric given as a string', () => {
		const files = withLayer('roads.geojson', (layer) => {
			const road = layer.features.find((f) => f.properties.id === 'chongqing-road-elevated')!;
			road.properties.metrics.households!.value = '300';
		});
		expect(messages(files)).toEqual([
			'geodata/roads.geojson: feature "chongqing-road-elevated": metrics.households.value must be a number (base units, not a string) (got "300")'
		]);
	});

	it('rejects a due date that does not match its stated precision', () => {
		const files = withLayer('metro.geojson', (layer) => {
			const station = layer.features.find((f) => f.properties.id === 'xiaogang-station')!;
			station.properties.milestones[0]!.due = '2023-03-30';
		});
		expect(messages(files)).toEqual([
			'geodata/metro.geojson: feature "xiaogang-station": milestones[0] due 2023-03-30 is not the last day of its month'
		]);
	});

	it('rejects an unclosed polygon ring', () => {
		const files = withLayer('villages.geojson', (layer) => {
			const ring = (layer.features[0]!.geometry.coordinates as number[][][])[0]!;
			ring.pop();
		});
		expect(messages(files).join('\n')).toMatch(
			/villages\.geojson: feature "hexi-village": geometry\.coordinates\[0\] a polygon ring must be closed/
		);
	});

	it('rejects a ring that crosses itself, naming where', () => {
		const files = withLayer('villages.geojson', (layer) => {
			// A bow-tie: its two halves meet at (120.355, 36.105).
			layer.features[0]!.geometry.coordinates = [
				[
					[120.35, 36.1],
					[120.36, 36.11],
					[120.36, 36.1],
					[120.35, 36.11],
					[120.35, 36.1]
				]
			];
		});
		expect(messages(files)).toContain(
			'geodata/villages.geojson: feature "hexi-village": geometry.coordinates[0] a polygon ring must not cross or touch itself (it does at [120.355,36.105])'
		);
	});

	it('rejects a clockwise exterior ring (RFC 7946 right-hand rule)', () => {
		const files = withLayer('villages.geojson', (layer) => {
			(layer.features[0]!.geometry.coordinates as number[][][])[0]!.reverse();
		});
		expect(messages(files)).toEqual([
			'geodata/villages.geojson: feature "hexi-village": geometry.coordinates rings must follow the right-hand rule (RFC 7946): exterior counterclockwise, holes clockwise'
		]);
	});

	it('rejects a group the records do not know', () => {
		const files = withLayer('schools.geojson', (layer) => {
			layer.features[0]!.properties.group = 'schools-imagined';
		});
		expect(messages(files)).toEqual([
			'geodata/schools.geojson: feature "shuangshan-primary-school": group "schools-imagined" is not a record in geodata/records.json'
		]);
	});

	it('rejects an update about a milestone that does not exist', () => {
		const files = withUpdates([
			{
				id: 'xiaogang-demolished',
				subject: 'xiaogang-station',
				milestone: 5,
				outcome: 'done',
				date: '2023-03-30',
				date_precision: 'day',
				text: { zh: '已完成', en: 'Done' },
				source: { title: 't', publisher: 'p', date: '2023-03-31', url: 'https://example.org/a' }
			}
		]);
		expect(messages(files)).toEqual([
			'geodata/updates.json: update "xiaogang-demolished": milestone "xiaogang-station" has no milestone 5'
		]);
	});

	it('rejects an update whose source link is not http(s)', () => {
		const files = withUpdates([
			{
				id: 'bad-link',
				subject: 'xiaogang-station',
				milestone: 0,
				outcome: 'done',
				date: '2023-03-30',
				date_precision: 'day',
				text: { zh: '已完成', en: 'Done' },
				source: { title: 't', publisher: 'p', date: '2023-03-31', url: 'javascript:alert(1)' }
			}
		]);
		expect(messages(files)).toEqual([
			'geodata/updates.json: update "bad-link": source.url must be an http or https URL'
		]);
	});
});
