import type { BookingRule, ResourceKind } from '../../db/schema/enums.js';
import type { OpeningInterval } from '../../db/schema/resources.js';
import type { ResourceRow, UnitRow } from './build-city.js';
import { DEMO_TIME_ZONE, type UnitKindKey } from './geography.js';
import { demoId } from './ids.js';

/** What units of a kind open to the communities (资源双向开放), and when. */
interface ResourcePlan {
  /** Opened by the first `count` units of this kind in the city. */
  unitKind: UnitKindKey;
  count: number;
  kind: ResourceKind;
  /** Appended to the unit's name: 浔阳区第一中学 + 运动场. */
  label: string;
  description: string;
  capacity: number;
  openingHours: OpeningInterval[];
  requiresApproval: boolean;
  bookableBy: BookingRule;
}

const WEEKDAYS = [1, 2, 3, 4, 5];
const WEEKEND = [6, 7];
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

/** The same hours on each of `days`: [[opens, closes], …] per day (ISO weekdays, local times). */
const hours = (days: number[], ...intervals: [string, string][]): OpeningInterval[] =>
  days.flatMap((weekday) => intervals.map(([opens, closes]) => ({ weekday, opens, closes })));

/**
 * Agencies sit at the district level, so their resources go to the communities they are paired with;
 * the others sit in a street and open to it, or to the whole district.
 */
const resourcePlans: ResourcePlan[] = [
  {
    unitKind: 'school',
    count: 3,
    kind: 'venue',
    label: '运动场',
    description: '标准田径场和篮球场，周末向社区开放，可容纳三支队伍同时活动。',
    capacity: 3,
    openingHours: hours(WEEKEND, ['08:00', '12:00'], ['14:00', '18:00']),
    requiresApproval: true,
    bookableBy: 'street',
  },
  {
    unitKind: 'school',
    count: 1,
    kind: 'venue',
    label: '多功能报告厅',
    description: '两百座报告厅，有投影和音响，放学后和周六可借用。',
    capacity: 1,
    openingHours: [...hours(WEEKDAYS, ['16:30', '20:30']), ...hours([6], ['09:00', '17:00'])],
    requiresApproval: true,
    bookableBy: 'paired',
  },
  {
    unitKind: 'agency',
    count: 3,
    kind: 'venue',
    label: '党员活动室',
    description: '三十座会议室，可开居民议事会、党课和培训。',
    capacity: 1,
    openingHours: hours(WEEKDAYS, ['09:00', '12:00'], ['14:30', '17:30']),
    requiresApproval: false,
    bookableBy: 'paired',
  },
  {
    unitKind: 'agency',
    count: 1,
    kind: 'vehicle',
    label: '公务用车',
    description: '七座商务车一辆，含驾驶员，用于接送老人就医和运送慰问物资。',
    capacity: 1,
    openingHours: hours(WEEKDAYS, ['08:30', '17:30']),
    requiresApproval: true,
    bookableBy: 'paired',
  },
  {
    unitKind: 'hospital',
    count: 2,
    kind: 'expertise',
    label: '义诊专家团队',
    description: '内科、眼科和口腔科医生各一名，周六上午到社区义诊。',
    capacity: 1,
    openingHours: hours([6], ['08:00', '12:00']),
    requiresApproval: true,
    bookableBy: 'district',
  },
  {
    unitKind: 'state_enterprise',
    count: 2,
    kind: 'vehicle',
    label: '通勤面包车',
    description: '十一座面包车一辆，含驾驶员。',
    capacity: 1,
    openingHours: hours(EVERY_DAY, ['08:00', '18:00']),
    requiresApproval: false,
    bookableBy: 'street',
  },
  {
    unitKind: 'private_enterprise',
    count: 2,
    kind: 'equipment',
    label: '维修工具箱',
    description: '电钻、梯子、万用表等家电和水电维修工具，两套。',
    capacity: 2,
    openingHours: hours([1, 2, 3, 4, 5, 6], ['08:00', '20:00']),
    requiresApproval: false,
    bookableBy: 'street',
  },
  {
    unitKind: 'social_organisation',
    count: 2,
    kind: 'equipment',
    label: '活动帐篷和音响',
    description: '帐篷六顶、移动音响两套，用于社区广场活动。',
    capacity: 2,
    openingHours: hours(EVERY_DAY, ['07:00', '21:00']),
    requiresApproval: true,
    bookableBy: 'district',
  },
];

/** The resources the units of one city open, with their weekly hours in China Standard Time. */
export function buildResources(units: UnitRow[]): ResourceRow[] {
  return resourcePlans.flatMap((plan) =>
    units
      .filter((u) => u.kind === plan.unitKind)
      .slice(0, plan.count)
      .map((u) => ({
        id: demoId('resource', u.id, plan.label),
        ownerUnitId: u.id,
        ownerCommunityId: null,
        kind: plan.kind,
        name: `${u.name}${plan.label}`,
        description: plan.description,
        capacity: plan.capacity,
        timeZone: DEMO_TIME_ZONE,
        openingHours: plan.openingHours,
        requiresApproval: plan.requiresApproval,
        bookableBy: plan.bookableBy,
      })),
  );
}
