import type { ApiClient, ApiResult } from './api-client.js';
import type { DemoKeys } from './keys.js';
import type { Random } from './random.js';
import type { Tally } from './responders.js';
import { type Scheduler, sec } from './scheduler.js';
import type { SimCity } from './sim-city.js';

interface Escalation {
  id: string;
  orderId: string;
  status: string;
  answerRating: unknown;
}

const notes = [
  '已安排结对单位今天上门处理',
  '街道已协调共建单位派两名党员前往',
  '请共建单位优先认领，街道跟踪办理',
  '已电话联系居民，明天上午派人到场',
];
const praise = ['街道响应很快，问题当天解决', '共建单位来得及时', '协调到位，居民满意'];
const complaints = ['答复后两天才有人来', '派来的人手不够'];

/**
 * The street officers answer the escalations to their street (报到): they read the order, assign one
 * or two units paired with its community and say what they arranged. Then the whistlers, the staff of
 * that community, rate the answer (1–5) once. Escalations to the district are left to the ladder:
 * the demo has no district officer key.
 */
export function createOfficers(
  api: ApiClient,
  keys: DemoKeys,
  city: SimCity,
  random: Random,
  scheduler: Scheduler,
  tally: Tally,
) {
  const seen = new Set<string>();

  /** Whether a call answered 409 after a retry had landed: the escalation is as it asked for. */
  async function landed(r: ApiResult, id: string, key: string, done: (e: Escalation) => boolean) {
    if (r.status !== 409 || !r.retried) return false;
    const now = await api.call('GET', `/v1/escalations/${id}`, key);
    return now.status === 200 && done(now.body as Escalation);
  }

  async function rate(id: string, staffKey: string) {
    const rating = random.weighted<number>([
      [5, 45],
      [4, 30],
      [3, 15],
      [2, 7],
      [1, 3],
    ]);
    const comment = random.chance(0.6) ? random.pick(rating >= 4 ? praise : complaints) : undefined;
    const r = await api.call('POST', `/v1/escalations/${id}/rating`, staffKey, {
      body: { rating, ...(comment && { comment }) },
    });
    if (r.status === 200 || (await landed(r, id, staffKey, (e) => e.answerRating !== null)))
      tally.answersRated++;
  }

  async function answer(e: Escalation, key: string) {
    const order = await api.call('GET', `/v1/orders/${e.orderId}`, key);
    const community = city.communities.find((c) => c.id === order.body?.communityId);
    if (order.status !== 200 || !community) return;
    const paired = [...new Set(community.pairedMembers.map((m) => m.unitId))];
    const r = await api.call('POST', `/v1/escalations/${e.id}/respond`, key, {
      body: { note: random.pick(notes), assignUnitIds: random.shuffle(paired).slice(0, random.int(1, 2)) },
    });
    if (r.status !== 200 && !(await landed(r, e.id, key, (x) => x.status === 'responded'))) return;
    tally.answersGiven++;
    scheduler.at(sec(random, 3, 10), () => rate(e.id, community.staffKey));
  }

  return {
    /** One look at each street's open escalations; each new one is answered a few seconds later. */
    async poll() {
      for (const { key } of Object.values(keys.streets)) {
        const r = await api.call('GET', '/v1/escalations?status=open&level=1&limit=200', key);
        if (r.status !== 200) continue;
        for (const e of r.body.items as Escalation[]) {
          if (seen.has(e.id)) continue;
          seen.add(e.id);
          scheduler.at(sec(random, 3, 12), () => answer(e, key));
        }
      }
    },
  };
}
