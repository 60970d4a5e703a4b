/** The words of stories: the reader (/story and /embed?story=…) and the authoring panel of the share dialog. */
import type { Lang } from './messages';

/** Why a step was skipped (view-state/story.ts `SkipReason`; repeated here, i18n sits below view-state). */
type SkipReason = 'unreadable' | 'no-view' | 'empty-view';

export interface StoryWords {
	/** Before the story's title, and the page title without one. */
	story: string;
	untitled: string;
	by: (author: string) => string;
	sourceLine: (source: string) => string;
	stepOf: (n: number, total: number) => string;
	skipped: (number: number, reason: SkipReason) => string;
	dropped: (count: number) => string;
	projectLink: (name: string) => string;
	howToMove: string;
	next: string;
	previous: string;
	openFile: string;
	fileHint: string;
	notJson: string;
	notAStory: string;
	/** A link's story has no step that can be read: the example is shown instead. */
	linkUnreadable: string;
	otherOrigin: string;
	fetchFailed: (status: string) => string;
	noSteps: string;
	example: string;
	noscript: string;
	openMap: string;
	/** Authoring (share dialog). */
	tab: string;
	intro: string;
	draftKept: string;
	draftUnavailable: string;
	addStep: string;
	storyTitle: string;
	author: string;
	source: string;
	stepTitle: string;
	caption: string;
	inChinese: string;
	inEnglish: string;
	moveUp: string;
	moveDown: string;
	edit: string;
	done: string;
	remove: string;
	preview: string;
	viewOf: (summary: string) => string;
	empty: string;
	linkLength: (chars: number, max: number) => string;
	linkTooLong: (chars: number, max: number) => string;
	copyLink: string;
	downloadJson: string;
	clear: string;
}

