import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What an orchestrator does for the soak: runs each service process from the compiled build
 * (`node dist/server.js`, `node dist/worker.js`, as the image does), restarts it when it exits, and
 * tells the exits it caused (a signal it sent) from the ones it did not.
 */
export type Role = 'api' | 'worker';

const entry: Record<Role, string> = { api: 'dist/server.js', worker: 'dist/worker.js' };

export interface ExitRecord {
  name: string;
  at: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The signal the soak sent this process, if it sent one. */
  sent: NodeJS.Signals | null;
  logFile: string;
  /** The last lines the process wrote: the reason of an unplanned exit. */
  tail: string[];
}

export interface Slot {
  readonly name: string;
  readonly role: Role;
  readonly port: number;
  /** Null between an exit and the restart. */
  readonly pid: number | null;
  generation: number;
}

export interface Supervisor {
  readonly slots: Slot[];
  readonly exits: ExitRecord[];
  start(): Promise<void>;
  /**
   * Sends `sig` to the running process of `slot` and waits for its exit (SIGKILL after `stopMs`);
   * the slot is restarted `restartDelayMs` later. Answers how long the process took to exit.
   */
  signal(slot: Slot, sig: NodeJS.Signals, stopMs?: number): Promise<{ exitMs: number; exit: ExitRecord }>;
  /** Stops every process with SIGTERM (SIGKILL after `timeoutMs`) and restarts none. */
  stopAll(timeoutMs?: number): Promise<void>;
}

export interface SupervisorOptions {
  buildDir: string;
  logDir: string;
  /** The environment of every process; PORT is set per slot. */
  env: Record<string, string>;
  apis: { name: string; port: number }[];
  workers: string[];
  restartDelayMs: number;
  readyTimeoutMs: number;
}

interface Running {
  child: ChildProcess;
  sent: NodeJS.Signals | null;
  exited: Promise<ExitRecord>;
}

function killGroup(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(-pid, sig);
  } catch {
    // Already gone.
  }
}

/** Kills the group once the soak is gone, even when it died by SIGKILL and ran no exit handler. */
function watchdog(groupId: number): void {
  const script = `while kill -0 ${process.pid} 2>/dev/null && kill -0 -${groupId} 2>/dev/null; do sleep 1; done; kill -KILL -${groupId} 2>/dev/null`;
  spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' }).unref();
}

const lastLines = (file: string, n: number) => {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-n);
  } catch {
    return [];
  }
};

export function createSupervisor(opts: SupervisorOptions): Supervisor {
  const slots: (Slot & { pid: number | null })[] = [
    ...opts.apis.map((a) => ({ name: a.name, role: 'api' as const, port: a.port, pid: null, generation: 0 })),
    ...opts.workers.map((name) => ({ name, role: 'worker' as const, port: 0, pid: null, generation: 0 })),
  ];
  const running = new Map<string, Running>();
  const exits: ExitRecord[] = [];
  let stopping = false;

  process.on('exit', () => {
    for (const r of running.values()) if (r.child.pid) killGroup(r.child.pid, 'SIGKILL');
  });

  function launch(slot: (typeof slots)[number]): Running {
    slot.generation += 1;
    const logFile = join(opts.logDir, `${slot.name}.${slot.generation}.log`);
    const fd = openSync(logFile, 'a');
    const child = spawn(process.execPath, [entry[slot.role]], {
      cwd: opts.buildDir,
      env: { ...opts.env, PORT: String(slot.port || 0) },
      stdio: ['ignore', fd, fd],
      detached: true,
    });
    closeSync(fd);
    slot.pid = child.pid ?? null;
    if (child.pid) watchdog(child.pid);
    const run: Running = {
      child,
      sent: null,
      exited: new Promise((resolve) => {
        child.once('exit', (code, signal) => {
          slot.pid = null;
          running.delete(slot.name);
          const record: ExitRecord = {
            name: slot.name,
            at: Date.now(),
            code,
            signal,
            sent: run.sent,
            logFile,
            tail: lastLines(logFile, 12),
          };
          exits.push(record);
          resolve(record);
          // An orchestrator restarts whatever stopped, whyever it stopped.
          if (!stopping)
            setTimeout(() => !stopping && running.set(slot.name, launch(slot)), opts.restartDelayMs);
        });
      }),
    };
    return run;
  }

  async function ready(slot: Slot, deadline: number): Promise<void> {
    for (;;) {
      if (Date.now() > deadline) throw new Error(`${slot.name} not ready in time`);
      if (slot.role === 'api') {
        const res = await fetch(`http://127.0.0.1:${slot.port}/readyz`, {
          signal: AbortSignal.timeout(2_000),
        }).catch(() => null);
        if (res?.status === 200) return;
      } else if (
        lastLines(join(opts.logDir, `${slot.name}.${slot.generation}.log`), 200)
          .join('\n')
          .includes('whistle dispatch started')
      ) {
        return;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  return {
    slots,
    exits,
    async start() {
      for (const slot of slots) running.set(slot.name, launch(slot));
      const deadline = Date.now() + opts.readyTimeoutMs;
      await Promise.all(slots.map((s) => ready(s, deadline)));
    },
    async signal(slot, sig, stopMs = 30_000) {
      const run = running.get(slot.name);
      if (!run?.child.pid) throw new Error(`${slot.name} is not running`);
      const started = Date.now();
      run.sent = sig;
      if (sig === 'SIGKILL') killGroup(run.child.pid, sig);
      else run.child.kill(sig);
      const pid = run.child.pid;
      const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), stopMs);
      const exit = await run.exited;
      clearTimeout(timer);
      return { exitMs: Date.now() - started, exit };
    },
    async stopAll(timeoutMs = 30_000) {
      stopping = true;
      await Promise.all(
        [...running.values()].map(async (run) => {
          run.sent = 'SIGTERM';
          run.child.kill('SIGTERM');
          const pid = run.child.pid;
          const timer = setTimeout(() => pid && killGroup(pid, 'SIGKILL'), timeoutMs);
          await run.exited;
          clearTimeout(timer);
        }),
      );
    },
  };
}
