import type { JobsOptions } from 'bullmq';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { Db } from '../db/client.js';
import type { QueueName } from '../outbox/jobs.js';
import {
  beginAndClaim,
  type ClaimedJob,
  deleteRelayed,
  listenForJobs,
  stopListening,
} from '../outbox/outbox.repo.js';
import type { Queues } from '../outbox/queues.js';

/** The weight of the newest gap between NOTIFYs in their mean, and the longest gap counted. */
const GAP_WEIGHT = 0.2;
const GAP_CAP_MS = 1_000;

/** How long the relay polls alone after a LISTEN attempt failed before it tries again. */
const LISTEN_RETRY_MS = 1_000;

/**
 * Jobs of one queue that the relay's own process runs as it relays them, instead of adding them to
 * BullMQ, while it has room: a job that waited for nothing skips Redis, BullMQ's fetch and
 * completion, and a wake-up of the queue's worker.
 */
export interface LocalJobs {
  queue: QueueName;
  /** Starts the job if the process has room for it now; null when it has none (it goes to BullMQ). */
  tryRun(payload: unknown): Promise<unknown> | null;
  /**
   * A job that has not finished this long after it started is added to BullMQ as well, and the
   * relay moves on: the job must be safe to run twice.
   */
  budgetMs: number;
}

/** BullMQ job id of an outbox row: its own deterministic id, or the row id. */
export const outboxJobId = (row: { id: number; jobId: string | null }) => row.jobId ?? `ob-${row.id}`;

/**
 * Moves committed outbox rows into BullMQ. Woken by NOTIFY on insert and by a short poll; rows are
 * claimed with FOR UPDATE SKIP LOCKED, so many relays can run at once, and each row's job id is
 * derived from the row, so a row that is enqueued and then re-read after a crash is not added twice.
 *
 * With `local`, due jobs of one queue are run here instead, while the process has room, inside the
 * claim's transaction: their rows count as published once the jobs have finished, so a process that
 * dies meanwhile leaves them to be claimed again (a job that failed is added to BullMQ, for its
 * retries). Jobs that are not due, and those the process has no room for, go to BullMQ as before.
 */
export class OutboxRelay {
  private listener: pg.PoolClient | null = null;
  /** The one LISTEN attempt under way, if any, and when the next may start after one failed. */
  private listening: Promise<void> | null = null;
  private nextListenAt = 0;
  private timer: NodeJS.Timeout | null = null;
  /** A drain asked for by a NOTIFY, due once the gathering window has passed. */
  private gathering: NodeJS.Timeout | null = null;
  private lastDrainAt = 0;
  /** When the last NOTIFY came, and the mean gap between NOTIFYs (weighted to the recent ones). */
  private lastNotifyAt = 0;
  private meanGapMs = GAP_CAP_MS;
  private draining: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private lastCleanup = 0;

  constructor(
    private readonly db: Db,
    private readonly pool: pg.Pool,
    private readonly queues: Queues,
    private readonly log: Logger,
    /** `jobOptions`: per-queue options every relayed job gets (the webhooks queue's attempts and backoff). */
    private readonly opts: {
      pollMs: number;
      /** While busy, at most one drain a NOTIFY asks for begins in this window (see notified()). */
      gatherMs?: number;
      batchSize?: number;
      jobOptions?: Partial<Record<QueueName, JobsOptions>>;
      /**
       * Replicas that must hold a batch's jobs before its rows count as published (Redis WAIT on the
       * connection that added them); fewer within `timeoutMs` and the batch rolls back, to be relayed
       * again. Jobs a failover would drop with the old master are thus still in the outbox.
       */
      replicaAcks?: { replicas: number; timeoutMs: number };
      local?: LocalJobs;
    },
  ) {}

  async start(): Promise<void> {
    await this.listenOnce();
    this.timer = setInterval(() => this.kick(), this.opts.pollMs);
    this.kick();
  }

