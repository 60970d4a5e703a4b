/**
 * The user's layers' worker: parsing, conversion and IndexedDB off the page's main thread. The work
 * itself is in layer-keeper.ts; this file only answers the page's requests (worker-rpc.ts).
 */
import type { ImportStage } from './import-stages';
import { LayerKeeper, type ImportRequest } from './layer-keeper';
import { browserLayerStore } from './layer-store';
import { serveRequests } from './worker-rpc';

const keeper = new LayerKeeper(browserLayerStore());

export const handlers = {
	importFile: (request: ImportRequest, progress: (stage: ImportStage) => void) =>
		keeper.importFile(request, progress),
	keep: (id: string) => keeper.keep(id),
	convert: (request: Parameters<LayerKeeper['convert']>[0]) => keeper.convert(request),
	remove: (request: Parameters<LayerKeeper['remove']>[0]) => keeper.remove(request),
	restoreList: () => keeper.restoreList(),
	restoreOne: (id: string) => keeper.restoreOne(id)
};

serveRequests(handlers);
