import type { orderSources, Priority } from '../../db/schema/index.js';
import type { Skill } from '../../domain/skills.js';
import { apportion } from './ids.js';
import type { Random } from './random.js';

type Source = (typeof orderSources)[number];

/** One kind of whistle: how often it comes, what it looks like, who it needs, how long it takes. */
export interface WhistleKind {
  category: string;
  /** Yearly count from the spec's real figures (Dongfang), or an estimate where it gives none. */
  perYear: number;
  titles: string[];
  descriptions: string[];
  priorities: [Priority, number][];
  sources: [Source, number][];
  headcount: [number, number];
  /** Required skills, each with the chance that the order asks for it. */
  skills: [Skill, number][];
  /** Hours a member reports for it. */
  hours: [number, number];
  /** Events (clinics, lectures, theme days) have a time window and a resident to help does not. */
  event: boolean;
  /** Share of orders put out in open mode (any eligible unit may claim) rather than auto. */
  openShare: number;
  beneficiary: boolean;
}

export const whistleKinds: WhistleKind[] = [
  {
    category: 'home_visit',
    perYear: 16_730,
    event: false,
    openShare: 0.15,
    beneficiary: true,
    headcount: [1, 1],
    hours: [0.5, 2],
    titles: [
      '走访独居老人',
      '看望高龄老人',
      '入户走访慢性病患者家庭',
      '看望空巢老人，了解生活需求',
      '入户核实居民诉求',
      '走访残疾人家庭',
    ],
    descriptions: [
      '老人独居，子女在外地工作，请上门看望并了解近况。',
      '网格员巡查时发现老人近来行动不便，请上门看看。',
      '居民来电反映家中困难，请入户了解情况并登记诉求。',
    ],
    priorities: [
      ['routine', 85],
      ['urgent', 12],
      ['emergency', 3],
    ],
    sources: [
      ['home_visit', 4],
      ['grid_patrol', 4],
      ['hotline', 2],
    ],
    skills: [['elderly_care', 0.12]],
  },
  {
    category: 'poverty_pairing',
    perYear: 12_600,
    event: false,
    openShare: 0.1,
    beneficiary: true,
    headcount: [1, 1],
    hours: [1, 3],
    titles: [
      '结对帮扶户上门慰问',
      '帮扶户子女课业辅导',
      '帮扶户就业信息对接',
      '协助帮扶户申请低保',
      '为帮扶户送米送油',
    ],
    descriptions: [
      '按结对帮扶计划，本月需上门一次，了解家庭收入和就医情况。',
      '帮扶户孩子数学成绩下滑，希望有人每周辅导一次。',
      '帮扶户家中劳动力想找工作，请帮忙对接岗位信息。',
    ],
    priorities: [
      ['routine', 88],
      ['urgent', 10],
      ['emergency', 2],
    ],
    sources: [
      ['home_visit', 5],
      ['walk_in', 2],
      ['online', 1],
    ],
    skills: [['teaching', 0.15]],
  },
  {
    category: 'errand',
    perYear: 3_928,
    event: false,
    openShare: 0.25,
    beneficiary: true,
    headcount: [1, 1],
    hours: [0.5, 2],
    titles: [
      '代购常用药品',
      '代办社保卡补办',
      '代缴水电燃气费',
      '陪同老人到医院复诊',
      '代办居住证续签',
      '代取邮寄包裹',
    ],
    descriptions: [
      '老人腿脚不便，请帮忙到药店购买降压药。',
      '居民不会使用手机办理，请帮忙到服务大厅代办。',
      '需要有车的党员陪同到市人民医院复诊。',
    ],
    priorities: [
      ['routine', 70],
      ['urgent', 24],
      ['emergency', 6],
    ],
    sources: [
      ['walk_in', 3],
      ['hotline', 3],
      ['online', 2],
    ],
    skills: [['driving', 0.2]],
  },
  {
    category: 'volunteer_service',
    perYear: 1_200,
    event: true,
    openShare: 0.4,
    beneficiary: false,
    headcount: [2, 4],
    hours: [2, 4],
    titles: ['周末课业辅导志愿服务', '智能手机使用教学', '爱心义剪进社区', '老年食堂帮厨', '家电义务维修'],
    descriptions: [
      '在社区党群服务中心开展，需要志愿者按时到场。',
      '面向辖区老年人，请带好工具提前十分钟到场。',
    ],
    priorities: [
      ['routine', 90],
      ['urgent', 10],
    ],
    sources: [
      ['online', 2],
      ['walk_in', 1],
    ],
    skills: [
      ['teaching', 0.25],
      ['it', 0.15],
      ['cooking', 0.1],
      ['repair', 0.1],
    ],
  },
  {
    category: 'dispute_mediation',
    perYear: 600,
    event: false,
    openShare: 0.2,
    beneficiary: true,
    headcount: [1, 2],
    hours: [1, 3],
    titles: [
      '邻里噪音纠纷调解',
      '楼上漏水邻里矛盾调解',
      '家庭赡养纠纷调解',
      '停车位纠纷调解',
      '物业费纠纷调解',
    ],
    descriptions: [
      '双方多次争吵，情绪激动，请尽快介入调解。',
      '居民到社区反映问题，需要懂法律的党员协助调解。',
    ],
    priorities: [
      ['routine', 50],
      ['urgent', 35],
      ['emergency', 15],
    ],
    sources: [
      ['hotline', 3],
      ['walk_in', 3],
      ['grid_patrol', 2],
    ],
    skills: [
      ['counselling', 0.5],
      ['legal', 0.25],
    ],
  },
  {
    category: 'micro_wish',
    perYear: 534,
    event: false,
    openShare: 0.5,
    beneficiary: true,
    headcount: [1, 1],
    hours: [1, 2],
    titles: [
      '微心愿：一台助听器',
      '微心愿：一个新书包',
      '微心愿：一辆儿童自行车',
      '微心愿：一套过冬棉衣',
      '微心愿：一盏学习台灯',
    ],
    descriptions: [
      '心愿墙上认领的微心愿，请认领后与社区联系送达。',
      '困难家庭孩子的新学期心愿，请在开学前送到。',
    ],
    priorities: [
      ['routine', 95],
      ['urgent', 5],
    ],
    sources: [['wish_wall', 1]],
    skills: [],
  },
  {
    category: 'civic_campaign',
    perYear: 120,
    event: true,
    openShare: 0.5,
    beneficiary: false,
    headcount: [4, 10],
    hours: [2, 4],
    titles: [
      '三创主题党日：背街小巷清洁',
      '文明城市创建：楼道杂物清理',
      '垃圾分类入户宣传',
      '消防安全隐患排查',
      '主题党日：河道环境整治',
    ],
    descriptions: [
      '共建单位联合主题党日活动，请穿红马甲、带手套集合。',
      '按网格分组开展，结束后在群里报送照片。',
    ],
    priorities: [['routine', 1]],
    sources: [['online', 1]],
    skills: [['cleaning', 0.3]],
  },
  {
    category: 'health_clinic',
    perYear: 50,
    event: true,
    openShare: 0.5,
    beneficiary: false,
    headcount: [2, 5],
    hours: [3, 4],
    titles: ['社区义诊：高血压糖尿病筛查', '中医义诊进社区', '老年人免费健康体检', '儿童口腔健康检查'],
    descriptions: [
      '在社区卫生服务站门前开展，需要医生和护士。',
      '为辖区六十五岁以上老人测血压、血糖并建档。',
    ],
    priorities: [
      ['routine', 90],
      ['urgent', 10],
    ],
    sources: [['online', 1]],
    skills: [['medical', 1]],
  },
  {
    category: 'legal_aid',
    perYear: 32,
    event: true,
    openShare: 0.4,
    beneficiary: false,
    headcount: [1, 2],
    hours: [1.5, 2.5],
    titles: [
      '法律讲座：防范养老诈骗',
      '遗嘱与继承法律讲座',
      '法律咨询：劳动合同纠纷',
      '法律援助：追讨拖欠工资',
    ],
    descriptions: [
      '在社区党群服务中心开讲，约一个半小时，含现场答疑。',
      '居民需要专业法律意见，请律师或法律工作者接单。',
    ],
    priorities: [
      ['routine', 90],
      ['urgent', 10],
    ],
    sources: [
      ['walk_in', 1],
      ['online', 1],
    ],
    skills: [['legal', 1]],
  },
];

/**
 * The categories of `n` orders in the proportions of the real figures, shuffled; with enough orders
 * every category appears at least once, so a demo shows the rare ones (clinics, lectures) too.
 */
export function categoryMix(n: number, random: Random): WhistleKind[] {
  const counts = apportion(
    n,
    whistleKinds.map((k) => k.perYear),
  );
  if (n >= whistleKinds.length * 5) {
    for (const [i, c] of counts.entries()) {
      if (c > 0) continue;
      counts[i] = 1;
      counts[0]! -= 1;
    }
  }
  return random.shuffle(whistleKinds.flatMap((k, i) => Array<WhistleKind>(counts[i]!).fill(k)));
}

/** Reported hours, in quarter hours. */
export const hoursFor = (kind: WhistleKind, random: Random) =>
  Math.round((kind.hours[0] + random.next() * (kind.hours[1] - kind.hours[0])) * 4) / 4;
