import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchBasemap, WATCH_DEFAULTS } from './watch-basemap';

/** Just enough of a map: its events, fired by the test. */
function fakeMap() {
	const handlers = new Map<string, Set<(event?: unknown) => void>>();
	const map = {
		on: (type: string, handler: (event?: unknown) => void) => {
			if (!handlers.has(type)) handlers.set(type, new Set());
			handlers.get(type)!.add(handler);
		},
		off: (type: string, handler: (event?: unknown) => void) => handlers.get(type)?.delete(handler),
		isStyleLoaded: () => true
	};
	const fire = (type: string, event?: unknown) => {
		for (const handler of [...(handlers.get(type) ?? [])]) handler(event);
	};
	return { map: map as unknown as MapLibreMap, fire };
}

describe('watchBasemap', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('falls back when nothing arrives within the first limit', () => {
		const { map } = fakeMap();
		const onFail = vi.fn();
		watchBasemap(map, onFail);
		vi.advanceTimersByTime(WATCH_DEFAULTS.timeoutMs + 1);
		expect(onFail).toHaveBeenCalledWith('timeout');
	});

	it('once the style is in, gives a busy page the longer limit to ask for tiles', () => {
		const { map, fire } = fakeMap();
		const onFail = vi.fn();
		watchBasemap(map, onFail);
		fire('style.load');
		vi.advanceTimersByTime(WATCH_DEFAULTS.timeoutMs + 1);
		expect(onFail).not.toHaveBeenCalled();
		fire('sourcedata', { tile: {}, sourceId: 'basemap-raster' });
		vi.advanceTimersByTime(WATCH_DEFAULTS.tileTimeoutMs + 1);
		expect(onFail).not.toHaveBeenCalled();
	});

	it('still falls back when the style is in but no tile ever comes', () => {
		const { map, fire } = fakeMap();
		const onFail = vi.fn();
		watchBasemap(map, onFail);
		fire('style.load');
		vi.advanceTimersByTime(WATCH_DEFAULTS.tileTimeoutMs + 1);
		expect(onFail).toHaveBeenCalledWith('timeout');
	});
});
