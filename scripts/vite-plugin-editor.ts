// The maintainers' editor's endpoint (docs/ARCHITECTURE.md, "The maintainers' editor"): a middleware of
// the dev server only (`apply: 'serve'`), so neither `vite build` nor `vite preview` has it. It serves the
// editable geodata files and previews or saves an edit to them, in the folder GEODATA_DIR (default
// `geodata`), which lets the end-to-end tests edit a scratch copy.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** Where the endpoint answers: GET files, POST preview, POST save. */
export const EDITOR_API = '/__editor';

/** The largest edit accepted, in bytes: a new project with its milestones is a few kilobytes. */
const MAX_BODY_BYTES = 1_000_000;

const EDIT_OPS = ['place', 'update', 'project'];

/** Whether a request comes from a page of this server: a browser sends Origin on every POST. */
export function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
	if (!origin || !host) return false;
	try {
		const url = new URL(origin);
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === host;
	} catch {
		return false;
	}
}

function send(res: ServerResponse, status: number, body: unknown) {
	res.statusCode = status;
	res.setHeader('content-type', 'application/json; charset=utf-8');
	res.setHeader('cache-control', 'no-store');
	res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
	let size = 0;
	const chunks: Buffer[] = [];
	for await (const chunk of req) {
		size += (chunk as Buffer).length;
		if (size > MAX_BODY_BYTES) throw new Error(`the edit is larger than ${MAX_BODY_BYTES} bytes`);
		chunks.push(chunk as Buffer);
	}
	return Buffer.concat(chunks).toString('utf8');
}

export function geodataEditor(): Plugin {
	return {
		name: 'geodata-editor',
		apply: 'serve',
		configureServer(server) {
			const dir = resolve(process.env.GEODATA_DIR || 'geodata');
			// Loaded through the dev server, so the endpoint runs the same modules as `npm run data:check`.
			const writer = () =>
				server.ssrLoadModule('/src/lib/server/write-geodata.ts') as Promise<
					typeof import('../src/lib/server/write-geodata')
				>;
			server.middlewares.use(EDITOR_API, async (req, res) => {
				try {
					const path = req.url?.split('?')[0];
					if (req.method === 'GET' && path === '/files') {
						const { readEditableFiles, readSourceDocs } = await writer();
						return send(res, 200, { files: readEditableFiles(dir), sources: readSourceDocs(dir) });
					}
					if (req.method !== 'POST' || (path !== '/preview' && path !== '/save'))
						return send(res, 404, { issues: ['no such editor request'] });
					if (!sameOrigin(req.headers.origin, req.headers.host))
						return send(res, 403, { issues: ['edits are accepted only from the editor page'] });
					if (!req.headers['content-type']?.startsWith('application/json'))
						return send(res, 415, { issues: ['an edit is sent as application/json'] });
					const edit = JSON.parse(await readBody(req)) as { op?: unknown };
					if (!edit || typeof edit !== 'object' || !EDIT_OPS.includes(String(edit.op)))
						return send(res, 400, { issues: [`an edit's "op" is one of: ${EDIT_OPS.join(', ')}`] });
					const { previewEdit, saveEdit } = await writer();
					const run = path === '/save' ? saveEdit : previewEdit;
					const outcome = run(dir, edit as Parameters<typeof run>[1]);
					// A refused edit is an answer, not a failed request: its reasons are in `issues`.
					return send(res, 200, outcome);
				} catch (error) {
					return send(res, 400, { issues: [(error as Error).message] });
				}
			});
		}
	};
}
