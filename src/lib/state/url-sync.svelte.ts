/**
 * The browser side of the explorer's and the embed's address: opening the view the URL describes,
 * following Back and Forward, and recording each change of the view in the history. Reading and
 * writing the URL itself is view-state/url-sync.ts.
 */
import { afterNavigate, pushState, replaceState } from '$app/navigation';
import { DEFAULT_BASEMAP, TEST_HOOKS } from '$lib/config';
import { HTML_LANG } from '$lib/i18n/lang-tags';
import { detectLang, type Lang } from '$lib/i18n/messages';
import type { AnalysisView } from '$lib/view-state/analysis-view';
import { nextHistoryStep, readAnalysisFromUrl, readViewFromUrl } from '$lib/view-state/url-sync';
import type { Explorer } from './explorer.svelte';

/** The document's `lang` attribute for an interface language. */
export function documentLang(lang: Lang): string {
	return HTML_LANG[lang];
}

/**
 * Applies the view the page's URL describes; what the URL leaves out takes the browser's language
 * and the build's basemap. Called in the browser (`onMount`): prerendered pages have no query string
 * at build time. Returns the analysis the URL opens, if any.
 */
export function openFromUrl(explorer: Explorer): AnalysisView | undefined {
	explorer.applyViewState(readViewFromUrl(location.search), {
		lang: detectLang(navigator.languages),
		basemap: DEFAULT_BASEMAP
	});
	document.documentElement.lang = documentLang(explorer.lang);
	if (TEST_HOOKS) (window as unknown as { __qdexplorer: Explorer }).__qdexplorer = explorer;
	return readAnalysisFromUrl(location.search);
}

/**
 * Back and Forward restore the view each history entry describes (an entry without a language keeps
 * the current one); `onrestore` gets the analysis the entry opens. Returns the function that stops
 * listening.
 */
export function restoreOnHistory(
	explorer: Explorer,
	onrestore: (analysis: AnalysisView | undefined) => void
): () => void {
	const restore = () => {
		explorer.applyViewState(readViewFromUrl(location.search), {
			lang: explorer.lang,
			basemap: DEFAULT_BASEMAP
		});
		onrestore(readAnalysisFromUrl(location.search));
	};
	addEventListener('popstate', restore);
	return () => removeEventListener('popstate', restore);
}

/**
 * Writes every change of the view, and of the open analysis, into the URL: a new history entry for a
 * step Back should undo, the current one replaced otherwise. Call while a component initialises;
 * nothing is written until `active()` (the page has applied its own URL).
 */
export function syncUrl(
	explorer: Explorer,
	active: () => boolean,
	analysis: () => AnalysisView | undefined
): void {
	// The router can rewrite the URL only after its first navigation (hydration) has finished.
	let routerReady = $state(false);
	afterNavigate(() => (routerReady = true));
	$effect(() => {
		if (!active()) return;
		const view = explorer.toViewState({ basemap: DEFAULT_BASEMAP });
		if (!routerReady) return;
		const step = nextHistoryStep(location, view, analysis());
		if (!step) return;
		// Same page, new query: the URL keeps location.pathname, which carries any base path.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		if (step.push) pushState(step.url, {});
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		else replaceState(step.url, {});
	});
}