  /**
   * At most one attempt at a time, and after a failure not again for a second: while Postgres is
   * unreachable every poll would otherwise queue one more connection request, and once it returned
   * all of them would be granted, each keeping a pooled connection that the relay never gives back.
   */
  private listenOnce(): Promise<void> {
    if (this.listener || Date.now() < this.nextListenAt) return Promise.resolve();
    this.listening ??= this.listen().finally(() => {
      this.listening = null;
    });
    return this.listening;
  }

  private async listen(): Promise<void> {
    let client: pg.PoolClient | undefined;
    try {
      client = await this.pool.connect();
      const listening = client;
      listening.on('notification', () => this.notified());
      // A broken listening connection is dropped (once) and replaced on the next kick; after stop()
      // has released it, its errors are no longer ours to handle.
      listening.on('error', () => {
        if (this.listener !== listening) return;
        this.listener = null;
        listening.release(true);
      });
      if (!this.stopped) await listenForJobs(listening);
      if (this.stopped) {
        listening.release();
        return;
      }
      this.listener = listening;
    } catch (err) {
      // A connection on which LISTEN failed is not given back to the pool as if it were sound.
      client?.release(true);
      this.nextListenAt = Date.now() + LISTEN_RETRY_MS;
      this.log.warn(
        { err: { message: (err as Error).message } },
        'outbox relay cannot LISTEN; relying on polling',
      );
    }
  }

  /**
   * A NOTIFY. The drain waits until a gathering window has passed since the last one began, so that
   * one claim takes the rows of every transaction that committed meanwhile, but only while the
   * NOTIFYs come often enough for a window to hold two of them or more (their mean gap, over the
   * last few, at most half the window): at lower rates, and after a quiet spell, it drains at once,
   * as a wait would only make each row later without sharing its claim.
   */
  private notified(): void {
    const now = Date.now();
    const gap = now - this.lastNotifyAt;
    this.lastNotifyAt = now;
    this.meanGapMs += (Math.min(gap, GAP_CAP_MS) - this.meanGapMs) * GAP_WEIGHT;
    const gatherMs = this.opts.gatherMs ?? 0;
    const wait = this.lastDrainAt + gatherMs - now;
    if (wait <= 0 || this.meanGapMs * 2 > gatherMs) this.kick();
    else if (!this.gathering && !this.stopped) this.gathering = setTimeout(() => this.kick(), wait);
  }

  /** Starts a drain, or asks the running one to go round once more. */
  kick(): void {
    if (this.stopped) return;
    if (this.gathering) {
      clearTimeout(this.gathering);
      this.gathering = null;
    }
    void this.listenOnce();
    if (this.draining) {
      this.again = true;
      return;
    }
    this.lastDrainAt = Date.now();
    this.draining = this.drain()
      .then(() => undefined)
      .catch((err) =>
        this.log.warn({ err: { message: (err as Error).message } }, 'outbox relay pass failed; will retry'),
      )
      .finally(() => {
        this.draining = null;
        if (this.again && !this.stopped) {
          this.again = false;
          this.kick();
        }
      });
  }

  /**
   * Relays until the outbox is empty; returns how many rows moved. A batch shorter than the batch
   * size means the outbox was empty at that moment, so no further pass is made: rows committed
   * since then have sent their NOTIFY, which has asked for another drain (and the poll catches a
   * NOTIFY that was lost).
   */
  async drain(): Promise<number> {
    const batchSize = this.opts.batchSize ?? 500;
    let moved = 0;
    for (;;) {
      const n = await this.relayBatch(batchSize);
      moved += n;
      if (n < batchSize) break;
    }
    await this.cleanup();
    return moved;
  }

