/**
 * Are the projects clustered, random or evenly spread? The Clark–Evans nearest-neighbour ratio over a
 * stated study area.
 *
 * Formulas from P. J. Clark and F. C. Evans (1954), "Distance to nearest neighbor as a measure of spatial
 * relationships in populations", Ecology 35(4): 445–453, with density ρ = n / A:
 *   expected mean distance under complete spatial randomness  r_E = 0.5 / √ρ
 *   ratio                                                    R   = r_A / r_E  (r_A: observed mean)
 *   standard error of r_E                                    σ   = 0.26136 / √(n ρ) = 0.26136 / √(n² / A)
 *   standard normal deviate                                  z   = (r_A − r_E) / σ
 * R < 1 means clustered, R = 1 random, R > 1 dispersed (2.1491 for a perfect hexagonal lattice).
 *
 * No edge correction is applied: points near the boundary have their nearest neighbours cut off, which
 * makes R read slightly high — by about 0.41 / √n for a square area (Donnelly 1978) — so choose the
 * study area to fit the projects, not the whole city.
 *
 * Coordinates are `[lng, lat]` in WGS-84 degrees; distances in metres and areas in m², from cheap-ruler
 * fitted at the middle latitude of the study area (exact enough at city scale). Features are reduced to
 * their representative point (representative-point.ts).
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import CheapRuler from 'cheap-ruler';
import Flatbush from 'flatbush';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { LngLat } from '$lib/geo/types';
import { representativePoints, type PointInput } from './representative-point';

export interface ClarkEvansResult {
	/** Located points inside the study area: the ones measured. */
	n: number;
	/** Size of the study area in m², holes excluded. */
	areaM2: number;
	/** Mean distance from each point to its nearest neighbour, metres (r_A). */
	observedMeanM: number;
	/** The same expected under complete spatial randomness at this density, metres (r_E). */
	expectedMeanM: number;
	/** r_A / r_E: below 1 clustered, 1 random, above 1 dispersed. */
	R: number;
	/** Standard normal deviate of r_A − r_E. */
	z: number;
	/** Two-sided p-value of z under the normal approximation. */
	pValue: number;
	/** Located points outside the study area, left out. */
	outside: number;
	/** Inputs without a location (geometry null), left out. */
	skipped: number;
}

export type StudyArea = Polygon | MultiPolygon | Feature<Polygon | MultiPolygon>;

/**
 * The Clark–Evans ratio of `[lng, lat]` positions or features inside `studyArea` (a GeoJSON Polygon or
 * MultiPolygon, `[lng, lat]`). Needs at least two points inside the area. Inputs are not modified.
 */
export function clarkEvans(points: readonly PointInput[], studyArea: StudyArea): ClarkEvansResult {
	const area = checkStudyArea(studyArea);
	const { points: located, skipped } = representativePoints(points, 'clarkEvans');
	const inside: LngLat[] = [];
	let outside = 0;
	for (const point of located) {
		if (point === null) continue;
		if (booleanPointInPolygon([...point], area)) inside.push(point);
		else outside++;
	}
	const n = inside.length;
	if (n < 2) {
		throw new RangeError(
			`clarkEvans: needs at least 2 located points inside the study area to measure nearest neighbours; got ${n} (${outside} outside the area, ${skipped} without a location) — widen the area or the selection`
		);
	}

	const ruler = new CheapRuler(middleLatitude(area), 'meters');
	const areaM2 = areaOf(area, ruler);
	if (!(areaM2 > 0)) {
		throw new RangeError(
			'clarkEvans: the study area has no area; give a polygon whose exterior ring encloses the projects'
		);
	}
	// In a plane scaled to metres, flatbush's planar nearest neighbour is cheap-ruler's.
	const index = new Flatbush(n);
	for (const [lng, lat] of inside) {
		const [x, y] = [lng * ruler.kx, lat * ruler.ky];
		index.add(x, y, x, y);
	}
	index.finish();
	let sumM = 0;
	inside.forEach(([lng, lat], i) => {
		const [nearest] = index.neighbors(lng * ruler.kx, lat * ruler.ky, 1, Infinity, (j) => j !== i);
		sumM += ruler.distance(inside[i]!, inside[nearest!]!);
	});

	const observedMeanM = sumM / n;
	const density = n / areaM2;
	const expectedMeanM = 0.5 / Math.sqrt(density);
	const standardError = 0.26136 / Math.sqrt(n * density);
	const z = (observedMeanM - expectedMeanM) / standardError;
	return {
		n,
		areaM2,
		observedMeanM,
		expectedMeanM,
		R: observedMeanM / expectedMeanM,
		z,
		pValue: erfc(Math.abs(z) / Math.SQRT2),
		outside,
		skipped
	};
}

