/**
 * What a save would change, as a unified diff per file (the form `git diff geodata/` shows), computed
 * with jsdiff. Pure; the editor shows it before anything is written (docs/ARCHITECTURE.md, "The
 * maintainers' editor").
 */
import { structuredPatch } from 'diff';

/** One line of a diff: a hunk header, a line kept for context, or a line removed or added. */
export interface DiffLine {
	kind: 'hunk' | 'context' | 'removed' | 'added';
	text: string;
}

export interface FileDiff {
	/** The file's path in the geodata folder. */
	file: string;
	lines: DiffLine[];
}

/** Lines of context around each change, as `git diff` shows by default. */
const CONTEXT_LINES = 3;

/** The changed lines of `after` against `before`, in hunks with their context; empty when equal. */
export function fileDiff(file: string, before: string, after: string): FileDiff {
	const patch = structuredPatch(file, file, before, after, '', '', { context: CONTEXT_LINES });
	const lines: DiffLine[] = [];
	for (const hunk of patch.hunks) {
		lines.push({
			kind: 'hunk',
			text: `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`
		});
		for (const line of hunk.lines) {
			const mark = line[0];
			// "\ No newline at end of file" is jsdiff's note, not a line of the file.
			if (mark === '\\') continue;
			const kind = mark === '+' ? 'added' : mark === '-' ? 'removed' : 'context';
			lines.push({ kind, text: line.slice(1) });
		}
	}
	return { file, lines };
}
