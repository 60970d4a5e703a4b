// The basemaps a build offers are resolved from its settings once, when the build starts, and handed to
// the page as a constant: the page carries the offered basemaps, not the registry with every basemap's
// URL templates (docs/ARCHITECTURE.md, "Basemaps").
import { loadEnv, type Plugin } from 'vite';
import { configuredBasemaps } from '../src/lib/data/basemaps.js';

export function offeredBasemaps(): Plugin {
	return {
		name: 'offered-basemaps',
		config(config, { mode }) {
			const dir = typeof config.envDir === 'string' ? config.envDir : process.cwd();
			const env = loadEnv(mode, dir, ['VITE_', 'PUBLIC_']);
			return { define: { __OFFERED_BASEMAPS__: JSON.stringify(configuredBasemaps(env)) } };
		}
	};
}
