import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { addPngText, readPngText } from './png-text';

/** A valid 1×1 white PNG built here, so the test needs no fixture file. */
function tinyPng(): Uint8Array {
	const sig = [137, 80, 78, 71, 13, 10, 26, 10];
	const be = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
	const crcTable = Array.from({ length: 256 }, (_, n) => {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		return c >>> 0;
	});
	const crc = (bytes: number[]) => {
		let c = 0xffffffff;
		for (const b of bytes) c = crcTable[(c ^ b) & 255]! ^ (c >>> 8);
		return (c ^ 0xffffffff) >>> 0;
	};
	const chunk = (type: string, data: number[]) => {
		const t = [...type].map((ch) => ch.charCodeAt(0));
		return [...be(data.length), ...t, ...data, ...be(crc([...t, ...data]))];
	};
	const ihdr = [...be(1), ...be(1), 8, 2, 0, 0, 0];
	const idat = [...deflateSync(Buffer.from([0, 255, 255, 255]))];
	return new Uint8Array([
		...sig,
		...chunk('IHDR', ihdr),
		...chunk('IDAT', idat),
		...chunk('IEND', [])
	]);
}

describe('addPngText', () => {
	it('round-trips UTF-8 texts, Chinese included', () => {
		const png = addPngText(tinyPng(), { Title: '青岛城市更新地图', Copyright: '© OpenStreetMap' });
		expect(readPngText(png)).toEqual({ Title: '青岛城市更新地图', Copyright: '© OpenStreetMap' });
	});

	it('keeps the picture intact: the signature, IHDR first, IEND last', () => {
		const png = addPngText(tinyPng(), { Title: 'x' });
		expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
		expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
		expect(new TextDecoder().decode(png.subarray(png.length - 8, png.length - 4))).toBe('IEND');
	});
});
