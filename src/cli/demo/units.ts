import type { Skill } from '../../domain/skills.js';
import type { CityPlan, UnitKindKey } from './geography.js';
import type { Random } from './random.js';

/** What a unit's members are likely to be good at, beyond the skills anybody may have. */
export type SkillOdds = Partial<Record<Skill, number>>;

export interface UnitSpec {
  name: string;
  kind: UnitKindKey;
  skills: SkillOdds;
  /** Typical headcount of its party members, before scaling to the city's total. */
  size: [number, number];
}

const words = (text: string) => text.trim().split(/\s+/);

const legalBodies = new Set(words('司法局 人民法院 人民检察院 委政法委员会 公安局 信访局 综合行政执法局'));

const agencies = words(`
  委组织部 委宣传部 委统战部 委政法委员会 纪委监委 人民法院 人民检察院 发展和改革委员会 财政局 税务局 公安局 司法局
  民政局 教育局 卫生健康委员会 住房和城乡建设局 自然资源和规划局 交通运输局 水务局 农业农村局 商务局 文化广电旅游体育局
  市场监督管理局 应急管理局 生态环境局 审计局 统计局 人力资源和社会保障局 退役军人事务局 医疗保障局 信访局
  综合行政执法局 总工会 妇女联合会 残疾人联合会 科学技术协会 工商业联合会 工业和信息化局 科学技术局 政务服务中心
  档案馆 气象局 消防救援大队 供销合作社 机关事务管理局 融媒体中心 红十字会 图书馆 文化馆 不动产登记中心 社会保险事业中心
  住房公积金管理部 公共资源交易中心 投资促进局 林业局 乡村振兴局 网信办 团委`);

const stateEnterprises = words(`
  中国移动{c}分公司 中国电信{c}分公司 中国联通{c}分公司 中国邮政{c}分公司 中国工商银行{c}支行 中国农业银行{c}支行
  中国银行{c}支行 中国建设银行{c}支行 {c}农村商业银行 国网{c}供电公司 中国石化{c}分公司 中国石油{c}销售分公司
  中国人寿{c}支公司 中国人保财险{c}支公司 {c}烟草专卖局 {c}自来水有限公司 {c}燃气有限公司 {c}公共交通有限公司
  {c}城市建设投资集团 {c}国有资产经营有限公司 新华书店{c}分公司 {c}港务有限公司 {c}粮食储备有限公司
  {c}水利建设有限公司 {c}文化旅游投资有限公司 {c}医药有限公司`);

const brands = words(
  '鑫源 海韵 恒信 华盛 宏达 金桥 立信 博雅 康宁 天成 嘉和 顺通 盛世 锦华 昌隆 永安 福满 众诚',
);
const trades: [string, SkillOdds][] = [
  ['物业服务有限公司', { repair: 0.5, cleaning: 0.4 }],
  ['建筑工程有限公司', { repair: 0.6, driving: 0.3 }],
  ['联盟超市', { driving: 0.3, cooking: 0.2 }],
  ['医药连锁有限公司', { medical: 0.35, elderly_care: 0.2 }],
  ['汽车服务有限公司', { driving: 0.7, repair: 0.5 }],
  ['网络科技有限公司', { it: 0.8, teaching: 0.1 }],
  ['餐饮管理有限公司', { cooking: 0.8, cleaning: 0.3 }],
  ['家政服务有限公司', { cleaning: 0.7, elderly_care: 0.5, cooking: 0.4 }],
  ['电器有限公司', { repair: 0.7, it: 0.2 }],
  ['律师事务所', { legal: 0.9, counselling: 0.3 }],
];

const hospitals = words(`
  {c}人民医院 {c}中医院 {c}妇幼保健院 {c}疾病预防控制中心 {c}第二人民医院 {c}急救中心 {c}口腔医院 {c}精神卫生中心
  {c}皮肤病防治所 {c}康复医院`);

