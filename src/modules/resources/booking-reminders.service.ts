/**
 * Booking reminders: a `booking.reminder` event BOOKING_REMINDER_LEAD_S before a booking that goes
 * ahead (approved or confirmed) starts. A delayed job in the bookings queue (planned through the
 * outbox when the booking is confirmed or approved) sends it; the reconciler sends those whose
 * timers were lost (Redis lost its data, a timer fired early) from Postgres; re-planning puts the
 * timers still ahead back. Sending sets `reminded_at` in the statement that checks it is unset, in
 * the transaction that emits the event, so a booking is reminded once whoever gets there first.
 */
import { appendAudit, timerActor } from '../../audit/audit.repo.js';
import { transaction } from '../../db/transaction.js';
import type { OutboxJob } from '../../outbox/jobs.js';
import type { ServiceDeps } from '../deps.js';
import { emitBookingEvent } from './booking-events.js';
import { markReminded, remindersIn } from './bookings.repo.js';
import { findResource } from './resources.repo.js';

const BATCH = 500;

/** A reminder timer: what the outbox relays into BullMQ, or what re-planning adds to it directly. */
export type ReminderJob = OutboxJob<'bookings'> & { jobId: string; delayMs: number };

/** The timer of a booking's reminder; its job id is deterministic, so planning it twice adds one job. */
export function reminderTimer(booking: { id: string; remindAt: Date }, now: Date): ReminderJob {
  return {
    queue: 'bookings',
    name: 'reminder',
    payload: { kind: 'reminder', bookingId: booking.id, remindAt: booking.remindAt.toISOString() },
    delayMs: Math.max(0, booking.remindAt.getTime() - now.getTime()),
    jobId: `booking-reminder-${booking.id}-${booking.remindAt.getTime()}`,
  };
}

export function createBookingRemindersService({ db, clock }: Pick<ServiceDeps, 'db' | 'clock'>) {
  /** Sends the booking's reminder if it is due and unsent; 'sent' or 'not_due' (sent, cancelled, early, ended). */
  async function send(bookingId: string, by: 'timer' | 'reconciler'): Promise<'sent' | 'not_due'> {
    return transaction(db, async (tx) => {
      const now = clock.now();
      const booking = await markReminded(tx, bookingId, now);
      if (!booking) return 'not_due';
      const resource = await findResource(tx, booking.resourceId);
      if (!resource) return 'not_due';
      await emitBookingEvent(tx, 'booking.reminder', booking, resource);
      await appendAudit(tx, {
        entityType: 'booking',
        entityId: booking.id,
        action: 'booking.reminded',
        actor: timerActor(by === 'timer' ? 'booking_reminder' : 'booking_reminder_reconciler'),
        after: { remindedAt: now.toISOString(), startsAt: booking.startsAt.toISOString() },
        at: now,
      });
      return 'sent';
    });
  }

  /** Every due reminder not sent yet, sent now (one transaction each). */
  async function reconcile(): Promise<{ checked: number; sent: number }> {
    const result = { checked: 0, sent: 0 };
    let after: string | null = null;
    for (;;) {
      const batch = await remindersIn(db, 'passed', clock.now(), after, BATCH);
      if (batch.length === 0) return result;
      for (const due of batch) {
        result.checked += 1;
        if ((await send(due.id, 'reconciler')) === 'sent') result.sent += 1;
      }
      after = batch.at(-1)!.id;
    }
  }

  /** The timers of every reminder still ahead, batch by batch, rebuilt from Postgres. */
  async function pendingTimers(onBatch: (jobs: ReminderJob[]) => Promise<void>): Promise<number> {
    const now = clock.now();
    let total = 0;
    let after: string | null = null;
    for (;;) {
      const batch = await remindersIn(db, 'ahead', now, after, BATCH);
      if (batch.length === 0) return total;
      total += batch.length;
      await onBatch(batch.map((b) => reminderTimer(b, now)));
      after = batch.at(-1)!.id;
    }
  }

  return { send, reconcile, pendingTimers };
}

export type BookingRemindersService = ReturnType<typeof createBookingRemindersService>;
