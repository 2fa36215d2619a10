import { run } from './runtime.js';

/** The API process alone; run as many replicas as needed behind a load balancer. */
await run({ api: true, workers: false });
