/**
 * Stable identifiers for feed entries: name-based UUIDs (RFC 9562 version 5, SHA-1) as `urn:uuid:`
 * URNs. The same name always gives the same id, whichever host the site is served from, and — unlike a
 * `tag:` URI — it claims no domain we do not own.
 */
import { createHash } from 'node:crypto';

/** Our namespace: the v5 UUID of "qingdao-renewal-map" in the RFC 9562 URL namespace. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

function uuidV5(name: string, namespace: string): string {
	const bytes = createHash('sha1')
		.update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
		.update(name, 'utf8')
		.digest()
		.subarray(0, 16);
	bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
	bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 9562 variant
	const hex = bytes.toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const NAMESPACE = uuidV5('qingdao-renewal-map', URL_NAMESPACE);

/** `urn:uuid:…` for a name such as "milestone/xiaogang-station/0"; never change a name once published. */
export function stableUrn(name: string): string {
	return `urn:uuid:${uuidV5(name, NAMESPACE)}`;
}

export { uuidV5 };
