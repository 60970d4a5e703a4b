/** The editor page's calls to the dev server's endpoint (scripts/vite-plugin-editor.ts). */
import type { EditOutcome, GeodataEdit, SourceDoc } from '$lib/data/geodata-edit';
import { EDITOR_API } from './editor-data';

/** The current text of every editable file, and the source documents, from the folder the dev server edits. */
export async function loadFiles(): Promise<{
	files: Record<string, string>;
	sources: SourceDoc[];
}> {
	const response = await fetch(`${EDITOR_API}/files`, { cache: 'no-store' });
	if (!response.ok) throw new Error(`HTTP ${response.status}`);
	return (await response.json()) as { files: Record<string, string>; sources: SourceDoc[] };
}

/** Asks for the diff of `edit` (preview) or writes it (save); a refusal comes back as `issues`. */
export async function sendEdit(
	action: 'preview' | 'save',
	edit: GeodataEdit
): Promise<EditOutcome> {
	const response = await fetch(`${EDITOR_API}/${action}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(edit)
	});
	const body = (await response.json()) as Partial<EditOutcome>;
	return { diffs: body.diffs ?? [], issues: body.issues ?? [], saved: body.saved ?? false };
}
