import { isApiProblem, type WhistleClient } from '@whistle-dispatch/client';
import { missingSkills } from './skills.js';

/** What an `offer.created` event carries: ids only, as its webhook does. */
export interface OfferCreated {
  offerId: string;
  orderId: string;
  memberId: string;
  wave: number;
  rank: number;
}

export type Outcome =
  | { kind: 'accepted'; claimId: string }
  | { kind: 'skipped'; why: string }
  | { kind: 'too late'; code: string };

export interface Decision {
  outcome: Outcome;
  member: { name: string; skills: string[] };
  order: { title: string; requiredSkills: string[] };
}

/**
 * Answers one offer to a member of the unit: accepts it on the member's behalf when the member is
 * active and has every skill the order requires, and leaves it to the member otherwise. The accept
 * is keyed by the offer, so a restarted bot that sees the offer again gets the first answer
 * replayed instead of claiming twice.
 */
export async function decide(client: WhistleClient, unitId: string, offer: OfferCreated): Promise<Decision> {
  const [member, order] = await Promise.all([
    client.get('/v1/members/{id}', { params: { path: { id: offer.memberId } } }),
    client.get('/v1/orders/{id}', { params: { path: { id: offer.orderId } } }),
  ]);
  const seen = { member, order };
  if (member.unitId !== unitId)
    return { ...seen, outcome: { kind: 'skipped', why: 'not a member of this unit' } };
  if (member.status !== 'active')
    return { ...seen, outcome: { kind: 'skipped', why: `member is ${member.status}` } };
  const missing = missingSkills(member.skills, order.requiredSkills);
  if (missing.length > 0)
    return { ...seen, outcome: { kind: 'skipped', why: `lacks ${missing.join(', ')}` } };
  try {
    const claim = await client.post('/v1/offers/{id}/accept', {
      params: { path: { id: offer.offerId } },
      headers: { 'idempotency-key': `unit-branch-bot:accept:${offer.offerId}` },
    });
    return { ...seen, outcome: { kind: 'accepted', claimId: claim.id } };
  } catch (err) {
    // Someone was quicker, the order filled up, the offer expired: the work is in other hands.
    if (isApiProblem(err) && (err.status === 409 || err.status === 403))
      return { ...seen, outcome: { kind: 'too late', code: err.code } };
    throw err;
  }
}

export interface FollowOptions {
  client: WhistleClient;
  unitId: string;
  /** Resume after this event (the last one an earlier run handled). */
  lastEventId?: string;
  signal?: AbortSignal;
  log: (line: string) => void;
  /** Called with each event's id once it is handled, to keep for the next run. */
  onHandled?: (eventId: string) => void;
}

const describe = ({ member, order, outcome }: Decision) => {
  const needs = order.requiredSkills.length ? order.requiredSkills.join(', ') : 'no particular skill';
  const result =
    outcome.kind === 'accepted'
      ? `accepted (claim …${outcome.claimId.slice(-6)})`
      : outcome.kind === 'too late'
        ? `too late: ${outcome.code}`
        : `left to the member: ${outcome.why}`;
  return `offer to ${member.name} [${member.skills.join(', ')}] for "${order.title}" (needs ${needs}): ${result}`;
};

/** Follows the unit's event stream and answers each new offer to one of its members, until aborted. */
export async function followOffers(options: FollowOptions): Promise<void> {
  const { client, unitId, log } = options;
  const events = client.stream({
    lastEventId: options.lastEventId,
    query: { types: 'offer.created' },
    signal: options.signal,
    onReconnect: (r) => log(`stream: ${r.reason}; reconnecting in ${Math.round(r.delayMs)} ms`),
  });
  for await (const event of events) {
    if (event.type === 'offer.created') {
      const offer = event.data as unknown as OfferCreated;
      try {
        log(describe(await decide(client, unitId, offer)));
      } catch (err) {
        log(
          `offer …${offer.offerId.slice(-6)}: not answered, ${err instanceof Error ? err.message : String(err)}`,
        );
      }
    }
    options.onHandled?.(event.cursor);
  }
}
