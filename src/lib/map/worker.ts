/**
 * MapLibre 6 is ESM-only and finds its worker through import.meta.url, which a bundler rewrites.
 * Point it at the worker file Vite emits instead.
 */
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

setWorkerUrl(workerUrl);
