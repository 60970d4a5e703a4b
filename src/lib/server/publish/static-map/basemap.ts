/**
 * The offline basemap's layers read from geodata/basemap/ (see its README), for maps drawn at build
 * time. Read once per build, like the project data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

export interface DistrictProps {
	id: string;
	name_zh: string;
	name_en: string;
	/** True for Shinan and Shibei, the districts the map is about. */
	focus: boolean;
}

export interface WaterLabelProps {
	name_zh: string;
	name_en: string;
}

export interface Basemap {
	land: FeatureCollection<Polygon | MultiPolygon>;
	districts: FeatureCollection<Polygon | MultiPolygon, DistrictProps>;
	districtLabels: FeatureCollection<Point, DistrictProps>;
	waterLabels: FeatureCollection<Point, WaterLabelProps>;
}

let cached: Basemap | undefined;

function read<T>(dir: string, file: string): T {
	const path = join(dir, file);
	try {
		return JSON.parse(readFileSync(path, 'utf8')) as T;
	} catch (error) {
		throw new Error(
			`${path}: cannot read the offline basemap (${(error as Error).message}); run \`npm run basemap\` to rebuild it`
		);
	}
}

export function loadBasemap(dir = 'geodata/basemap'): Basemap {
	cached ??= {
		land: read(dir, 'land.geojson'),
		districts: read(dir, 'districts.geojson'),
		districtLabels: read(dir, 'district-labels.geojson'),
		waterLabels: read(dir, 'water-labels.geojson')
	};
	return cached;
}
