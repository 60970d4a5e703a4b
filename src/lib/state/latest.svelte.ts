/**
 * The latest answer to a question asked again and again (an analysis whose inputs or settings
 * change): each request gets an id, and an answer arriving after a newer request is dropped, so a
 * slow old result never replaces a newer one. The answer is kept with the key it was asked for
 * (the inputs), so a reader can tell whether it still fits.
 */
export class Latest<K, T> {
	answer = $state.raw<{ key: K; value: T } | undefined>();
	/** True from a request until its answer (or failure) arrives, unless a newer one is under way. */
	pending = $state(false);
	#asked = 0;

	ask(key: K, compute: () => Promise<T>): void {
		const id = ++this.#asked;
		this.pending = true;
		compute().then(
			(value) => {
				if (id !== this.#asked) return;
				this.answer = { key, value };
				this.pending = false;
			},
			() => {
				if (id === this.#asked) this.pending = false;
			}
		);
	}

	/** The answer, if it was asked for `key`. */
	for(key: K): T | undefined {
		return this.answer?.key === key ? this.answer.value : undefined;
	}
}
