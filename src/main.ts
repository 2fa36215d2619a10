import { runOrExit } from './runtime.js';

/** Single machine: migrations, the API and the workers in one process. */
await runOrExit({ api: true, workers: true });
