import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../playwright.config';

let server: Server | undefined;
afterEach(() => server?.close());

/** A port some other program is listening on. */
async function takenPort(): Promise<number> {
	server = createServer();
	await new Promise<void>((resolve) => server!.listen(0, resolve));
	const address = server.address();
	if (address === null || typeof address === 'string') throw new Error('no port');
	return address.port;
}

describe('the end-to-end server port', () => {
	it('is the preferred port when it is free', async () => {
		const port = await takenPort();
		server!.close();
		await new Promise((resolve) => server!.once('close', resolve));
		server = undefined;
		expect(freePort(port)).toBe(port);
	});

	it('is another, free port when something already listens on the preferred one', async () => {
		const taken = await takenPort();
		const port = freePort(taken);
		expect(port).not.toBe(taken);
		const probe = createServer();
		await new Promise<void>((resolve, reject) => {
			probe.once('error', reject);
			probe.listen(port, resolve);
		});
		probe.close();
	});
});
