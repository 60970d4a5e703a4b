/**
 * Adds UTF-8 text (iTXt chunks, PNG spec §11.3.4.5) to a PNG: title, source, attribution and legend
 * travel with the picture, in Chinese too.
 */

const CRC_TABLE = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
})();

function crc32(bytes: Uint8Array): number {
	let c = 0xffffffff;
	for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
	const out = new Uint8Array(12 + data.length);
	const view = new DataView(out.buffer);
	view.setUint32(0, data.length);
	const typed = new TextEncoder().encode(type);
	out.set(typed, 4);
	out.set(data, 8);
	view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
	return out;
}

function itxt(keyword: string, text: string): Uint8Array {
	const encoder = new TextEncoder();
	// keyword \0, compression flag 0, method 0, empty language tag \0, empty translated keyword \0, text.
	const head = encoder.encode(keyword);
	const body = encoder.encode(text);
	const data = new Uint8Array(head.length + 5 + body.length);
	data.set(head, 0);
	data.set(body, head.length + 5);
	return chunk('iTXt', data);
}

/** A copy of `png` with the texts inserted right after the IHDR chunk. */
export function addPngText(png: Uint8Array, texts: Record<string, string>): Uint8Array {
	const ihdrEnd = 8 + 12 + new DataView(png.buffer, png.byteOffset).getUint32(8);
	const extra = Object.entries(texts).map(([key, value]) => itxt(key, value));
	const size = png.length + extra.reduce((n, c) => n + c.length, 0);
	const out = new Uint8Array(size);
	out.set(png.subarray(0, ihdrEnd), 0);
	let at = ihdrEnd;
	for (const c of extra) {
		out.set(c, at);
		at += c.length;
	}
	out.set(png.subarray(ihdrEnd), at);
	return out;
}

/** The iTXt texts of a PNG (for tests and checks). */
export function readPngText(png: Uint8Array): Record<string, string> {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	const decoder = new TextDecoder();
	const texts: Record<string, string> = {};
	for (let at = 8; at + 12 <= png.length;) {
		const length = view.getUint32(at);
		const type = decoder.decode(png.subarray(at + 4, at + 8));
		if (type === 'iTXt') {
			const data = png.subarray(at + 8, at + 8 + length);
			const zero = data.indexOf(0);
			const keyword = decoder.decode(data.subarray(0, zero));
			let rest = zero + 3;
			rest = data.indexOf(0, rest) + 1; // language tag
			rest = data.indexOf(0, rest) + 1; // translated keyword
			texts[keyword] = decoder.decode(data.subarray(rest));
		}
		at += 12 + length;
	}
	return texts;
}
