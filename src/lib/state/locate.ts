/** The browser's position, asked for only when the user clicks, with every failure named. */
import { QINGDAO_BBOX } from '$lib/data/vocabulary';

export type LocateFailure = 'denied' | 'timeout' | 'unavailable' | 'unsupported' | 'outside';
export type LocateResult =
	{ ok: true; center: [number, number] } | { ok: false; reason: LocateFailure };

/** Where "near me" makes sense: the two districts with a margin, [west, south, east, north]. */
export const NEAR_AREA = QINGDAO_BBOX;

export function insideNearArea([lng, lat]: readonly [number, number]): boolean {
	const [w, s, e, n] = NEAR_AREA;
	return lng >= w && lng <= e && lat >= s && lat <= n;
}

export function locate(timeoutMs = 10_000): Promise<LocateResult> {
	if (typeof navigator === 'undefined' || !navigator.geolocation || !window.isSecureContext) {
		return Promise.resolve({ ok: false, reason: 'unsupported' });
	}
	return new Promise((resolve) => {
		navigator.geolocation.getCurrentPosition(
			(position) => {
				// Browser positions are WGS-84, like our data.
				const center: [number, number] = [position.coords.longitude, position.coords.latitude];
				resolve(insideNearArea(center) ? { ok: true, center } : { ok: false, reason: 'outside' });
			},
			(error) =>
				resolve({
					ok: false,
					reason:
						error.code === error.PERMISSION_DENIED
							? 'denied'
							: error.code === error.TIMEOUT
								? 'timeout'
								: 'unavailable'
				}),
			{ enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 60_000 }
		);
	});
}
