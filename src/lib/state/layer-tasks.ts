/**
 * How `UserLayers` reaches the layer keeper: through its worker in the browser, or in-process (unit
 * tests, and a browser without module workers). Both give the same answers; only the worker can be
 * cancelled mid-file (docs/ARCHITECTURE.md, "Workers").
 */
import type { ImportStage } from './import-stages';
import type { ImportReply, ImportRequest, RestoreList } from './layer-keeper';
import type { LayerStore, SavedLayer } from './user-layers';
import { Abandoned, WorkerClient } from './worker-rpc';

export interface LayerTasks {
	importFile(request: ImportRequest, progress: (stage: ImportStage) => void): Promise<ImportReply>;
	keep(id: string): Promise<boolean>;
	/** Converts the layer (sent along only when the worker does not hold it) and saves it when `save`. */
	convert(layer: SavedLayer, save: boolean): Promise<{ converted: SavedLayer; saved: boolean }>;
	remove(id: string, stored: boolean): Promise<boolean>;
	restoreList(): Promise<RestoreList>;
	restoreOne(id: string): Promise<SavedLayer | undefined>;
	/** Abandons the file being read: its `importFile` rejects with `Abandoned`. */
	cancel(): void;
}

export { Abandoned };

/** The keeper in this thread, loaded with the import code when first needed. */
export function localLayerTasks(store: LayerStore): LayerTasks {
	let loaded: Promise<import('./layer-keeper').LayerKeeper> | undefined;
	const keeper = () =>
		(loaded ??= import('./layer-keeper').then(({ LayerKeeper }) => new LayerKeeper(store)));
	return {
		importFile: async (request, progress) => (await keeper()).importFile(request, progress),
		keep: async (id) => (await keeper()).keep(id),
		convert: async (layer, save) =>
			(await (await keeper()).convert({ id: layer.id, layer, save }))!,
		remove: async (id, stored) => (await keeper()).remove({ id, stored }),
		restoreList: async () => (await keeper()).restoreList(),
		restoreOne: async (id) => (await keeper()).restoreOne(id),
		cancel: () => {}
	};
}

type Handlers = typeof import('./user-layers.worker').handlers;

/** The keeper in its worker, started on the first request. */
export function workerLayerTasks(): LayerTasks {
	const client = new WorkerClient<Handlers>(
		() => new Worker(new URL('./user-layers.worker.ts', import.meta.url), { type: 'module' })
	);
	/** Ids of the layers the current worker holds; a restarted worker holds none. */
	let held = new Set<string>();
	let generation = -1;
	const current = () => {
		if (client.generation !== generation) {
			held = new Set();
			generation = client.generation;
		}
		return held;
	};
	return {
		importFile: async (request, progress) => {
			const reply = await client.call('importFile', request, (stage) =>
				progress(stage as ImportStage)
			);
			if (reply.status === 'added') current().add(request.id);
			return reply;
		},
		keep: (id) => client.call('keep', id),
		convert: async (layer, save) => {
			// Sending a large layer costs the page a copy: only when the worker does not hold it already.
			const known = current().has(layer.id);
			const reply =
				(await client.call('convert', { id: layer.id, layer: known ? undefined : layer, save })) ??
				(await client.call('convert', { id: layer.id, layer, save }));
			current().add(layer.id);
			return reply!;
		},
		remove: (id, stored) => {
			current().delete(id);
			return client.call('remove', { id, stored });
		},
		restoreList: () => {
			// A browser that refuses this page IndexedDB (site data blocked) refuses its workers too; asking
			// here as well keeps the page's answer and the worker's the same.
			try {
				if (typeof indexedDB === 'undefined') return Promise.resolve({ ok: false });
			} catch {
				return Promise.resolve({ ok: false });
			}
			return client.call('restoreList', undefined);
		},
		restoreOne: async (id) => {
			const layer = await client.call('restoreOne', id);
			if (layer) current().add(id);
			return layer;
		},
		cancel: () => client.restart()
	};
}
