import { researchNotes } from '$lib/data/outcomes';
import { projectStatus, todayInChina } from '$lib/data/status';
import { byLang } from '$lib/i18n/by-lang';
import { projectPageText } from '$lib/i18n/project-page';
import { loadGeodata } from '$lib/server/geodata';
import { deadlineFeedPath } from '$lib/server/publish/deadline-feed';
import { PAGE_MAP_SIZE } from '$lib/server/publish/project-images';
import { findProject, projectEntries } from '$lib/server/publish/projects';
import { absoluteUrl, siteUrl } from '$lib/server/publish/site-url';
import { findSource } from '$lib/server/publish/sources';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One page per project (context stations are not projects). */
export const entries: EntryGenerator = projectEntries;

/** Meta descriptions longer than this are cut by search engines anyway. */
const DESCRIPTION_CHARS = 150;

function clip(text: string): string {
	return text.length > DESCRIPTION_CHARS ? `${text.slice(0, DESCRIPTION_CHARS - 1)}…` : text;
}

export const load: PageServerLoad = ({ params }) => {
	const { records, updates, research } = loadGeodata();
	const project = findProject(params.id);
	const p = project.properties;
	const builtOn = todayInChina();
	const record = (id: string | null | undefined) => records.find((r) => r.id === id);
	const own = updates.filter((u) => u.subject === p.id);
	const status = projectStatus(p.milestones, builtOn, own);
	const first = p.milestones.toSorted((a, b) => a.due.localeCompare(b.due))[0];
	const path = `/projects/${p.id}`;
	return {
		project,
		// Statuses on a static page are as of the day it was built; the page says so.
		builtOn,
		status,
		updates: own,
		research: researchNotes(research).find((e) => e.subject === p.id),
		records: [record(p.campaign), record(p.group)].filter((r) => r !== undefined),
		published: findSource(p.source)?.date,
		mapSize: PAGE_MAP_SIZE,
		meta: {
			description: byLang((lang) =>
				clip(p.summary?.[lang] ?? projectPageText[lang].description(p.name[lang], first))
			),
			/** Absolute only when PUBLIC_SITE_URL is set (see README). */
			url: siteUrl() ? absoluteUrl(path) : undefined,
			image: absoluteUrl(`${path}/og.png`),
			feed: absoluteUrl(deadlineFeedPath(p.district))
		}
	};
};
