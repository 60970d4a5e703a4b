/** What a format reader (GeoJSON or CSV) hands to `parseUserLayer`, before the checks common to both. */
import type { UserGeometry } from './geometry';
import type { Gcj02ClueSource, ImportMessage, Location } from './messages';
import type { UserProperties } from './sanitise-properties';

export interface ReadFeature {
	geometry: UserGeometry;
	properties: UserProperties;
	/** The file's own feature id, as text, when it has one. */
	sourceId?: string;
	/** 1-based member number when a GeometryCollection was split into features. */
	part?: number;
	/** Where the feature came from, for messages. */
	at: Location;
}

/** Text that may name the coordinate system, found outside the features' properties. */
export interface DatumText {
	source: Gcj02ClueSource;
	text: string;
}

export interface ReadResult {
	features: ReadFeature[];
	/** Features or rows left out for lack of a geometry. */
	skipped: number;
	warnings: ImportMessage[];
	datumTexts: DatumText[];
}
