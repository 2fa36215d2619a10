import type { Province } from './people.js';

/**
 * The two cities of the demo, after the real figures in the spec: Dongfang (Hainan) with one town
 * (八所镇), 7 urban communities and 89 grids; Xunyang district (Jiujiang) with 5 streets, 72
 * communities and 295 grids. Community names are plausible, not an official register.
 */
export interface StreetPlan {
  key: string;
  name: string;
  /** Offset of the street's centre from the district centre, in km (east, north). */
  offsetKm: [number, number];
  communities: string[];
}

export interface CityPlan {
  key: 'dongfang' | 'xunyang';
  province: Province;
  district: { name: string; code: string; lat: number; lng: number };
  streets: StreetPlan[];
  /** Grids per community, in the order the communities are listed street by street. */
  gridsPerCommunity: number[];
  /** Spacing of community centres around their street's centre, and each community's radius. */
  communitySpacingM: number;
  communityRadiusM: number;
  /** Prefix of unit names (东方市第一中学, 浔阳区民政局). */
  unitPrefix: string;
  unitsByKind: Record<UnitKindKey, number>;
  members: number;
  /** Expected members summed over the units: slightly above those reported in, as in practice. */
  expectedMembers: number;
  /** Households in need, each paired with a member for monthly visits (结对帮扶), where reported. */
  pairedHouseholds?: number;
}

/** Both demo cities keep China Standard Time: resources' opening hours and evaluation months. */
export const DEMO_TIME_ZONE = 'Asia/Shanghai';

export type UnitKindKey =
  | 'agency'
  | 'state_enterprise'
  | 'private_enterprise'
  | 'school'
  | 'hospital'
  | 'social_organisation';

const words = (text: string) => text.trim().split(/\s+/);

export const dongfang: CityPlan = {
  key: 'dongfang',
  province: 'hainan',
  district: { name: '东方市', code: '469007', lat: 19.1, lng: 108.65 },
  streets: [
    {
      key: 'basuo',
      name: '八所镇',
      offsetKm: [0, 0],
      communities: words('西榕社区 东海社区 北黎社区 港门社区 福耀社区 明珠社区 滨海社区'),
    },
  ],
  gridsPerCommunity: [13, 13, 13, 13, 13, 12, 12],
  communitySpacingM: 1_900,
  communityRadiusM: 1_100,
  unitPrefix: '东方市',
  unitsByKind: {
    agency: 52,
    state_enterprise: 24,
    private_enterprise: 22,
    school: 20,
    hospital: 10,
    social_organisation: 15,
  },
  members: 5_600,
  expectedMembers: 5_680,
};

const xunyangStreets: StreetPlan[] = [
  {
    key: 'gantang',
    name: '甘棠街道',
    offsetKm: [0, 0.6],
    communities: words(
      '甘棠社区 南湖社区 庾亮社区 大中路社区 浔阳路社区 烟水亭社区 琵琶亭社区 东风社区 西园社区 龙开河社区 花园社区 九华门社区 能仁社区 双峰社区 锁江楼社区',
    ),
  },
  {
    key: 'penpu',
    name: '湓浦街道',
    offsetKm: [3.2, 1.4],
    communities: words(
      '湓浦社区 白鹤社区 长虹社区 塔岭社区 三里街社区 天花井社区 龙山社区 丁官社区 湖塘社区 浔东社区 红光社区 新港社区 琴湖社区 龙溪社区 滨江社区',
    ),
  },
  {
    key: 'renminlu',
    name: '人民路街道',
    offsetKm: [0.2, -2.8],
    communities: words(
      '人民路社区 东湖社区 学府社区 建设社区 胜利社区 化纤社区 十里社区 茅山头社区 新桥头社区 八角石社区 华侨社区 龙泉社区 青年社区 光明社区',
    ),
  },
  {
    key: 'baishuihu',
    name: '白水湖街道',
    offsetKm: [-3.2, -0.4],
    communities: words(
      '白水湖社区 九龙社区 濂溪社区 前进社区 望湖社区 春晖社区 银湖社区 桂花社区 柴桑社区 莲花社区 湖光社区 翠园社区 桃园社区 碧水社区',
    ),
  },
  {
    key: 'hubin',
    name: '湖滨街道',
    offsetKm: [3.4, -2.6],
    communities: words(
      '湖滨社区 浪井社区 长江社区 码头社区 江洲社区 大码头社区 上海路社区 新园社区 和平社区 解放社区 繁荣社区 福星社区 锦绣社区 幸福社区',
    ),
  },
];

export const xunyang: CityPlan = {
  key: 'xunyang',
  province: 'jiangxi',
  district: { name: '浔阳区', code: '360403', lat: 29.71, lng: 116.0 },
  streets: xunyangStreets,
  // 295 grids over 72 communities: 4 each, and a fifth in the 7 largest (the first of each street, two more).
  gridsPerCommunity: xunyangStreets.flatMap((s, si) =>
    s.communities.map((_, ci) => (ci === 0 || (si < 2 && ci === 1) ? 5 : 4)),
  ),
  communitySpacingM: 700,
  communityRadiusM: 420,
  unitPrefix: '浔阳区',
  unitsByKind: {
    agency: 42,
    state_enterprise: 20,
    private_enterprise: 18,
    school: 20,
    hospital: 8,
    social_organisation: 12,
  },
  members: 3_100,
  expectedMembers: 3_180,
  // Xunyang paired each of its 1,389 poor households with a member.
  pairedHouseholds: 1_389,
};

export const demoCities: CityPlan[] = [dongfang, xunyang];

/**
 * Centres of `n` communities around their street's centre: rings of a hexagonal lattice, the
 * first at the centre, so neighbouring communities touch without overlapping much.
 */
export function latticeOffsets(n: number, spacingM: number): [number, number][] {
  const out: [number, number][] = [[0, 0]];
  for (let ring = 1; out.length < n; ring++) {
    for (let side = 0; side < 6 && out.length < n; side++) {
      for (let step = 0; step < ring && out.length < n; step++) {
        const a = (Math.PI / 3) * side;
        const b = (Math.PI / 3) * (side + 2);
        out.push([
          spacingM * (ring * Math.cos(a) + step * Math.cos(b)),
          spacingM * (ring * Math.sin(a) + step * Math.sin(b)),
        ]);
      }
    }
  }
  return out;
}
