/**
 * MapLibre's own interface text (the zoom and compass buttons, the attribution toggle, the map's
 * accessible name …) in each interface language, by MapLibre 6's UI string ids, for the map's
 * `locale` option. English repeats MapLibre's defaults so a switch back to English relabels too.
 * The scale bar's units are left out: MapLibre redraws them from the locale it was created with, so
 * they could not follow a later switch; "m" and "km" read the same in both languages.
 */
import type { Lang } from './messages';

export const MAPLIBRE_UI_IDS = [
	'Map.Title',
	'NavigationControl.ZoomIn',
	'NavigationControl.ZoomOut',
	'NavigationControl.ResetBearing',
	'AttributionControl.ToggleAttribution',
	'AttributionControl.MapFeedback',
	'FullscreenControl.Enter',
	'FullscreenControl.Exit',
	'GeolocateControl.FindMyLocation',
	'GeolocateControl.LocationNotAvailable',
	'LogoControl.Title',
	'Marker.Title',
	'Popup.Close',
	'CooperativeGesturesHandler.WindowsHelpText',
	'CooperativeGesturesHandler.MacHelpText',
	'CooperativeGesturesHandler.MobileHelpText'
] as const;
export type MapLibreUiId = (typeof MAPLIBRE_UI_IDS)[number];

export const MAPLIBRE_LOCALE: Record<Lang, Record<MapLibreUiId, string>> = {
	zh: {
		'Map.Title': '地图',
		'NavigationControl.ZoomIn': '放大',
		'NavigationControl.ZoomOut': '缩小',
		'NavigationControl.ResetBearing': '拖动可旋转地图，点击恢复指北',
		'AttributionControl.ToggleAttribution': '显示或隐藏版权信息',
		'AttributionControl.MapFeedback': '地图反馈',
		'FullscreenControl.Enter': '全屏',
		'FullscreenControl.Exit': '退出全屏',
		'GeolocateControl.FindMyLocation': '定位我的位置',
		'GeolocateControl.LocationNotAvailable': '无法获取位置',
		'LogoControl.Title': 'MapLibre 标志',
		'Marker.Title': '地图标记',
		'Popup.Close': '关闭弹窗',
		'CooperativeGesturesHandler.WindowsHelpText': '按住 Ctrl 键并滚动以缩放地图',
		'CooperativeGesturesHandler.MacHelpText': '按住 ⌘ 键并滚动以缩放地图',
		'CooperativeGesturesHandler.MobileHelpText': '用两根手指移动地图'
	},
	en: {
		'Map.Title': 'Map',
		'NavigationControl.ZoomIn': 'Zoom in',
		'NavigationControl.ZoomOut': 'Zoom out',
		'NavigationControl.ResetBearing': 'Drag to rotate map, click to reset north',
		'AttributionControl.ToggleAttribution': 'Toggle attribution',
		'AttributionControl.MapFeedback': 'Map feedback',
		'FullscreenControl.Enter': 'Enter fullscreen',
		'FullscreenControl.Exit': 'Exit fullscreen',
		'GeolocateControl.FindMyLocation': 'Find my location',
		'GeolocateControl.LocationNotAvailable': 'Location not available',
		'LogoControl.Title': 'MapLibre logo',
		'Marker.Title': 'Map marker',
		'Popup.Close': 'Close popup',
		'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
		'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
		'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map'
	}
};
