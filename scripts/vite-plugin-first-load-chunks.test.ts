import { describe, expect, it } from 'vitest';
import { homeChunkNamer, type ImportGraph } from './vite-plugin-first-load-chunks';

const gen = '/app/.svelte-kit/generated/client-optimized';
const kit = '/app/node_modules/@sveltejs/kit/src/runtime/client';

/** A small client graph: the kit's entry, the layout, the home page, a data page and an embed. */
function graph(imports: Record<string, string[]>): ImportGraph {
	return { ids: Object.keys(imports), importsOf: (id) => imports[id] ?? [] };
}

const example = graph({
	[`${kit}/entry.js`]: [`${kit}/client.js`],
	[`${kit}/client.js`]: ['/app/node_modules/svelte/internal.js'],
	'/app/node_modules/svelte/internal.js': [],
	[`${gen}/app.js`]: [],
	[`${gen}/nodes/0.js`]: ['/app/src/routes/+layout.svelte'],
	'/app/src/routes/+layout.svelte': ['/app/node_modules/svelte/internal.js'],
	[`${gen}/nodes/1.js`]: ['/app/src/routes/+error.svelte'],
	'/app/src/routes/+error.svelte': ['/app/src/lib/messages.ts'],
	[`${gen}/nodes/2.js`]: ['/app/src/routes/+page.svelte'],
	'/app/src/routes/+page.svelte': ['/app/src/lib/List.svelte', '/app/src/lib/messages.ts'],
	'/app/src/lib/List.svelte': ['/app/src/lib/explorer.ts'],
	'/app/src/lib/explorer.ts': ['/app/src/lib/messages.ts'],
	'/app/src/lib/messages.ts': [],
	[`${gen}/nodes/3.js`]: ['/app/src/routes/data/+page.svelte'],
	'/app/src/routes/data/+page.svelte': ['/app/src/lib/messages.ts', '/app/src/lib/csv.ts'],
	'/app/src/lib/csv.ts': [],
	[`${gen}/nodes/4.js`]: ['/app/src/routes/embed/+page.svelte'],
	'/app/src/routes/embed/+page.svelte': ['/app/src/lib/explorer.ts']
});

describe('homeChunkNamer', () => {
	const name = homeChunkNamer(example);

	it('puts what every page loads (the kit, the layout) into one chunk, placed first', () => {
		const all = name(`${kit}/client.js`);
		expect(all?.name).toBe('pages-all');
		expect(name('/app/node_modules/svelte/internal.js')).toEqual(all);
		expect(name('/app/src/routes/+layout.svelte')).toEqual(all);
		expect(all!.priority).toBeGreaterThan(name('/app/src/lib/messages.ts')!.priority);
	});

	it("groups the home page's modules by the pages that import them (the error page aside)", () => {
		expect(name('/app/src/routes/+page.svelte')).toEqual({ name: 'pages-2', priority: 1 });
		expect(name('/app/src/lib/List.svelte')).toEqual({ name: 'pages-2', priority: 1 });
		expect(name('/app/src/lib/explorer.ts')).toEqual({ name: 'pages-2-4', priority: 2 });
		expect(name('/app/src/lib/messages.ts')).toEqual({ name: 'pages-2-3-4', priority: 3 });
	});

	it("a module's imports are grouped at least as early as the module", () => {
		for (const id of example.ids) {
			const chunk = name(id);
			if (!chunk) continue;
			for (const dep of example.importsOf(id))
				expect(name(dep)!.priority).toBeGreaterThanOrEqual(chunk.priority);
		}
	});

	it("leaves modules the home page does not import to the bundler's own splitting", () => {
		expect(name('/app/src/lib/csv.ts')).toBeNull();
		expect(name('/app/src/routes/data/+page.svelte')).toBeNull();
		expect(name('/app/src/routes/+error.svelte')).toBeNull();
	});

	it('names nothing when there is no home page', () => {
		const none = homeChunkNamer(graph({ [`${kit}/entry.js`]: [] }));
		expect(none(`${kit}/entry.js`)).toBeNull();
	});
});
