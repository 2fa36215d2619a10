import { describeErrors, type OpenApiDocument, type Operation } from './openapi-document.js';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
  /** For a 5xx: the error the app logged for the request. */
  serverError?: string;
}

const PROBLEM = 'application/problem+json';
const PROBLEM_FIELDS = ['type', 'title', 'status', 'detail', 'code'];

export const mediaTypeOf = (answer: Answer) =>
  String(answer.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();

/** The documented response for a status: exact, then 4XX-style, then default. */
export function documentedFor(op: Operation, status: number) {
  return op.responses[String(status)] ?? op.responses[`${String(status)[0]}XX`] ?? op.responses.default;
}

function isProblemSchema(doc: OpenApiDocument, pointer: string | null): boolean {
  if (!pointer) return false;
  const schema = doc.resolve(pointer);
  const target = typeof schema.$ref === 'string' ? doc.resolve(schema.$ref) : schema;
  const required = (target.required as string[] | undefined) ?? [];
  return PROBLEM_FIELDS.every((f) => required.includes(f));
}

/**
 * Whether the operation answers errors with problem documents: every operation does (the API's
 * description says so), except one whose description gives its client errors another shape (Open311's
 * GeoReport error list), judged by its documented 400.
 */
export function speaksProblems(doc: OpenApiDocument, op: Operation): boolean {
  const clientError = op.responses['400'];
  if (!clientError) return true;
  return Object.values(clientError).some((pointer) => isProblemSchema(doc, pointer));
}

/** Whether the status is documented with a problem document (or not documented at all, for one that speaks them). */
function wantsProblem(doc: OpenApiDocument, op: Operation, status: number): boolean {
  const documented = documentedFor(op, status);
  if (!documented || Object.keys(documented).length === 0) return speaksProblems(doc, op);
  return Object.values(documented).some((pointer) => isProblemSchema(doc, pointer));
}

/** What the description says about error answers: a problem document is documented as problem+json only. */
export function describedErrorMediaTypes(doc: OpenApiDocument, op: Operation): string[] {
  return Object.entries(op.responses)
    .filter(([status]) => /^[45]/.test(status))
    .flatMap(([status, media]) =>
      Object.entries(media)
        .filter(([type, pointer]) => type !== PROBLEM && isProblemSchema(doc, pointer))
        .map(([type]) => `${status} is documented as ${type}; problem documents are ${PROBLEM}`),
    );
}

/** Every way the answer breaks the operation's description: status, media type, body. */
export function conformance(doc: OpenApiDocument, op: Operation, answer: Answer): string[] {
  const breaches: string[] = [];
  const { status } = answer;
  const type = mediaTypeOf(answer);
  if (status >= 500)
    breaches.push(
      `a server error (${status})${answer.serverError ? `; the app logged: ${answer.serverError}` : ''}`,
    );
  const documented = documentedFor(op, status);
  if (!documented)
    breaches.push(`status ${status} is not documented (documented: ${Object.keys(op.responses).join(', ')})`);
  else if (Object.keys(documented).length === 0) {
    if (answer.body.length > 0) breaches.push(`${status} is documented without a body, but one came`);
  } else if (!(type in documented))
    breaches.push(
      `Content-Type ${type || '(none)'} is not documented for ${status} (documented: ${Object.keys(documented).join(', ')})`,
    );
  else {
    const pointer = documented[type];
    if (pointer) breaches.push(...bodyBreaches(doc, pointer, type, answer.body));
  }
  if (status >= 400 && wantsProblem(doc, op, status)) {
    if (type !== PROBLEM)
      breaches.push(`not a problem document: Content-Type ${type || '(none)'}, not ${PROBLEM}`);
    else if (!documented || !(type in documented))
      breaches.push(...bodyBreaches(doc, '#/components/schemas/Problem', type, answer.body));
  }
  return breaches;
}

function bodyBreaches(doc: OpenApiDocument, pointer: string, type: string, text: string): string[] {
  let value: unknown = text;
  if (type === 'application/json' || type.endsWith('+json')) {
    try {
      value = JSON.parse(text);
    } catch {
      return [`the body is not JSON although the Content-Type is ${type}`];
    }
  }
  const errors = doc.errors(pointer, value);
  return errors.length ? [`the body does not match the documented schema: ${describeErrors(errors)}`] : [];
}

/** The If-Match (or other header) the description calls optional, refused as a missing precondition. */
export function optionalHeaderRequired(
  op: Operation,
  sent: Record<string, string>,
  answer: Answer,
): string[] {
  if (answer.status !== 428) return [];
  const omitted = op.parameters.filter((p) => p.in === 'header' && !p.required && !(p.name in sent));
  return omitted.length
    ? [
        `428 for a request without ${omitted.map((p) => p.name).join(', ')}, which the description calls optional`,
      ]
    : [];
}

/**
 * A 400 validation_failed for a mutated field must name it among its errors: refused for the right
 * reason. `names` is "body.title", "querystring.limit", …; unknown fields come as "body.a,b".
 */
export function namesField(answer: Answer, names: string): string[] {
  let problem: { code?: unknown; errors?: { path?: unknown }[] };
  try {
    problem = JSON.parse(answer.body);
  } catch {
    return [];
  }
  if (problem.code !== 'validation_failed')
    return [`400 ${String(problem.code)}, where validation_failed naming ${names} was expected`];
  const [where, field] = [names.split('.')[0]!, names.slice(names.indexOf('.') + 1)];
  const paths = (problem.errors ?? []).map((e) => String(e.path));
  const named = paths.some(
    (p) =>
      p === names ||
      p.startsWith(`${names}.`) ||
      (!names.includes('.') && p.startsWith(`${where}.`)) ||
      (p.startsWith(`${where}.`) &&
        p
          .slice(where.length + 1)
          .split(',')
          .includes(field)),
  );
  return named
    ? []
    : [`the problem's errors do not name ${names} (they name: ${paths.join(', ') || 'nothing'})`];
}
