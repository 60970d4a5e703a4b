/**
 * Room to leave at the map's edges in `/embed`, so a framed selection stays clear of what sits on the
 * map: the legend in the top-left corner and the selection's card along the bottom.
 */

export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export interface EmbedLayout {
	/** The map's size, in pixels. */
	map: { width: number; height: number };
	/** The legend's box in the top-left corner (0 × 0 when there is none). */
	legend: { width: number; height: number };
	/** Height of the selection's card along the bottom (0 when nothing is selected). */
	cardHeight: number;
}

/** Gap kept around the map's own overlays, in pixels (the legend and card sit 8 px in from the edge). */
const EDGE = 16;
/** The card's distance from the bottom edge (its CSS `bottom`), in pixels. */
const CARD_BOTTOM = 34;

/**
 * Padding for framing: the card's height at the bottom; the legend's width on the left or its height at
 * the top, whichever takes the smaller share of the map (a folded legend is a short strip, an open one a
 * tall column).
 */
export function embedPadding({ map, legend, cardHeight }: EmbedLayout): Padding {
	const padding = { top: EDGE, right: EDGE, bottom: EDGE, left: EDGE };
	if (cardHeight > 0) padding.bottom = cardHeight + CARD_BOTTOM + 8;
	if (legend.width > 0 && legend.height > 0) {
		const left = legend.width + EDGE;
		const top = legend.height + EDGE;
		if (left / Math.max(map.width, 1) < top / Math.max(map.height, 1)) padding.left = left;
		else padding.top = top;
	}
	return padding;
}
