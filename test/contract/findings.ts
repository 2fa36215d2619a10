import { appendFileSync } from 'node:fs';
import type { Answer } from './response-rules.js';
import type { WireRequest } from './valid-requests.js';

/** What one request showed: the ways its answer breaks the description. */
export interface Sighting {
  kind: string;
  breaches: string[];
  role: string;
  detail?: string;
  request?: WireRequest;
  answer?: Answer;
}

interface Finding {
  kind: string;
  breaches: string[];
  roles: string[];
  times: number;
  example: Sighting;
}

const clip = (s: string, max = 300) => (s.length > max ? `${s.slice(0, max)}… (${s.length} chars)` : s);

/**
 * The findings on one operation: the same breaches seen for the same kind of request are one finding,
 * with the roles that met them and the first request that showed them, as sent, with its answer.
 */
export class Findings {
  private readonly byKey = new Map<string, Finding>();
  /** Seen but not asserted: requests the description accepts and the server refuses by a rule it does not state. */
  private readonly notes = new Map<string, Finding>();

  constructor(
    readonly operation: string,
    private readonly keys: Record<string, string>,
  ) {}

  add(s: Sighting): void {
    Findings.count(this.byKey, s);
  }

  /** Recorded in the report, not failed on. */
  note(s: Sighting): void {
    Findings.count(this.notes, s);
  }

  private static count(into: Map<string, Finding>, s: Sighting): void {
    if (s.breaches.length === 0) return;
    const key = `${s.kind}\u0000${s.breaches.join('\u0000')}`;
    const found = into.get(key);
    if (!found) into.set(key, { kind: s.kind, breaches: s.breaches, roles: [s.role], times: 1, example: s });
    else {
      found.times += 1;
      if (!found.roles.includes(s.role)) found.roles.push(s.role);
    }
  }

  get size(): number {
    return this.byKey.size;
  }

  /** The roles' keys stand as <role key>, so a message can be pasted anywhere. */
  private redact(text: string): string {
    let out = text;
    for (const [role, key] of Object.entries(this.keys)) out = out.split(key).join(`<${role} key>`);
    return out;
  }

  message(rerun: string): string {
    const lines = [`${this.operation}: ${this.byKey.size} finding(s); ${rerun}`];
    let i = 0;
    for (const f of this.byKey.values()) {
      i += 1;
      lines.push(`${i}. [${f.kind}] roles: ${f.roles.join(', ')}; ${f.times} request(s)`);
      for (const b of f.breaches) lines.push(`   - ${b}`);
      const { request, answer, detail } = f.example;
      if (detail) lines.push(`   mutation: ${detail}`);
      if (request) {
        lines.push(`   request: ${request.method} ${clip(request.url)}`);
        lines.push(`   headers: ${clip(JSON.stringify(request.headers))}`);
        if (request.body !== undefined) lines.push(`   body: ${clip(request.body)}`);
      }
      if (answer) {
        const allow = answer.headers.allow === undefined ? '' : `; Allow: ${String(answer.headers.allow)}`;
        lines.push(
          `   response: ${answer.status} ${String(answer.headers['content-type'] ?? '(no Content-Type)')}${allow}`,
        );
        lines.push(`   ${clip(answer.body)}`);
      }
    }
    return this.redact(lines.join('\n'));
  }

  /** One JSON line per operation, when FUZZ_REPORT names a file: the raw material of a findings report. */
  writeReport(file: string | undefined): void {
    if (!file || this.byKey.size + this.notes.size === 0) return;
    const entry = ({ kind, breaches, roles, times, example }: Finding) => ({
      kind,
      breaches,
      roles,
      times,
      detail: example.detail,
      request: example.request && {
        method: example.request.method,
        url: clip(example.request.url, 600),
        headers: Object.fromEntries(
          Object.entries(example.request.headers).map(([k, v]) => [k, clip(v, 200)]),
        ),
        body: example.request.body && clip(example.request.body, 600),
      },
      response: example.answer && {
        status: example.answer.status,
        contentType: example.answer.headers['content-type'],
        allow: example.answer.headers.allow,
        body: clip(example.answer.body, 600),
      },
    });
    const report = {
      operation: this.operation,
      findings: [...this.byKey.values()].map(entry),
      notes: [...this.notes.values()].map(entry),
    };
    appendFileSync(file, `${this.redact(JSON.stringify(report))}\n`);
  }
}
