/**
 * The error catalogue: every error the API can answer with has a stable `code`, an HTTP status and a
 * title here. Services throw these; the problem-details plugin turns them into RFC 9457 documents.
 */
export interface FieldError {
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'AppError';
  }
}

type Factory = (detail?: string, extra?: Record<string, unknown>) => AppError;

function define(code: string, status: number, title: string): Factory & { code: string; status: number } {
  const factory = (detail?: string, extra?: Record<string, unknown>) =>
    new AppError(code, status, title, detail ?? title, extra);
  return Object.assign(factory, { code, status });
}

export const Errors = {
  validationFailed: define('validation_failed', 400, 'The request is not valid'),
  badRequest: define('bad_request', 400, 'Bad request'),
  unauthorized: define('unauthorized', 401, 'A valid API key is required'),
  forbidden: define('forbidden', 403, 'This key may not do that'),
  notEligible: define('not_eligible', 403, 'The responder is not eligible for this order'),
  bookingNotAllowed: define('booking_not_allowed', 403, 'This unit or community may not book this resource'),
  notFound: define('not_found', 404, 'Not found'),
  routeNotFound: define('route_not_found', 404, 'No such route'),
  methodNotAllowed: define('method_not_allowed', 405, 'Method not allowed'),
  notAcceptable: define('not_acceptable', 406, 'No acceptable media type'),
  requestTimeout: define('request_timeout', 408, 'The request did not arrive in time'),
  conflict: define('conflict', 409, 'Conflict with the current state'),
  jobNotFailed: define('job_not_failed', 409, 'The job is not in the failed state'),
  invalidTransition: define(
    'invalid_transition',
    409,
    'This transition is not allowed from the current state',
  ),
  orderFull: define('order_full', 409, 'Every slot of the order is taken'),
  alreadyClaimed: define('already_claimed', 409, 'The member already holds a claim on this order'),
  memberAtCapacity: define('member_at_capacity', 409, 'The member holds as many active claims as allowed'),
  memberUnavailable: define('member_unavailable', 409, 'The member is not available'),
  slotUnavailable: define(
    'slot_unavailable',
    409,
    'The resource is booked to capacity for part of this slot',
  ),
  resourceInactive: define('resource_inactive', 409, 'The resource takes no new bookings'),
  offerNotPending: define('offer_not_pending', 409, 'The offer is no longer open'),
  transferOpen: define('transfer_open', 409, 'The claim already has an open transfer'),
  transferNotOpen: define('transfer_not_open', 409, 'The transfer is no longer open'),
  checkInRefused: define('check_in_refused', 409, 'Check-in is outside the allowed place or time'),
  escalationLevelInvalid: define(
    'escalation_level_invalid',
    409,
    'The escalation level must be above the current one and at most 2',
  ),
  answerAlreadyRated: define(
    'answer_already_rated',
    409,
    'The answer to this escalation has been rated already',
  ),
  insufficientPoints: define('insufficient_points', 409, 'The balance does not cover this redemption'),
  idempotencyInProgress: define(
    'idempotency_in_progress',
    409,
    'A request with this Idempotency-Key is in progress',
  ),
  alreadyErased: define('already_erased', 409, 'The member has already been erased'),
  openClaimsRemain: define('open_claims_remain', 409, 'The member still holds open claims'),
  cursorExpired: define(
    'cursor_expired',
    410,
    'Events after this cursor are past the retention and have been deleted',
  ),
  versionMismatch: define('version_mismatch', 412, 'The resource changed since you read it'),
  payloadTooLarge: define('payload_too_large', 413, 'The request body is too large'),
  uriTooLong: define('uri_too_long', 414, 'A path segment is too long'),
  unsupportedMediaType: define('unsupported_media_type', 415, 'Unsupported content type'),
  idempotencyKeyReused: define(
    'idempotency_key_reused',
    422,
    'This Idempotency-Key was used with a different request',
  ),
  unknownCategory: define('unknown_category', 422, 'Unknown category'),
  deadlineNotLater: define(
    'deadline_not_later',
    422,
    'The new deadline must be in the future and later than the current one',
  ),
  invalidReference: define('invalid_reference', 422, 'A referenced object does not exist or does not fit'),
  outsideOpeningHours: define(
    'outside_opening_hours',
    422,
    'The slot is not inside the opening hours of the resource',
  ),
  slotInPast: define('slot_in_past', 422, 'The slot starts in the past'),
  invalidRrule: define('invalid_rrule', 422, 'The visit rhythm is not a usable iCalendar RRULE'),
  webhookUrlRefused: define('webhook_url_refused', 422, 'The webhook URL is not allowed'),
  preconditionRequired: define('precondition_required', 428, 'If-Match with the current ETag is required'),
  rateLimited: define('rate_limited', 429, 'Too many requests'),
  tooManyStreams: define('too_many_streams', 429, 'This key holds as many open event streams as allowed'),
  headersTooLarge: define('headers_too_large', 431, 'The request headers are too large'),
  internal: define('internal_error', 500, 'Internal server error'),
  unavailable: define('service_unavailable', 503, 'A backing service is unavailable'),
} as const;

export type ErrorName = keyof typeof Errors;
