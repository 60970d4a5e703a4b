/**
 * Properties of a user's file turned into flat, plain data that is safe to show as text and to
 * assign into objects: values are strings, finite numbers, booleans or null; nested objects and
 * arrays become their JSON text; sizes are capped; `__proto__` is dropped so no object's prototype
 * can be replaced through a key; bidirectional controls are removed from names and text (bidi.ts).
 */
import { withoutBidiControls } from './bidi';

export type PropertyValue = string | number | boolean | null;
export type UserProperties = Record<string, PropertyValue>;

export const PROPERTY_LIMITS = {
	maxKeys: 100, // properties kept per feature; a popup cannot show more usefully
	maxKeyChars: 100, // characters of a property name
	maxValueChars: 5000 // characters of a string value (or of a nested value's JSON text)
};

export interface SanitisedProperties {
	properties: UserProperties;
	/** True when a key or value was dropped or shortened. */
	trimmed: boolean;
}

/** A property name cut to `maxKeyChars`, or `undefined` for a name that must not become a key. */
export function sanitiseKey(raw: string): string | undefined {
	const key = withoutBidiControls(raw);
	if (key === '__proto__') return undefined;
	return key.length > PROPERTY_LIMITS.maxKeyChars ? key.slice(0, PROPERTY_LIMITS.maxKeyChars) : key;
}

export function sanitiseString(raw: string): string {
	const value = withoutBidiControls(raw);
	return value.length > PROPERTY_LIMITS.maxValueChars
		? `${value.slice(0, PROPERTY_LIMITS.maxValueChars - 1)}…`
		: value;
}

/** The value as plain data, and whether anything was lost on the way. */
function sanitiseValue(value: unknown): { clean: PropertyValue; lossy: boolean } {
	if (value === null || typeof value === 'boolean') return { clean: value, lossy: false };
	if (typeof value === 'number') {
		// JSON.parse turns 1e999 into Infinity.
		return Number.isFinite(value) ? { clean: value, lossy: false } : { clean: null, lossy: true };
	}
	let text: string | undefined;
	if (typeof value === 'string') text = value;
	else {
		try {
			text = JSON.stringify(value);
		} catch {
			// Too deeply nested to write out again.
			text = undefined;
		}
	}
	if (text === undefined) return { clean: null, lossy: true };
	const clean = sanitiseString(text);
	return { clean, lossy: clean !== text };
}

/** GeoJSON `properties` (any JSON value) as flat, capped plain data. Never mutates its input. */
export function sanitiseProperties(value: unknown): SanitisedProperties {
	const properties: UserProperties = {};
	if (value === null || value === undefined) return { properties, trimmed: false };
	if (typeof value !== 'object' || Array.isArray(value)) return { properties, trimmed: true };

	let trimmed = false;
	let kept = 0;
	for (const [rawKey, rawValue] of Object.entries(value)) {
		const key = sanitiseKey(rawKey);
		if (key === undefined || kept >= PROPERTY_LIMITS.maxKeys || Object.hasOwn(properties, key)) {
			trimmed = true;
			continue;
		}
		const { clean, lossy } = sanitiseValue(rawValue);
		if (lossy || key !== rawKey) trimmed = true;
		properties[key] = clean;
		kept += 1;
	}
	return { properties, trimmed };
}
