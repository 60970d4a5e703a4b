/**
 * A picture of the map for publication: title, as-of date, the map at 1× or 2×, legend, source line
 * and attribution, as a PNG that carries those texts as metadata too.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { LABEL_FONTS } from './offline-style';
import { layoutPng, type PngContent } from './png-layout';
import { addPngText } from './png-text';

const FONT = LABEL_FONTS.map((f) => (f.includes(' ') ? `"${f}"` : f)).join(', ');

/** Draws the map at `scale` device pixels per CSS pixel and copies the frame as soon as it is drawn. */
async function captureMap(map: MapLibreMap, scale: number): Promise<HTMLCanvasElement> {
	const before = map.getPixelRatio();
	map.setPixelRatio(scale);
	try {
		await new Promise<void>((resolve) => map.once('idle', () => resolve()));
		// A WebGL canvas can be read only in the frame it was drawn in.
		return await new Promise<HTMLCanvasElement>((resolve) => {
			map.once('render', () => {
				const source = map.getCanvas();
				const copy = document.createElement('canvas');
				copy.width = source.width;
				copy.height = source.height;
				copy.getContext('2d')!.drawImage(source, 0, 0);
				resolve(copy);
			});
			map.triggerRepaint();
		});
	} finally {
		map.setPixelRatio(before);
	}
}

export async function exportPng(
	map: MapLibreMap,
	scale: 1 | 2,
	content: PngContent
): Promise<Blob> {
	const container = map.getContainer();
	const [width, height] = [container.clientWidth, container.clientHeight];
	const shot = await captureMap(map, scale);
	const measurer = document.createElement('canvas').getContext('2d')!;
	const layout = layoutPng(width, height, scale, content, (text, size) => {
		measurer.font = `${size}px ${FONT}`;
		return measurer.measureText(text).width;
	});

	const canvas = document.createElement('canvas');
	canvas.width = layout.width;
	canvas.height = layout.height;
	const ctx = canvas.getContext('2d')!;
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, canvas.width, canvas.height);
	ctx.drawImage(shot, layout.map.x, layout.map.y, layout.map.width, layout.map.height);
	for (const swatch of layout.swatches) {
		if (swatch.hollow) {
			const r = swatch.size / 2;
			ctx.beginPath();
			ctx.arc(swatch.x + r, swatch.y + r, r - scale, 0, 2 * Math.PI);
			ctx.lineWidth = 2 * scale;
			ctx.strokeStyle = swatch.color;
			ctx.stroke();
		} else {
			ctx.fillStyle = swatch.color;
			ctx.fillRect(swatch.x, swatch.y, swatch.size, swatch.size);
		}
	}
	for (const text of layout.texts) {
		ctx.font = `${text.bold ? 'bold ' : ''}${text.size}px ${FONT}`;
		ctx.fillStyle = text.color;
		ctx.fillText(text.text, text.x, text.y);
	}

	const png = new Uint8Array(await (await toBlob(canvas)).arrayBuffer());
	const withText = addPngText(png, {
		Title: content.title,
		Description: `${content.subtitle}\n${content.legend.map((e) => e.label).join('; ')}`,
		Source: content.source,
		Copyright: content.attribution
	});
	return new Blob([withText as BlobPart], { type: 'image/png' });
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
			'image/png'
		)
	);
}
