/**
 * The near-me tab: finding the place, the radius, and what the answer says. Apart from
 * `messages.ts`, so that they load with their part of the page (docs/ARCHITECTURE.md, "First
 * load").
 */
import type { Lang } from './messages';

const zh = {
	nearTitle: '我附近在建什么？',
	nearHowTo:
		'点“我的位置”，或在地图上点一下（手机上长按），或用上面的搜索框选一个项目、站点或街道。',
	nearLocate: '我的位置',
	nearLocating: '正在定位…',
	nearRadius: '半径',
	nearClear: '清除位置',
	nearPlace: '位置',
	nearDenied: '没有获得定位权限。请在浏览器设置中允许本网站使用位置，或在地图上点选一个位置。',
	nearTimeout: '定位超时。请稍后再试，或在地图上点选一个位置。',
	nearUnavailable: '暂时无法获得您的位置。请在地图上点选一个位置。',
	nearUnsupported: '此浏览器不支持定位（或页面不是通过 https 打开的）。请在地图上点选一个位置。',
	nearOutside: '您的位置不在青岛市南区、市北区一带。请在地图上点选一个位置。',
	nearNone: '这个范围内没有符合筛选条件的项目。试试扩大半径或清除筛选。',
	nearGroupShare: (inRadius: number, group: string) =>
		`其中 ${inRadius} 个属于“${group}”，原文给出的整批总数：`
};

export type NearText = typeof zh;

const en: NearText = {
	nearTitle: 'What is being built near me?',
	nearHowTo:
		'Press “My location”, click the map (long-press on a phone), or pick a project, station or street in the search box above.',
	nearLocate: 'My location',
	nearLocating: 'Locating…',
	nearRadius: 'Radius',
	nearClear: 'Clear the place',
	nearPlace: 'Place',
	nearDenied:
		'Location permission was refused. Allow this site to use your location in the browser settings, or click a place on the map.',
	nearTimeout: 'Finding your location took too long. Try again, or click a place on the map.',
	nearUnavailable: 'Your location is not available right now. Click a place on the map instead.',
	nearUnsupported:
		'This browser cannot share your location (or the page is not on https). Click a place on the map instead.',
	nearOutside: 'You seem to be outside Shinan and Shibei. Click a place on the map instead.',
	nearNone:
		'No project matching the filters lies within this radius. Widen the radius or clear the filters.',
	nearGroupShare: (inRadius: number, group: string) =>
		`${inRadius} of them belong to “${group}”; the article gives only the group's total:`
};

export const nearText: Record<Lang, NearText> = { zh, en };
