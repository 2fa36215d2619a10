import { runOrExit } from './runtime.js';

/** The worker process alone: the outbox relay and every queue's consumer; run as many as needed. */
await runOrExit({ api: false, workers: true });
