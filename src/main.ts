import { run } from './runtime.js';

/** Single machine: migrations, the API and the workers in one process. */
await run({ api: true, workers: true });
