import type { Config } from '../../config.js';
import type { Queues } from '../../outbox/queues.js';
import type { Processor } from '../job-deps.js';
import { addTimers, keepScheduled } from '../kept-schedules.js';

export const REMINDER_RECONCILER_ID = 'booking-reminders-reconcile';

/**
 * Booking reminders: a reminder timer sends its booking's booking.reminder event if it is due and
 * unsent (a timer that fires early leaves it to the reconciler); the reconciler sends every due
 * reminder whose timer was lost; re-planning puts the timers still ahead back after Redis lost them.
 */
export const processBookings: Processor<'bookings'> = async (job, deps) => {
  const { bookingReminders } = deps.services;
  const data = job.data;
  switch (data.kind) {
    case 'reminder':
      return { outcome: await bookingReminders.send(data.bookingId, 'timer') };
    case 'reconcile':
      return bookingReminders.reconcile();
    case 'replan': {
      const queue = deps.queues.get('bookings');
      const replanned = await bookingReminders.pendingTimers((jobs) => addTimers(queue, jobs));
      deps.log.info({ replanned }, 'booking reminders re-planned from Postgres');
      return { replanned };
    }
  }
};

/** Installs the reminder reconciler's schedule and keeps it installed (see keepScheduled). */
export const keepReminderReconcilerScheduled = (queues: Queues, config: Config): Promise<void> =>
  keepScheduled(queues, {
    queue: 'bookings',
    schedulerId: REMINDER_RECONCILER_ID,
    everyMs: config.BOOKING_RECONCILE_EVERY_MS,
    reconcile: { name: 'reconcile', data: { kind: 'reconcile' } },
    replan: { name: 'replan', data: { kind: 'replan' }, jobIdPrefix: 'booking-reminders-replan' },
  });
