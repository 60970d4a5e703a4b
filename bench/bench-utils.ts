/** Helpers the benchmarks share: seeded random numbers and timing. */
import { performance } from 'node:perf_hooks';

/** mulberry32: a small, well-known 32-bit PRNG; good enough for spreading test data. */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Runs `run` once and says how long it took, in milliseconds. */
export function timed<T>(run: () => T): { result: T; ms: number } {
	const start = performance.now();
	const result = run();
	return { result, ms: performance.now() - start };
}