const socialOrganisations: [string, SkillOdds][] = [
  ['志愿者协会', { elderly_care: 0.4, cleaning: 0.3 }],
  ['义工联合会', { elderly_care: 0.4, cooking: 0.3 }],
  ['红十字志愿服务队', { medical: 0.5, elderly_care: 0.3 }],
  ['律师协会', { legal: 0.9, counselling: 0.3 }],
  ['老年人协会', { elderly_care: 0.6, counselling: 0.2 }],
  ['个体劳动者协会', { repair: 0.3, cooking: 0.3 }],
  ['慈善总会', { counselling: 0.3, elderly_care: 0.3 }],
  ['青年志愿者协会', { teaching: 0.3, it: 0.3 }],
  ['社会工作者协会', { counselling: 0.7, elderly_care: 0.3 }],
  ['心理咨询师协会', { counselling: 0.9 }],
  ['家庭教育促进会', { teaching: 0.6, counselling: 0.4 }],
  ['爱心车队', { driving: 0.9, repair: 0.3 }],
  ['巾帼志愿服务队', { cooking: 0.4, cleaning: 0.4, elderly_care: 0.3 }],
  ['退役军人志愿服务队', { driving: 0.4, repair: 0.3 }],
  ['蓝天救援队', { medical: 0.3, driving: 0.5 }],
  ['餐饮行业协会', { cooking: 0.8 }],
  ['书法家协会', { teaching: 0.5 }],
];

const numerals = words('一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五');

function schools(count: number, c: string): string[] {
  const middle = Math.round(count * 0.4);
  const primary = Math.round(count * 0.45);
  const others = words(
    `${c}职业技术学校 ${c}实验小学 ${c}第一幼儿园 ${c}特殊教育学校 ${c}实验中学 ${c}第二幼儿园`,
  );
  return [
    ...numerals.slice(0, middle).map((n) => `${c}第${n}中学`),
    ...numerals.slice(0, primary).map((n) => `${c}第${n}小学`),
    ...others.slice(0, count - middle - primary),
  ];
}

/** Draws `n` names from a pool without repeats (the pool must be large enough). */
function draw<T>(random: Random, pool: readonly T[], n: number): T[] {
  if (n > pool.length) throw new Error(`the demo has ${pool.length} names for ${n} units`);
  return random.shuffle([...pool]).slice(0, n);
}

/** The co-building units of one city: names by kind, each with the skills its members tend to have. */
export function unitSpecs(city: CityPlan, random: Random): UnitSpec[] {
  const c = city.unitPrefix;
  const n = city.unitsByKind;
  const fill = (template: string) => template.replaceAll('{c}', c);
  const companies = brands.flatMap((b) => trades.map(([t, skills]) => ({ name: `${c}${b}${t}`, skills })));
  return [
    ...draw(random, agencies, n.agency).map((a) => ({
      name: `${c}${a}`,
      kind: 'agency' as const,
      skills: legalBodies.has(a)
        ? { legal: 0.8, counselling: 0.2 }
        : { legal: 0.1, it: 0.15, counselling: 0.1 },
      size: [20, 50] as [number, number],
    })),
    ...draw(random, stateEnterprises, n.state_enterprise).map((t) => ({
      name: fill(t),
      kind: 'state_enterprise' as const,
      skills: { repair: 0.25, driving: 0.3, it: 0.2 },
      size: [30, 80] as [number, number],
    })),
    ...draw(random, companies, n.private_enterprise).map((p) => ({
      ...p,
      kind: 'private_enterprise' as const,
      size: [12, 40] as [number, number],
    })),
    ...schools(n.school, c).map((name) => ({
      name,
      kind: 'school' as const,
      skills: { teaching: 0.85, counselling: 0.2, it: 0.1 },
      size: [30, 70] as [number, number],
    })),
    ...draw(random, hospitals, n.hospital).map((t) => ({
      name: fill(t),
      kind: 'hospital' as const,
      skills: { medical: 0.85, elderly_care: 0.3, counselling: 0.1 },
      size: [60, 140] as [number, number],
    })),
    ...draw(random, socialOrganisations, n.social_organisation).map(([t, skills]) => ({
      name: `${c}${t}`,
      kind: 'social_organisation' as const,
      skills,
      size: [10, 30] as [number, number],
    })),
  ];
}

/** Skills anybody may have, whatever their unit: the long tail of a neighbourhood's helpers. */
const everyday: SkillOdds = {
  driving: 0.22,
  cleaning: 0.15,
  cooking: 0.12,
  elderly_care: 0.12,
  repair: 0.1,
  it: 0.1,
  translation: 0.02,
};

/** One to four skills: the unit's likely ones and everyday ones, never none. */
export function memberSkills(random: Random, unit: SkillOdds): Skill[] {
  const out = new Set<Skill>();
  for (const [skill, p] of Object.entries(unit) as [Skill, number][]) if (random.chance(p)) out.add(skill);
  for (const [skill, p] of Object.entries(everyday) as [Skill, number][])
    if (random.chance(p)) out.add(skill);
  if (out.size === 0) out.add(random.weighted(Object.entries(everyday) as [Skill, number][]));
  return [...out].slice(0, 4).sort();
}
