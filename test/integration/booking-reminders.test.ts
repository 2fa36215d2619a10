import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REMINDER_RECONCILER_ID } from '../../src/jobs/processors/bookings.js';
import { type City, createCity } from '../factories/index.js';
import { book, createResource, slot } from '../factories/resources.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { flushPrefix, waitFor } from './sla-fixtures.js';

const LEAD_S = 3 * 86_400;

/** Reminders as delayed jobs in the bookings queue, with the reconciler behind them; time moved by the test clock. */
describe('booking reminders', () => {
  let ctx: TestContext;
  let city: City;
  beforeAll(async () => {
    ctx = await createTestContext({
      BOOKING_RECONCILE_EVERY_MS: '1000',
      BOOKING_REMINDER_LEAD_S: String(LEAD_S),
    });
    city = await createCity(ctx.database);
    await ctx.startWorkers(['bookings']);
  });
  afterAll(async () => ctx.close());

  const A1 = () => ({ type: 'community' as const, id: city.communityA1.id });
  const reminders = async (bookingId: string) =>
    (
      await ctx.database.pool.query(
        "select region_path, unit_ids from domain_events where type = 'booking.reminder' and data->>'bookingId' = $1",
        [bookingId],
      )
    ).rows;

  it('sends a due reminder once, to both sides, however often the timer and the reconciler look', async () => {
    const van = await createResource(ctx, city);
    // Starts within the lead: the reminder is due at once.
    const res = await book(ctx, city.keys.staffA1, van.id, A1(), slot(ctx, 1, 10, 11));
    expect(res.statusCode).toBe(201);
    const id = res.json().id;
    const sent = await waitFor('the reminder', async () =>
      (await reminders(id)).length > 0 ? reminders(id) : null,
    );
    expect(sent).toEqual([{ region_path: city.communityA1.path, unit_ids: [city.unitA.id] }]);
    // The timer delivered twice and the reconciler again: nothing more is sent.
    const service = ctx.app.services.bookingReminders;
    expect(await service.send(id, 'timer')).toBe('not_due');
    expect((await service.reconcile()).sent).toBe(0);
    expect(await Promise.all([service.send(id, 'timer'), service.send(id, 'reconciler')])).toEqual([
      'not_due',
      'not_due',
    ]);
    expect(await reminders(id)).toHaveLength(1);
    const row = await ctx.database.pool.query('select reminded_at from bookings where id = $1', [id]);
    expect(row.rows[0].reminded_at).not.toBeNull();
    const audit = await ctx.database.pool.query(
      "select action from audit_events where entity_id = $1 and action = 'booking.reminded'",
      [id],
    );
    expect(audit.rows).toHaveLength(1);
  });

  it('after Redis lost its data, re-plans the reminders ahead and the reconciler sends each once when due', async () => {
    const van = await createResource(ctx, city, { name: 'Van 2' });
    const created = await book(ctx, city.keys.staffA1, van.id, A1(), slot(ctx, 10, 10, 11));
    const cancelledToo = await book(ctx, city.keys.staffA1, van.id, A1(), slot(ctx, 10, 12, 13));
    const booking = created.json();
    const jobId = `booking-reminder-${booking.id}-${Date.parse(booking.remindAt)}`;
    const queue = ctx.queues.get('bookings');
    await waitFor('the reminder timer in Redis', () => queue.getJob(jobId));

    expect(await flushPrefix(ctx)).toBeGreaterThan(0);
    expect(await queue.getJob(jobId)).toBeUndefined();
    // A worker notices the lost schedule, puts it back and re-plans the reminders still ahead.
    await waitFor('the schedule back', () => queue.getJobScheduler(REMINDER_RECONCILER_ID));
    await waitFor('the timer re-planned', () => queue.getJob(jobId));

    await ctx.app.inject({
      method: 'POST',
      url: `/v1/bookings/${cancelledToo.json().id}/cancel`,
      headers: { authorization: `Bearer ${city.keys.staffA1}` },
    });
    // Past the reminder time; the timer, seven days out in real time, will not fire: the reconciler sends it.
    ctx.clock.set(new Date(Date.parse(booking.remindAt) + 60_000));
    await waitFor('the reminder', async () => (await reminders(booking.id)).length > 0);
    expect((await ctx.app.services.bookingReminders.reconcile()).sent).toBe(0);
    expect(await reminders(booking.id)).toHaveLength(1);
    expect(await reminders(cancelledToo.json().id)).toHaveLength(0);
    const by = await ctx.database.pool.query(
      "select actor_id from audit_events where entity_id = $1 and action = 'booking.reminded'",
      [booking.id],
    );
    expect(by.rows).toEqual([{ actor_id: 'booking_reminder_reconciler' }]);
  });
});
