import { describe, expect, it } from 'vitest';
import { expectWellFormed, userPoint } from './overlay-fixtures';
import { mapProperties, userLayerOverlay, userLayerSource } from './user-layers';

describe('userLayerOverlay', () => {
	it('gives each user layer its own overlay- source and colour', () => {
		const overlay = userLayerOverlay([
			{ id: 'abc123', color: '#e6007e', features: [userPoint] },
			{ id: 'def456', color: '#0050b5', features: [] }
		]);
		expectWellFormed(overlay);
		expect(Object.keys(overlay.sources)).toEqual([
			userLayerSource('abc123'),
			userLayerSource('def456')
		]);
		const point = overlay.layers.find((l) => l.id === 'overlay-user-abc123-point')!;
		expect((point.paint as Record<string, unknown>)['circle-color']).toBe('#e6007e');
	});
});

describe('mapProperties', () => {
	// JSON.parse makes "__proto__" an own property, as reading a user's file does.
	const hostile = JSON.parse(
		'{"name":"kiosk","constructor":"Kiosk","__proto__":{"polluted":true},"$name":"Point","hasOwnProperty":1,"toString":"x","size":3}'
	) as Record<string, unknown>;

	it('keeps a plain object without the keys MapLibre reserves, and the rest as they were', () => {
		const safe = mapProperties(hostile);
		expect(Object.getPrototypeOf(safe)).toBe(Object.prototype);
		expect(safe.constructor).toBe(Object);
		expect(typeof safe.hasOwnProperty).toBe('function');
		expect(Object.keys(safe)).toEqual(['name', 'toString', 'size']);
		expect(safe).toMatchObject({ name: 'kiosk', toString: 'x', size: 3 });
		expect((safe as { polluted?: boolean }).polluted).toBeUndefined();
	});

	it('leaves the feature given to it as it was, and turns null into no properties', () => {
		const before = JSON.stringify(hostile);
		mapProperties(hostile);
		expect(JSON.stringify(hostile)).toBe(before);
		expect(mapProperties(null)).toEqual({});
	});

	it('is what the overlay gives the map for every user feature', () => {
		const overlay = userLayerOverlay([
			{ id: 'abc123', color: '#e6007e', features: [{ ...userPoint, properties: hostile }] }
		]);
		const source = overlay.sources[userLayerSource('abc123')] as {
			features: { properties: Record<string, unknown> }[];
		};
		expect(Object.keys(source.features[0]!.properties)).toEqual(['name', 'toString', 'size']);
	});
});
