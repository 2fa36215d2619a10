/**
 * The first webhook attempts of a matching wave, made by the worker process that wrote the wave.
 *
 * Most deliveries are created with a job of the webhooks queue (the fan-out, migration 0007), so an
 * attempt costs an outbox row, a pass of the relay and a BullMQ job. A wave's `offer.created`
 * deliveries, the ones a responder waits for, skip all three and the statement that starts an
 * attempt: the wave's statement asks the fan-out to write them with their first attempt counted and
 * in flight, marked `inline_since`, with no job (migration 0023), and returns what their POSTs need;
 * the matching job hands them to this process's InlineAttempts, which POSTs them at once, outside
 * the matching queue's concurrency. From there:
 *
 * - a success is recorded as any other (and the mark cleared with it), in a statement shared with
 *   the other waves' successes of the next SUCCESS_BATCH_MS (success-batches.ts);
 * - a failed attempt hands the delivery to the webhooks queue, with the attempts made, for its
 *   retries on the usual backoff; a last one (WEBHOOK_MAX_ATTEMPTS = 1) leaves it dead;
 * - a process that stops before recording the outcome (or before the POST) leaves the mark: the
 *   maintenance sweep hands the delivery to the queue once the mark is older than an attempt can
 *   last (staleInlineBefore), and the queue's attempt counts the unknown outcome as after any crash.
 *
 * At most WEBHOOK_INLINE_ATTEMPTS waves are attempted at once per process; a wave written while
 * that many are running (or while the process is closing) is written the usual way, with its jobs.
 */
import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import { webhookBackoffMs } from '../../domain/webhook-backoff.js';
import { type DeliverDeps, postStarted, type RecordSuccesses } from './deliver.js';
import { handOverInline, type StartedAttempt } from './webhooks.repo.js';

/** Deliveries the sweep hands over per run, at most (it runs every INLINE_SWEEP_EVERY_MS). */
export const INLINE_SWEEP_BATCH = 500;
/** How often the maintenance queue looks for deliveries left by a stopped matching process. */
export const INLINE_SWEEP_EVERY_MS = 10_000;
/** How long a wave's successes wait for other waves' to be written with them. */
export const SUCCESS_BATCH_MS = 50;
/** Time past an attempt's own limit before a mark counts as left behind. */
const INLINE_GRACE_MS = 10_000;

/** Marks older than this were left by a process that stopped (an attempt lasts WEBHOOK_TIMEOUT_MS at most). */
export const staleInlineBefore = (config: Pick<Config, 'WEBHOOK_TIMEOUT_MS'>, now: Date): Date =>
  new Date(now.getTime() - config.WEBHOOK_TIMEOUT_MS - INLINE_GRACE_MS);

type InlineDeps = DeliverDeps & {
  config: DeliverDeps['config'] &
    Pick<Config, 'WEBHOOK_MAX_ATTEMPTS' | 'WEBHOOK_BACKOFF_BASE_MS' | 'WEBHOOK_BACKOFF_CAP_MS'>;
  /** How the successes are written: the process's SuccessBatches, shared by all its waves. */
  record: RecordSuccesses;
};

/**
 * A delivery of a wave whose first attempt the fan-out counted and marked in flight, with what its
 * POST needs: the shape the wave's statement returns (`InlineDelivery` of offers/matching.repo.ts,
 * which this module's boundary keeps from importing it).
 */
export type InlineDelivery = Omit<StartedAttempt, 'attempt' | 'unknownSince'>;

/**
 * The first attempt of each delivery of a wave this process wrote (counted by the wave's
 * statement); those that failed are handed to the webhooks queue, their next attempt due after the
 * first retry's backoff.
 */
export async function attemptInline(deps: InlineDeps, deliveries: InlineDelivery[]): Promise<void> {
  const started = deliveries.map((d) => ({ ...d, attempt: 1, unknownSince: null }));
  const { failures } = await postStarted(deps, started, {
    lastAttempt: deps.config.WEBHOOK_MAX_ATTEMPTS <= 1,
    record: deps.record,
  });
  if (failures.length === 0) return;
  const ids = deliveries.map((d) => d.deliveryId);
  const delayMs = webhookBackoffMs(1, {
    baseMs: deps.config.WEBHOOK_BACKOFF_BASE_MS,
    capMs: deps.config.WEBHOOK_BACKOFF_CAP_MS,
  });
  await handOverInline(deps.db, ids, delayMs);
  deps.log.info({ failures: failures.length, retryInMs: delayMs }, 'webhook.first_attempt_failed');
}

/**
 * The inline attempts of one process: a bound on how many waves are attempted at once, and the
 * attempts still running when the process closes.
 */
export class InlineAttempts {
  private running = 0;
  private closing = false;
  private readonly tasks = new Set<Promise<void>>();

  constructor(
    private readonly limit: number,
    private readonly attempt: (deliveries: InlineDelivery[]) => Promise<void>,
    private readonly log: Logger,
  ) {}

  /** A slot for one wave's attempts, or false (at the bound, or closing): write that wave with its jobs. */
  reserve(): boolean {
    if (this.closing || this.running >= this.limit) return false;
    this.running += 1;
    return true;
  }

  /**
   * POSTs a wave's deliveries in the slot reserve() gave, without waiting; none gives the slot back.
   * An error leaves the deliveries marked, for the sweep.
   */
  run(deliveries: InlineDelivery[]): void {
    if (deliveries.length === 0) {
      this.running -= 1;
      return;
    }
    const task = this.attempt(deliveries)
      .catch((err: unknown) =>
        this.log.warn(
          { deliveries: deliveries.length, err: { message: (err as Error).message } },
          'webhook.inline_attempt_unfinished',
        ),
      )
      .finally(() => {
        this.running -= 1;
        this.tasks.delete(task);
      });
    this.tasks.add(task);
  }

  /** Takes no more waves and waits for the attempts under way (each lasts WEBHOOK_TIMEOUT_MS at most). */
  async close(): Promise<void> {
    this.closing = true;
    while (this.tasks.size > 0) await Promise.all(this.tasks);
  }
}
