import { runOrExit } from './runtime.js';

/** The API process alone; run as many replicas as needed behind a load balancer. */
await runOrExit({ api: true, workers: false });
