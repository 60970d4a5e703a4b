/** The words of "Suggest a correction": the form, and the report it composes (in the reader's language). */
import type { Lang } from './messages';

export const CORRECTION_KINDS = ['place', 'news', 'other'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

export interface CorrectionText {
	open: string;
	close: string;
	title: string;
	/** What happens with the report, before anything is typed. */
	intro: string;
	kindLegend: string;
	kinds: Record<CorrectionKind, string>;
	/** How to give the right place when the page has a map to click, and when it has none. */
	placeHowTo: { map: string; typed: string };
	placeField: string;
	placeExample: string;
	placeInvalid: string;
	placeMissing: string;
	textMissing: string;
	/** On a page without a map: the link to the explorer, where the place can be picked. */
	pickOnMap: string;
	placeChosen: (position: string) => string;
	placeClear: string;
	newsWhat: string;
	newsWhen: string;
	newsLink: string;
	linkInvalid: string;
	otherText: string;
	/** For a place: anything else the reader wants to say. */
	placeNote: string;
	/** Shown when the report is too long for a link. */
	willShorten: string;
	preview: string;
	send: string;
	sendMail: string;
	/** Beside the send button: nothing has left the page yet. */
	privacy: string;

	// The report itself.
	reportTitle: (kind: CorrectionKind, name: string) => string;
	reportProject: string;
	reportKind: string;
	reportPosition: string;
	reportWhen: string;
	reportLink: string;
	reportView: string;
	reportText: string;
	/** Appended where a report was cut to fit the link. */
	shortened: string;
}

export const correctionText: Record<Lang, CorrectionText> = {
	zh: {
		open: '提出更正',
		close: '取消',
		title: '提出更正',
		intro: '您的意见会整理成一份报告，点“发送”后在新页面或邮件中打开，由您确认后提交。',
		kindLegend: '哪里需要更正？',
		kinds: { place: '位置不对', news: '有新进展', other: '其他' },
		placeHowTo: {
			map: '在地图上点一下正确的位置（手机上轻点），或拖动图钉；也可以直接输入经纬度。',
			typed: '输入正确位置的经纬度（WGS-84，如 GPS 或 OpenStreetMap 给出的），或在地图页面上点选。'
		},
		placeField: '正确位置（经度, 纬度）',
		placeExample: '例如 120.380000, 36.090000',
		placeInvalid: '请输入“经度, 纬度”，例如 120.38, 36.09。',
		placeMissing: '请先选出或输入正确的位置。',
		textMissing: '请先写下您要说的内容。',
		pickOnMap: '在地图页面上点选',
		placeChosen: (position) => `已选位置：${position}`,
		placeClear: '清除位置',
		newsWhat: '发生了什么？',
		newsWhen: '日期（可不填）',
		newsLink: '报道链接（可不填）',
		linkInvalid: '链接须以 http:// 或 https:// 开头。',
		otherText: '请说明',
		placeNote: '补充说明（可不填）',
		willShorten: '报告太长，发送时会被截短（文字末尾会注明“已截短”）。',
		preview: '将要发送的内容',
		send: '发送',
		sendMail: '用邮件发送',
		privacy: '点“发送”之前，任何内容都不会离开本页。',
		reportTitle: (kind, name) =>
			`更正：${name}（${{ place: '位置不对', news: '有新进展', other: '其他' }[kind]}）`,
		reportProject: '项目',
		reportKind: '类型',
		reportPosition: '建议位置（WGS-84 经度, 纬度）',
		reportWhen: '日期',
		reportLink: '链接',
		reportView: '查看',
		reportText: '说明',
		shortened: '…（已截短）'
	},
	en: {
		open: 'Suggest a correction',
		close: 'Cancel',
		title: 'Suggest a correction',
		intro:
			'Your suggestion becomes a report that opens in a new page or an email when you press “Send”; you submit it from there.',
		kindLegend: 'What needs correcting?',
		kinds: { place: 'The place is wrong', news: 'There is news', other: 'Something else' },
		placeHowTo: {
			map: 'Click (or tap) the right spot on the map, or drag the pin; or type the coordinates.',
			typed:
				'Type the right position as longitude, latitude (WGS-84, as GPS or OpenStreetMap give it), or pick it on the map page.'
		},
		placeField: 'Right position (longitude, latitude)',
		placeExample: 'e.g. 120.380000, 36.090000',
		placeInvalid: 'Type “longitude, latitude”, e.g. 120.38, 36.09.',
		placeMissing: 'Choose or type the right position first.',
		textMissing: 'Write what you want to say first.',
		pickOnMap: 'Pick it on the map page',
		placeChosen: (position) => `Chosen: ${position}`,
		placeClear: 'Clear the position',
		newsWhat: 'What happened?',
		newsWhen: 'When (optional)',
		newsLink: 'Link to a report (optional)',
		linkInvalid: 'The link must start with http:// or https://.',
		otherText: 'What is wrong?',
		placeNote: 'Anything to add (optional)',
		willShorten:
			'The report is too long for a link and will be shortened (marked “(shortened)” at its end).',
		preview: 'What will be sent',
		send: 'Send',
		sendMail: 'Send by email',
		privacy: 'Nothing leaves this page until you press “Send”.',
		reportTitle: (kind, name) =>
			`Correction: ${name} (${{ place: 'place is wrong', news: 'news', other: 'other' }[kind]})`,
		reportProject: 'Project',
		reportKind: 'Kind',
		reportPosition: 'Proposed position (WGS-84 lng, lat)',
		reportWhen: 'When',
		reportLink: 'Link',
		reportView: 'View',
		reportText: 'Text',
		shortened: '… (shortened)'
	}
};
