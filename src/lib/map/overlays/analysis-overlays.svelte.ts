/**
 * The map's view of the analysis state: its plain results (clusters, hexagons, the study area,
 * catchments, the chosen cluster or station) and the user's layers turned into the overlay MapView
 * draws under the projects. One instance per page, beside the `Analysis` it reads; both overlays are
 * `$derived`, so only the one on screen is built.
 */
import { CATCHMENT_RADII_M } from '$lib/analysis/settings';
import { formatDistance, formatNumber } from '$lib/i18n/format-metrics';
import type { Analysis } from '$lib/state/analysis.svelte';
import type { Explorer } from '$lib/state/explorer.svelte';
import { catchmentOverlay } from './catchments';
import { clusterOverlay } from './clusters';
import { densityOverlay } from './density';
import { combineOverlays, EMPTY_OVERLAY, type ExtraOverlay } from './extra-overlay';
import { studyAreaOverlay } from './study-area';
import { userLayerOverlay } from './user-layers';

export class AnalysisOverlays {
	readonly #analysis: Analysis;
	readonly #explorer: Explorer;

	constructor(analysis: Analysis, explorer: Explorer) {
		this.#analysis = analysis;
		this.#explorer = explorer;
	}

	// The fields read `#analysis` inside `$derived.by(() => …)`: it is set in the constructor, after
	// the fields, and the derived runs lazily.

	/** The user's layers, drawn whichever tab is open. */
	user = $derived.by(() =>
		userLayerOverlay(
			this.#analysis.userLayers.list.map((l) => ({
				id: l.id,
				color: l.color,
				features: l.layer.features
			}))
		)
	);

	/** The analysis on screen. */
	#mode = $derived.by((): ExtraOverlay => {
		const analysis = this.#analysis;
		switch (analysis.mode) {
			case 'clusters': {
				const clusters = analysis.clusters;
				if (!clusters) return EMPTY_OVERLAY;
				return clusterOverlay({
					points: analysis.items.map((item) => item.point),
					clusterIds: clusters.result.clusterIds,
					roles: clusters.result.roles,
					summaries: clusters.summaries,
					selectedId: analysis.selectedCluster?.id
				});
			}
			case 'density': {
				const density = analysis.density;
				if (!density) return EMPTY_OVERLAY;
				return densityOverlay(density.result.hexagons, density.classes, (value) =>
					formatNumber(value, analysis.lang)
				);
			}
			case 'nearest':
				return analysis.studyArea ? studyAreaOverlay(analysis.studyArea) : EMPTY_OVERLAY;
			case 'catchments': {
				const rows = analysis.catchments;
				if (!rows) return EMPTY_OVERLAY;
				const selected = analysis.selectedStation;
				const outer = selected?.catchments.at(-1);
				return catchmentOverlay({
					stations: rows.map((row) => ({ id: row.stationId, position: row.position })),
					radiiM: CATCHMENT_RADII_M,
					selectedId: selected?.stationId,
					selectedProjects: (outer?.projects ?? []).flatMap((p) => {
						const feature = this.#explorer.feature(p.id);
						return feature?.geometry
							? [{ type: 'Feature' as const, geometry: feature.geometry, properties: {} }]
							: [];
					}),
					radiusLabel: (m) => formatDistance(m, analysis.lang)
				});
			}
			default:
				return EMPTY_OVERLAY;
		}
	});

	/** The user's layers and the analysis on screen, for the map while the analysis tab is open. */
	all = $derived(combineOverlays(this.user, this.#mode));
}
