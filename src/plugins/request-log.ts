import { type FastifyBaseLogger, type FastifyReply, type FastifyRequest, LogController } from 'fastify';

/**
 * One log line per request, written when it completes: the request (method, URL with any api_key
 * cut, host, remote address, through the logger's `req` serializer), the status and the response
 * time, under the request's id. Fastify's separate 'incoming request' line is not written: every line
 * is a write to the log destination, and the completion line carries everything that one did.
 *
 * A completed request's line holds only what the `req` and `res` serializers pick, the request id
 * and a number, none of them under a redacted key, so it is written by the app's logger without the
 * redaction pass (which walks every path, wildcards included, for each line). A failed request's
 * line carries the error and goes through the redacting request logger like every other line.
 */
export class RequestLogController extends LogController {
  private plain: FastifyBaseLogger | null = null;

  /** The app's root logger; until it is given, completion lines go through the request's logger. */
  useLogger(root: FastifyBaseLogger): void {
    this.plain = root.child({}, { redact: [] });
  }

  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (error)
      reply.log.error(
        { req: request, res: reply, err: error, responseTime: reply.elapsedTime },
        'request errored',
      );
    // A route with a logLevel of its own logs through its request logger, at that level.
    else if (this.plain && reply.log.level === this.plain.level)
      this.plain.info(
        { reqId: request.id, req: request, res: reply, responseTime: reply.elapsedTime },
        'request completed',
      );
    else reply.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}
