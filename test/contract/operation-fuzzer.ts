import fc from 'fast-check';
import type { Role } from '../../src/db/schema/index.js';
import type { Findings } from './findings.js';
import type { FuzzSession } from './fuzz-session.js';
import { ROLES } from './fuzz-world.js';
import { type Mutation, mutations } from './mutations.js';
import type { OpenApiDocument, Operation } from './openapi-document.js';
import {
  type Answer,
  conformance,
  describedErrorMediaTypes,
  mediaTypeOf,
  namesField,
  optionalHeaderRequired,
  speaksProblems,
} from './response-rules.js';
import { render, validRequest, type WireRequest } from './valid-requests.js';

export interface FuzzPlan {
  /** Valid requests per role; the first carries every optional field and every mutation. */
  cases: number;
  /** The seed of one drawing, derived from FUZZ_SEED and a label. */
  seedOf: (label: string) => number;
}

/** Longer than any request line or header block a server should read (Node's default is 16 KiB). */
const OVERSIZE = 20_000;

type Sent = Mutation & { role: Role; req: WireRequest };

/**
 * One operation, fuzzed: for every role, valid requests and mutations of them; then a request
 * without a key, an oversized request line and header block, and a request over a spent rate budget.
 */
export async function fuzzOperation(
  s: FuzzSession,
  doc: OpenApiDocument,
  op: Operation,
  plan: FuzzPlan,
  findings: Findings,
): Promise<void> {
  const { world } = s;
  const methods = doc.methodsByPath.get(op.path) ?? [];
  const described = describedErrorMediaTypes(doc, op);
  if (described.length) findings.add({ kind: 'description', breaches: described, role: '-' });
  const caseSeeds = fc.sample(fc.integer({ min: 1, max: 0x7ffffffe }), {
    seed: plan.seedOf(op.id),
    numRuns: plan.cases,
  });
  const refused: Sent[] = [];
  // A request the admin sent and the server took past validation: the one to spend a rate budget with.
  let admitted: WireRequest | undefined;
  for (const [r, role] of ROLES.entries()) {
    const key = world.keys[role];
    // Every kind of mutation is drawn from the first case, and again from the second when the server
    // refused the first (by a rule the description does not state), so each kind has a clean base.
    let everyKind = true;
    for (const [i, caseSeed] of caseSeeds.entries()) {
      const seed = caseSeed + r;
      const g = { seed, optionals: i === 0 ? 'all' : i === 1 ? 'none' : 'some', key } as const;
      const etag = await s.currentEtag(op, validRequest(doc, world, op, g), key, methods);
      const parts = validRequest(doc, world, op, { ...g, etag });
      const req = render(op, parts, key);
      const answer = await s.inject(req);
      if (role === 'admin' && answer.status !== 400) admitted ??= req;
      findings.add({
        kind: 'valid request',
        breaches: [...conformance(doc, op, answer), ...optionalHeaderRequired(op, req.headers, answer)],
        role,
        request: req,
        answer,
      });
      findings.note({
        kind: 'valid request refused',
        breaches: unstatedRules(doc, op, answer),
        role,
        request: req,
        answer,
      });
      const bodyLimit = r === 0 && i === 0 ? s.ctx.config.BODY_LIMIT_BYTES : null;
      const all = mutations(doc, op, parts, seed, answer.status, bodyLimit);
      const [pick] = fc.sample(fc.nat({ max: Math.max(all.length - 1, 0) }), { seed, numRuns: 1 });
      for (const m of everyKind ? all : all.slice(pick, pick! + 1)) {
        const sent = { ...m, role, req: render(op, m.parts, key) };
        if (m.expect) refused.push(sent);
        else await probe(s, doc, op, sent, findings);
      }
      everyKind = i === 0 && answer.status === 400;
    }
  }
  await sendRefused(s, doc, op, refused, findings);
  await fuzzWithoutKey(s, doc, op, plan, findings);
  await fuzzTransport(s, doc, op, plan, findings, admitted);
}

/** Requests the server must refuse with one of the expected statuses, and without writing a row. */
async function sendRefused(
  s: FuzzSession,
  doc: OpenApiDocument,
  op: Operation,
  refused: Sent[],
  findings: Findings,
) {
  const before = await s.rowCounts();
  const accepted: string[] = [];
  for (const m of refused) {
    const answer = await s.inject(m.req);
    if (answer.status < 400) accepted.push(`${m.req.method} ${m.req.url.slice(0, 160)} → ${answer.status}`);
    const breaches = conformance(doc, op, answer);
    if (m.expect && !m.expect.includes(answer.status))
      breaches.unshift(`expected ${m.expect.join(' or ')}, got ${answer.status}`);
    else if (m.names && answer.status === 400 && speaksProblems(doc, op))
      breaches.push(...namesField(answer, m.names));
    findings.add({ kind: m.kind, breaches, role: m.role, detail: m.detail, request: m.req, answer });
  }
  const after = await s.rowCounts();
  const changed = Object.keys(after)
    .filter((t) => after[t] !== before[t])
    .map((t) => `${t} ${before[t]} → ${after[t]}`);
  if (changed.length)
    findings.add({
      kind: 'writes on refused input',
      breaches: [
        `the ${refused.length} invalid requests changed row counts: ${changed.join(', ')}; answered below 400: ${accepted.join('; ') || 'none'}`,
      ],
      role: '-',
    });
}

