import { error } from '@sveltejs/kit';
import { projectStatus, todayInChina } from '$lib/data/status';
import { loadGeodata } from '$lib/server/geodata';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One page per project (context stations are not projects). */
export const entries: EntryGenerator = () =>
	loadGeodata()
		.features.filter((f) => !f.properties.context)
		.map((f) => ({ id: f.properties.id }));

export const load: PageServerLoad = ({ params }) => {
	const { features, records, updates } = loadGeodata();
	const project = features.find((f) => f.properties.id === params.id && !f.properties.context);
	if (!project) error(404, `No project "${params.id}"`);
	const builtOn = todayInChina();
	const own = (id: string | null | undefined) => records.find((r) => r.id === id);
	return {
		project,
		// Statuses on a static page are as of the day it was built; the page says so.
		builtOn,
		status: projectStatus(
			project.properties.milestones,
			builtOn,
			updates.filter((u) => u.subject === project.properties.id)
		),
		records: [own(project.properties.campaign), own(project.properties.group)].filter(
			(r) => r !== undefined
		)
	};
};
