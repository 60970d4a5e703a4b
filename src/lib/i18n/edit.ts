/** The words of the maintainers' editor (`/edit`, dev server only; docs/ARCHITECTURE.md). */
import type { LOCATION_BASES, UpdateDatePrecision } from '$lib/data/vocabulary';
import type { EditableShape, ShapeProblem } from '$lib/geo/shape-edit';
import type { Lang } from './messages';

export interface EditText {
	title: string;
	intro: string;
	loading: string;
	loadFailed: (reason: string) => string;
	reportLegend: string;
	reportField: string;
	reportOpen: string;
	reportUnread: string;
	reportUnknown: (id: string) => string;
	reportOpened: (name: string) => string;
	pickLegend: string;
	search: string;
	matches: (shown: number, all: number) => string;
	placeLegend: (name: string) => string;
	current: (position: string) => string;
	proposed: (position: string) => string;
	noGeometry: string;
	notAPoint: string;
	shapeHelp: (type: EditableShape['type']) => string;
	shapeField: string;
	shapeFieldHelp: string;
	shapeInvalid: (problem: ShapeProblem, type: EditableShape['type']) => string;
	shapeReset: string;
	positionField: string;
	positionHelp: string;
	positionInvalid: string;
	confidence: string;
	basis: string;
	bases: Record<(typeof LOCATION_BASES)[number], string>;
	source: string;
	uncertainty: string;
	updateLegend: string;
	updateNew: string;
	updateId: string;
	milestone: string;
	wholeProject: string;
	outcome: string;
	date: string;
	datePrecision: string;
	datePrecisions: Record<UpdateDatePrecision, string>;
	textZh: string;
	textEn: string;
	evidence: string;
	sourceUrl: string;
	sourceTitle: string;
	sourcePublisher: string;
	sourceDate: string;
	preview: string;
	save: string;
	saving: string;
	diffLegend: string;
	noChange: string;
	refused: string;
	saved: (files: string) => string;
	mapLabel: string;
	currentMarker: string;
	editedMarker: string;
	proposedMarker: string;
	newProject: string;
	projectLegend: string;
	projectId: string;
	projectIdHelp: string;
	layer: string;
	district: string;
	campaign: string;
	noCampaign: string;
	choose: string;
	nameZh: string;
	nameEn: string;
	summaryZh: string;
	summaryEn: string;
	milestoneLegend: (n: number) => string;
	action: string;
	due: string;
	precision: string;
	phrase: string;
	milestoneTextZh: string;
	milestoneTextEn: string;
	quote: string;
	quoteHelp: string;
	quoteEn: string;
	addMilestone: string;
	removeMilestone: (n: number) => string;
	projectPlaceLegend: string;
	projectPositionField: string;
	projectPositionHelp: string;
	sourceDoc: string;
	sourceReport: string;
	noReport: string;
	researchLegend: string;
	researchHelp: string;
	searched: string;
	queries: string;
	pages: string;
	closeProject: string;
	newMarker: string;
}

