// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
	interface ImportMetaEnv {
		readonly PUBLIC_BASEMAP?: string;
		readonly PUBLIC_BASEMAP_STYLE_URL?: string;
		readonly PUBLIC_BASEMAPS?: string;
		readonly PUBLIC_BASEMAP_HOSTS?: string;
		readonly PUBLIC_TIANDITU_KEY?: string;
		readonly PUBLIC_TIANDITU_LAYER?: string;
		readonly PUBLIC_TIANDITU_REVIEW_NO?: string;
		readonly PUBLIC_VECTOR_TILES_URL?: string;
		readonly PUBLIC_VECTOR_ATTRIBUTION?: string;
		readonly PUBLIC_TEST_HOOKS?: string;
		readonly PUBLIC_SITE_URL?: string;
		readonly PUBLIC_FEEDBACK_URL?: string;
	}
	/** The basemaps the build's settings offer, resolved as it starts (see `$lib/config`). */
	const __OFFERED_BASEMAPS__: import('$lib/data/basemaps.js').Basemap[];
	interface Window {
		/** Set only in test builds (PUBLIC_TEST_HOOKS=1). */
		__qdmap?: import('maplibre-gl').Map;
		/** Test builds only: a feedback URL template that replaces the build's PUBLIC_FEEDBACK_URL. */
		__qdfeedback?: string;
	}
}

export {};
