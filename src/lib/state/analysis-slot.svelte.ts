/**
 * Where the page keeps its analysis state, which loads after the list (docs/ARCHITECTURE.md, "First
 * load: the list first"): the planner analyses, the user's layers and their import are not needed to
 * read or use the list. The page reads `current` (undefined until loaded); components that show the
 * analysis are themselves loaded on demand and wait for `ready` before they are drawn, so they read it
 * with `getAnalysis()` (analysis.svelte.ts) as before.
 */
import { getContext, setContext } from 'svelte';
import type { Analysis } from './analysis.svelte';

export class AnalysisSlot {
	/** The page's analysis state, once its code has loaded. */
	current = $state.raw<Analysis | undefined>();
	/** True when its code could not be loaded (the analyses and user layers are then unavailable). */
	failed = $state(false);
	/** Resolves with `current` once set; never rejects (see `failed`). */
	readonly ready: Promise<Analysis>;
	#publish!: (analysis: Analysis) => void;

	constructor() {
		this.ready = new Promise((resolve) => (this.#publish = resolve));
	}

	/** Loads and makes the state; `create` may prepare it (apply a link's view) before anyone sees it. */
	async load(create: () => Promise<Analysis>): Promise<void> {
		if (this.current) return;
		try {
			const analysis = await create();
			this.current = analysis;
			this.#publish(analysis);
		} catch {
			this.failed = true;
		}
	}
}

const KEY = Symbol('analysis');

export function setAnalysisSlot(slot: AnalysisSlot): AnalysisSlot {
	return setContext(KEY, slot);
}

export function getAnalysisSlot(): AnalysisSlot {
	return getContext<AnalysisSlot>(KEY);
}
