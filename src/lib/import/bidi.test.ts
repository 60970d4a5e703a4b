import { describe, expect, it } from 'vitest';
import { excerpt } from './messages';
import { parseUserFile, parseUserLayer } from './parse-user-layer';
import { sanitiseProperties } from './sanitise-properties';
import { withoutBidiControls } from './bidi';

const RLO = '\u202e';
const CONTROLS = [
	'\u202a',
	'\u202b',
	'\u202c',
	'\u202d',
	RLO,
	'\u2066',
	'\u2067',
	'\u2068',
	'\u2069',
	'\u200e',
	'\u200f'
];

describe('bidirectional controls', () => {
	it.each(CONTROLS.map((c) => [c.codePointAt(0)!.toString(16)]))('removes U+%s', (hex) => {
		const control = String.fromCodePoint(parseInt(hex, 16));
		expect(withoutBidiControls(`a${control}b`)).toBe('ab');
	});

	it('leaves Arabic and Hebrew letters and Chinese text alone', () => {
		expect(withoutBidiControls('شارع 青岛 רחוב')).toBe('شارع 青岛 רחוב');
	});

	it('are removed from the file name shown for a layer', () => {
		const text = '{"type":"Point","coordinates":[120.38,36.07]}';
		const result = parseUserFile(`report${RLO}nosjoeg.geojson`, new TextEncoder().encode(text));
		expect(result.ok && result.layer.name).toBe('reportnosjoeg.geojson');
		expect(excerpt(`photo${RLO}gpj.exe`)).toBe('photogpj.exe');
	});

	it('are removed from property names and values of GeoJSON features', () => {
		const { properties, trimmed } = sanitiseProperties({ [`na${RLO}me`]: `Park${RLO}kraP` });
		expect(properties).toEqual({ name: 'ParkkraP' });
		expect(trimmed).toBe(true);
	});

	it('are removed from CSV column names and cells, and from feature ids', () => {
		const csv = `name\u2067,lon,lat\nA${RLO}B,120.38,36.07`;
		const result = parseUserLayer('points.csv', csv);
		expect(result.ok && result.layer.features[0]!.properties).toEqual({ name: 'AB' });
		const geojson = JSON.stringify({
			type: 'Feature',
			id: `x${RLO}y`,
			geometry: { type: 'Point', coordinates: [120.38, 36.07] },
			properties: null
		});
		const layer = parseUserLayer('f.geojson', geojson);
		expect(layer.ok && layer.layer.features[0]!.id).toBe('xy');
	});
});
