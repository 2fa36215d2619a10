/**
 * First waves written together. The relay hands a worker the matching jobs of a batch of orders at
 * once; each pass reads its order and candidates on its own, and each wave written alone would cost
 * a statement, a commit and a run of the audit, outbox and fan-out functions of its own. WaveWrites
 * holds a pass's first wave until every pass that may still write one (those `enter`ed and not yet
 * `leave`n) has handed its own in, or `lingerMs` went by, and writes them in one statement
 * (writeWaves); each pass gets its own wave's answer.
 *
 * Nothing a pass promises changes: each wave is written whole or not at all under its order's
 * version, as alone. A statement that fails (a constraint broken by one wave: an audit chain moved
 * on, a member offered the order by a concurrent pass) is run again wave by wave, so that each pass
 * sees only its own wave's outcome.
 */
import type { Db } from '../../db/client.js';
import { type WaveWrite, type WaveWritten, writeWave, writeWaves } from './matching.repo.js';

/**
 * How long a first wave waits for the passes still reading: the passes of one relayed batch start
 * together and read within a few milliseconds of each other.
 */
export const WAVE_LINGER_MS = 10;

interface Waiting {
  wave: WaveWrite;
  resolve: (written: WaveWritten | null) => void;
  reject: (err: unknown) => void;
}

export class WaveWrites {
  /** Passes that may still hand a wave in (entered, not left). */
  private active = 0;
  private waiting: Waiting[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Db,
    private readonly lingerMs = WAVE_LINGER_MS,
  ) {}

  /** A pass that may write a first wave begins; call the answer once it no longer may. */
  enter(): () => void {
    this.active += 1;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.active -= 1;
      this.flushIfComplete();
    };
  }

  /** Writes the wave with the others handed in meanwhile; settles with its own answer. */
  write(wave: WaveWrite): Promise<WaveWritten | null> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ wave, resolve, reject });
      if (!this.flushIfComplete()) this.timer ??= setTimeout(() => this.flush(), this.lingerMs);
    });
  }

  /** Flushes when every pass that may write has handed its wave in. */
  private flushIfComplete(): boolean {
    if (this.waiting.length === 0 || this.waiting.length < this.active) return false;
    this.flush();
    return true;
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.waiting;
    this.waiting = [];
    // One statement per kind of wave (asking for their deliveries' first attempts or not), holding
    // one wave per order: the others of the same order are written alone, and the order's version
    // lets one wave through.
    const groups = new Map<boolean, Map<string, Waiting>>();
    for (const w of batch) {
      const group = groups.get(w.wave.inlineWebhooks) ?? new Map<string, Waiting>();
      groups.set(w.wave.inlineWebhooks, group);
      if (group.has(w.wave.order.id)) void this.alone(w);
      else group.set(w.wave.order.id, w);
    }
    for (const group of groups.values()) void this.together([...group.values()]);
  }

  private async together(group: Waiting[]): Promise<void> {
    if (group.length > 1) {
      try {
        const written = await writeWaves(
          this.db,
          group.map((w) => w.wave),
        );
        for (const [i, w] of group.entries()) w.resolve(written[i] ?? null);
        return;
      } catch {
        // The statement failed as a whole (most often one wave broke a constraint): each wave is
        // written alone, and fails alone.
      }
    }
    await Promise.all(group.map((w) => this.alone(w)));
  }

  private alone(w: Waiting): Promise<void> {
    return writeWave(this.db, w.wave).then(w.resolve, w.reject);
  }
}
