/**
 * The address of the explorer (`/`) and of the embed (`/embed`): the view and the analysis a page's
 * query describes, the history entry that records a changed view, and links that open a view. Pure:
 * the browser's location comes in as strings, and nothing here touches the history
 * (state/url-sync.svelte.ts does).
 */
import { parseAnalysisView, writeAnalysisView, type AnalysisView } from './analysis-view';
import { parseViewState } from './parse-view-state';
import { formatSearch } from './url-text';
import type { ViewParam, ViewState } from './view-state';
import { writeViewState } from './write-view-state';

/** The view a page's query (`location.search`, with or without its "?") describes. */
export function readViewFromUrl(search: string): ViewState {
	return parseViewState(new URLSearchParams(search));
}

/** The analysis a page's query opens, or `undefined` when it opens none. */
export function readAnalysisFromUrl(search: string): AnalysisView | undefined {
	return parseAnalysisView(new URLSearchParams(search));
}

/**
 * The query (without "?") that shows `view` with `analysis` open, or closed when it is `undefined`.
 * The other parameters of `search` are kept, before the view's.
 */
export function viewSearch(search: string, view: ViewState, analysis?: AnalysisView): string {
	return formatSearch(
		writeAnalysisView(writeViewState(new URLSearchParams(search), view), analysis)
	);
}

/** Opening a project or choosing a place is a step Back should undo; moving the map is not. */
const STEP_PARAMS: readonly ViewParam[] = ['project', 'near'];

/** A history entry: its URL, and whether it is a new entry (`push`) or replaces the current one. */
export interface HistoryStep {
	url: string;
	push: boolean;
}

/**
 * The history entry that records `view` (and `analysis`) on the page at `location`, or `undefined`
 * when the URL describes it already. The path and the hash stay: the pathname already carries any
 * base path.
 */
export function nextHistoryStep(
	location: { pathname: string; search: string; hash: string },
	view: ViewState,
	analysis?: AnalysisView
): HistoryStep | undefined {
	const query = viewSearch(location.search, view, analysis);
	if (`?${query}` === location.search || (query === '' && location.search === '')) return undefined;
	const current = new URLSearchParams(location.search);
	const next = new URLSearchParams(query);
	return {
		url: `${location.pathname}${query ? `?${query}` : ''}${location.hash}`,
		push: STEP_PARAMS.some((key) => next.get(key) !== current.get(key))
	};
}

/** A link to the page at `path` that opens `view` (and `analysis`): share links, "open the full map". */
export function viewLink(path: string, view: ViewState, analysis?: AnalysisView): string {
	const query = viewSearch('', view, analysis);
	return `${path}${query ? `?${query}` : ''}`;
}
