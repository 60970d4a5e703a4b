/**
 * The images of a project page, built from the data at build time: a static map (SVG) and the Open
 * Graph card (PNG). Both are bilingual where they carry words; their text is Chinese first.
 */
import type { ProjectFeature } from '$lib/data/schema';
import { projectStatus } from '$lib/data/status';
import { formatDate } from '$lib/i18n/format';
import { DISTRICT_LABELS, LAYER_LABELS } from '$lib/i18n/labels';
import { LAYER_COLORS } from '$lib/style/palette';
import type { Geodata } from '$lib/data/validate-geodata';
import { BASEMAP_ATTRIBUTION } from './licence';
import { citation } from './sources';
import { loadBasemap } from './static-map/basemap';
import { staticMapSvg, type StaticMapInput } from './static-map/map-svg';
import { ogImageSvg } from './static-map/og-image';
import { svgToPng } from './static-map/render-png';

/** Size of the map on the project page, in CSS pixels (3:2): drawn at the size it is shown. */
export const PAGE_MAP_SIZE = { width: 480, height: 320 } as const;

function mapInput(
	project: ProjectFeature,
	data: Geodata
): Omit<StaticMapInput, 'width' | 'height'> {
	const p = project.properties;
	return {
		basemap: loadBasemap(),
		geometry: project.geometry,
		district: p.district,
		color: LAYER_COLORS[p.layer],
		approximate: p.location.confidence === 'low',
		uncertaintyM: p.location.uncertainty_m ?? 0,
		stations: data.features
			.filter((f) => f.properties.context && f.geometry?.type === 'Point')
			.map((f) => {
				const [lng, lat] = (f.geometry as GeoJSON.Point).coordinates as [number, number];
				return { lngLat: [lng, lat] as const, name: f.properties.name.zh };
			}),
		unknownText: '位置不详 · Location unknown',
		attribution: BASEMAP_ATTRIBUTION
	};
}

/** The static map of a project's page. */
export function projectMapSvg(project: ProjectFeature, data: Geodata): string {
	return staticMapSvg({ ...mapInput(project, data), ...PAGE_MAP_SIZE });
}

/** The Open Graph image of a project's page, 1200 × 630 PNG. */
export function projectOgPng(
	project: ProjectFeature,
	data: Geodata,
	asOf: string
): Uint8Array<ArrayBuffer> {
	const p = project.properties;
	const status = projectStatus(
		p.milestones,
		asOf,
		data.updates.filter((u) => u.subject === p.id)
	);
	const milestone = status.index === undefined ? undefined : p.milestones[status.index];
	const svg = ogImageSvg({
		map: mapInput(project, data),
		site: '青岛城市更新地图',
		kicker: `${LAYER_LABELS[p.layer].zh} · ${DISTRICT_LABELS[p.district].zh}`,
		name: p.name.zh,
		altName: p.name.en,
		milestone: milestone && {
			date: formatDate(milestone.due, 'zh'),
			text: `${milestone.text.zh}（原文：${milestone.phrase}）`
		},
		noMilestone: '原文没有为此项目给出时间节点。',
		footer: `来源：${citation(p.source, 'zh')}`
	});
	return svgToPng(svg);
}
