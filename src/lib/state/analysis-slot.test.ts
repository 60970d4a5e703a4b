import { describe, expect, it } from 'vitest';
import type { Analysis } from './analysis.svelte';
import { AnalysisSlot } from './analysis-slot.svelte';

const stand = { mode: 'clusters' } as unknown as Analysis;

describe('AnalysisSlot', () => {
	it('publishes the loaded state to `current` and `ready`', async () => {
		const slot = new AnalysisSlot();
		expect(slot.current).toBeUndefined();
		await slot.load(async () => stand);
		expect(slot.current).toBe(stand);
		await expect(slot.ready).resolves.toBe(stand);
		expect(slot.failed).toBe(false);
	});

	it('says it failed when the code cannot be loaded, and `ready` stays pending', async () => {
		const slot = new AnalysisSlot();
		await slot.load(() => Promise.reject(new Error('chunk failed')));
		expect(slot.failed).toBe(true);
		expect(slot.current).toBeUndefined();
		const settled = await Promise.race([
			slot.ready.then(() => 'resolved'),
			new Promise((resolve) => setTimeout(() => resolve('pending'), 20))
		]);
		expect(settled).toBe('pending');
	});

	it('loads once', async () => {
		const slot = new AnalysisSlot();
		let made = 0;
		const create = async () => (made++, stand);
		await slot.load(create);
		await slot.load(create);
		expect(made).toBe(1);
	});
});
