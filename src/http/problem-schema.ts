import { z } from 'zod';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/**
 * An RFC 9457 problem document as the problem-details plugin sends it. Loose: an error may carry
 * extra members (`errors` for validation, ids of conflicting objects), which must survive serialisation.
 */
export const problemSchema = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().meta({ description: 'Stable machine-readable error code (see the error catalogue)' }),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .meta({ description: 'validation_failed only: each bad field' }),
  })
  .meta({ id: 'Problem', description: 'An RFC 9457 problem document' });

export const problemDescriptions = {
  400: 'The request is not valid: validation_failed lists each bad field',
  401: 'A valid API key is required',
  403: 'The role of this key may not do that',
  404: 'Not found, or outside the scope of this key',
  406: 'Accept admits none of the media types this operation answers with',
  409: 'Conflict with the current state',
  410: 'Gone: cursor_expired, the events after the cursor are past the retention',
  412: 'If-Match names a version that is no longer current',
  413: 'The body is larger than the limit',
  414: 'A path parameter is longer than 100 characters',
  415: 'Unsupported content type',
  422: 'A referenced object does not exist or does not fit',
  428: 'If-Match is required',
  429: 'Too many requests; see Retry-After',
  431: 'The request headers are too large',
  503: 'A backing service is unavailable; see Retry-After',
} as const;

export type ProblemStatus = keyof typeof problemDescriptions;

export const defaultProblemStatuses = [
  400, 401, 403, 404, 409, 412, 422, 428,
] as const satisfies readonly ProblemStatus[];

/** The headers a response documents: a JSON Schema (with its description) by header name. */
export type ResponseHeaders = Record<string, object>;

/** Seconds to wait before trying again (sent with 429 and 503). */
export const retryAfter: ResponseHeaders = {
  'retry-after': { type: 'integer', minimum: 0, description: 'Seconds to wait before trying again' },
};

/** Response headers of a status, whatever the operation. */
const problemHeaders: Partial<Record<ProblemStatus, ResponseHeaders>> = {
  429: retryAfter,
  503: retryAfter,
};

/** One problem response, keyed by media type so OpenAPI shows application/problem+json. */
export const problemResponse = (description: string, headers?: ResponseHeaders) => ({
  description,
  content: { [PROBLEM_MEDIA_TYPE]: { schema: problemSchema } },
  ...(headers && { headers }),
});

export type ProblemResponse = ReturnType<typeof problemResponse>;

/** How an area writes its errors: problem documents, or another format (Open311 error lists). */
export type ProblemDocument = (description: string, headers?: ResponseHeaders) => unknown;

/**
 * A route's response map with problem documents added for the given statuses (by default 400, 401,
 * 403, 404, 409, 412, 422 and 428), each with its usual description and headers; a status the map
 * already documents keeps its own. List only the statuses the route can answer with, so the OpenAPI
 * document tells clients what to expect: `response: withProblems({ 200: itemSchema }, [400, 401, 404])`.
 */
export function withProblems<
  R extends Record<number, unknown>,
  S extends ProblemStatus = (typeof defaultProblemStatuses)[number],
>(
  responses: R,
  statuses: readonly S[] = defaultProblemStatuses as unknown as readonly S[],
  document: ProblemDocument = problemResponse,
): R & Record<S, ProblemResponse> {
  const problems = statuses
    .filter((s) => !(s in responses))
    .map((s) => [s, document(problemDescriptions[s], problemHeaders[s])]);
  return { ...Object.fromEntries(problems), ...responses } as R & Record<S, ProblemResponse>;
}
