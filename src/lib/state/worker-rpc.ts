/**
 * Requests to a Web Worker and their answers, matched by request id: the page's side (`WorkerClient`)
 * and the worker's (`serveRequests`). A handler may report progress while it works; the page can
 * abandon everything in flight (`restart`), which ends the worker at once — the only way to stop a
 * long synchronous parse — and starts a fresh one for the next request. Hand-written rather than
 * Comlink: the two functions below are all the page needs (docs/ARCHITECTURE.md, "Workers").
 */

/** A worker's handlers: request type → function of its payload (and a progress callback). */
export type Handlers = Record<
	string,
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each handler has its own payload
	(payload: any, progress: (value: unknown) => void) => unknown
>;

type Payload<H extends Handlers, K extends keyof H> = Parameters<H[K]>[0];
type Answer<H extends Handlers, K extends keyof H> = Awaited<ReturnType<H[K]>>;

interface Request {
	id: number;
	type: string;
	payload: unknown;
}

type Reply =
	| { id: number; kind: 'progress'; value: unknown }
	| { id: number; kind: 'done'; value: unknown }
	| { id: number; kind: 'failed'; message: string };

/** The rejection of a request abandoned by `restart`. */
export class Abandoned extends Error {
	constructor() {
		super('abandoned');
		this.name = 'Abandoned';
	}
}

interface Pending {
	resolve: (value: unknown) => void;
	reject: (reason: unknown) => void;
	progress?: (value: unknown) => void;
}

/** The page's side: `call` sends one request and resolves with its answer. */
export class WorkerClient<H extends Handlers> {
	readonly #create: () => Worker;
	#worker: Worker | undefined;
	#nextId = 0;
	readonly #pending = new Map<number, Pending>();
	/** Counts restarts: a caller can tell a new worker (which remembers nothing) from the one it spoke to. */
	generation = 0;

	/** `create` starts the worker (Vite recognises `new Worker(new URL(…), …)` only written out). */
	constructor(create: () => Worker) {
		this.#create = create;
	}

	#started(): Worker {
		if (this.#worker) return this.#worker;
		const worker = this.#create();
		worker.onmessage = (event: MessageEvent<Reply>) => {
			const reply = event.data;
			const pending = this.#pending.get(reply.id);
			if (!pending) return;
			if (reply.kind === 'progress') {
				pending.progress?.(reply.value);
				return;
			}
			this.#pending.delete(reply.id);
			if (reply.kind === 'done') pending.resolve(reply.value);
			else pending.reject(new Error(reply.message));
		};
		worker.onerror = (event) => {
			event.preventDefault();
			this.#fail(new Error(event.message || 'worker failed'));
		};
		this.#worker = worker;
		return worker;
	}

	call<K extends keyof H & string>(
		type: K,
		payload: Payload<H, K>,
		progress?: (value: unknown) => void
	): Promise<Answer<H, K>> {
		const worker = this.#started();
		const id = this.#nextId++;
		return new Promise((resolve, reject) => {
			this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject, progress });
			worker.postMessage({ id, type, payload } satisfies Request);
		});
	}

	/** Ends the worker and everything it was doing; the next `call` starts a new one. */
	restart(): void {
		this.#fail(new Abandoned());
	}

	#fail(reason: Error): void {
		this.#worker?.terminate();
		this.#worker = undefined;
		this.generation += 1;
		const pending = [...this.#pending.values()];
		this.#pending.clear();
		for (const p of pending) p.reject(reason);
	}
}

/** The worker's side: answers each request with its handler, one after the other as they come. */
export function serveRequests(handlers: Handlers): void {
	const scope = globalThis as unknown as {
		onmessage: ((event: MessageEvent<Request>) => void) | null;
		postMessage(message: Reply): void;
	};
	scope.onmessage = async ({ data: { id, type, payload } }) => {
		const progress = (value: unknown) => scope.postMessage({ id, kind: 'progress', value });
		try {
			const handler = handlers[type];
			if (!handler) throw new Error(`unknown request ${type}`);
			scope.postMessage({ id, kind: 'done', value: await handler(payload, progress) });
		} catch (error) {
			scope.postMessage({
				id,
				kind: 'failed',
				message: error instanceof Error ? error.message : String(error)
			});
		}
	};
}
