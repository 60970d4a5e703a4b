import { loadGeodata } from '$lib/server/geodata';

export function load() {
	const { features, records, updates } = loadGeodata();
	return { features, records, updates };
}
