/**
 * The analysis panel's interface text, in Chinese (first) and English. Apart from the global messages
 * so it loads with the panel and can be read, changed and reviewed as one piece. Plain text only:
 * values from data or files are passed in as parameters and rendered as text.
 */
import { PANEL_LABELS } from './analysis-panel-labels';
import type { Lang } from './messages';

const zh = {
	tab: PANEL_LABELS.zh.tab,
	title: '规划分析',
	modes: '分析方法',
	modeClusters: '聚类',
	modeDensity: '密度',
	modeNearest: '最近邻',
	modeCatchments: '地铁站点',
	modeBreakdowns: '分类统计',
	modeLayers: '我的图层',
	/** A link chose a cluster (by a member) or a station that is not in the data. */
	unknownInLink: (kind: 'cluster' | 'station', id: string) =>
		kind === 'cluster'
			? `链接里的聚类成员“${id}”不在数据中，未选中任何聚类。`
			: `链接里的站点“${id}”不在数据中，未选中任何站点。`,
	follows: (shown: number, located: number) =>
		`分析对象：当前筛选条件下的 ${shown} 个项目，其中 ${located} 个有位置。更改筛选条件，结果随之更新。`,
	includeUserLayers: (features: number) =>
		`在聚类、密度和最近邻分析中包含我的图层（${features} 个要素）`,
	loading: PANEL_LABELS.zh.loading,
	loadFailed: PANEL_LABELS.zh.loadFailed,
	metricsSparse:
		'注意：项目本身的指标很少。大部分合计数（如 6500 个规划泊位、4600 个新增学位）只记在分组记录上，没有分摊到单个项目，所以这里的合计常为 0。',
	none: '—',
	openProject: '查看项目',

	clustersTitle: 'DBSCAN 聚类',
	clustersHow:
		'相距不超过“距离”的项目彼此相连；周围（含自身）至少有“最小数目”个项目的点是核心点，由核心点连成的一组项目构成一个聚类，其余为离散点（噪声）。',
	epsLabel: '距离',
	minPointsLabel: '最小数目',
	clustersResult: (clusters: number, noise: number) =>
		`${clusters} 个聚类；${noise} 个项目为离散点（噪声，地图上以灰色圆圈标出）。`,
	clustersNone: '在这个距离和最小数目下没有聚类。试着增大距离或减小最小数目。',
	clustersUnlocated: (n: number) => `${n} 个项目没有位置，未参与聚类。`,
	clusterName: (n: number) => `聚类 ${n}`,
	clusterCount: (projects: number, user: number) =>
		user > 0 ? `${projects} 个项目 + ${user} 个我的要素` : `${projects} 个项目`,
	clusterFrame: '在地图上查看',
	clusterApprox: (approximate: number, count: number) =>
		approximate === count ? `${count} 个位置都为估计` : `其中 ${approximate} 个位置为估计`,
	clusterShared: (members: number, estimated: boolean) =>
		`${members} 个共用同一个${estimated ? '估计' : ''}点`,
	clusterCaveat: (parts: string[]) =>
		`${parts.join('；')}。同一点上的项目彼此距离为零，聚类因此显得比实际更紧密。`,
	clusterApproxOnly: (part: string) => `${part}，聚类范围同样是估计。`,
	clusterMembers: '成员',
	noMetrics: '无项目级指标',
	legendCluster: '聚类范围（凸包）',
	legendNoise: '离散点（噪声）',
	legendSingle: '同一位置的聚类（圆圈）',

	densityTitle: '六边形密度',
	densityHow: '把地图分成同样大小的六边形，统计每格内的项目数，或某项指标的合计。',
	cellLabel: '六边形边长',
	valueLabel: '统计',
	valueCount: '项目数',
	densityLegend: (what: string) => `图例：${what}`,
	densityClass: (range: string, hexagons: number) => `${range}（${hexagons} 格）`,
	densityZero: '有项目，指标为 0',
	densityResult: (hexagons: number, binned: number) =>
		`${binned} 个项目落在 ${hexagons} 个六边形内。`,
	densityApprox: (estimated: number, binned: number) =>
		`统计的 ${binned} 个项目中有 ${estimated} 个位置为估计，可能实际属于相邻的格子。`,
	densityOutside: (n: number) => `${n} 个位置在统计范围以外，未计入。`,
	densityNone: '没有可统计的项目。',
	densityNoValues: '所选指标在这些项目上都没有数值（指标多记在分组记录上）。',

	nearestTitle: '最近邻指数（Clark–Evans）',
	nearestHow:
		'比较每个项目到最近项目的平均距离与同样密度的随机分布下的期望距离：R < 1 表示聚集，R ≈ 1 表示随机，R > 1 表示均匀分散。',
	squareKm: (km2: string) => `${km2} 平方公里`,
	studyArea: (areaKm2: string) =>
		`研究区域：市南区与市北区行政区界的并集，${areaKm2} 平方公里（没有边缘校正：区界附近的项目最近邻被截断，R 会略偏大）。`,
	nearestN: '项目数 n',
	nearestArea: '面积',
	nearestObserved: '实测平均最近距离',
	nearestExpected: '随机分布期望距离',
	nearestR: '最近邻比 R',
	nearestZ: 'z 值',
	nearestP: 'p 值（双侧）',
	nearestOutside: (n: number) => `${n} 个项目在研究区域以外，未计入。`,
	nearestUnlocated: (n: number) => `${n} 个项目没有位置，未计入。`,
	nearestTooFew: (n: number) =>
		`研究区域内只有 ${n} 个有位置的项目，至少需要 2 个才能计算。请放宽筛选条件。`,
	nearestLoadFailed: '无法加载区界数据，暂时不能计算。请刷新页面再试。',
	nearestApprox: (percent: number) => `其中 ${percent}% 的位置为估算。`,

	catchmentsTitle: '地铁站点服务范围',
	catchmentsHow:
		'每个地铁站步行 500 米（约 6 分钟）和 800 米（约 10 分钟）范围内的项目：到项目几何最近处的距离。点表头排序，点站名在地图上查看。',
	catchmentsStations: (n: number) =>
		`共 ${n} 个车站：作为背景显示的现有车站，加上本身就是项目的小港站。海信桥站上盖项目与海信桥站重合、文中的“1号线开封路站”找不到对应车站，这两个项目不作为车站统计（但作为项目计入附近车站）。`,
	radiusLabel: '半径',
	colStation: '车站',
	colProjects: '项目',
	colParking: '泊位',
	colSchool: '学位',
	colFloor: '建筑面积（㎡）',
	sortBy: (column: string) => `按${column}排序`,
	catchmentSelected: (station: string, radius: string) => `${station} ${radius}范围内`,
	catchmentNone: '此范围内没有符合筛选条件的项目。',
	catchmentGroup: (n: number, group: string) => `其中 ${n} 个属于“${group}”，文中只给出该组合计：`,
	catchmentApprox: (estimated: number, counted: number) =>
		`计入的 ${counted} 个项目中有 ${estimated} 个位置为估计：在半径边缘附近，这样的项目可能被错计或漏计。`,
	catchmentHidden: (columns: string[]) =>
		`未显示${columns.map((c) => `“${c}”`).join('、')}列：在所有车站都为零（这类指标多记在分组记录上，没有分摊到单个项目）。`,

	breakdownsTitle: '分类统计',
	breakdownDistrict: '按区',
	breakdownLayer: '按类别',
	breakdownCampaign: '按攻坚行动',
	colCategory: '分类',
	colLocated: '有位置',
	colMetrics: '项目指标合计',
	campaignNone: '未列入攻坚行动',

	exportTitle: '导出',
	exportProjects: (n: number) => `筛选出的 ${n} 个项目`,
	exportResult: '当前分析结果',
	exportCsv: 'CSV',
	exportGeoJson: 'GeoJSON',
	exportCsvTitle: (what: string) => `下载${what}（CSV，UTF-8）`,
	exportGeoJsonTitle: (what: string) => `下载${what}（GeoJSON）`,
	exportNoGeoJson: '分类统计没有几何，只能导出 CSV。',

	layersTitle: '添加我的图层',
	layersHow: (limitMb: number, maxFeatures: string) =>
		`把 GeoJSON 文件或带经纬度列（lon/lat 或 经度/纬度）的 CSV 文件拖到这里或地图上，或点下面的按钮选择文件。坐标应为 WGS-84；最大 ${limitMb} MB、${maxFeatures} 个要素。文件只在本机浏览器中读取和保存，不会上传。`,
	layersChoose: '选择文件…',
	layersDropHere: '松开鼠标即可添加图层',
	layersReading: (name: string) => `正在读取 ${name}…`,
	layersRefused: (name: string) => `无法添加“${name}”：`,
	layersUnreadable: '浏览器无法读取这个文件（可能已被移动或删除）。请重新选择文件。',
	layersAdded: (name: string, n: number) => `已添加“${name}”（${n} 个要素）。`,
	layersWarnings: '请注意：',
	layersConvert: '转换为 WGS-84',
	layersConverted: '已从 GCJ-02 转换',
	layersMaybeGcj02: '坐标可能是 GCJ-02',
	layersConvertShort: '转换',
	layersConvertOne: (name: string) => `把“${name}”从 GCJ-02 转换为 WGS-84`,
	layersEmpty: '还没有添加图层。',
	layersList: '我的图层',
	layersRemove: (name: string) => `删除“${name}”`,
	layersRemoveShort: '删除',
	layersFeatures: (points: number, lines: number, polygons: number) =>
		[
			points ? `${points} 个点` : '',
			lines ? `${lines} 条线` : '',
			polygons ? `${polygons} 个面` : ''
		]
			.filter(Boolean)
			.join('、'),
	layersStorageUnavailable:
		'此浏览器不能在本地保存数据（可能处于隐私浏览模式，或禁用了网站数据）。图层可以显示和分析，但刷新页面后会消失。',
	layersSaveFailed: (name: string) =>
		`“${name}”已显示，但没能保存到本机（存储空间可能已满），刷新页面后会消失。`,
	layersRestoreDropped: (n: number) => `有 ${n} 个以前保存的图层无法读取，已忽略。`,
	layersOutcomes: '刚才添加的文件',
	layersReadingMany: (n: number) => `正在读取 ${n} 个文件…`,
	layersSummary: (added: number, refused: number) =>
		`${added + refused} 个文件：已添加 ${added} 个，无法添加 ${refused} 个。`,
	layersSummaryRefused: (names: string[]) =>
		`无法添加的文件：${names.map((n) => `“${n}”`).join('、')}。原因见下方各文件的说明。`,
	layersDismissOne: (name: string) => `关闭关于“${name}”的说明`,
	layersStage: {
		reading: '读取文件',
		parsing: '解析内容',
		checking: '检查坐标',
		saving: '保存到本机'
	},
	layersProgress: (name: string, index: number, total: number, stage: string) =>
		total > 1
			? `正在读取“${name}”（第 ${index}/${total} 个文件）：${stage}…`
			: `正在读取“${name}”：${stage}…`,
	layersCancel: '取消导入',
	layersCancelled: (name: string) => `已取消“${name}”，未添加任何图层。`,
	layersConverting: '转换中…',
	computing: '计算中…',
	layersShow: (name: string) => `在地图上显示“${name}”的全部要素`,
	layersClickHint:
		'点击图层名称可缩放到它的范围；点击地图上的要素可查看其属性，点击带数字的圆圈可放大。',
	featureOf: (name: string) => `“${name}”中的要素`,
	featureNoProperties: '这个要素没有属性。',
	featureEmptyValue: '（空）',
	featureClose: '关闭要素属性',
	dismiss: '关闭',
	/** Between the metrics of a cluster, station or table row. */
	metricSeparator: '；'
};

