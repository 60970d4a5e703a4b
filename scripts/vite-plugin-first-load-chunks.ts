import type { Plugin } from 'vite';

/** What the chunk namer needs to know of the module graph: static imports only. */
export interface ImportGraph {
	ids: readonly string[];
	importsOf(id: string): readonly string[];
}

/** A chunk's name, and its group's priority: the number of pages that share it (see `firstLoadChunks`). */
export interface HomeChunk {
	name: string;
	priority: number;
}

/** Sets of more pages than this share one priority. */
const MAX_PAGES = 16;

interface ChunkingContext {
	getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/** SvelteKit's generated client: the app (routes, hooks) and one node per layout, error page or page. */
const APP = /[\\/]generated[\\/]client-optimized[\\/]app\.js$/;
const NODE = /[\\/]generated[\\/]client-optimized[\\/]nodes[\\/](\d+)\.js$/;
const HOME = /[\\/]src[\\/]routes[\\/]\+page\.svelte$/;
const KIT_ENTRY = /[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]entry\.js$/;

function reach(roots: readonly string[], importsOf: ImportGraph['importsOf']): Set<string> {
	const seen = new Set<string>();
	const stack = [...roots];
	while (stack.length) {
		const id = stack.pop()!;
		if (seen.has(id)) continue;
		seen.add(id);
		stack.push(...importsOf(id));
	}
	return seen;
}

/**
 * Names the chunk of each module the home page (`src/routes/+page.svelte`) imports statically: one chunk
 * per set of route pages that import it, the pages' node numbers in the name. What every page needs (the
 * kit's entry, the app, the root layout and their imports) is `pages-all`. Other modules get `null`: the
 * bundler splits them as it would. See docs/ARCHITECTURE.md, "First load".
 */
export function homeChunkNamer(graph: ImportGraph): (id: string) => HomeChunk | null {
	const pages = new Map<number, string>();
	const common: string[] = [];
	for (const id of graph.ids) {
		const node = NODE.exec(id)?.[1];
		if (node === '0' || KIT_ENTRY.test(id) || APP.test(id)) common.push(id);
		else if (node !== undefined && node !== '1') pages.set(Number(node), id);
	}
	const home = [...pages.values()].find((id) => graph.importsOf(id).some((m) => HOME.test(m)));
	if (!home) return () => null;
	const everywhere = reach(common, graph.importsOf);
	const homeModules = reach([home], graph.importsOf);
	const users = new Map<string, number[]>();
	for (const [n, id] of [...pages].sort((a, b) => a[0] - b[0])) {
		for (const m of reach([id], graph.importsOf)) {
			if (homeModules.has(m) && !everywhere.has(m)) users.set(m, [...(users.get(m) ?? []), n]);
		}
	}
	return (id) => {
		if (everywhere.has(id)) return { name: 'pages-all', priority: MAX_PAGES + 1 };
		const sharing = users.get(id);
		return sharing
			? { name: `pages-${sharing.join('-')}`, priority: Math.min(sharing.length, MAX_PAGES) }
			: null;
	};
}

/**
 * The client build puts the home page's static imports into a few chunks, by the pages that share them,
 * instead of the bundler's one chunk per set of importing entries (dynamic imports included), which
 * gave 18 small files. Fewer files compress better together. See docs/ARCHITECTURE.md, "First load".
 */
export function firstLoadChunks(): Plugin {
	let ids: string[] = [];
	let namer: ((id: string) => HomeChunk | null) | undefined;
	return {
		name: 'first-load-chunks',
		apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
		buildStart() {
			ids = [];
			namer = undefined;
		},
		buildEnd() {
			ids = [...this.getModuleIds()];
		},
		config() {
			// A module's imports are used by at least the same pages, so wider sets are grouped first:
			// a group takes the modules its members import, and those must already be placed.
			const groups = Array.from({ length: MAX_PAGES + 2 }, (_, i) => ({
				name(id: string, ctx: ChunkingContext) {
					namer ??= homeChunkNamer({
						ids,
						importsOf: (m) => ctx.getModuleInfo(m)?.importedIds ?? []
					});
					const chunk = namer(id);
					return chunk && chunk.priority === i ? chunk.name : null;
				},
				// Names the group in the bundler's timing report (it warns for a group without one).
				debugName: `first-load-chunks-${i}`,
				priority: i
			}));
			return { build: { rollupOptions: { output: { codeSplitting: { groups } } } } };
		}
	};
}