/** Below this many points a z from the normal approximation is a rough guide (a common rule of thumb). */
export const FEW_POINTS = 30;
/** From this share of approximate locations on, nearest-neighbour distances are too uncertain to trust. */
export const MANY_APPROXIMATE = 0.25;
/** |z| beyond this is significant at the 5 % level, two-sided. */
const Z_CRITICAL = 1.96;

/** The pattern a Clark–Evans result shows: significantly clustered or dispersed, or not unlike random. */
export type ClarkEvansPattern = 'clustered' | 'dispersed' | 'random';

/** What a Clark–Evans result means and how far to trust it; the words are in $lib/i18n. */
export interface ClarkEvansReading {
	pattern: ClarkEvansPattern;
	/** Fewer than FEW_POINTS points were measured. */
	fewPoints: boolean;
	/** At least MANY_APPROXIMATE of the measured locations are approximate. */
	manyApproximate: boolean;
	/** The approximate share in whole per cent. */
	approximatePercent: number;
}

/**
 * Reads a Clark–Evans result; `approximateShare` is the share of the measured locations that are
 * approximate, 0–1.
 */
export function readClarkEvans(
	result: ClarkEvansResult,
	{ approximateShare = 0 }: { approximateShare?: number } = {}
): ClarkEvansReading {
	if (!(approximateShare >= 0 && approximateShare <= 1)) {
		throw new RangeError(
			`readClarkEvans: approximateShare must be a share from 0 to 1 (e.g. 0.85 for 85 %); got ${String(approximateShare)}`
		);
	}
	const { R, z } = result;
	return {
		pattern: Math.abs(z) < Z_CRITICAL ? 'random' : R < 1 ? 'clustered' : 'dispersed',
		fewPoints: result.n < FEW_POINTS,
		manyApproximate: approximateShare >= MANY_APPROXIMATE,
		approximatePercent: Math.round(approximateShare * 100)
	};
}

/** Coefficients of erfcc's polynomial in t, lowest power first. */
const ERFC_COEFFICIENTS = [
	-1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398, 1.48851587,
	-0.82215223, 0.17087277
];

/**
 * Complementary error function, fractional error below 1.2e-7 everywhere (Chebyshev fit "erfcc" of
 * W. H. Press et al., Numerical Recipes in C, 2nd ed., 1992, §6.2) — accurate even for tiny p-values.
 */
function erfc(x: number): number {
	const t = 1 / (1 + 0.5 * Math.abs(x));
	const exponent = ERFC_COEFFICIENTS.reduceRight((sum, c) => c + t * sum, 0) - x * x;
	const value = t * Math.exp(exponent);
	return x >= 0 ? value : 2 - value;
}

/**
 * Area in m²: each polygon's exterior minus its holes. Rings are measured one at a time because
 * cheap-ruler's `area` of a whole polygon subtracts holes only when they wind the same way as the
 * exterior, and RFC 7946 holes wind the other way.
 */
function areaOf(area: Polygon | MultiPolygon, ruler: CheapRuler): number {
	const polygons = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
	let sumM2 = 0;
	for (const rings of polygons) {
		rings.forEach((ring, i) => {
			const ringM2 = ruler.area([ring.map(([lng, lat]) => [lng!, lat!] as [number, number])]);
			sumM2 += i === 0 ? ringM2 : -ringM2;
		});
	}
	return sumM2;
}

function middleLatitude(area: Polygon | MultiPolygon): number {
	const rings: Position[][] = area.type === 'Polygon' ? area.coordinates : area.coordinates.flat();
	let south = Infinity;
	let north = -Infinity;
	for (const ring of rings) {
		for (const position of ring) {
			south = Math.min(south, position[1]!);
			north = Math.max(north, position[1]!);
		}
	}
	return (south + north) / 2;
}

function checkStudyArea(studyArea: StudyArea): Polygon | MultiPolygon {
	const geometry = studyArea?.type === 'Feature' ? studyArea.geometry : studyArea;
	const type = (geometry as { type?: unknown } | null | undefined)?.type;
	if (type !== 'Polygon' && type !== 'MultiPolygon') {
		throw new TypeError(
			`clarkEvans: studyArea must be a GeoJSON Polygon or MultiPolygon (or a Feature of one) in [lng, lat]; got ${String(type ?? studyArea)}`
		);
	}
	return geometry;
}