export const storyWords: Record<Lang, StoryWords> = {
	zh: {
		story: '故事',
		untitled: '未命名故事',
		by: (author) => `作者：${author}`,
		sourceLine: (source) => `来源：${source}`,
		stepOf: (n, total) => `第 ${n} 步，共 ${total} 步`,
		skipped: (number, reason) =>
			`第 ${number} 步无法读取，已跳过（${
				{
					unreadable: '链接或文件中这一步已损坏',
					'no-view': '这一步没有地图视图',
					'empty-view': '这一步的地图视图中没有可识别的内容'
				}[reason]
			}）。请向作者索取完整的链接或 JSON 文件。`,
		dropped: (count) => `另有 ${count} 步超出上限，未显示。`,
		projectLink: (name) => `查看项目页面：${name}`,
		howToMove: '滚动页面，或按 ↑ ↓ 键在各步之间移动。',
		next: '下一步',
		previous: '上一步',
		openFile: '打开故事文件（JSON）',
		fileHint: '也可以把文件拖到这里。',
		notJson: '这个文件不是有效的 JSON，无法读取。请选择在分享对话框中导出的故事文件。',
		notAStory: '这个文件不是故事（没有 "steps" 列表）。请选择在分享对话框中导出的故事文件。',
		linkUnreadable: '链接里的故事无法读取（链接可能不完整）。下面是示例故事。',
		otherOrigin: '只能打开本网站上的故事文件（以 / 开头的路径）。请下载该文件后在这里打开。',
		fetchFailed: (status) => `无法载入故事文件（${status}）。请检查链接，或下载文件后在这里打开。`,
		noSteps: '这个故事没有可显示的步骤。',
		example: '示例故事',
		noscript:
			'网址中的故事（story=… 或 src=…）需要 JavaScript 才能读取；没有 JavaScript 时，本页显示下面的示例故事。请启用 JavaScript，或向作者索取故事的 JSON 文件。',
		openMap: '在完整地图中打开此视图',
		tab: '故事',
		intro: '把几个地图视图串成一个故事：每一步是一个视图，加上标题和说明。草稿保存在本浏览器中。',
		draftKept: '草稿已保存在本浏览器中。',
		draftUnavailable: '本浏览器无法保存草稿（IndexedDB 不可用）；关闭页面前请导出 JSON 文件。',
		addStep: '把当前视图添加为一步',
		storyTitle: '故事标题',
		author: '作者',
		source: '来源',
		stepTitle: '标题',
		caption: '说明',
		inChinese: '中文',
		inEnglish: '英文',
		moveUp: '上移',
		moveDown: '下移',
		edit: '编辑',
		done: '完成',
		remove: '删除',
		preview: '预览故事',
		viewOf: (summary) => `视图：${summary}`,
		empty: '还没有步骤。调整好地图后，点击“把当前视图添加为一步”。',
		linkLength: (chars, max) => `链接长度 ${chars} 个字符（上限约 ${max}）。`,
		linkTooLong: (chars, max) =>
			`链接有 ${chars} 个字符，超过约 ${max} 个字符，在聊天软件中可能被截断。请改用 JSON 文件：下载后发送，读者可在故事页面打开。`,
		copyLink: '复制故事链接',
		downloadJson: '下载 JSON 文件',
		clear: '清空草稿'
	},
	en: {
		story: 'Story',
		untitled: 'Untitled story',
		by: (author) => `By ${author}`,
		sourceLine: (source) => `Source: ${source}`,
		stepOf: (n, total) => `Step ${n} of ${total}`,
		skipped: (number, reason) =>
			`Step ${number} could not be read and was skipped (${
				{
					unreadable: 'it is damaged in the link or file',
					'no-view': 'it has no map view',
					'empty-view': 'nothing in its map view could be read'
				}[reason]
			}). Ask the author for the full link or the JSON file.`,
		dropped: (count) => `${count} more steps are over the limit and not shown.`,
		projectLink: (name) => `Project page: ${name}`,
		howToMove: 'Scroll, or press ↑ ↓, to move between the steps.',
		next: 'Next step',
		previous: 'Previous step',
		openFile: 'Open a story file (JSON)',
		fileHint: 'You can also drop the file here.',
		notJson:
			'This file is not valid JSON, so it cannot be read. Choose a story file exported from the share dialog.',
		notAStory:
			'This file is not a story (it has no "steps" list). Choose a story file exported from the share dialog.',
		linkUnreadable:
			'The story in this link cannot be read (the link may be incomplete). Here is the example story instead.',
		otherOrigin:
			'Only story files on this site (a path starting with /) can be opened. Download the file and open it here instead.',
		fetchFailed: (status) =>
			`The story file could not be loaded (${status}). Check the link, or download the file and open it here.`,
		noSteps: 'This story has no steps to show.',
		example: 'Example story',
		noscript:
			'A story in the address (story=… or src=…) needs JavaScript to be read; without it, this page shows the example story below. Turn JavaScript on, or ask the author for the story’s JSON file.',
		openMap: 'Open this view in the full map',
		tab: 'Story',
		intro:
			'String several map views into a story: each step is a view with a title and a caption. The draft is kept in this browser.',
		draftKept: 'The draft is kept in this browser.',
		draftUnavailable:
			'This browser cannot keep the draft (no IndexedDB); export the JSON file before you close the page.',
		addStep: 'Add this view as a step',
		storyTitle: 'Story title',
		author: 'Author',
		source: 'Source',
		stepTitle: 'Title',
		caption: 'Caption',
		inChinese: 'Chinese',
		inEnglish: 'English',
		moveUp: 'Move up',
		moveDown: 'Move down',
		edit: 'Edit',
		done: 'Done',
		remove: 'Delete',
		preview: 'Preview the story',
		viewOf: (summary) => `View: ${summary}`,
		empty: 'No steps yet. Set up the map, then press “Add this view as a step”.',
		linkLength: (chars, max) => `The link is ${chars} characters long (limit about ${max}).`,
		linkTooLong: (chars, max) =>
			`The link is ${chars} characters long, over about ${max}: chat apps may cut it. Use the JSON file instead: download it and send it; readers open it on the story page.`,
		copyLink: 'Copy the story link',
		downloadJson: 'Download the JSON file',
		clear: 'Clear the draft'
	}
};
