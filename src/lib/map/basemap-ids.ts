/** Basemaps the user can pick; ids appear in the URL (`?basemap=`). */
export const BASEMAP_IDS = ['online', 'offline'] as const;
export type BasemapId = (typeof BASEMAP_IDS)[number];