export const editText: Record<Lang, EditText> = {
	zh: {
		title: '数据编辑器',
		intro:
			'只在开发服务器上运行（npm run dev）。保存前先看改动；保存时按 npm run data:check 的规则检查全部数据，不通过则不写入。',
		loading: '正在读取数据…',
		loadFailed: (reason) => `读不到数据：${reason}。请确认用 npm run dev 启动了开发服务器。`,
		reportLegend: '读者的更正报告',
		reportField: '粘贴报告全文',
		reportOpen: '打开对应的编辑',
		reportUnread: '看不出这是更正报告：报告中应有“项目：名称 (id)”一行。请粘贴完整的报告。',
		reportUnknown: (id) => `报告中的项目“${id}”不在数据里。请检查 id 是否被改动。`,
		reportOpened: (name) => `已打开“${name}”，建议的位置已填入表单，请核对后保存。`,
		pickLegend: '选择要编辑的项目',
		search: '搜索名称或 id',
		matches: (shown, all) => (shown < all ? `显示 ${shown} / ${all} 项` : `共 ${all} 项`),
		placeLegend: (name) => `位置：${name}`,
		current: (position) => `当前位置：${position}`,
		proposed: (position) => `报告建议的位置：${position}`,
		noGeometry: '此项目没有几何图形。',
		notAPoint: '此项目的几何图形（带洞的面或多个面）不能在编辑器中重画，请直接修改文件。',
		shapeHelp: (type) =>
			`在地图上重画${type === 'Polygon' ? '这个面' : type === 'LineString' ? '这条线' : '这些线（点击一段线可选中它）'}：拖动顶点移动它；拖动或点击两个顶点之间的小圆点添加顶点；右键点击顶点删除它。也可以在下面直接修改坐标。`,
		shapeField: '坐标（WGS-84，JSON，每个位置为 [经度, 纬度]）',
		shapeFieldHelp:
			'用键盘修改：每行一个位置，删除一行即删除该顶点。线至少 2 个位置；面的外环至少 4 个位置，最后一个与第一个相同。',
		shapeInvalid: (problem, type) => {
			const part = (n: number) => (type === 'MultiLineString' ? `第 ${n} 条线` : '');
			switch (problem.code) {
				case 'json':
					return '坐标不是有效的 JSON：请检查括号和逗号，或点击“恢复原形状”重新开始。';
				case 'structure':
					return type === 'Polygon'
						? '面的坐标应写成 [[[经度, 纬度], …]]（一个外环），如原来的格式。'
						: type === 'LineString'
							? '线的坐标应写成 [[经度, 纬度], …]，如原来的格式。'
							: '坐标应写成 [[[经度, 纬度], …], …]（每条线一组），线的条数与原来相同。';
				case 'position':
					return `${part(problem.part)}第 ${problem.vertex} 个位置不是 [经度, 纬度] 两个数（经度 ±180，纬度 ±90 以内）。`;
				case 'too-few':
					return `${part(problem.part)}位置太少：${type === 'Polygon' ? '面的外环' : '线'}至少需要 ${problem.min} 个位置。`;
				case 'not-closed':
					return '面的外环没有闭合：最后一个位置必须与第一个位置相同。';
				case 'self-crossing':
					return `面的边界在 ${problem.at.join(', ')} 处自相交叉或相接：请移动顶点，让边界不再穿过自己。`;
			}
		},
		shapeReset: '恢复原形状',
		positionField: '新位置（WGS-84 经度, 纬度）',
		positionHelp: '在地图上拖动深青色图钉（新位置），或在这里输入。',
		positionInvalid: '请输入“经度, 纬度”，例如 120.38, 36.09。',
		confidence: '位置可信度',
		basis: '位置依据',
		bases: {
			gazetteer: '地名录',
			description: '文字描述',
			'area-anchor': '片区锚点',
			unknown: '未知'
		},
		source: '位置来源',
		uncertainty: '误差范围（米，可不填）',
		updateLegend: '进展更新',
		updateNew: '新建更新',
		updateId: '更新 id',
		milestone: '节点',
		wholeProject: '整个项目',
		outcome: '结果',
		date: '发生日期',
		datePrecision: '日期精度',
		datePrecisions: { day: '具体某日', month: '某月', by: '截至该日' },
		textZh: '说明（中文，用自己的话）',
		textEn: '说明（英文，用自己的话）',
		evidence: '原文短语（可不填）',
		sourceUrl: '来源链接',
		sourceTitle: '来源标题',
		sourcePublisher: '发布者',
		sourceDate: '发布日期',
		preview: '查看改动',
		save: '保存',
		saving: '正在保存…',
		diffLegend: '改动（保存后用 git diff geodata/ 查看）',
		noChange: '没有改动。',
		refused: '未保存：数据检查不通过。请按下列提示修改后再试，文件没有被改动。',
		saved: (files) => `已保存 ${files}。用 git diff geodata/ 复核后提交。`,
		mapLabel: '编辑地图',
		currentMarker: '当前位置',
		editedMarker: '新位置（可拖动）',
		proposedMarker: '报告建议的位置',
		newProject: '新建项目',
		projectLegend: '新项目',
		projectId: '项目 id',
		projectIdHelp:
			'小写字母、数字和单个连字符，例如 liaocheng-road-car-park；会出现在网址里，保存后不要再改。',
		layer: '图层',
		district: '区',
		campaign: '攻坚行动',
		noCampaign: '无',
		choose: '请选择',
		nameZh: '名称（中文）',
		nameEn: '名称（英文）',
		summaryZh: '简介（中文，可不填）',
		summaryEn: '简介（英文，可不填）',
		milestoneLegend: (n) => `节点 ${n}`,
		action: '事项',
		due: '截止日期（时间窗口的最后一天）',
		precision: '时间精度',
		phrase: '原文中的时间说法（如“6月底前”）',
		milestoneTextZh: '节点内容（中文）',
		milestoneTextEn: '节点内容（英文）',
		quote: '原文引语（逐字，须在所选来源中）',
		quoteHelp: '保存时会对照所选来源的原文检查；不在原文中的引语不会被保存。',
		quoteEn: '引语的英文翻译',
		addMilestone: '再加一个节点',
		removeMilestone: (n) => `删除节点 ${n}`,
		projectPlaceLegend: '位置',
		projectPositionField: '位置（WGS-84 经度, 纬度；没有位置可不填）',
		projectPositionHelp: '在地图上点击放置图钉（可拖动），或在这里输入。',
		sourceDoc: '来源文件',
		sourceReport: '来源中的报道',
		noReport: '不指定',
		researchLegend: '后续报道的检索记录',
		researchHelp:
			'每个项目都要记录检索过哪些后续报道。结果记为“未找到”；找到的进展之后用“进展更新”添加。',
		searched: '检索日期',
		queries: '检索词（每行一个）',
		pages: '看过的网页（每行一个 http(s) 地址，可不填）',
		closeProject: '取消新建',
		newMarker: '新项目的位置（可拖动）'
	},
	en: {
		title: 'Data editor',
		intro:
			'Runs on the dev server only (npm run dev). Review the changes before saving; a save checks the whole data set as npm run data:check does and writes nothing if it fails.',
		loading: 'Reading the data…',
		loadFailed: (reason) =>
			`Could not read the data: ${reason}. Check that the dev server was started with npm run dev.`,
		reportLegend: 'A reader’s correction report',
		reportField: 'Paste the whole report',
		reportOpen: 'Open the matching edit',
		reportUnread:
			'This does not look like a correction report: it needs a line “Project: name (id)”. Paste the whole report.',
		reportUnknown: (id) =>
			`The report’s project “${id}” is not in the data. Check that the id was not changed.`,
		reportOpened: (name) =>
			`Opened “${name}”; the proposed position is in the form. Check it, then save.`,
		pickLegend: 'Choose a feature to edit',
		search: 'Search by name or id',
		matches: (shown, all) =>
			shown < all ? `Showing ${shown} of ${all}` : `${all} ${all === 1 ? 'feature' : 'features'}`,
		placeLegend: (name) => `Place: ${name}`,
		current: (position) => `Current position: ${position}`,
		proposed: (position) => `Position proposed in the report: ${position}`,
		noGeometry: 'This feature has no geometry.',
		notAPoint:
			'This feature’s geometry (an area with holes, or several areas) cannot be redrawn in the editor; edit it in the file.',
		shapeHelp: (type) =>
			`Redraw ${type === 'Polygon' ? 'the area' : type === 'LineString' ? 'the line' : 'the lines (click a line to choose it)'} on the map: drag a vertex to move it; drag or click the small dot between two vertices to add one; right-click a vertex to delete it. Or edit the coordinates below.`,
		shapeField: 'Coordinates (WGS-84, JSON, each position [longitude, latitude])',
		shapeFieldHelp:
			'With the keyboard: one position a line; deleting a line deletes that vertex. A line needs at least 2 positions; an area’s ring at least 4, the last equal to the first.',
		shapeInvalid: (problem, type) => {
			const part = (n: number) => (type === 'MultiLineString' ? `Line ${n}: ` : '');
			switch (problem.code) {
				case 'json':
					return 'The coordinates are not valid JSON: check the brackets and commas, or press “Reset shape” to start again.';
				case 'structure':
					return type === 'Polygon'
						? 'Write an area’s coordinates as [[[lng, lat], …]] (one ring), as they were.'
						: type === 'LineString'
							? 'Write a line’s coordinates as [[lng, lat], …], as they were.'
							: 'Write the coordinates as [[[lng, lat], …], …] (one list a line), with as many lines as before.';
				case 'position':
					return `${part(problem.part)}${part(problem.part) ? 'position' : 'Position'} ${problem.vertex} is not two numbers [longitude, latitude] (within ±180 and ±90).`;
				case 'too-few':
					return `${part(problem.part)}${part(problem.part) ? 'too' : 'Too'} few positions: ${type === 'Polygon' ? 'an area’s ring' : 'a line'} needs at least ${problem.min}.`;
				case 'not-closed':
					return 'The area’s ring is not closed: make the last position equal to the first.';
				case 'self-crossing':
					return `The area’s outline crosses or touches itself at ${problem.at.join(', ')}: move a vertex so that it no longer does.`;
			}
		},
		shapeReset: 'Reset shape',
		positionField: 'New position (WGS-84 longitude, latitude)',
		positionHelp: 'Drag the dark teal pin (the new position) on the map, or type it here.',
		positionInvalid: 'Type “longitude, latitude”, e.g. 120.38, 36.09.',
		confidence: 'Location confidence',
		basis: 'What the position rests on',
		bases: {
			gazetteer: 'Gazetteer',
			description: 'Written description',
			'area-anchor': 'Area anchor',
			unknown: 'Unknown'
		},
		source: 'Source of the position',
		uncertainty: 'Uncertainty (metres, optional)',
		updateLegend: 'Updates',
		updateNew: 'New update',
		updateId: 'Update id',
		milestone: 'Milestone',
		wholeProject: 'The whole project',
		outcome: 'Outcome',
		date: 'Event date',
		datePrecision: 'Date precision',
		datePrecisions: { day: 'On the day', month: 'In the month', by: 'By the date' },
		textZh: 'Text (Chinese, in our own words)',
		textEn: 'Text (English, in our own words)',
		evidence: 'Phrase from the source (optional)',
		sourceUrl: 'Source link',
		sourceTitle: 'Source title',
		sourcePublisher: 'Publisher',
		sourceDate: 'Publication date',
		preview: 'Show the changes',
		save: 'Save',
		saving: 'Saving…',
		diffLegend: 'Changes (after saving, review them with git diff geodata/)',
		noChange: 'Nothing changes.',
		refused:
			'Not saved: the data check refused the edit. Fix what is listed below and try again; no file was changed.',
		saved: (files) => `Saved ${files}. Review with git diff geodata/, then commit.`,
		mapLabel: 'Editing map',
		currentMarker: 'Current position',
		editedMarker: 'New position (draggable)',
		proposedMarker: 'Position proposed in the report',
		newProject: 'New project',
		projectLegend: 'New project',
		projectId: 'Project id',
		projectIdHelp:
			'Lowercase letters, digits and single hyphens, e.g. liaocheng-road-car-park; it appears in URLs, so do not change it after saving.',
		layer: 'Layer',
		district: 'District',
		campaign: 'Campaign',
		noCampaign: 'None',
		choose: 'Choose',
		nameZh: 'Name (Chinese)',
		nameEn: 'Name (English)',
		summaryZh: 'Summary (Chinese, optional)',
		summaryEn: 'Summary (English, optional)',
		milestoneLegend: (n) => `Milestone ${n}`,
		action: 'What happens',
		due: 'Due (the last day of the stated window)',
		precision: 'Precision of the window',
		phrase: 'The source’s words for the time (e.g. “6月底前”)',
		milestoneTextZh: 'Milestone text (Chinese)',
		milestoneTextEn: 'Milestone text (English)',
		quote: 'Verbatim quote (must be in the chosen source)',
		quoteHelp:
			'Saving checks it against the chosen source’s text; a quote that is not in the source is not saved.',
		quoteEn: 'English translation of the quote',
		addMilestone: 'Add another milestone',
		removeMilestone: (n) => `Remove milestone ${n}`,
		projectPlaceLegend: 'Place',
		projectPositionField: 'Position (WGS-84 longitude, latitude; leave empty for none)',
		projectPositionHelp: 'Click the map to place the pin (then drag it), or type it here.',
		sourceDoc: 'Source document',
		sourceReport: 'Report within the source',
		noReport: 'Not specified',
		researchLegend: 'Search for later reports',
		researchHelp:
			'Every project records what was searched for later reports. The result is recorded as “nothing found”; add what was found afterwards with the update form.',
		searched: 'Searched on',
		queries: 'Queries (one a line)',
		pages: 'Pages looked at (one http(s) address a line, optional)',
		closeProject: 'Cancel the new project',
		newMarker: 'The new project’s position (draggable)'
	}
};
