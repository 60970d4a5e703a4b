/**
 * Unicode bidirectional controls make text display in another order than it is stored: a file named
 * "report\u202Egpj.exe" shows as "reportexe.jpg", a feature name can reorder the text around it.
 * They are removed wherever a name or value enters from a user's file — the file name, property
 * names and values, feature ids — so what is shown is what the file holds.
 */

/**
 * Embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069), and the marks LRM, RLM
 * (U+200E, U+200F) and ALM (U+061C).
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` without bidirectional controls. */
export function withoutBidiControls(text: string): string {
	return text.replace(BIDI_CONTROLS, '');
}
