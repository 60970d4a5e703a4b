import { researchNotes } from '$lib/data/outcomes';
import { loadGeodata } from '$lib/server/geodata';

export function load() {
	const { features, records, updates, research } = loadGeodata();
	return { features, records, updates, research: researchNotes(research) };
}
