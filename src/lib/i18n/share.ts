/**
 * The share dialog: the link, the embed code and its options, the image export. Apart from
 * `messages.ts`, so that they load with their part of the page (docs/ARCHITECTURE.md, "First
 * load").
 */
import type { Lang } from './messages';

const zh = {
	shareTitle: '分享、嵌入或导出此视图',
	shareLink: '链接',
	shareEmbed: '嵌入',
	shareImage: '图片',
	shareCopy: '复制',
	shareCopied: '已复制',
	shareCopyFailed: '无法自动复制，请手动选择文字后复制。',
	shareQr: '用手机（如微信）扫码打开同一视图',
	shareLinkNote: '链接保存了当前的地图位置、图层、筛选、截至日期、所选项目、打开的分析和语言。',
	embedSize: '尺寸',
	embedFull: '通栏 × 480',
	embedMedium: '600 × 400',
	embedSquare: '正方形 500 × 500',
	embedNoAnalysis:
		'嵌入的地图显示图层和筛选结果，不含分析（聚类、密度等）；分析请在“链接”中分享，或导出图片。',
	embedTitle: '标题',
	embedCaption: '说明文字',
	embedLegend: '显示图例',
	embedInteractive: '可拖动缩放',
	embedAutoHeight: '自动高度（需在页面中加入一段小脚本）',
	embedCode: '嵌入代码',
	embedPreview: '预览',
	imageNote: '导出当前地图视图，带标题、截至日期、图例、来源和版权信息。',
	imageExport1: '下载 PNG(1×)',
	imageExport2: '下载 PNG（2×，高清）',
	imageWorking: '正在生成图片…',
	imageFailed: '生成图片失败，请再试一次。',
	/** The image's subtitle counts the projects shown and how many of them the map can place (one short line). */
	imageCount: (shown: number, onMap: number) =>
		shown === onMap ? `${shown} 个项目` : `${shown} 个项目，地图上 ${onMap} 个`,
	imageSource: '来源：青岛早报/观海新闻，2023年2月13日；青岛城市更新地图'
};

export type ShareText = typeof zh;

const en: ShareText = {
	shareTitle: 'Share, embed or export this view',
	shareLink: 'Link',
	shareEmbed: 'Embed',
	shareImage: 'Image',
	shareCopy: 'Copy',
	shareCopied: 'Copied',
	shareCopyFailed: 'Could not copy automatically; select the text and copy it.',
	shareQr: 'Scan with a phone (WeChat, for example) to open the same view',
	shareLinkNote:
		'The link keeps the map position, layers, filters, as-of date, selected project, the open analysis and language.',
	embedSize: 'Size',
	embedFull: 'Full width × 480',
	embedMedium: '600 × 400',
	embedSquare: 'Square 500 × 500',
	embedNoAnalysis:
		'The embedded map shows the layers and filters, not the analysis (clusters, density …): share the analysis with the link, or export a picture.',
	embedTitle: 'Title',
	embedCaption: 'Caption',
	embedLegend: 'Show the legend',
	embedInteractive: 'Pan and zoom',
	embedAutoHeight: 'Automatic height (needs a small script on the page)',
	embedCode: 'Embed code',
	embedPreview: 'Preview',
	imageNote: 'Exports the current map view with title, as-of date, legend, source and attribution.',
	imageExport1: 'Download PNG (1×)',
	imageExport2: 'Download PNG (2×, high resolution)',
	imageWorking: 'Making the picture…',
	imageFailed: 'The picture could not be made; please try again.',
	imageCount: (shown: number, onMap: number) =>
		shown === onMap ? `${shown} projects` : `${shown} projects, ${onMap} on the map`,
	imageSource: 'Source: Qingdao Morning Post / Guanhai News, 13 Feb 2023; Qingdao Urban Renewal Map'
};

export const shareText: Record<Lang, ShareText> = { zh, en };
