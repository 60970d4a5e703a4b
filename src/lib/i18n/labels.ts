/** Names of the data vocabulary in both languages. */
import type { Action, DistrictId, LayerId } from '$lib/data/vocabulary';
import type { Lang } from './messages';

type Names = Record<Lang, string>;

export const LAYER_LABELS: Record<LayerId, Names> = {
	'cruise-port': { zh: '邮轮港区', en: 'Cruise port' },
	'historic-districts': { zh: '历史城区', en: 'Historic districts' },
	'licun-river': { zh: '李村河流域', en: 'Licun River' },
	metro: { zh: '地铁及TOD', en: 'Metro and TOD' },
	parking: { zh: '停车设施', en: 'Parking' },
	schools: { zh: '学校', en: 'Schools' },
	industry: { zh: '老四方工业区', en: 'Old Sifang industry' },
	villages: { zh: '城中村改造', en: 'Urban villages' },
	roads: { zh: '道路交通', en: 'Roads' },
	parks: { zh: '公园绿道', en: 'Parks and greenways' },
	'public-facilities': { zh: '公共设施', en: 'Public facilities' },
	governance: { zh: '基层治理（市南）', en: 'Governance (Shinan)' }
};

export const DISTRICT_LABELS: Record<DistrictId, Names> = {
	shibei: { zh: '市北区', en: 'Shibei' },
	shinan: { zh: '市南区', en: 'Shinan' }
};

export const ACTION_LABELS: Record<Action, Names> = {
	start: { zh: '开工/启动', en: 'Start' },
	construction: { zh: '推进建设', en: 'Construction' },
	complete: { zh: '完成', en: 'Completion' },
	'topping-out': { zh: '主体封顶', en: 'Topping-out' },
	delivery: { zh: '竣工交付', en: 'Handover' },
	open: { zh: '建成投用', en: 'Opening' },
	acceptance: { zh: '竣工验收', en: 'Acceptance' },
	expropriation: { zh: '征收', en: 'Expropriation' },
	demolition: { zh: '拆除', en: 'Demolition' },
	clearance: { zh: '征迁清零', en: 'Clearance' },
	'land-sale': { zh: '土地出让', en: 'Land sale' },
	renovation: { zh: '改造', en: 'Renovation' },
	target: { zh: '目标', en: 'Target' }
};
