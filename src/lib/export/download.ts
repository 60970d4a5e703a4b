/**
 * Saves text as a file through the browser: a Blob, an object URL and a click on a temporary link with
 * a `download` name. Nothing leaves the browser; the object URL is released once the click is handled.
 */

/** What an export produces: a file name, its media type and its text. */
export interface ExportFile {
	name: string;
	type: string;
	text: string;
}

export function downloadFile({ name, type, text }: ExportFile): void {
	downloadBlob(new Blob([text], { type }), name);
}

/** Saves any Blob (a PNG, for example) under `name`. */
export function downloadBlob(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	// Some browsers start reading the URL after the click returns.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