  /**
   * One transaction: the oldest unclaimed rows are claimed (see beginAndClaim), added to BullMQ, and
   * only then committed: if adding fails, the transaction rolls back and the rows stay unpublished.
   * A timer that waited in the outbox (a relay behind, Redis away) still fires at its deadline, or
   * at once if that passed.
   */
  private async relayBatch(batchSize: number): Promise<number> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      try {
        const rows = await beginAndClaim(client, batchSize);
        if (rows.length > 0) await this.publish(rows);
        await client.query('commit');
        return rows.length;
      } catch (err) {
        await client.query('rollback').catch((e: Error) => {
          broken = e;
        });
        throw err;
      }
    } finally {
      client.release(broken);
    }
  }

  /** The rows' jobs run here (see LocalJobs) or added to BullMQ; either way done before the claim commits. */
  private async publish(rows: ClaimedJob[]): Promise<void> {
    const started = this.startLocally(rows);
    const queued = rows.filter((row) => !started.has(row));
    const [, unfinished] = await Promise.all([this.enqueue(queued), this.settle(started)]);
    await this.enqueue(unfinished);
  }

  private startLocally(rows: ClaimedJob[]): Map<ClaimedJob, Promise<unknown>> {
    const started = new Map<ClaimedJob, Promise<unknown>>();
    const local = this.opts.local;
    if (!local) return started;
    for (const row of rows) {
      if (row.queue !== local.queue || row.delayMs > 0) continue;
      const run = local.tryRun(row.payload);
      if (run) started.set(row, run);
    }
    return started;
  }

  /** Waits for the jobs run here, up to the budget; returns those that failed or are still running. */
  private async settle(started: Map<ClaimedJob, Promise<unknown>>): Promise<ClaimedJob[]> {
    if (started.size === 0) return [];
    const running = new Set(started.keys());
    const failed: ClaimedJob[] = [];
    const runs = [...started].map(([row, run]) =>
      run.then(
        () => running.delete(row),
        (err: Error) => {
          running.delete(row);
          failed.push(row);
          this.log.warn(
            { queue: row.queue, jobId: outboxJobId(row), err: { message: err.message } },
            'job run by the relay failed; added to its queue',
          );
        },
      ),
    );
    let timer: NodeJS.Timeout | undefined;
    const budget = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.opts.local?.budgetMs);
    });
    await Promise.race([Promise.all(runs), budget]);
    clearTimeout(timer);
    if (running.size > 0)
      this.log.warn(
        { jobs: running.size, budgetMs: this.opts.local?.budgetMs },
        'jobs run by the relay still running after their budget; added to their queue as well',
      );
    return [...failed, ...running];
  }

  private async enqueue(rows: ClaimedJob[]): Promise<void> {
    if (rows.length === 0) return;
    // In id order, as they were written (UPDATE ... RETURNING does not promise an order).
    rows.sort((a, b) => Number(a.id) - Number(b.id));
    const byQueue = new Map<QueueName, { name: string; data: unknown; opts: JobsOptions }[]>();
    for (const row of rows) {
      const list = byQueue.get(row.queue) ?? [];
      list.push({
        name: row.jobName,
        data: row.payload,
        opts: {
          ...this.opts.jobOptions?.[row.queue],
          jobId: outboxJobId(row),
          delay: row.delayMs || undefined,
        },
      });
      byQueue.set(row.queue, list);
    }
    await Promise.all([...byQueue].map(([queue, jobs]) => this.queues.get(queue).addBulk(jobs)));
    const acks = this.opts.replicaAcks;
    if (!acks || acks.replicas === 0) return;
    const held = await this.queues.connection.wait(acks.replicas, acks.timeoutMs);
    if (held < acks.replicas)
      throw new Error(`${held} of ${acks.replicas} Redis replicas acknowledged the relayed jobs`);
  }

  /** Published rows are removed now and then, not on every pass. */
  private async cleanup(): Promise<void> {
    if (Date.now() - this.lastCleanup < 600_000) return;
    this.lastCleanup = Date.now();
    await deleteRelayed(this.db);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.gathering) clearTimeout(this.gathering);
    await Promise.all([this.draining, this.listening]);
    if (this.listener) {
      const client = this.listener;
      this.listener = null;
      await stopListening(client).catch(() => {});
      client.release();
    }
  }
}