export type AnalysisMessages = typeof zh;

const en: AnalysisMessages = {
	tab: PANEL_LABELS.en.tab,
	title: 'Planner analysis',
	modes: 'Analysis',
	modeClusters: 'Clusters',
	modeDensity: 'Density',
	modeNearest: 'Nearest neighbour',
	modeCatchments: 'Metro stations',
	modeBreakdowns: 'Breakdowns',
	modeLayers: 'My layers',
	unknownInLink: (kind: 'cluster' | 'station', id: string) =>
		kind === 'cluster'
			? `The link names a cluster member, “${id}”, that is not in the data: no cluster is chosen.`
			: `The link names a station, “${id}”, that is not in the data: no station is chosen.`,
	follows: (shown: number, located: number) =>
		`Analysing the ${shown} projects that pass the current filters, ${located} of them with a location. Change the filters and the results follow.`,
	includeUserLayers: (features: number) =>
		`Include my layers in clustering, density and nearest neighbour (${features} features)`,
	loading: PANEL_LABELS.en.loading,
	loadFailed: PANEL_LABELS.en.loadFailed,
	metricsSparse:
		'Note: few metrics are stated per project. Most totals (such as 6,500 planned parking spaces or 4,600 school places) are stated only for whole groups and are not split across projects, so sums here are often 0.',
	none: '—',
	openProject: 'Open project',

	clustersTitle: 'DBSCAN clusters',
	clustersHow:
		'Projects within the “distance” of each other are linked. A project with at least the “minimum size” of projects around it (itself included) is a core point; core points linked together, with their neighbours, make a cluster. The rest are noise.',
	epsLabel: 'Distance',
	minPointsLabel: 'Minimum size',
	clustersResult: (clusters: number, noise: number) =>
		`${clusters} ${clusters === 1 ? 'cluster' : 'clusters'}; ${noise} ${noise === 1 ? 'project is' : 'projects are'} noise (grey rings on the map).`,
	clustersNone:
		'No clusters at this distance and minimum size. Try a larger distance or a smaller minimum.',
	clustersUnlocated: (n: number) =>
		`${n} ${n === 1 ? 'project has' : 'projects have'} no location and ${n === 1 ? 'was' : 'were'} not clustered.`,
	clusterName: (n: number) => `Cluster ${n}`,
	clusterCount: (projects: number, user: number) =>
		`${projects} ${projects === 1 ? 'project' : 'projects'}${user > 0 ? ` + ${user} of my features` : ''}`,
	clusterFrame: 'Show on map',
	clusterApprox: (approximate: number, count: number) =>
		approximate === count
			? `All ${count} members are on estimated positions`
			: `${approximate} of ${count} members are on estimated positions`,
	clusterShared: (members: number, estimated: boolean) =>
		`${members} share one ${estimated ? 'estimated ' : ''}point`,
	clusterCaveat: (parts: string[]) =>
		`${parts.join('; ')}. Projects on one point are 0 m apart, which makes the cluster look tighter than it is.`,
	clusterApproxOnly: (part: string) => `${part}, so the cluster’s extent is an estimate too.`,
	clusterMembers: 'Members',
	noMetrics: 'no per-project metrics',
	legendCluster: 'Cluster extent (convex hull)',
	legendNoise: 'Noise',
	legendSingle: 'Cluster at one location (ring)',

	densityTitle: 'Hexagonal density',
	densityHow:
		'The map is divided into equal hexagons; each shows how many projects fall in it, or the sum of one metric.',
	cellLabel: 'Hexagon side',
	valueLabel: 'Value',
	valueCount: 'Number of projects',
	densityLegend: (what: string) => `Legend: ${what}`,
	densityClass: (range: string, hexagons: number) =>
		`${range} (${hexagons} ${hexagons === 1 ? 'hexagon' : 'hexagons'})`,
	densityZero: 'Projects, metric 0',
	densityResult: (hexagons: number, binned: number) =>
		`${binned} ${binned === 1 ? 'project' : 'projects'} in ${hexagons} ${hexagons === 1 ? 'hexagon' : 'hexagons'}.`,
	densityApprox: (estimated: number, binned: number) =>
		`${estimated} of the ${binned} projects binned sit on estimated positions and may belong in a neighbouring hexagon.`,
	densityOutside: (n: number) =>
		`${n} ${n === 1 ? 'location lies' : 'locations lie'} outside the binned area and ${n === 1 ? 'is' : 'are'} left out.`,
	densityNone: 'There is nothing to bin.',
	densityNoValues:
		'None of these projects states the chosen metric (metrics are mostly on group records).',

	nearestTitle: 'Nearest-neighbour index (Clark–Evans)',
	nearestHow:
		'Compares the mean distance from each project to its nearest neighbour with the distance expected if projects were placed at random at the same density: R < 1 clustered, R ≈ 1 random, R > 1 evenly spread.',
	squareKm: (km2: string) => `${km2} km²`,
	studyArea: (areaKm2: string) =>
		`Study area: the Shinan and Shibei district outlines together, ${areaKm2} km² (no edge correction: projects near the boundary lose neighbours beyond it, which makes R read slightly high).`,
	nearestN: 'Projects n',
	nearestArea: 'Area',
	nearestObserved: 'Observed mean nearest distance',
	nearestExpected: 'Expected if random',
	nearestR: 'Ratio R',
	nearestZ: 'z-score',
	nearestP: 'p (two-sided)',
	nearestOutside: (n: number) =>
		`${n} ${n === 1 ? 'project lies' : 'projects lie'} outside the study area and ${n === 1 ? 'is' : 'are'} left out.`,
	nearestUnlocated: (n: number) =>
		`${n} ${n === 1 ? 'project has' : 'projects have'} no location and ${n === 1 ? 'is' : 'are'} left out.`,
	nearestTooFew: (n: number) =>
		`Only ${n} located ${n === 1 ? 'project lies' : 'projects lie'} in the study area; at least 2 are needed. Widen the filters.`,
	nearestLoadFailed:
		'The district outlines could not be loaded, so the statistic cannot be computed. Reload the page and try again.',
	nearestApprox: (percent: number) => `${percent}% of these locations are approximate.`,

	catchmentsTitle: 'Metro station catchments',
	catchmentsHow:
		'Projects within 500 m (about 6 minutes on foot) and 800 m (about 10 minutes) of each station, measured to the nearest part of each project. Sort with the column headers; choose a station to see it on the map.',
	catchmentsStations: (n: number) =>
		`${n} stations: the existing stations shown for context, plus Xiaogang, which is itself a project. The Haixinqiao over-station development sits on Haixinqiao station, and the article’s “Line 1 Kaifeng Road station” matches no station, so these two projects are not measured from (they count as projects near other stations).`,
	radiusLabel: 'Radius',
	colStation: 'Station',
	colProjects: 'Projects',
	colParking: 'Parking',
	colSchool: 'School places',
	colFloor: 'Floor area m²',
	sortBy: (column: string) => `Sort by ${column}`,
	catchmentSelected: (station: string, radius: string) => `Within ${radius} of ${station}`,
	catchmentNone: 'No project that passes the filters lies within this radius.',
	catchmentGroup: (n: number, group: string) =>
		`${n} of them belong to “${group}”; the article gives only the group’s total:`,
	catchmentApprox: (estimated: number, counted: number) =>
		`${estimated} of the ${counted} projects counted sit on estimated positions: near the edge of a radius, such a project may be counted, or missed, wrongly.`,
	catchmentHidden: (columns: string[]) =>
		`Not shown: ${columns.map((c) => `“${c}”`).join(', ')}, 0 at every station (such totals are mostly kept on group records, not on single projects).`,

	breakdownsTitle: 'Breakdowns',
	breakdownDistrict: 'By district',
	breakdownLayer: 'By category',
	breakdownCampaign: 'By campaign',
	colCategory: 'Group',
	colLocated: 'Located',
	colMetrics: 'Per-project metrics, summed',
	campaignNone: 'Not in a campaign',

	exportTitle: 'Export',
	exportProjects: (n: number) => `The ${n} filtered projects`,
	exportResult: 'This analysis',
	exportCsv: 'CSV',
	exportGeoJson: 'GeoJSON',
	exportCsvTitle: (what: string) => `Download ${what.toLowerCase()} (CSV, UTF-8)`,
	exportGeoJsonTitle: (what: string) => `Download ${what.toLowerCase()} (GeoJSON)`,
	exportNoGeoJson: 'Breakdowns have no geometry, so they export as CSV only.',

	layersTitle: 'Add your own layer',
	layersHow: (limitMb: number, maxFeatures: string) =>
		`Drop a GeoJSON file, or a CSV with longitude/latitude columns (lon/lat), here or on the map, or choose one with the button. Coordinates should be WGS-84; up to ${limitMb} MB and ${maxFeatures} features. The file is read and kept in this browser only; nothing is uploaded.`,
	layersChoose: 'Choose a file…',
	layersDropHere: 'Drop to add the layer',
	layersReading: (name: string) => `Reading ${name}…`,
	layersRefused: (name: string) => `“${name}” could not be added:`,
	layersUnreadable:
		'The browser could not read this file (it may have been moved or deleted). Choose the file again.',
	layersAdded: (name: string, n: number) =>
		`Added “${name}” (${n} ${n === 1 ? 'feature' : 'features'}).`,
	layersWarnings: 'Please note:',
	layersConvert: 'Convert to WGS-84',
	layersConverted: 'converted from GCJ-02',
	layersMaybeGcj02: 'may be GCJ-02',
	layersConvertShort: 'Convert',
	layersConvertOne: (name: string) => `Convert “${name}” from GCJ-02 to WGS-84`,
	layersEmpty: 'No layer added yet.',
	layersList: 'My layers',
	layersRemove: (name: string) => `Remove “${name}”`,
	layersRemoveShort: 'Remove',
	layersFeatures: (points: number, lines: number, polygons: number) =>
		[
			points ? `${points} ${points === 1 ? 'point' : 'points'}` : '',
			lines ? `${lines} ${lines === 1 ? 'line' : 'lines'}` : '',
			polygons ? `${polygons} ${polygons === 1 ? 'polygon' : 'polygons'}` : ''
		]
			.filter(Boolean)
			.join(', '),
	layersStorageUnavailable:
		'This browser cannot keep data on this device (private browsing, or site data blocked). Your layers are shown and analysed, but will be gone after a reload.',
	layersSaveFailed: (name: string) =>
		`“${name}” is shown but could not be saved on this device (storage may be full); it will be gone after a reload.`,
	layersRestoreDropped: (n: number) =>
		`${n} previously saved ${n === 1 ? 'layer' : 'layers'} could not be read and ${n === 1 ? 'was' : 'were'} left out.`,
	layersOutcomes: 'The files just added',
	layersReadingMany: (n: number) => `Reading ${n} ${n === 1 ? 'file' : 'files'}…`,
	layersSummary: (added: number, refused: number) =>
		`${added + refused} ${added + refused === 1 ? 'file' : 'files'}: ${added} added, ${refused} could not be added.`,
	layersSummaryRefused: (names: string[]) =>
		`Not added: ${names.map((n) => `“${n}”`).join(', ')}. Each file's reason is given below.`,
	layersDismissOne: (name: string) => `Dismiss the note on “${name}”`,
	layersStage: {
		reading: 'reading the file',
		parsing: 'parsing',
		checking: 'checking the coordinates',
		saving: 'saving on this device'
	},
	layersProgress: (name: string, index: number, total: number, stage: string) =>
		total > 1
			? `Reading “${name}” (file ${index} of ${total}): ${stage}…`
			: `Reading “${name}”: ${stage}…`,
	layersCancel: 'Cancel import',
	layersCancelled: (name: string) => `“${name}” was cancelled: no layer was added.`,
	layersConverting: 'Converting…',
	computing: 'Computing…',
	layersShow: (name: string) => `Show all of “${name}” on the map`,
	layersClickHint:
		'Click a layer’s name to zoom to it; click a feature on the map to see its properties, and a numbered circle to zoom in.',
	featureOf: (name: string) => `A feature of “${name}”`,
	featureNoProperties: 'This feature has no properties.',
	featureEmptyValue: '(empty)',
	featureClose: 'Close the feature’s properties',
	dismiss: 'Dismiss',
	metricSeparator: '; '
};

export const analysisMessages: Record<Lang, AnalysisMessages> = { zh, en };
