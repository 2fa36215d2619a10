import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { Findings } from './findings.js';
import { FuzzSession } from './fuzz-session.js';
import { OpenApiDocument } from './openapi-document.js';
import { type FuzzPlan, fuzzMethods, fuzzOperation } from './operation-fuzzer.js';

/**
 * The API keeps its word: every operation of openapi.yaml, called by a key of every role with
 * requests drawn from its schemas (valid ones, and valid ones broken in one way each), answers only
 * what the description documents — status, media type, body — never a server error, refuses broken
 * input with a problem document and writes nothing when it does.
 *
 * FUZZ_SEED (default fixed) and FUZZ_CASES (valid requests per operation and role, default 2) make a
 * run; a failure names both, and the same pair replays the same requests.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_250_607);
const CASES = Math.max(1, Number(process.env.FUZZ_CASES ?? 2));
const RERUN = `rerun: FUZZ_SEED=${SEED} FUZZ_CASES=${CASES} npx vitest run test/contract`;
const plan: FuzzPlan = {
  cases: CASES,
  seedOf: (label) => createHash('sha256').update(`${SEED}:${label}`).digest().readUInt32BE(0) >>> 1,
};
const doc = new OpenApiDocument(new URL('../../openapi.yaml', import.meta.url));

describe('openapi.yaml, fuzzed against the app', () => {
  let session: FuzzSession;
  beforeAll(async () => {
    session = await FuzzSession.open();
  });
  afterAll(async () => session?.close());

  const check = async (name: string, fuzz: (findings: Findings) => Promise<void>) => {
    const findings = new Findings(name, session.world.keys);
    await fuzz(findings);
    findings.writeReport(process.env.FUZZ_REPORT);
    if (findings.size) throw new Error(findings.message(RERUN));
  };

  for (const op of doc.operations)
    it(op.id, () => check(op.id, (f) => fuzzOperation(session, doc, op, plan, f)), 120_000);

  for (const path of doc.methodsByPath.keys())
    it(`${path}: methods it does not document`, () =>
      check(path, (f) => fuzzMethods(session, doc, path, plan, f)));
});
