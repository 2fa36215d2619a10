import type { HouseholdTag } from '../../db/schema/enums.js';
import { parseRhythm, ruleText } from '../../modules/households/visit-rhythm.js';
import type { HouseholdPairingRow, HouseholdRow, MemberRow, PairingRow, RegionRow } from './build-city.js';
import type { CityPlan } from './geography.js';
import { apportion, demoId, seedOf } from './ids.js';
import { flatAddress, personName, uniquePhone } from './people.js';
import { createRandom } from './random.js';

/** One kind of household in need: its tags, the visit category it is paired for, what it needs. */
interface HouseholdProfile {
  tags: HouseholdTag[];
  weight: number;
  /** 结对帮扶 for households in poverty, 入户走访 for the others; both have a routine SLA policy. */
  category: 'poverty_pairing' | 'home_visit';
  needs: string[];
}

/** Roughly the make-up of a district's register of households in need. */
const profiles: HouseholdProfile[] = [
  {
    tags: ['elderly_alone'],
    weight: 24,
    category: 'home_visit',
    needs: [
      '独居老人，子女在外地工作，需每月上门看望、量血压。',
      '高龄独居，行动不便，需代购米油等生活用品。',
      '独居老人，听力差，需上门检查用电用气安全。',
    ],
  },
  {
    tags: ['elderly_alone', 'chronically_ill'],
    weight: 12,
    category: 'home_visit',
    needs: [
      '独居，患高血压和糖尿病，需提醒按时服药、陪同复诊。',
      '独居老人，慢性支气管炎，冬季需检查取暖和用药。',
    ],
  },
  {
    tags: ['low_income'],
    weight: 20,
    category: 'poverty_pairing',
    needs: [
      '低保户，需了解家庭收入变化，协助办理低保年审。',
      '困难家庭，主要劳动力失业，需对接就业岗位信息。',
    ],
  },
  {
    tags: ['low_income', 'disabled'],
    weight: 10,
    category: 'poverty_pairing',
    needs: [
      '低保户，家中一人肢体残疾，需协助申请残疾人两项补贴。',
      '困难残疾人家庭，需协助办理康复辅具适配。',
    ],
  },
  {
    tags: ['low_income', 'child_left_behind'],
    weight: 8,
    category: 'poverty_pairing',
    needs: [
      '父母在外务工，孩子随祖父母生活，需学业辅导和心理关爱。',
      '留守儿童家庭，祖父母年迈，需协助办理助学补助。',
    ],
  },
  {
    tags: ['child_left_behind'],
    weight: 6,
    category: 'home_visit',
    needs: ['父母在外地务工，孩子由奶奶照看，需定期了解学习和生活情况。'],
  },
  {
    tags: ['disabled'],
    weight: 8,
    category: 'home_visit',
    needs: ['重度残疾，长期卧床，需上门了解护理需求。', '视力残疾，需协助读信、办理各类事务。'],
  },
  {
    tags: ['chronically_ill', 'low_income'],
    weight: 7,
    category: 'poverty_pairing',
    needs: ['因病致贫，需协助办理医疗救助和大病保险报销。'],
  },
  {
    tags: ['veteran', 'elderly_alone'],
    weight: 3,
    category: 'home_visit',
    needs: ['退役老兵独居，需节日慰问，了解优抚政策落实情况。'],
  },
  {
    tags: ['veteran', 'low_income'],
    weight: 2,
    category: 'poverty_pairing',
    needs: ['困难退役军人家庭，需协助申请临时救助。'],
  },
];

/** Visits start at these local hours (China Standard Time, UTC+8), in the morning or the afternoon. */
const visitHours: [number, number][] = [
  [9, 3],
  [10, 3],
  [14, 2],
  [15, 3],
  [16, 2],
];

/** What of the city a household is drawn from: its communities, the unit pairings and members. */
export interface HouseholdSources {
  communities: RegionRow[];
  pairings: PairingRow[];
  members: MemberRow[];
}

/**
 * The city's paired households (结对帮扶): spread over its communities, each paired with a member of
 * a unit paired with its community, visited monthly on a day and at a time of its own. The pairing
 * is stored as the pairings service stores it (its rule as the rrule library writes it, the household's
 * community and path); the seed adds publishFrom, the moment it is made. Drawn from a random source of
 * their own, so the rest of the city stays as it was.
 */
export function buildHouseholds(
  plan: CityPlan,
  from: HouseholdSources,
  phones: Set<string>,
): { households: HouseholdRow[]; pairings: HouseholdPairingRow[] } {
  const out = { households: [] as HouseholdRow[], pairings: [] as HouseholdPairingRow[] };
  if (!plan.pairedHouseholds) return out;
  const random = createRandom(seedOf(`${plan.key}/households`));
  const membersByUnit = new Map<string, MemberRow[]>();
  for (const m of from.members) {
    const list = membersByUnit.get(m.unitId!) ?? [];
    list.push(m);
    membersByUnit.set(m.unitId!, list);
  }
  const perCommunity = apportion(
    plan.pairedHouseholds,
    from.communities.map(() => 0.6 + random.next() * 0.8),
  );
  let serial = 0;
  from.communities.forEach((community, ci) => {
    const agreements = from.pairings.filter((p) => p.communityId === community.id);
    // Each household has a member of its own where the paired units have enough of them.
    const visitors = random.shuffle(
      agreements.flatMap((a) => (membersByUnit.get(a.unitId) ?? []).map((m) => ({ m, a }))),
    );
    if (visitors.length === 0) throw new Error(`no member of a unit paired with ${community.name}`);
    for (let i = 0; i < perCommunity[ci]!; i++) {
      const { m: member, a: agreement } = visitors[i % visitors.length]!;
      const profile = random.weighted(profiles.map((p) => [p, p.weight] as const));
      const home = random.pointNear(
        { lat: community.centerLat!, lng: community.centerLng! },
        community.radiusM!,
      );
      const id = demoId('household', plan.key, String(++serial));
      out.households.push({
        id,
        communityId: community.id,
        regionPath: community.path,
        name: personName(random, plan.province),
        // Some of the elderly have no mobile phone of their own.
        phone: random.chance(0.88) ? uniquePhone(random, phones) : null,
        address: `${community.name}${flatAddress(random)}`,
        lat: home.lat,
        lng: home.lng,
        needs: random.pick(profile.needs),
        tags: profile.tags,
      });
      const [hour, minute] = [random.weighted(visitHours), random.pick([0, 30])];
      const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
      // Visits began with the co-building agreement, on a day of the month of their own.
      const startsAt = new Date(`${agreement.validFrom}T${time}:00+08:00`);
      const rule = parseRhythm(`FREQ=MONTHLY;BYMONTHDAY=${random.int(1, 28)}`, startsAt);
      out.pairings.push({
        id: demoId('household-pairing', id),
        householdId: id,
        memberId: member.id,
        communityId: community.id,
        regionPath: community.path,
        rrule: ruleText(rule),
        startsAt,
        visitDurationS: (profile.category === 'poverty_pairing' ? 90 : 60) * 60,
        categoryCode: profile.category,
        status: 'active',
        replacesId: null,
        endedAt: null,
      });
    }
  });
  return out;
}
