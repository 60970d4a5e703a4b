/**
 * Drag-and-drop of files onto an element (the panel's drop zone, the map area): an attachment
 * (`{@attach dropLayer(onfiles)}`) that accepts dragged files only — not text or links — marks the
 * element while files are over it, and hands all the files of one drop to `onfiles` at once, in
 * order (so that each gets its outcome, and the outcomes of one drop are shown together).
 */
import type { Attachment } from 'svelte/attachments';

/** The outline shown while files are dragged over the element (a style, so no stylesheet is needed). */
const DROP_OUTLINE = '3px dashed #1f4e5f';

export function dropLayer(onfiles: (files: File[]) => void): Attachment<HTMLElement> {
	return (element) => {
		// dragenter and dragleave fire for every child crossed; count them to know when we really left.
		let depth = 0;
		const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
		const mark = (on: boolean) => {
			element.style.outline = on ? DROP_OUTLINE : '';
			element.style.outlineOffset = on ? '-6px' : '';
			if (on) element.dataset.dropping = '';
			else delete element.dataset.dropping;
		};
		const enter = (event: DragEvent) => {
			if (!hasFiles(event)) return;
			event.preventDefault();
			depth++;
			mark(true);
		};
		const over = (event: DragEvent) => {
			if (!hasFiles(event)) return;
			// Without this the browser opens the file instead of dropping it here.
			event.preventDefault();
			event.dataTransfer!.dropEffect = 'copy';
		};
		const leave = (event: DragEvent) => {
			if (!hasFiles(event)) return;
			depth = Math.max(0, depth - 1);
			if (depth === 0) mark(false);
		};
		const drop = (event: DragEvent) => {
			if (!hasFiles(event)) return;
			event.preventDefault();
			depth = 0;
			mark(false);
			const files = [...event.dataTransfer!.files];
			if (files.length > 0) onfiles(files);
		};
		element.addEventListener('dragenter', enter);
		element.addEventListener('dragover', over);
		element.addEventListener('dragleave', leave);
		element.addEventListener('drop', drop);
		return () => {
			element.removeEventListener('dragenter', enter);
			element.removeEventListener('dragover', over);
			element.removeEventListener('dragleave', leave);
			element.removeEventListener('drop', drop);
			mark(false);
		};
	};
}
