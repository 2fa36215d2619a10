import type { Problem } from './types.js';

type FieldErrors = NonNullable<Problem['errors']>;

const known = new Set(['type', 'title', 'status', 'detail', 'code', 'instance', 'requestId']);

/**
 * An answer outside 2xx, as the API sends it: a problem document with a stable `code` (switch on
 * it, not on `detail`), the request id to quote to the operators, and the extension members some
 * codes carry (`errors` for validation_failed, `offerStatus` for offer_not_pending, `limit` for
 * rate_limited, …) in `extensions`.
 */
export class ApiProblem extends Error {
  override name = 'ApiProblem';
  readonly status: number;
  readonly code: Problem['code'];
  readonly title: string;
  readonly detail: string;
  readonly type: string;
  readonly instance: string | undefined;
  readonly requestId: string | undefined;
  readonly extensions: Readonly<Record<string, unknown>>;
  /** The answer's headers (Retry-After, ETag, …). */
  readonly headers: Headers;

  constructor(problem: Problem, headers: Headers = new Headers()) {
    super(`${problem.status} ${problem.code}: ${problem.detail}`);
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.type = problem.type;
    this.instance = problem.instance;
    this.requestId = problem.requestId;
    this.extensions = Object.fromEntries(Object.entries(problem).filter(([k]) => !known.has(k)));
    this.headers = headers;
  }

  /** validation_failed: each bad field, as `querystring.limit`, `body.slots.total`, … */
  get errors(): FieldErrors {
    const errors = this.extensions.errors;
    return Array.isArray(errors) ? (errors as FieldErrors) : [];
  }
}

/** True when `err` is a problem document answered by the API, optionally with one of `codes`. */
export function isApiProblem(err: unknown, ...codes: string[]): err is ApiProblem {
  return err instanceof ApiProblem && (codes.length === 0 || codes.includes(err.code));
}

const isProblem = (body: unknown): body is Problem =>
  typeof body === 'object' &&
  body !== null &&
  typeof (body as Problem).code === 'string' &&
  typeof (body as Problem).status === 'number';

/**
 * The error of an answer outside 2xx. Something other than a problem document (a proxy's HTML
 * page, an empty 502) still becomes an ApiProblem, with the code `http_<status>`.
 */
export function problemOf(response: Response, body: unknown): ApiProblem {
  if (isProblem(body)) return new ApiProblem(body, response.headers);
  const text = typeof body === 'string' ? body.slice(0, 500) : '';
  return new ApiProblem(
    {
      type: 'about:blank',
      title: response.statusText || `HTTP ${response.status}`,
      status: response.status,
      detail: text || `${response.status} ${response.statusText}`.trim(),
      code: `http_${response.status}`,
    },
    response.headers,
  );
}

/** Reads an error answer's body (JSON when it is, text otherwise) and turns it into an ApiProblem. */
export async function problemFromResponse(response: Response): Promise<ApiProblem> {
  const text = await response.text().catch(() => '');
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {}
  return problemOf(response, body);
}