/** A request the description says nothing about: whatever the answer, it must be documented. */
async function probe(s: FuzzSession, doc: OpenApiDocument, op: Operation, m: Sent, findings: Findings) {
  const answer = await s.inject(m.req);
  findings.add({
    kind: m.kind,
    breaches: [...conformance(doc, op, answer), ...optionalHeaderRequired(op, m.req.headers, answer)],
    role: m.role,
    detail: m.detail,
    request: m.req,
    answer,
  });
}

async function fuzzWithoutKey(
  s: FuzzSession,
  doc: OpenApiDocument,
  op: Operation,
  plan: FuzzPlan,
  findings: Findings,
) {
  if (op.isPublic) return;
  const g = { seed: plan.seedOf(`${op.id}:anonymous`), optionals: 'none', key: null } as const;
  const req = render(op, validRequest(doc, s.world, op, g), null);
  const answer = await s.inject(req);
  const breaches = conformance(doc, op, answer);
  if (answer.status !== 401) breaches.unshift(`expected 401, got ${answer.status}`);
  findings.add({ kind: 'no API key', breaches, role: 'anonymous', request: req, answer });
}

async function fuzzTransport(
  s: FuzzSession,
  doc: OpenApiDocument,
  op: Operation,
  plan: FuzzPlan,
  findings: Findings,
  admitted: WireRequest | undefined,
) {
  const key = s.world.keys.admin;
  const g = { seed: plan.seedOf(`${op.id}:transport`), optionals: 'none', key } as const;
  const req = admitted ?? render(op, validRequest(doc, s.world, op, g), key);
  const checks: {
    kind: string;
    expect: number;
    req: WireRequest;
    send: (r: WireRequest) => Promise<Answer>;
  }[] = [
    {
      kind: 'transport: request line too long',
      expect: 414,
      req: { ...req, url: `${req.url}${req.url.includes('?') ? '&' : '?'}padding=${'a'.repeat(OVERSIZE)}` },
      send: (r) => s.overSocket(r),
    },
    {
      kind: 'transport: header block too large',
      expect: 431,
      req: { ...req, headers: { ...req.headers, 'x-padding': 'a'.repeat(OVERSIZE) } },
      send: (r) => s.overSocket(r),
    },
    { kind: 'rate limit spent', expect: 429, req, send: (r) => s.inject(r, s.limited) },
  ];
  for (const check of checks) {
    const rateLimited = check.expect === 429;
    if (rateLimited) await s.inject(req, s.limited);
    const answer = await check.send(check.req);
    // Not every route is rate-limited (health checks); one that is must document its 429.
    if (rateLimited && answer.status !== 429) continue;
    const breaches = conformance(doc, op, answer);
    if (answer.status !== check.expect) breaches.unshift(`expected ${check.expect}, got ${answer.status}`);
    findings.add({ kind: check.kind, breaches, role: 'admin', request: check.req, answer });
  }
}

/** Methods a path does not document: 405, an Allow header naming the documented ones, a problem document. */
export async function fuzzMethods(
  s: FuzzSession,
  doc: OpenApiDocument,
  path: string,
  plan: FuzzPlan,
  findings: Findings,
): Promise<void> {
  const documented = doc.methodsByPath.get(path) ?? [];
  const op = doc.operations.find((o) => o.path === path)!;
  const key = s.world.keys.admin;
  const parts = validRequest(doc, s.world, op, {
    seed: plan.seedOf(`${path}:methods`),
    optionals: 'none',
    key,
  });
  for (const method of ['TRACE', 'GET', 'PUT', 'POST', 'PATCH', 'DELETE'].filter(
    (m) => !documented.includes(m),
  )) {
    const req = render({ ...op, isPublic: false, body: null }, { ...parts, method, body: undefined }, key);
    const answer = await s.inject(req);
    const breaches: string[] = [];
    if (answer.status !== 405) breaches.push(`expected 405, got ${answer.status}`);
    const allow = String(answer.headers.allow ?? '')
      .split(',')
      .map((m) => m.trim().toUpperCase());
    const missing = documented.filter((m) => !allow.includes(m));
    if (missing.length)
      breaches.push(
        `Allow does not list ${missing.join(', ')} (Allow: ${String(answer.headers.allow ?? 'absent')})`,
      );
    if (speaksProblems(doc, op)) {
      const type = mediaTypeOf(answer);
      if (type !== 'application/problem+json')
        breaches.push(`not a problem document: Content-Type ${type || '(none)'}`);
      else breaches.push(...problemBreaches(doc, answer));
    }
    findings.add({ kind: 'undocumented method', breaches, role: 'admin', request: req, answer });
  }
}

function problemBreaches(doc: OpenApiDocument, answer: Answer): string[] {
  let body: unknown;
  try {
    body = JSON.parse(answer.body);
  } catch {
    return ['the problem document is not JSON'];
  }
  return doc.accepts('#/components/schemas/Problem', body)
    ? []
    : ['the body is not a valid problem document'];
}

/** The messages of a validation_failed answered to a request the description accepts. */
function unstatedRules(doc: OpenApiDocument, op: Operation, answer: Answer): string[] {
  if (answer.status !== 400 || !speaksProblems(doc, op)) return [];
  try {
    const problem = JSON.parse(answer.body) as {
      code?: string;
      errors?: { path: string; message: string }[];
    };
    if (problem.code !== 'validation_failed') return [];
    return (problem.errors ?? []).map((e) => `${e.path}: ${e.message}`);
  } catch {
    return [];
  }
}
