import { projectStatus, todayInChina } from '$lib/data/status';
import { loadGeodata } from '$lib/server/geodata';
import { publishedProjects } from '$lib/server/publish/published-files';
import { absoluteUrl } from '$lib/server/publish/site-url';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { features, records, updates } = loadGeodata();
	const builtOn = todayInChina();
	return {
		builtOn,
		projects: publishedProjects(features).map(({ geometry, properties: p }) => {
			const status = projectStatus(
				p.milestones,
				builtOn,
				updates.filter((u) => u.subject === p.id)
			);
			const key = status.index === undefined ? undefined : p.milestones[status.index];
			return {
				id: p.id,
				layer: p.layer,
				district: p.district,
				name: p.name,
				status: status.status,
				milestone: key && { due: key.due, text: key.text },
				located: geometry !== null,
				approximate: p.location.confidence === 'low'
			};
		}),
		records: records.map((r) => ({
			id: r.id,
			kind: r.kind,
			district: r.district,
			name: r.name,
			members: r.members,
			unnamed: r.unnamed_count,
			milestones: r.milestones.map((m) => ({ due: m.due, text: m.text, phrase: m.phrase }))
		})),
		feed: absoluteUrl('/data/deadlines.atom')
	};
};
