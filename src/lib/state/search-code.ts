/**
 * What the explorer loads for its search, in one chunk: the index and matching, and the words that name
 * each layer (docs/ARCHITECTURE.md, "First load").
 */
export { buildSearchIndex, entryAt, matchingProjectIds, search } from '$lib/data/search-index';
export { LAYER_SEARCH_WORDS } from '$lib/i18n/search-words';
