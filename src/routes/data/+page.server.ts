import { loadGeodata } from '$lib/server/geodata';
import { DATA_LICENCE } from '$lib/server/publish/licence';
import { SOURCES } from '$lib/server/publish/sources';
import { siteFiles } from '$lib/server/publish/site-files';
import { absoluteUrl } from '$lib/server/publish/site-url';
import { todayInChina } from '$lib/data/status';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { features } = loadGeodata();
	return {
		files: siteFiles().map(({ path, format, type, description, layer, count, body }) => ({
			path,
			name: path.slice('/data/'.length),
			format,
			type,
			description,
			layer,
			count,
			bytes: Buffer.byteLength(body(), 'utf8')
		})),
		contextStations: features.filter((f) => f.properties.context).length,
		builtOn: todayInChina(),
		licence: DATA_LICENCE,
		source: SOURCES[0]!,
		feed: absoluteUrl('/data/deadlines.atom')
	};
};
