import { describe, expect, it } from 'vitest';
import { stableUrn, uuidV5 } from './stable-id';

describe('uuidV5', () => {
	it('matches the RFC 9562 name-based UUID of a known name', () => {
		// Python: uuid.uuid5(uuid.NAMESPACE_DNS, 'www.example.com')
		expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
			'2ed6657d-e927-568b-95e1-2665a8aea6a2'
		);
	});
});

describe('stableUrn', () => {
	it('gives the same urn:uuid for the same name and different ones for different names', () => {
		const a = stableUrn('milestone/xiaogang-station/0');
		expect(a).toMatch(
			/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
		);
		expect(stableUrn('milestone/xiaogang-station/0')).toBe(a);
		expect(stableUrn('milestone/xiaogang-station/1')).not.toBe(a);
	});
});
