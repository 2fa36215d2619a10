// The types of every operation, generated from openapi.yaml by `npm run client:generate`; do not edit.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: Postgres and Redis answer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok" | "unavailable";
                            checks: {
                                [key: string]: "ok" | "failed";
                            };
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok" | "unavailable";
                            checks: {
                                [key: string]: "ok" | "failed";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics: HTTP, queues, outbox, offers, SLA breaches, webhooks, process (ops, admin)
         * @description Also served without a key on METRICS_PORT when that is set.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Prometheus text exposition format 0.0.4 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jobs per queue and state, and the age of the oldest waiting job (ops, admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["QueueFigures"][];
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/failed-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dead letters: failed jobs, most recent first, across every queue or one (ops, admin) */
        get: {
            parameters: {
                query?: {
                    queue?: "matching" | "offers" | "webhooks" | "sla" | "maintenance";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Most recent failures first */
                            items: components["schemas"]["FailedJob"][];
                            /** @description Failed jobs kept in the queues listed */
                            total: number;
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/failed-jobs/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a failed job back to waiting with fresh attempts (admin)
         * @description The id is `<queue>:<job id>` as listed by GET /v1/ops/failed-jobs. The retry is recorded in the audit trail.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description `<queue>:<job id>` as listed by GET /v1/ops/failed-jobs (URL-encode it; `:` may stay as is) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            queue: "matching" | "offers" | "webhooks" | "sla" | "maintenance";
                            jobId: string;
                            /** @description The state after the retry: waiting, or already active when a worker took it */
                            state: string;
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/services.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GeoReport v2 service list: one service per order category */
        get: {
            parameters: {
                query?: {
                    /** @description Ignored: this endpoint serves one jurisdiction */
                    jurisdiction_id?: string;
                };
                header?: never;
                path: {
                    /** @description Response format: xml (the GeoReport default) or json */
                    format: "json" | "xml";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description <services><service>… */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Services"];
                        "text/xml": string;
                    };
                };
                /** @description The request is not valid: each error names a field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
                /** @description No such resource, service_code, service_request_id or format */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/services/{service_code}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GeoReport v2 service definition: the order fields a client may set as attribute[code] */
        get: {
            parameters: {
                query?: {
                    /** @description Ignored: this endpoint serves one jurisdiction */
                    jurisdiction_id?: string;
                };
                header?: never;
                path: {
                    service_code: string;
                    /** @description Response format: xml (the GeoReport default) or json */
                    format: "json" | "xml";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description <service_definition>… */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311ServiceDefinition"];
                        "text/xml": string;
                    };
                };
                /** @description The request is not valid: each error names a field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
                /** @description No such resource, service_code, service_request_id or format */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/requests.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GeoReport v2 service requests: published orders, newest first
         * @description Public, no api_key. Every published order is listed; only requests posted online show their description, address, exact point and media_url, other orders show a point rounded to about 100 m. At most 1,000 results from a window of at most 90 days (the last 90 days by default).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Ignored: this endpoint serves one jurisdiction */
                    jurisdiction_id?: string;
                    /** @description Comma-separated service_request_id list; overrides every other argument */
                    service_request_id?: string;
                    /** @description Comma-separated service codes */
                    service_code?: string;
                    /** @description W3C date-time with a time zone, e.g. 2025-05-24T00:00:00Z */
                    start_date?: string;
                    /** @description W3C date-time with a time zone, e.g. 2025-05-24T00:00:00Z */
                    end_date?: string;
                    /** @description Comma-separated statuses: open, closed */
                    status?: string;
                };
                header?: never;
                path: {
                    /** @description Response format: xml (the GeoReport default) or json */
                    format: "json" | "xml";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description <service_requests><request>… */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311ServiceRequests"];
                        "text/xml": string;
                    };
                };
                /** @description The request is not valid: each error names a field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
                /** @description No such resource, service_code, service_request_id or format */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * GeoReport v2 POST service request: posts an order in the community that holds the location
         * @description Form-encoded, as GeoReport v2 clients send it. api_key must be a community staff, street officer or admin key; the request becomes an open, published order (source online) in the community of that key whose polygon, or else centre and radius, holds lat/long, or whose name (or a grid name) address_string contains. Idempotency-Key is honoured like on /v1. Answers 200 with the new service_request_id.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Ignored: this endpoint serves one jurisdiction */
                    jurisdiction_id?: string;
                };
                header?: {
                    /** @description Scoped to the api_key and to this POST (.json and .xml alike). A retry with the same key and form returns the first answer and posts nothing; the same key with another form, or a retry while the first request is still running, is 400. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description Response format: xml (the GeoReport default) or json */
                    format: "json" | "xml";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/x-www-form-urlencoded": {
                        /** @description A community staff (or officer, admin) API key; required */
                        api_key?: string;
                        jurisdiction_id?: string;
                        /** @description A service_code from GET services */
                        service_code: string;
                        /** @description WGS84 latitude; with long, or send address_string */
                        lat?: string;
                        /** @description WGS84 longitude */
                        long?: string;
                        /** @description Address; without lat/long it must name a community or grid of the key */
                        address_string?: string;
                        address_id?: string;
                        /** Format: email */
                        email?: string;
                        device_id?: string;
                        account_id?: string;
                        first_name?: string;
                        last_name?: string;
                        phone?: string;
                        /** @description Free text, at most 4,000 characters */
                        description?: string;
                        /** Format: uri */
                        media_url?: string;
                        /**
                         * @description routine (default), urgent or emergency
                         * @enum {string}
                         */
                        "attribute[priority]"?: "routine" | "urgent" | "emergency";
                        /** @description Volunteers needed, 1 (default) to 500 */
                        "attribute[headcount]"?: string;
                        /**
                         * Format: date-time
                         * @description When the work may start; with window_end
                         */
                        "attribute[window_start]"?: string;
                        /**
                         * Format: date-time
                         * @description When the work must be done
                         */
                        "attribute[window_end]"?: string;
                    };
                };
            };
            responses: {
                /** @description <service_requests><request><service_request_id/><service_notice/>… */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311CreatedRequests"];
                        "text/xml": string;
                    };
                };
                /** @description The request is not valid: each error names a field. Also an Idempotency-Key sent before with another form, or sent again while its first request is still running: GeoReport v2 answers every client error with 400 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
                /** @description api_key is missing, unknown, revoked, expired or may not post */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
                /** @description No such resource, service_code, service_request_id or format */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/requests/{service_request_id}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GeoReport v2 service request: one published order */
        get: {
            parameters: {
                query?: {
                    /** @description Ignored: this endpoint serves one jurisdiction */
                    jurisdiction_id?: string;
                };
                header?: never;
                path: {
                    service_request_id: string;
                    /** @description Response format: xml (the GeoReport default) or json */
                    format: "json" | "xml";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description <service_requests><request>… */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311ServiceRequests"];
                        "text/xml": string;
                    };
                };
                /** @description The request is not valid: each error names a field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
                /** @description No such resource, service_code, service_request_id or format */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/servicerequestupdates.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * FixMyStreet's service request updates, from the orders' audit trail, oldest first
         * @description Public, no api_key. update_id is the audit event id; status is open or closed after the update. Poll with start_date set to the last updated_datetime seen; at most 1,000 updates from a window of at most 90 days.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Ignored: this endpoint serves one jurisdiction */
                    jurisdiction_id?: string;
                    /** @description W3C date-time with a time zone, e.g. 2025-05-24T00:00:00Z */
                    start_date?: string;
                    /** @description W3C date-time with a time zone, e.g. 2025-05-24T00:00:00Z */
                    end_date?: string;
                };
                header?: never;
                path: {
                    /** @description Response format: xml (the GeoReport default) or json */
                    format: "json" | "xml";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description <service_request_updates><request_update>… */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311RequestUpdates"];
                        "text/xml": string;
                    };
                };
                /** @description The request is not valid: each error names a field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
                /** @description No such resource, service_code, service_request_id or format */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": string;
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the keys you manage (never their secrets) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Opaque: the nextCursor of the page before (base64url of its last id) */
                    cursor?: string;
                    role?: "admin" | "street_officer" | "community_staff" | "unit_admin" | "member" | "ops";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ApiKey"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Issue a key with a role and scope; the plaintext is in this response only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Who or what holds the key */
                        name: string;
                        /** @enum {string} */
                        role: "admin" | "street_officer" | "community_staff" | "unit_admin" | "member" | "ops";
                        /**
                         * @description At most one of regionId, unitId, memberId, as the role needs
                         * @default {}
                         */
                        scope?: {
                            /** Format: uuid */
                            regionId?: string;
                            /** Format: uuid */
                            unitId?: string;
                            /** Format: uuid */
                            memberId?: string;
                        };
                        /**
                         * Format: date-time
                         * @description The key stops working at this time
                         */
                        expiresAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiKeyWithSecret"];
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A referenced object does not exist or does not fit */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a key: it stops working at once */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiKey"];
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace a key: a new key with the same role and scope; the old one works for the grace period */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description How long the old key keeps working (ISO 8601 duration, e.g. PT4H or P2D)
                         * @default PT24H
                         * @example P2D
                         */
                        gracePeriod?: string;
                        /**
                         * Format: date-time
                         * @description Expiry of the new key; by default the old key's own expiry, if it had one
                         */
                        expiresAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiKeyWithSecret"];
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the regions in scope, optionally under one parent or at one level */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Opaque: the nextCursor of the page before (base64url of its last id) */
                    cursor?: string;
                    parentId?: string;
                    level?: "district" | "street" | "community" | "grid";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Region"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a region under a parent exactly one level above (a district has none) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to your API key and to this method and path, path parameters included. A retry with the same key and body returns the first response (Idempotent-Replayed: true) and changes nothing; the same key with another body is 422 idempotency_key_reused; a retry while the first request is still running is 409 idempotency_in_progress. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        level: "district" | "street" | "community" | "grid";
                        /**
                         * Format: uuid
                         * @description Required except for a district; exactly one level above
                         */
                        parentId?: string;
                        code?: string;
                        centerLat?: number;
                        centerLng?: number;
                        radiusM?: number;
                        /** @description Outline as [[lng, lat], ...] (GeoJSON order); used to place Open311 reports */
                        polygon?: [
                            number,
                            number
                        ][];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Region"];
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state; or idempotency_in_progress: the first request with this Idempotency-Key is still running; retry later */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A referenced object does not exist or does not fit; or idempotency_key_reused: this Idempotency-Key was sent to this method and path before with another body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a region */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Region"];
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a region or change its centre, radius or outline */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        code?: string | null;
                        centerLat?: number | null;
                        centerLng?: number | null;
                        radiusM?: number | null;
                        polygon?: [
                            number,
                            number
                        ][] | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Region"];
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the units in scope */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Opaque: the nextCursor of the page before (base64url of its last id) */
                    cursor?: string;
                    /** @description Only units located in this region */
                    regionId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Unit"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a co-building unit located in a region */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to your API key and to this method and path, path parameters included. A retry with the same key and body returns the first response (Idempotent-Replayed: true) and changes nothing; the same key with another body is 422 idempotency_key_reused; a retry while the first request is still running is 409 idempotency_in_progress. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        kind: "agency" | "state_enterprise" | "private_enterprise" | "school" | "hospital" | "social_organisation" | "other";
                        /** @description The party organisation of the unit */
                        partyOrganisation?: string;
                        /**
                         * Format: uuid
                         * @description Where the unit sits (usually a district or street)
                         */
                        regionId: string;
                        /** @default 0 */
                        expectedMembers?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Unit"];
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state; or idempotency_in_progress: the first request with this Idempotency-Key is still running; retry later */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A referenced object does not exist or does not fit; or idempotency_key_reused: this Idempotency-Key was sent to this method and path before with another body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a unit */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Unit"];
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a unit (a unit admin may not move it to another region) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        kind?: "agency" | "state_enterprise" | "private_enterprise" | "school" | "hospital" | "social_organisation" | "other";
                        partyOrganisation?: string | null;
                        /** Format: uuid */
                        regionId?: string;
                        expectedMembers?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Unit"];
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/units/{id}/pairings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the unit's pairings */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Opaque: the nextCursor of the page before (base64url of its last id) */
                    cursor?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Pairing"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Pair the unit with a community for a period (co-building agreement) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to your API key and to this method and path, path parameters included. A retry with the same key and body returns the first response (Idempotent-Replayed: true) and changes nothing; the same key with another body is 422 idempotency_key_reused; a retry while the first request is still running is 409 idempotency_in_progress. */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        communityId: string;
                        /** Format: date */
                        validFrom: string;
                        /**
                         * Format: date
                         * @description Last day of the agreement; open-ended when absent
                         */
                        validTo?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Pairing"];
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state; or idempotency_in_progress: the first request with this Idempotency-Key is still running; retry later */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A referenced object does not exist or does not fit; or idempotency_key_reused: this Idempotency-Key was sent to this method and path before with another body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the members in scope (names and phones masked) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Opaque: the nextCursor of the page before (base64url of its last id) */
                    cursor?: string;
                    communityId?: string;
                    unitId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Member"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Register a member, reported in to a community of your scope */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to your API key and to this method and path, path parameters included. A retry with the same key and body returns the first response (Idempotent-Replayed: true) and changes nothing; the same key with another body is 422 idempotency_key_reused; a retry while the first request is still running is 409 idempotency_in_progress. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        phone: string;
                        /**
                         * Format: uuid
                         * @description Absent for residents volunteering on their own; a unit admin defaults to its unit
                         */
                        unitId?: string;
                        /** @default true */
                        isPartyMember?: boolean;
                        skills?: ("medical" | "legal" | "teaching" | "elderly_care" | "counselling" | "driving" | "repair" | "it" | "cooking" | "cleaning" | "translation" | "other")[];
                        /**
                         * Format: uuid
                         * @description The community reported in to (报到); community staff default to theirs
                         */
                        communityId?: string;
                        /**
                         * Format: uuid
                         * @description A grid inside communityId
                         */
                        gridId?: string;
                        homeLat?: number;
                        homeLng?: number;
                        /** @default 3 */
                        maxActiveClaims?: number;
                        /** @default true */
                        available?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberDetail"];
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state; or idempotency_in_progress: the first request with this Idempotency-Key is still running; retry later */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A referenced object does not exist or does not fit; or idempotency_key_reused: this Idempotency-Key was sent to this method and path before with another body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a member with its report-in history (full name and phone for staff above it and the member) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberDetail"];
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a member (use report-in to move it to another community) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        phone?: string;
                        unitId?: string | null;
                        isPartyMember?: boolean;
                        skills?: ("medical" | "legal" | "teaching" | "elderly_care" | "counselling" | "driving" | "repair" | "it" | "cooking" | "cleaning" | "translation" | "other")[];
                        /** @description A grid of the current community; move communities with report-in */
                        gridId?: string | null;
                        homeLat?: number | null;
                        homeLng?: number | null;
                        maxActiveClaims?: number;
                        available?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberDetail"];
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A referenced object does not exist or does not fit */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/members/{id}/report-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report the member in to another community (报到), keeping the history */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        communityId: string;
                        /**
                         * Format: uuid
                         * @description A grid inside the new community; otherwise the grid is cleared
                         */
                        gridId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberDetail"];
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A referenced object does not exist or does not fit */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/members/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything held about a member, as JSON (admin, staff above its community, the member itself)
         * @description Profile with full values, report-in history, claims with their orders, offers with score parts, ledger entries and balance, the API keys scoped to the member (never their hashes) and its audit chain. The export itself is audited (member.exported).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberExport"];
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/members/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase a member's personal data (admin, staff and officers above its community)
         * @description Name and phone are replaced by a pseudonym, the home location and grid cleared, the member set inactive and unavailable, its API keys revoked, and stored Idempotency-Key answers rewritten. Claims, ledger entries and the audit chain stay valid. Refused with 409 open_claims_remain while the member holds waitlisted, held or checked-in claims, and 409 already_erased the second time.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why the member is erased (e.g. the request number); kept in the audit trail, so no personal data */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberErasure"];
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the categories (any key) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Opaque: the nextCursor of the page before (base64url of its last code) */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Category"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a category with its default SLA (admin); its SLA policies per priority are created too */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to your API key and to this method and path, path parameters included. A retry with the same key and body returns the first response (Idempotent-Replayed: true) and changes nothing; the same key with another body is 422 idempotency_key_reused; a retry while the first request is still running is 409 idempotency_in_progress. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        nameZh: string;
                        /** @default  */
                        description?: string;
                        /** @default community */
                        group?: string;
                        /** @default [] */
                        keywords?: string[];
                        /**
                         * @description How long a routine order may wait to be claimed (ISO 8601 duration, e.g. PT4H or P2D)
                         * @example P2D
                         */
                        defaultClaimWithin: string;
                        /**
                         * @description How long routine work may take once published (ISO 8601 duration, e.g. PT4H or P2D)
                         * @example P2D
                         */
                        defaultCompleteWithin: string;
                        /** @default 1 */
                        pointsMultiplier?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Category"];
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state; or idempotency_in_progress: the first request with this Idempotency-Key is still running; retry later */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A referenced object does not exist or does not fit; or idempotency_key_reused: this Idempotency-Key was sent to this method and path before with another body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List orders in scope (beneficiaries masked) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Opaque: the nextCursor of the page before (base64url of its last id) */
                    cursor?: string;
                    status?: "draft" | "open" | "filled" | "in_progress" | "completed" | "verified" | "cancelled" | "expired";
                    communityId?: string;
                    categoryCode?: string;
                    priority?: "routine" | "urgent" | "emergency";
                    createdFrom?: string;
                    createdTo?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                communityId: string;
                                gridId: string | null;
                                categoryCode: string;
                                title: string;
                                description: string;
                                /** @enum {string} */
                                priority: "routine" | "urgent" | "emergency";
                                headcount: number;
                                requiredSkills: string[];
                                location: {
                                    lat: number;
                                    lng: number;
                                    address: string | null;
                                } | null;
                                window: {
                                    startsAt: string;
                                    endsAt: string;
                                } | null;
                                beneficiary: {
                                    name: string | null;
                                    phone: string | null;
                                } | null;
                                /** @enum {string} */
                                source: "walk_in" | "home_visit" | "hotline" | "grid_patrol" | "wish_wall" | "online";
                                /** @enum {string} */
                                dispatchMode: "open" | "targeted" | "auto";
                                targetUnitIds: string[];
                                /** @enum {string} */
                                status: "draft" | "open" | "filled" | "in_progress" | "completed" | "verified" | "cancelled" | "expired";
                                version: number;
                                slots: {
                                    total: number;
                                    held: number;
                                };
                                sla: {
                                    claimBy: string | null;
                                    completeBy: string | null;
                                };
                                escalationLevel: number;
                                rating: number | null;
                                feedback: string | null;
                                cancelReason: string | null;
                                createdAt: string;
                                updatedAt: string;
                                publishedAt: string | null;
                                firstClaimedAt: string | null;
                                completedAt: string | null;
                                verifiedAt: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Post an order for a resident (created open unless publish is false)
         * @description Idempotency-Key makes a retried POST return the first response and create nothing.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to your API key and to this method and path, path parameters included. A retry with the same key and body returns the first response (Idempotent-Replayed: true) and changes nothing; the same key with another body is 422 idempotency_key_reused; a retry while the first request is still running is 409 idempotency_in_progress. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        communityId: string;
                        /** Format: uuid */
                        gridId?: string;
                        categoryCode: string;
                        title: string;
                        description: string;
                        /** @enum {string} */
                        priority: "routine" | "urgent" | "emergency";
                        headcount: number;
                        /** @default [] */
                        requiredSkills?: string[];
                        location?: {
                            lat: number;
                            lng: number;
                            address?: string;
                        };
                        window?: {
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                        };
                        beneficiary?: {
                            name: string;
                            phone: string;
                        };
                        /** @enum {string} */
                        source: "walk_in" | "home_visit" | "hotline" | "grid_patrol" | "wish_wall" | "online";
                        /** @enum {string} */
                        dispatchMode: "open" | "targeted" | "auto";
                        /** @default [] */
                        targetUnitIds?: string[];
                        /** @default true */
                        publish?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            communityId: string;
                            gridId: string | null;
                            categoryCode: string;
                            title: string;
                            description: string;
                            /** @enum {string} */
                            priority: "routine" | "urgent" | "emergency";
                            headcount: number;
                            requiredSkills: string[];
                            location: {
                                lat: number;
                                lng: number;
                                address: string | null;
                            } | null;
                            window: {
                                startsAt: string;
                                endsAt: string;
                            } | null;
                            beneficiary: {
                                name: string | null;
                                phone: string | null;
                            } | null;
                            /** @enum {string} */
                            source: "walk_in" | "home_visit" | "hotline" | "grid_patrol" | "wish_wall" | "online";
                            /** @enum {string} */
                            dispatchMode: "open" | "targeted" | "auto";
                            targetUnitIds: string[];
                            /** @enum {string} */
                            status: "draft" | "open" | "filled" | "in_progress" | "completed" | "verified" | "cancelled" | "expired";
                            version: number;
                            slots: {
                                total: number;
                                held: number;
                            };
                            sla: {
                                claimBy: string | null;
                                completeBy: string | null;
                            };
                            escalationLevel: number;
                            rating: number | null;
                            feedback: string | null;
                            cancelReason: string | null;
                            createdAt: string;
                            updatedAt: string;
                            publishedAt: string | null;
                            firstClaimedAt: string | null;
                            completedAt: string | null;
                            verifiedAt: string | null;
                            possibleDuplicates: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** @enum {string} */
                                status: "draft" | "open" | "filled" | "in_progress" | "completed" | "verified" | "cancelled" | "expired";
                                distanceM: number | null;
                            }[];
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state; or idempotency_in_progress: the first request with this Idempotency-Key is still running; retry later */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A referenced object does not exist or does not fit; or idempotency_key_reused: this Idempotency-Key was sent to this method and path before with another body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an order with its deadlines, breaches and escalation level */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            communityId: string;
                            gridId: string | null;
                            categoryCode: string;
                            title: string;
                            description: string;
                            /** @enum {string} */
                            priority: "routine" | "urgent" | "emergency";
                            headcount: number;
                            requiredSkills: string[];
                            location: {
                                lat: number;
                                lng: number;
                                address: string | null;
                            } | null;
                            window: {
                                startsAt: string;
                                endsAt: string;
                            } | null;
                            beneficiary: {
                                name: string | null;
                                phone: string | null;
                            } | null;
                            /** @enum {string} */
                            source: "walk_in" | "home_visit" | "hotline" | "grid_patrol" | "wish_wall" | "online";
                            /** @enum {string} */
                            dispatchMode: "open" | "targeted" | "auto";
                            targetUnitIds: string[];
                            /** @enum {string} */
                            status: "draft" | "open" | "filled" | "in_progress" | "completed" | "verified" | "cancelled" | "expired";
                            version: number;
                            slots: {
                                total: number;
                                held: number;
                            };
                            sla: {
                                claimBy: string | null;
                                completeBy: string | null;
                            };
                            escalationLevel: number;
                            rating: number | null;
                            feedback: string | null;
                            cancelReason: string | null;
                            createdAt: string;
                            updatedAt: string;
                            publishedAt: string | null;
                            firstClaimedAt: string | null;
                            completedAt: string | null;
                            verifiedAt: string | null;
                            breaches: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "claim" | "complete" | "response";
                                deadline: string;
                                detectedAt: string;
                                lateMs: number;
                                levelAfter: number;
                            }[];
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a draft or open order (If-Match with its ETag is required) */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        gridId?: string | null;
                        title?: string;
                        description?: string;
                        /** @enum {string} */
                        priority?: "routine" | "urgent" | "emergency";
                        headcount?: number;
                        requiredSkills?: string[];
                        location?: {
                            lat: number;
                            lng: number;
                            address?: string;
                        } | null;
                        window?: {
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                        } | null;
                        beneficiary?: {
                            name: string;
                            phone: string;
                        } | null;
                        /** @enum {string} */
                        dispatchMode?: "open" | "targeted" | "auto";
                        targetUnitIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            communityId: string;
                            gridId: string | null;
                            categoryCode: string;
                            title: string;
                            description: string;
                            /** @enum {string} */
                            priority: "routine" | "urgent" | "emergency";
                            headcount: number;
                            requiredSkills: string[];
                            location: {
                                lat: number;
                                lng: number;
                                address: string | null;
                            } | null;
                            window: {
                                startsAt: string;
                                endsAt: string;
                            } | null;
                            beneficiary: {
                                name: string | null;
                                phone: string | null;
                            } | null;
                            /** @enum {string} */
                            source: "walk_in" | "home_visit" | "hotline" | "grid_patrol" | "wish_wall" | "online";
                            /** @enum {string} */
                            dispatchMode: "open" | "targeted" | "auto";
                            targetUnitIds: string[];
                            /** @enum {string} */
                            status: "draft" | "open" | "filled" | "in_progress" | "completed" | "verified" | "cancelled" | "expired";
                            version: number;
                            slots: {
                                total: number;
                                held: number;
                            };
                            sla: {
                                claimBy: string | null;
                                completeBy: string | null;
                            };
                            escalationLevel: number;
                            rating: number | null;
                            feedback: string | null;
                            cancelReason: string | null;
                            createdAt: string;
                            updatedAt: string;
                            publishedAt: string | null;
                            firstClaimedAt: string | null;
                            completedAt: string | null;
                            verifiedAt: string | null;
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match names a version that is no longer current */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A referenced object does not exist or does not fit */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match is required */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/orders/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a draft: deadlines are fixed and dispatch starts */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            communityId: string;
                            gridId: string | null;
                            categoryCode: string;
                            title: string;
                            description: string;
                            /** @enum {string} */
                            priority: "routine" | "urgent" | "emergency";
                            headcount: number;
                            requiredSkills: string[];
                            location: {
                                lat: number;
                                lng: number;
                                address: string | null;
                            } | null;
                            window: {
                                startsAt: string;
                                endsAt: string;
                            } | null;
                            beneficiary: {
                                name: string | null;
                                phone: string | null;
                            } | null;
                            /** @enum {string} */
                            source: "walk_in" | "home_visit" | "hotline" | "grid_patrol" | "wish_wall" | "online";
                            /** @enum {string} */
                            dispatchMode: "open" | "targeted" | "auto";
                            targetUnitIds: string[];
                            /** @enum {string} */
                            status: "draft" | "open" | "filled" | "in_progress" | "completed" | "verified" | "cancelled" | "expired";
                            version: number;
                            slots: {
                                total: number;
                                held: number;
                            };
                            sla: {
                                claimBy: string | null;
                                completeBy: string | null;
                            };
                            escalationLevel: number;
                            rating: number | null;
                            feedback: string | null;
                            cancelReason: string | null;
                            createdAt: string;
                            updatedAt: string;
                            publishedAt: string | null;
                            firstClaimedAt: string | null;
                            completedAt: string | null;
                            verifiedAt: string | null;
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a draft, open or filled order */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            communityId: string;
                            gridId: string | null;
                            categoryCode: string;
                            title: string;
                            description: string;
                            /** @enum {string} */
                            priority: "routine" | "urgent" | "emergency";
                            headcount: number;
                            requiredSkills: string[];
                            location: {
                                lat: number;
                                lng: number;
                                address: string | null;
                            } | null;
                            window: {
                                startsAt: string;
                                endsAt: string;
                            } | null;
                            beneficiary: {
                                name: string | null;
                                phone: string | null;
                            } | null;
                            /** @enum {string} */
                            source: "walk_in" | "home_visit" | "hotline" | "grid_patrol" | "wish_wall" | "online";
                            /** @enum {string} */
                            dispatchMode: "open" | "targeted" | "auto";
                            targetUnitIds: string[];
                            /** @enum {string} */
                            status: "draft" | "open" | "filled" | "in_progress" | "completed" | "verified" | "cancelled" | "expired";
                            version: number;
                            slots: {
                                total: number;
                                held: number;
                            };
                            sla: {
                                claimBy: string | null;
                                completeBy: string | null;
                            };
                            escalationLevel: number;
                            rating: number | null;
                            feedback: string | null;
                            cancelReason: string | null;
                            createdAt: string;
                            updatedAt: string;
                            publishedAt: string | null;
                            firstClaimedAt: string | null;
                            completedAt: string | null;
                            verifiedAt: string | null;
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify completed work with the resident's rating; credits hours and points, or reopens when not resolved */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rating: number;
                        feedback?: string;
                        /** @default true */
                        resolved?: boolean;
                        approvedHours?: number | {
                            [key: string]: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            order: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                communityId: string;
                                gridId: string | null;
                                categoryCode: string;
                                title: string;
                                description: string;
                                /** @enum {string} */
                                priority: "routine" | "urgent" | "emergency";
                                headcount: number;
                                requiredSkills: string[];
                                location: {
                                    lat: number;
                                    lng: number;
                                    address: string | null;
                                } | null;
                                window: {
                                    startsAt: string;
                                    endsAt: string;
                                } | null;
                                beneficiary: {
                                    name: string | null;
                                    phone: string | null;
                                } | null;
                                /** @enum {string} */
                                source: "walk_in" | "home_visit" | "hotline" | "grid_patrol" | "wish_wall" | "online";
                                /** @enum {string} */
                                dispatchMode: "open" | "targeted" | "auto";
                                targetUnitIds: string[];
                                /** @enum {string} */
                                status: "draft" | "open" | "filled" | "in_progress" | "completed" | "verified" | "cancelled" | "expired";
                                version: number;
                                slots: {
                                    total: number;
                                    held: number;
                                };
                                sla: {
                                    claimBy: string | null;
                                    completeBy: string | null;
                                };
                                escalationLevel: number;
                                rating: number | null;
                                feedback: string | null;
                                cancelReason: string | null;
                                createdAt: string;
                                updatedAt: string;
                                publishedAt: string | null;
                                firstClaimedAt: string | null;
                                completedAt: string | null;
                                verifiedAt: string | null;
                            };
                            credits: {
                                /** Format: uuid */
                                claimId: string;
                                /** Format: uuid */
                                memberId: string;
                                hours: number;
                                points: number;
                            }[];
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A referenced object does not exist or does not fit */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The order's audit events, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                seq: number;
                                action: string;
                                actorType: string;
                                actorId: string | null;
                                requestId: string | null;
                                before: unknown;
                                after: unknown;
                                at: string;
                                hash: string;
                            }[];
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The order's claims, in the order they were made */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                orderId: string;
                                /** Format: uuid */
                                memberId: string;
                                unitId: string | null;
                                offerId: string | null;
                                /** @enum {string} */
                                status: "waitlisted" | "held" | "checked_in" | "completed" | "withdrawn" | "no_show" | "released" | "cancelled";
                                hoursReported: number | null;
                                approvedHours: number | null;
                                note: string | null;
                                createdAt: string;
                                checkedInAt: string | null;
                                completedAt: string | null;
                                endedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Claim a slot for a member (a member key for itself, a unit admin for its members); waitlist: true joins the waitlist of a full order */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to your API key and to this method and path, path parameters included. A retry with the same key and body returns the first response (Idempotent-Replayed: true) and changes nothing; the same key with another body is 422 idempotency_key_reused; a retry while the first request is still running is 409 idempotency_in_progress. */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        memberId: string;
                        /** @default false */
                        waitlist?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            orderId: string;
                            /** Format: uuid */
                            memberId: string;
                            unitId: string | null;
                            offerId: string | null;
                            /** @enum {string} */
                            status: "waitlisted" | "held" | "checked_in" | "completed" | "withdrawn" | "no_show" | "released" | "cancelled";
                            hoursReported: number | null;
                            approvedHours: number | null;
                            note: string | null;
                            createdAt: string;
                            checkedInAt: string | null;
                            completedAt: string | null;
                            endedAt: string | null;
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state; or idempotency_in_progress: the first request with this Idempotency-Key is still running; retry later */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A referenced object does not exist or does not fit; or idempotency_key_reused: this Idempotency-Key was sent to this method and path before with another body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/claims/{claimId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw a claim before check-in; the slot reopens and the waitlist moves up */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    claimId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            orderId: string;
                            /** Format: uuid */
                            memberId: string;
                            unitId: string | null;
                            offerId: string | null;
                            /** @enum {string} */
                            status: "waitlisted" | "held" | "checked_in" | "completed" | "withdrawn" | "no_show" | "released" | "cancelled";
                            hoursReported: number | null;
                            approvedHours: number | null;
                            note: string | null;
                            createdAt: string;
                            checkedInAt: string | null;
                            completedAt: string | null;
                            endedAt: string | null;
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/claims/{claimId}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check in at the place and time of the work (refused too far away or outside the window) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    claimId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lat?: number;
                        lng?: number;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            orderId: string;
                            /** Format: uuid */
                            memberId: string;
                            unitId: string | null;
                            offerId: string | null;
                            /** @enum {string} */
                            status: "waitlisted" | "held" | "checked_in" | "completed" | "withdrawn" | "no_show" | "released" | "cancelled";
                            hoursReported: number | null;
                            approvedHours: number | null;
                            note: string | null;
                            createdAt: string;
                            checkedInAt: string | null;
                            completedAt: string | null;
                            endedAt: string | null;
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/claims/{claimId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report the work done with the hours spent */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    claimId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        hours: number;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            orderId: string;
                            /** Format: uuid */
                            memberId: string;
                            unitId: string | null;
                            offerId: string | null;
                            /** @enum {string} */
                            status: "waitlisted" | "held" | "checked_in" | "completed" | "withdrawn" | "no_show" | "released" | "cancelled";
                            hoursReported: number | null;
                            approvedHours: number | null;
                            note: string | null;
                            createdAt: string;
                            checkedInAt: string | null;
                            completedAt: string | null;
                            endedAt: string | null;
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Signed checkpoints, newest first: keep a copy outside the database */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Opaque: the nextCursor of the page before (base64url of its last id) */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                createdAt: string;
                                lastEventId: number;
                                chainCount: number;
                                headsDigest: string;
                                signature: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Sign a checkpoint of the heads of every audit chain now (also taken every hour by the workers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            createdAt: string;
                            lastEventId: number;
                            chainCount: number;
                            headsDigest: string;
                            signature: string;
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/checkpoints/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute the chain heads a checkpoint covered; a rewritten chain no longer matches */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            ok: boolean;
                            signatureValid: boolean;
                            headsMatch: boolean;
                            chainCount: number;
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute one entity's audit chain (entityId) or every chain, and report where a chain breaks */
        get: {
            parameters: {
                query?: {
                    entityId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                            chains: number;
                            events: number;
                            broken: {
                                /** Format: uuid */
                                entityId: string;
                                brokenAtSeq: number;
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Offers in scope: a member's own, a unit admin's members', staff's region; filter by status, order or member */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Opaque: the nextCursor of the page before (base64url of its last id) */
                    cursor?: string;
                    status?: "pending" | "accepted" | "declined" | "expired" | "withdrawn";
                    orderId?: string;
                    memberId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Offer"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/offers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an offer with the score parts that ranked it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Offer"];
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/offers/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an offer: a claim through the claim path, with the same 409s (order_full, already_claimed, member_at_capacity, ...)
         * @description Only the member or the admin of its unit. An offer that is no longer pending, or has expired, is 409 offer_not_pending.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to your API key and to this method and path, path parameters included. A retry with the same key and body returns the first response (Idempotent-Replayed: true) and changes nothing; the same key with another body is 422 idempotency_key_reused; a retry while the first request is still running is 409 idempotency_in_progress. */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            orderId: string;
                            /** Format: uuid */
                            memberId: string;
                            unitId: string | null;
                            offerId: string | null;
                            /** @enum {string} */
                            status: "waitlisted" | "held" | "checked_in" | "completed" | "withdrawn" | "no_show" | "released" | "cancelled";
                            hoursReported: number | null;
                            approvedHours: number | null;
                            note: string | null;
                            createdAt: string;
                            checkedInAt: string | null;
                            completedAt: string | null;
                            endedAt: string | null;
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state; or idempotency_in_progress: the first request with this Idempotency-Key is still running; retry later */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A referenced object does not exist or does not fit; or idempotency_key_reused: this Idempotency-Key was sent to this method and path before with another body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/offers/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline an offer (optionally saying why); the next wave goes out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Offer"];
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every offer made for an order, by wave and rank, with score parts (staff managing the order) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Offer"][];
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Endpoints in the scope of the key */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Opaque: the nextCursor of the page before (base64url of its last id) */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["WebhookEndpoint"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Subscribe a URL to events; the signing secret is in this response only */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to your API key and to this method and path, path parameters included. A retry with the same key and body returns the first response (Idempotent-Replayed: true) and changes nothing; the same key with another body is 422 idempotency_key_reused; a retry while the first request is still running is 409 idempotency_in_progress. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uri
                         * @description Where deliveries are POSTed. Hosts on loopback, private, link-local, CGNAT, multicast or reserved addresses are refused.
                         */
                        url: string;
                        /** @description Event types to receive, or ['*'] for every type */
                        events: ("order.published" | "order.updated" | "order.cancelled" | "order.filled" | "order.reopened" | "order.completed" | "order.verified" | "order.expired" | "order.escalated" | "order.sla_breached" | "offer.created" | "offer.accepted" | "offer.declined" | "offer.expired" | "offer.withdrawn" | "claim.created" | "claim.withdrawn" | "claim.checked_in" | "claim.completed" | "claim.no_show" | "escalation.responded" | "escalation.breached" | "ledger.credited" | "ledger.adjusted" | "redemption.created" | "*")[];
                        /** @description Which events reach the endpoint: those in a region subtree, or those addressed to a unit. Defaults to the region or unit of the calling key; only admins create endpoints without a scope. */
                        scope?: {
                            /** Format: uuid */
                            regionId?: string;
                            /** Format: uuid */
                            unitId?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookEndpointCreated"];
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state; or idempotency_in_progress: the first request with this Idempotency-Key is still running; retry later */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description webhook_url_refused: the host is, or resolves to, a loopback, private or reserved address; or idempotency_key_reused: this Idempotency-Key was sent to this method and path before with another body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One endpoint, without its secret */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookEndpoint"];
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an endpoint; nothing more is delivered to it */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Re-enable (or pause) an endpoint */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description true re-enables a disabled endpoint (and forgets its failing streak); false pauses it */
                        enabled: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookEndpoint"];
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delivery log of an endpoint: status, attempts, last response code, error and latency */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Opaque: the nextCursor of the page before (base64url of its last id) */
                    cursor?: string;
                    status?: "pending" | "succeeded" | "failed" | "dead";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["WebhookDelivery"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Redeliver a dead or delivered message (same webhook-id, fresh attempts) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookDelivery"];
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The events of your scope, oldest first: the feed webhooks are made from, to page through and poll
         * @description The domain events the key’s webhooks would carry for its scope (a member: the offers made to it; a unit admin: what is addressed to its unit; staff and officers: their region’s subtree; admins and unscoped ops: all), with the same payloads, in a fixed order. Resume exactly where you stopped with `after` = the last event’s `cursor` or a page’s `endCursor`; no event is skipped or repeated, however transactions commit. Events are kept EVENTS_RETENTION_DAYS (30) days: a cursor past that is 410 `cursor_expired`.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The same events live, as Server-Sent Events, resumable with Last-Event-ID
         * @description Opens a `text/event-stream` of the events of the key’s scope (optionally only some `types`, or one `orderId`) as they are committed. Each message’s `id` is the event’s feed cursor: reconnect with `Last-Event-ID` (EventSource does it by itself) to resume just after it, on any API process, with nothing lost or repeated. Without a cursor the stream starts now. A key may hold STREAM_MAX_PER_KEY (5) streams at once (429 `too_many_streams`). A browser, whose EventSource cannot send Authorization, passes `access_token` from POST /v1/events/stream-tokens instead.
         */
        get: operations["streamEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/stream-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A short-lived token that opens your event stream from a browser
         * @description EventSource cannot send an Authorization header. Your backend, which holds the API key, asks for a token and hands it to the browser, which opens `GET /v1/events/stream?access_token=<token>`. The token opens (and re-opens) streams of the same key for STREAM_TOKEN_TTL_S (300) seconds and does nothing else; revoking the key ends it. An open stream is not cut when the token expires.
         */
        post: operations["createStreamToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sla-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the SLA policies per category × priority (staff and officers) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Opaque: the nextCursor of the page before (base64url of its last category code and priority) */
                    cursor?: string;
                    categoryCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SlaPolicy"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sla-policies/{categoryCode}/{priority}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the SLA policy of a category × priority (admin); published orders keep their deadlines */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    categoryCode: string;
                    priority: "routine" | "urgent" | "emergency";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description How long after publishing (or after an escalation) an order may wait to be fully claimed (ISO 8601 duration: PT5S, PT2H, P1D)
                         * @example PT2H
                         */
                        claimWithin: string;
                        /**
                         * @description How long after publishing the work must be completed (ISO 8601 duration: PT5S, PT2H, P1D)
                         * @example PT2H
                         */
                        completeWithin: string;
                        /**
                         * @description How long the officers of an escalation level have to respond (ISO 8601 duration: PT5S, PT2H, P1D)
                         * @example PT2H
                         */
                        responseWithin: string;
                        /** @description Top of the automatic ladder: 0 community only, 1 street, 2 district */
                        maxLevel: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SlaPolicy"];
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sla/breaches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List SLA breaches in scope, oldest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Opaque: the nextCursor of the page before (base64url of its last id) */
                    cursor?: string;
                    regionId?: string;
                    /** @description Only the breaches of this order */
                    orderId?: string;
                    kind?: "claim" | "complete" | "response";
                    /** @description Escalation level of the order after the breach */
                    level?: number;
                    /** @description Detected at or after */
                    from?: string;
                    /** @description Detected at or before */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SlaBreach"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend an order's claim-by or complete-by deadline (staff managing the order); audited */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "claim" | "complete";
                        /**
                         * Format: date-time
                         * @description The new deadline: in the future and later than the current one
                         */
                        until: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            communityId: string;
                            gridId: string | null;
                            categoryCode: string;
                            title: string;
                            description: string;
                            /** @enum {string} */
                            priority: "routine" | "urgent" | "emergency";
                            headcount: number;
                            requiredSkills: string[];
                            location: {
                                lat: number;
                                lng: number;
                                address: string | null;
                            } | null;
                            window: {
                                startsAt: string;
                                endsAt: string;
                            } | null;
                            beneficiary: {
                                name: string | null;
                                phone: string | null;
                            } | null;
                            /** @enum {string} */
                            source: "walk_in" | "home_visit" | "hotline" | "grid_patrol" | "wish_wall" | "online";
                            /** @enum {string} */
                            dispatchMode: "open" | "targeted" | "auto";
                            targetUnitIds: string[];
                            /** @enum {string} */
                            status: "draft" | "open" | "filled" | "in_progress" | "completed" | "verified" | "cancelled" | "expired";
                            version: number;
                            slots: {
                                total: number;
                                held: number;
                            };
                            sla: {
                                claimBy: string | null;
                                completeBy: string | null;
                            };
                            escalationLevel: number;
                            rating: number | null;
                            feedback: string | null;
                            cancelReason: string | null;
                            createdAt: string;
                            updatedAt: string;
                            publishedAt: string | null;
                            firstClaimedAt: string | null;
                            completedAt: string | null;
                            verifiedAt: string | null;
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A referenced object does not exist or does not fit */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/whistle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Blow the whistle: escalate the order to the street (1) or district (2) now (staff managing the order)
         * @description Idempotency-Key makes a retried POST return the first response and escalate nothing more.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to your API key and to this method and path, path parameters included. A retry with the same key and body returns the first response (Idempotent-Replayed: true) and changes nothing; the same key with another body is 422 idempotency_key_reused; a retry while the first request is still running is 409 idempotency_in_progress. */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description Defaults to one above the current level */
                        level?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            order: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                communityId: string;
                                gridId: string | null;
                                categoryCode: string;
                                title: string;
                                description: string;
                                /** @enum {string} */
                                priority: "routine" | "urgent" | "emergency";
                                headcount: number;
                                requiredSkills: string[];
                                location: {
                                    lat: number;
                                    lng: number;
                                    address: string | null;
                                } | null;
                                window: {
                                    startsAt: string;
                                    endsAt: string;
                                } | null;
                                beneficiary: {
                                    name: string | null;
                                    phone: string | null;
                                } | null;
                                /** @enum {string} */
                                source: "walk_in" | "home_visit" | "hotline" | "grid_patrol" | "wish_wall" | "online";
                                /** @enum {string} */
                                dispatchMode: "open" | "targeted" | "auto";
                                targetUnitIds: string[];
                                /** @enum {string} */
                                status: "draft" | "open" | "filled" | "in_progress" | "completed" | "verified" | "cancelled" | "expired";
                                version: number;
                                slots: {
                                    total: number;
                                    held: number;
                                };
                                sla: {
                                    claimBy: string | null;
                                    completeBy: string | null;
                                };
                                escalationLevel: number;
                                rating: number | null;
                                feedback: string | null;
                                cancelReason: string | null;
                                createdAt: string;
                                updatedAt: string;
                                publishedAt: string | null;
                                firstClaimedAt: string | null;
                                completedAt: string | null;
                                verifiedAt: string | null;
                            };
                            escalation: components["schemas"]["Escalation"];
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state; or idempotency_in_progress: the first request with this Idempotency-Key is still running; retry later */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A referenced object does not exist or does not fit; or idempotency_key_reused: this Idempotency-Key was sent to this method and path before with another body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Escalations in scope: an officer sees those of their region's levels, staff those of their orders */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Opaque: the nextCursor of the page before (base64url of its last id) */
                    cursor?: string;
                    status?: "open" | "responded" | "breached" | "closed";
                    level?: number;
                    orderId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Escalation"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/escalations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one escalation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Escalation"];
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/escalations/{id}/respond": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Respond to an escalation (报到): a note and units assigned to help (officers of its level) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                        /**
                         * @description Units asked to take part: they may claim the order from now on
                         * @default []
                         */
                        assignUnitIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Escalation"];
                    };
                };
                /** @description The request is not valid: validation_failed lists each bad field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A valid API key is required */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role of this key may not do that */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or outside the scope of this key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A referenced object does not exist or does not fit */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/merchants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Merchants in or above the caller’s region */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Opaque: the nextCursor of the page before (base64url of its last id) */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** Format: uuid */
                                regionId: string;
                                address: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Register a partner merchant (admin, street officer within its subtree)
         * @description Accepts Idempotency-Key.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to your API key and to this method and path, path parameters included. A retry with the same key and body returns the first response (Idempotent-Replayed: true) and changes nothing; the same key with another body is 422 idempotency_key_reused; a retry while the first request is still running is 409 idempotency_in_progress. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** Format: uuid */
                        regionId: string;
                        address?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: uuid */
                            regionId: string;
                            address: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state; or idempotency_in_progress: the first request with this Idempotency-Key is still running; retry later */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A referenced object does not exist or does not fit; or idempotency_key_reused: this Idempotency-Key was sent to this method and path before with another body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/merchants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One merchant */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: uuid */
                            regionId: string;
                            address: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/merchants/{id}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a merchant redeemed, with the total for settlement */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Opaque: the nextCursor of the page before (base64url of its last id) */
                    cursor?: string;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                txnId: string;
                                /** Format: uuid */
                                memberId: string;
                                points: number;
                                note: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            nextCursor: string | null;
                            /** Format: uuid */
                            merchantId: string;
                            from: string | null;
                            to: string | null;
                            /** @description Redemptions in the period */
                            redemptions: number;
                            /** @description Points redeemed in the period: what the merchant settles */
                            totalPoints: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeem points at a partner merchant
         * @description Admins, staff above the member’s community, and the member itself. The balance never goes negative: 409 insufficient_points. Accepts Idempotency-Key.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to your API key and to this method and path, path parameters included. A retry with the same key and body returns the first response (Idempotent-Replayed: true) and changes nothing; the same key with another body is 422 idempotency_key_reused; a retry while the first request is still running is 409 idempotency_in_progress. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        memberId: string;
                        /** Format: uuid */
                        merchantId: string;
                        points: number;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description The ledger transaction id
                             */
                            id: string;
                            /** Format: uuid */
                            memberId: string;
                            /** Format: uuid */
                            merchantId: string;
                            points: number;
                            note: string | null;
                            /** @description The member's balance after the redemption */
                            balance: number;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state; or idempotency_in_progress: the first request with this Idempotency-Key is still running; retry later */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A referenced object does not exist or does not fit; or idempotency_key_reused: this Idempotency-Key was sent to this method and path before with another body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct a member's points or hours (admin)
         * @description A new pair of entries against the member’s community account; past entries are never edited. Accepts Idempotency-Key.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to your API key and to this method and path, path parameters included. A retry with the same key and body returns the first response (Idempotent-Replayed: true) and changes nothing; the same key with another body is 422 idempotency_key_reused; a retry while the first request is still running is 409 idempotency_in_progress. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        memberId: string;
                        /** @description Positive to add, negative to take away */
                        points: number;
                        /**
                         * @description A correction of credited hours, positive or negative
                         * @default 0
                         */
                        hours?: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description The ledger transaction id
                             */
                            id: string;
                            /** Format: uuid */
                            memberId: string;
                            /** Format: uuid */
                            communityId: string;
                            points: number;
                            hours: number;
                            reason: string;
                            balance: number;
                            totalHours: number;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state; or idempotency_in_progress: the first request with this Idempotency-Key is still running; retry later */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A referenced object does not exist or does not fit; or idempotency_key_reused: this Idempotency-Key was sent to this method and path before with another body */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/members/{id}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member's statement: entries newest first, balance and total hours */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Opaque: the nextCursor of the page before (base64url of its last id) */
                    cursor?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                txnId: string;
                                /** @enum {string} */
                                kind: "credit" | "redemption" | "adjustment";
                                points: number;
                                hours: number;
                                /** @enum {string} */
                                counterpartyType: "member" | "community" | "merchant";
                                /** Format: uuid */
                                counterpartyId: string;
                                claimId: string | null;
                                orderId: string | null;
                                note: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            nextCursor: string | null;
                            /** Format: uuid */
                            memberId: string;
                            balance: number;
                            totalHours: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description A path parameter is longer than 100 characters */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Orders, times to claim and complete, SLA compliance, hours, points, ratings, report-in rate
         * @description Scoped: regionId must lie inside the caller's subtree (404 otherwise); default is the caller's own region.
         */
        get: {
            parameters: {
                query?: {
                    /** @description A region inside the caller's subtree; default: the caller's own region */
                    regionId?: string;
                    /** @description Start of the period, inclusive */
                    from?: string;
                    /** @description End of the period, exclusive */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            regionId: string | null;
                            from: string | null;
                            to: string | null;
                            orders: {
                                /** @description Orders created in the period */
                                total: number;
                                byStatus: {
                                    [key: string]: number;
                                };
                                byCategory: {
                                    [key: string]: number;
                                };
                            };
                            /** @description firstClaimedAt − publishedAt of orders published in the period */
                            timeToFirstClaim: {
                                /** @description Orders the figure is computed over */
                                count: number;
                                medianS: number | null;
                                p90S: number | null;
                            };
                            /** @description completedAt − publishedAt of orders published in the period */
                            timeToCompletion: {
                                /** @description Orders the figure is computed over */
                                count: number;
                                medianS: number | null;
                                p90S: number | null;
                            };
                            sla: {
                                publishedOrders: number;
                                breachedOrders: number;
                                /** @description Orders published in the period without any SLA breach, in % */
                                compliancePct: number | null;
                                /** @description Breaches detected in the period, by the escalation level they led to */
                                breachesByLevel: {
                                    [key: string]: number;
                                };
                            };
                            /** @description Hours credited to members in the period for orders of the region */
                            volunteerHours: number;
                            pointsIssued: number;
                            /** @description Points redeemed in the period by members reporting in to the region's communities */
                            pointsRedeemed: number;
                            averageRating: number | null;
                            ratedOrders: number;
                            reportIn: {
                                expectedMembers: number;
                                reportedIn: number;
                                reportInPct: number | null;
                                units: {
                                    /** Format: uuid */
                                    unitId: string;
                                    unitName: string;
                                    expectedMembers: number;
                                    reportedIn: number;
                                    reportInPct: number | null;
                                }[];
                            };
                        };
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A row per unit: orders taken, hours, on-time %, rating, no-shows, report-in rate
         * @description Scoped: regionId must lie inside the caller's subtree (404 otherwise); default is the caller's own region. Unit admins get their own unit only.
         */
        get: {
            parameters: {
                query?: {
                    /** @description A region inside the caller's subtree; default: the caller's own region */
                    regionId?: string;
                    /** @description Start of the period, inclusive */
                    from?: string;
                    /** @description End of the period, exclusive */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            regionId: string | null;
                            from: string | null;
                            to: string | null;
                            rows: {
                                /** Format: uuid */
                                unitId: string;
                                unitName: string;
                                expectedMembers: number;
                                reportedIn: number;
                                reportInPct: number | null;
                                /** @description Distinct orders with a claim by the unit's members */
                                ordersTaken: number;
                                claims: number;
                                completed: number;
                                hours: number;
                                /** @description Completed claims finished by the order's completeBy, in % */
                                onTimePct: number | null;
                                averageRating: number | null;
                                noShows: number;
                            }[];
                        };
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A row per member: claims, completions, hours, points, no-shows, rating
         * @description Scoped: regionId must lie inside the caller's subtree (404 otherwise); default is the caller's own region. Names are masked, and absent for ops keys.
         */
        get: {
            parameters: {
                query?: {
                    /** @description A region inside the caller's subtree; default: the caller's own region */
                    regionId?: string;
                    /** @description Start of the period, inclusive */
                    from?: string;
                    /** @description End of the period, exclusive */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            regionId: string | null;
                            from: string | null;
                            to: string | null;
                            rows: {
                                /** Format: uuid */
                                memberId: string;
                                /** @description Masked; absent for ops keys */
                                name?: string | null;
                                unitId: string | null;
                                unitName: string | null;
                                claims: number;
                                completed: number;
                                hours: number;
                                points: number;
                                noShows: number;
                                averageRating: number | null;
                            }[];
                        };
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            code: string;
                            instance?: string;
                            requestId?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Accept admits none of the media types this operation answers with */
                406: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request headers are too large */
                431: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description An RFC 9457 problem document */
        ProblemInput: {
            type: string;
            title: string;
            status: number;
            detail: string;
            /** @description Stable machine-readable error code (see the error catalogue) */
            code: string;
            instance?: string;
            requestId?: string;
            /** @description validation_failed only: each bad field */
            errors?: {
                path: string;
                message: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        ApiKeyInput: {
            /** Format: uuid */
            id: string;
            /** @description The public part of the key (wd_<prefix>_...), safe to show and log */
            prefix: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "street_officer" | "community_staff" | "unit_admin" | "member" | "ops";
            scope: {
                regionId: string | null;
                unitId: string | null;
                memberId: string | null;
            };
            /** @description The key this one replaced by rotation */
            rotatedFrom: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Recorded to the minute */
            lastUsedAt: string | null;
            expiresAt: string | null;
            revokedAt: string | null;
        };
        ApiKeyWithSecretInput: {
            /** Format: uuid */
            id: string;
            /** @description The public part of the key (wd_<prefix>_...), safe to show and log */
            prefix: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "street_officer" | "community_staff" | "unit_admin" | "member" | "ops";
            scope: {
                regionId: string | null;
                unitId: string | null;
                memberId: string | null;
            };
            /** @description The key this one replaced by rotation */
            rotatedFrom: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Recorded to the minute */
            lastUsedAt: string | null;
            expiresAt: string | null;
            revokedAt: string | null;
            /** @description The plaintext key: shown in this response only, never again */
            key: string;
        };
        CategoryInput: {
            code: string;
            name: string;
            nameZh: string;
            description: string;
            group: string;
            keywords: string[];
            /** @description ISO 8601 duration */
            defaultClaimWithin: string;
            /** @description ISO 8601 duration */
            defaultCompleteWithin: string;
            pointsMultiplier: number;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description A domain event: `type`, `timestamp` and `data` are exactly the body of its webhook deliveries. */
        EventInput: {
            /**
             * Format: uuid
             * @description The event’s id: its webhook deliveries carry `webhook-id: msg_<id>`
             */
            id: string;
            /** @description Where this event stands in the feed: `after=<cursor>` resumes just after it; the stream’s SSE `id` */
            cursor: string;
            /** @description The event type, as in the webhook payload */
            type: string;
            /** @description When it happened (UTC), as in the webhook payload */
            timestamp: string;
            /** @description The webhook payload’s `data`: ids, states and counters, nothing personal */
            data: {
                [key: string]: unknown;
            };
        };
        EventPageInput: {
            items: components["schemas"]["EventInput"][];
            /** @description More events are there now: pass it as `after` for the next page; null at the end */
            nextCursor: string | null;
            /** @description Where this page leaves the feed (past events of other scopes and filters too): pass it as `after` to poll for what comes next */
            endCursor: string;
        };
        StreamTokenInput: {
            /** @description Pass as `access_token` to GET /v1/events/stream */
            token: string;
            /** @description Streams must be opened (or re-opened) before then; an open stream is not cut */
            expiresAt: string;
        };
        MemberInput: {
            /** Format: uuid */
            id: string;
            name: string;
            phone: string;
            /** @description true when name and phone are masked and the home location is rounded to about 1 km */
            personalDataMasked: boolean;
            unitId: string | null;
            isPartyMember: boolean;
            skills: ("medical" | "legal" | "teaching" | "elderly_care" | "counselling" | "driving" | "repair" | "it" | "cooking" | "cleaning" | "translation" | "other")[];
            communityId: string | null;
            gridId: string | null;
            homeLat: number | null;
            homeLng: number | null;
            maxActiveClaims: number;
            activeClaims: number;
            available: boolean;
            /** @enum {string} */
            status: "active" | "inactive";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        MemberDetailInput: {
            /** Format: uuid */
            id: string;
            name: string;
            phone: string;
            /** @description true when name and phone are masked and the home location is rounded to about 1 km */
            personalDataMasked: boolean;
            unitId: string | null;
            isPartyMember: boolean;
            skills: ("medical" | "legal" | "teaching" | "elderly_care" | "counselling" | "driving" | "repair" | "it" | "cooking" | "cleaning" | "translation" | "other")[];
            communityId: string | null;
            gridId: string | null;
            homeLat: number | null;
            homeLng: number | null;
            maxActiveClaims: number;
            activeClaims: number;
            available: boolean;
            /** @enum {string} */
            status: "active" | "inactive";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Report-in history (报到), oldest first */
            reportIns: {
                /** Format: uuid */
                communityId: string;
                /** Format: date-time */
                reportedAt: string;
                leftAt: string | null;
            }[];
        };
        OfferInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orderId: string;
            /** Format: uuid */
            memberId: string;
            /** @description Matching wave that made the offer (1 = first) */
            wave: number;
            /** @description Rank within its wave (1 = best) */
            rank: number;
            /** @enum {string} */
            status: "pending" | "accepted" | "declined" | "expired" | "withdrawn";
            score: number;
            /** @description Each part in [0, 1]; score = Σ weight × part with weights {"skillFit":0.2,"distance":0.3,"fairness":0.25,"reliability":0.15,"sameGrid":0.1}, less Σ weight × part with penalty weights {"pendingElsewhere":0.3} (see docs/dispatch-and-offers.md). */
            scoreParts: {
                skillFit: number;
                distance: number;
                fairness: number;
                reliability: number;
                sameGrid: number;
                /** @description n / (n + 1) for the member's n offers pending on other orders when this one was made; absent on offers made before the part existed (read it as 0) */
                pendingElsewhere?: number;
            };
            expiresAt: string;
            createdAt: string;
            respondedAt: string | null;
            declineReason: string | null;
        };
        /** @description XML: <errors><error><code/><description/></error></errors> */
        Open311ErrorsInput: {
            code: number;
            description: string;
        }[];
        /** @description XML: <services><service>…</service></services> */
        Open311ServicesInput: {
            service_code: string;
            service_name: string;
            description: string;
            metadata: boolean;
            /** @constant */
            type: "realtime";
            keywords: string;
            group: string;
        }[];
        /** @description XML: <service_definition> with <attributes><attribute>… */
        Open311ServiceDefinitionInput: {
            service_code: string;
            attributes: {
                variable: boolean;
                code: string;
                /** @enum {string} */
                datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
                required: boolean;
                datatype_description: string;
                order: number;
                description: string;
                values: {
                    key: string;
                    name: string;
                }[];
            }[];
        };
        /** @description XML: <service_requests><request>…</request></service_requests> */
        Open311CreatedRequestsInput: {
            service_request_id: string;
            service_notice: string;
        }[];
        /** @description XML: <service_requests><request>…</request></service_requests> */
        Open311ServiceRequestsInput: {
            service_request_id: string;
            /** @enum {string} */
            status: "open" | "closed";
            status_notes: string;
            service_name: string;
            service_code: string;
            description: string | null;
            agency_responsible: string;
            service_notice: string | null;
            requested_datetime: string;
            updated_datetime: string;
            expected_datetime: string | null;
            address: string | null;
            address_id: null;
            zipcode: null;
            lat: number | null;
            long: number | null;
            media_url: string | null;
        }[];
        /** @description XML: <service_request_updates><request_update>… */
        Open311RequestUpdatesInput: {
            update_id: string;
            service_request_id: string;
            /** @enum {string} */
            status: "open" | "closed";
            updated_datetime: string;
            description: string;
            media_url: null;
        }[];
        QueueFiguresInput: {
            /** @enum {string} */
            queue: "matching" | "offers" | "webhooks" | "sla" | "maintenance";
            waiting: number;
            active: number;
            delayed: number;
            failed: number;
            /** @description Completed jobs kept (an hour, at most 10,000) */
            completed: number;
            /** @description How long the oldest waiting job has been ready to run; 0 when none waits */
            oldestWaitingSeconds: number;
        };
        FailedJobInput: {
            /** @description `<queue>:<job id>`: the id to retry the job with */
            id: string;
            /** @enum {string} */
            queue: "matching" | "offers" | "webhooks" | "sla" | "maintenance";
            jobId: string;
            name: string;
            failedReason: string;
            attemptsMade: number;
            /**
             * Format: date-time
             * @description When the job was created
             */
            timestamp: string;
            /** @description When it last failed */
            failedAt: string | null;
            /** @description The job payload: ids only */
            data: unknown;
        };
        MemberExportInput: {
            /** Format: date-time */
            exportedAt: string;
            member: {
                /** Format: uuid */
                id: string;
                name: string;
                phone: string;
                /** @description true when name and phone are masked and the home location is rounded to about 1 km */
                personalDataMasked: boolean;
                unitId: string | null;
                isPartyMember: boolean;
                skills: ("medical" | "legal" | "teaching" | "elderly_care" | "counselling" | "driving" | "repair" | "it" | "cooking" | "cleaning" | "translation" | "other")[];
                communityId: string | null;
                gridId: string | null;
                homeLat: number | null;
                homeLng: number | null;
                maxActiveClaims: number;
                activeClaims: number;
                available: boolean;
                /** @enum {string} */
                status: "active" | "inactive";
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
                erasedAt: string | null;
            };
            /** @description Report-in history (报到), oldest first */
            reportIns: {
                /** Format: uuid */
                communityId: string;
                /** Format: date-time */
                reportedAt: string;
                leftAt: string | null;
            }[];
            /** @description Every claim, oldest first, with its order */
            claims: {
                /** Format: uuid */
                id: string;
                order: {
                    /** Format: uuid */
                    id: string;
                    title: string;
                    /** @enum {string} */
                    status: "draft" | "open" | "filled" | "in_progress" | "completed" | "verified" | "cancelled" | "expired";
                };
                unitId: string | null;
                offerId: string | null;
                /** @enum {string} */
                status: "waitlisted" | "held" | "checked_in" | "completed" | "withdrawn" | "no_show" | "released" | "cancelled";
                hoursReported: number | null;
                approvedHours: number | null;
                note: string | null;
                checkIn: {
                    lat: number;
                    lng: number;
                } | null;
                /** Format: date-time */
                createdAt: string;
                checkedInAt: string | null;
                completedAt: string | null;
                endedAt: string | null;
            }[];
            /** @description Every offer, oldest first, with the score parts that ranked it */
            offers: components["schemas"]["OfferInput"][];
            ledger: {
                balance: {
                    points: number;
                    hours: number;
                };
                /** @description Oldest first */
                entries: {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    txnId: string;
                    /** @enum {string} */
                    kind: "credit" | "redemption" | "adjustment";
                    points: number;
                    hours: number;
                    /** @enum {string} */
                    counterpartyType: "member" | "community" | "merchant";
                    /** Format: uuid */
                    counterpartyId: string;
                    claimId: string | null;
                    orderId: string | null;
                    note: string | null;
                    /** Format: date-time */
                    createdAt: string;
                }[];
            };
            /** @description Keys scoped to the member (never their hashes) */
            apiKeys: components["schemas"]["ApiKeyInput"][];
            /** @description The member's own audit chain, oldest first (snapshots hold masked values) */
            auditEvents: {
                seq: number;
                action: string;
                actorType: string;
                actorId: string | null;
                requestId: string | null;
                before: unknown;
                after: unknown;
                /** Format: date-time */
                createdAt: string;
                hash: string;
            }[];
        };
        MemberErasureInput: {
            member: components["schemas"]["MemberInput"];
            /** Format: date-time */
            erasedAt: string;
            /** @description API keys scoped to the member, revoked now */
            revokedKeyIds: string[];
            /** @description Stored Idempotency-Key answers that named the member, rewritten with the pseudonym */
            storedResponsesScrubbed: number;
        };
        RegionInput: {
            /** Format: uuid */
            id: string;
            parentId: string | null;
            /** @enum {string} */
            level: "district" | "street" | "community" | "grid";
            name: string;
            code: string | null;
            /** @description Ids from the root, each followed by "/" */
            path: string;
            centerLat: number | null;
            centerLng: number | null;
            radiusM: number | null;
            polygon: [
                number,
                number
            ][] | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SlaPolicyInput: {
            categoryCode: string;
            /** @enum {string} */
            priority: "routine" | "urgent" | "emergency";
            /** @description ISO 8601 duration */
            claimWithin: string;
            /** @description ISO 8601 duration */
            completeWithin: string;
            /** @description ISO 8601 duration */
            responseWithin: string;
            maxLevel: number;
            updatedAt: string;
        };
        SlaBreachInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orderId: string;
            escalationId: string | null;
            /** Format: uuid */
            communityId: string;
            categoryCode: string;
            /** @enum {string} */
            kind: "claim" | "complete" | "response";
            deadline: string;
            detectedAt: string;
            lateMs: number;
            levelAfter: number;
            /** @enum {string} */
            detectedBy: "timer" | "reconciler";
        };
        EscalationInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orderId: string;
            /** @description 1 street, 2 district */
            level: number;
            /** Format: uuid */
            regionId: string;
            /** @enum {string} */
            trigger: "manual" | "claim_breach" | "complete_breach" | "response_breach";
            reason: string;
            /** @enum {string} */
            status: "open" | "responded" | "breached" | "closed";
            respondBy: string;
            respondedAt: string | null;
            /** @description API key that responded */
            respondedBy: string | null;
            note: string | null;
            assignUnitIds: string[];
            createdAt: string;
        };
        UnitInput: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "agency" | "state_enterprise" | "private_enterprise" | "school" | "hospital" | "social_organisation" | "other";
            partyOrganisation: string | null;
            /** Format: uuid */
            regionId: string;
            expectedMembers: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        PairingInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            unitId: string;
            /** Format: uuid */
            communityId: string;
            /** Format: date */
            validFrom: string;
            validTo: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        WebhookEndpointInput: {
            /** Format: uuid */
            id: string;
            url: string;
            events: string[];
            scope: {
                regionId: string | null;
                unitId: string | null;
            };
            enabled: boolean;
            /** @description Start of the current run of failed deliveries */
            failingSince: string | null;
            disabledAt: string | null;
            disabledReason: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        WebhookEndpointCreatedInput: {
            /** Format: uuid */
            id: string;
            url: string;
            events: string[];
            scope: {
                regionId: string | null;
                unitId: string | null;
            };
            enabled: boolean;
            /** @description Start of the current run of failed deliveries */
            failingSince: string | null;
            disabledAt: string | null;
            disabledReason: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description The signing secret (whsec_...). Shown only in this response: store it now. */
            secret: string;
        };
        WebhookDeliveryInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            endpointId: string;
            /** @description The webhook-id header, the same on every attempt */
            messageId: string;
            eventType: string;
            /**
             * @description failed: retries are still planned; dead: no further attempt unless retried by hand
             * @enum {string}
             */
            status: "pending" | "succeeded" | "failed" | "dead";
            attempts: number;
            lastStatusCode: number | null;
            lastError: string | null;
            lastLatencyMs: number | null;
            /** Format: date-time */
            createdAt: string;
            lastAttemptAt: string | null;
            deliveredAt: string | null;
        };
        /** @description An RFC 9457 problem document */
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            /** @description Stable machine-readable error code (see the error catalogue) */
            code: string;
            instance?: string;
            requestId?: string;
            /** @description validation_failed only: each bad field */
            errors?: {
                path: string;
                message: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        ApiKey: {
            /** Format: uuid */
            id: string;
            /** @description The public part of the key (wd_<prefix>_...), safe to show and log */
            prefix: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "street_officer" | "community_staff" | "unit_admin" | "member" | "ops";
            scope: {
                regionId: string | null;
                unitId: string | null;
                memberId: string | null;
            };
            /** @description The key this one replaced by rotation */
            rotatedFrom: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Recorded to the minute */
            lastUsedAt: string | null;
            expiresAt: string | null;
            revokedAt: string | null;
        };
        ApiKeyWithSecret: {
            /** Format: uuid */
            id: string;
            /** @description The public part of the key (wd_<prefix>_...), safe to show and log */
            prefix: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "street_officer" | "community_staff" | "unit_admin" | "member" | "ops";
            scope: {
                regionId: string | null;
                unitId: string | null;
                memberId: string | null;
            };
            /** @description The key this one replaced by rotation */
            rotatedFrom: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Recorded to the minute */
            lastUsedAt: string | null;
            expiresAt: string | null;
            revokedAt: string | null;
            /** @description The plaintext key: shown in this response only, never again */
            key: string;
        };
        Category: {
            code: string;
            name: string;
            nameZh: string;
            description: string;
            group: string;
            keywords: string[];
            /** @description ISO 8601 duration */
            defaultClaimWithin: string;
            /** @description ISO 8601 duration */
            defaultCompleteWithin: string;
            pointsMultiplier: number;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description A domain event: `type`, `timestamp` and `data` are exactly the body of its webhook deliveries. */
        Event: {
            /**
             * Format: uuid
             * @description The event’s id: its webhook deliveries carry `webhook-id: msg_<id>`
             */
            id: string;
            /** @description Where this event stands in the feed: `after=<cursor>` resumes just after it; the stream’s SSE `id` */
            cursor: string;
            /** @description The event type, as in the webhook payload */
            type: string;
            /** @description When it happened (UTC), as in the webhook payload */
            timestamp: string;
            /** @description The webhook payload’s `data`: ids, states and counters, nothing personal */
            data: {
                [key: string]: unknown;
            };
        };
        EventPage: {
            items: components["schemas"]["Event"][];
            /** @description More events are there now: pass it as `after` for the next page; null at the end */
            nextCursor: string | null;
            /** @description Where this page leaves the feed (past events of other scopes and filters too): pass it as `after` to poll for what comes next */
            endCursor: string;
        };
        StreamToken: {
            /** @description Pass as `access_token` to GET /v1/events/stream */
            token: string;
            /** @description Streams must be opened (or re-opened) before then; an open stream is not cut */
            expiresAt: string;
        };
        Member: {
            /** Format: uuid */
            id: string;
            name: string;
            phone: string;
            /** @description true when name and phone are masked and the home location is rounded to about 1 km */
            personalDataMasked: boolean;
            unitId: string | null;
            isPartyMember: boolean;
            skills: ("medical" | "legal" | "teaching" | "elderly_care" | "counselling" | "driving" | "repair" | "it" | "cooking" | "cleaning" | "translation" | "other")[];
            communityId: string | null;
            gridId: string | null;
            homeLat: number | null;
            homeLng: number | null;
            maxActiveClaims: number;
            activeClaims: number;
            available: boolean;
            /** @enum {string} */
            status: "active" | "inactive";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        MemberDetail: {
            /** Format: uuid */
            id: string;
            name: string;
            phone: string;
            /** @description true when name and phone are masked and the home location is rounded to about 1 km */
            personalDataMasked: boolean;
            unitId: string | null;
            isPartyMember: boolean;
            skills: ("medical" | "legal" | "teaching" | "elderly_care" | "counselling" | "driving" | "repair" | "it" | "cooking" | "cleaning" | "translation" | "other")[];
            communityId: string | null;
            gridId: string | null;
            homeLat: number | null;
            homeLng: number | null;
            maxActiveClaims: number;
            activeClaims: number;
            available: boolean;
            /** @enum {string} */
            status: "active" | "inactive";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Report-in history (报到), oldest first */
            reportIns: {
                /** Format: uuid */
                communityId: string;
                /** Format: date-time */
                reportedAt: string;
                leftAt: string | null;
            }[];
        };
        Offer: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orderId: string;
            /** Format: uuid */
            memberId: string;
            /** @description Matching wave that made the offer (1 = first) */
            wave: number;
            /** @description Rank within its wave (1 = best) */
            rank: number;
            /** @enum {string} */
            status: "pending" | "accepted" | "declined" | "expired" | "withdrawn";
            score: number;
            /** @description Each part in [0, 1]; score = Σ weight × part with weights {"skillFit":0.2,"distance":0.3,"fairness":0.25,"reliability":0.15,"sameGrid":0.1}, less Σ weight × part with penalty weights {"pendingElsewhere":0.3} (see docs/dispatch-and-offers.md). */
            scoreParts: {
                skillFit: number;
                distance: number;
                fairness: number;
                reliability: number;
                sameGrid: number;
                /** @description n / (n + 1) for the member's n offers pending on other orders when this one was made; absent on offers made before the part existed (read it as 0) */
                pendingElsewhere?: number;
            };
            expiresAt: string;
            createdAt: string;
            respondedAt: string | null;
            declineReason: string | null;
        };
        /** @description XML: <errors><error><code/><description/></error></errors> */
        Open311Errors: {
            code: number;
            description: string;
        }[];
        /** @description XML: <services><service>…</service></services> */
        Open311Services: {
            service_code: string;
            service_name: string;
            description: string;
            metadata: boolean;
            /** @constant */
            type: "realtime";
            keywords: string;
            group: string;
        }[];
        /** @description XML: <service_definition> with <attributes><attribute>… */
        Open311ServiceDefinition: {
            service_code: string;
            attributes: {
                variable: boolean;
                code: string;
                /** @enum {string} */
                datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
                required: boolean;
                datatype_description: string;
                order: number;
                description: string;
                values: {
                    key: string;
                    name: string;
                }[];
            }[];
        };
        /** @description XML: <service_requests><request>…</request></service_requests> */
        Open311CreatedRequests: {
            service_request_id: string;
            service_notice: string;
        }[];
        /** @description XML: <service_requests><request>…</request></service_requests> */
        Open311ServiceRequests: {
            service_request_id: string;
            /** @enum {string} */
            status: "open" | "closed";
            status_notes: string;
            service_name: string;
            service_code: string;
            description: string | null;
            agency_responsible: string;
            service_notice: string | null;
            requested_datetime: string;
            updated_datetime: string;
            expected_datetime: string | null;
            address: string | null;
            address_id: null;
            zipcode: null;
            lat: number | null;
            long: number | null;
            media_url: string | null;
        }[];
        /** @description XML: <service_request_updates><request_update>… */
        Open311RequestUpdates: {
            update_id: string;
            service_request_id: string;
            /** @enum {string} */
            status: "open" | "closed";
            updated_datetime: string;
            description: string;
            media_url: null;
        }[];
        QueueFigures: {
            /** @enum {string} */
            queue: "matching" | "offers" | "webhooks" | "sla" | "maintenance";
            waiting: number;
            active: number;
            delayed: number;
            failed: number;
            /** @description Completed jobs kept (an hour, at most 10,000) */
            completed: number;
            /** @description How long the oldest waiting job has been ready to run; 0 when none waits */
            oldestWaitingSeconds: number;
        };
        FailedJob: {
            /** @description `<queue>:<job id>`: the id to retry the job with */
            id: string;
            /** @enum {string} */
            queue: "matching" | "offers" | "webhooks" | "sla" | "maintenance";
            jobId: string;
            name: string;
            failedReason: string;
            attemptsMade: number;
            /**
             * Format: date-time
             * @description When the job was created
             */
            timestamp: string;
            /** @description When it last failed */
            failedAt: string | null;
            /** @description The job payload: ids only */
            data: unknown;
        };
        MemberExport: {
            /** Format: date-time */
            exportedAt: string;
            member: {
                /** Format: uuid */
                id: string;
                name: string;
                phone: string;
                /** @description true when name and phone are masked and the home location is rounded to about 1 km */
                personalDataMasked: boolean;
                unitId: string | null;
                isPartyMember: boolean;
                skills: ("medical" | "legal" | "teaching" | "elderly_care" | "counselling" | "driving" | "repair" | "it" | "cooking" | "cleaning" | "translation" | "other")[];
                communityId: string | null;
                gridId: string | null;
                homeLat: number | null;
                homeLng: number | null;
                maxActiveClaims: number;
                activeClaims: number;
                available: boolean;
                /** @enum {string} */
                status: "active" | "inactive";
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
                erasedAt: string | null;
            };
            /** @description Report-in history (报到), oldest first */
            reportIns: {
                /** Format: uuid */
                communityId: string;
                /** Format: date-time */
                reportedAt: string;
                leftAt: string | null;
            }[];
            /** @description Every claim, oldest first, with its order */
            claims: {
                /** Format: uuid */
                id: string;
                order: {
                    /** Format: uuid */
                    id: string;
                    title: string;
                    /** @enum {string} */
                    status: "draft" | "open" | "filled" | "in_progress" | "completed" | "verified" | "cancelled" | "expired";
                };
                unitId: string | null;
                offerId: string | null;
                /** @enum {string} */
                status: "waitlisted" | "held" | "checked_in" | "completed" | "withdrawn" | "no_show" | "released" | "cancelled";
                hoursReported: number | null;
                approvedHours: number | null;
                note: string | null;
                checkIn: {
                    lat: number;
                    lng: number;
                } | null;
                /** Format: date-time */
                createdAt: string;
                checkedInAt: string | null;
                completedAt: string | null;
                endedAt: string | null;
            }[];
            /** @description Every offer, oldest first, with the score parts that ranked it */
            offers: components["schemas"]["Offer"][];
            ledger: {
                balance: {
                    points: number;
                    hours: number;
                };
                /** @description Oldest first */
                entries: {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    txnId: string;
                    /** @enum {string} */
                    kind: "credit" | "redemption" | "adjustment";
                    points: number;
                    hours: number;
                    /** @enum {string} */
                    counterpartyType: "member" | "community" | "merchant";
                    /** Format: uuid */
                    counterpartyId: string;
                    claimId: string | null;
                    orderId: string | null;
                    note: string | null;
                    /** Format: date-time */
                    createdAt: string;
                }[];
            };
            /** @description Keys scoped to the member (never their hashes) */
            apiKeys: components["schemas"]["ApiKey"][];
            /** @description The member's own audit chain, oldest first (snapshots hold masked values) */
            auditEvents: {
                seq: number;
                action: string;
                actorType: string;
                actorId: string | null;
                requestId: string | null;
                before: unknown;
                after: unknown;
                /** Format: date-time */
                createdAt: string;
                hash: string;
            }[];
        };
        MemberErasure: {
            member: components["schemas"]["Member"];
            /** Format: date-time */
            erasedAt: string;
            /** @description API keys scoped to the member, revoked now */
            revokedKeyIds: string[];
            /** @description Stored Idempotency-Key answers that named the member, rewritten with the pseudonym */
            storedResponsesScrubbed: number;
        };
        Region: {
            /** Format: uuid */
            id: string;
            parentId: string | null;
            /** @enum {string} */
            level: "district" | "street" | "community" | "grid";
            name: string;
            code: string | null;
            /** @description Ids from the root, each followed by "/" */
            path: string;
            centerLat: number | null;
            centerLng: number | null;
            radiusM: number | null;
            polygon: [
                number,
                number
            ][] | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SlaPolicy: {
            categoryCode: string;
            /** @enum {string} */
            priority: "routine" | "urgent" | "emergency";
            /** @description ISO 8601 duration */
            claimWithin: string;
            /** @description ISO 8601 duration */
            completeWithin: string;
            /** @description ISO 8601 duration */
            responseWithin: string;
            maxLevel: number;
            updatedAt: string;
        };
        SlaBreach: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orderId: string;
            escalationId: string | null;
            /** Format: uuid */
            communityId: string;
            categoryCode: string;
            /** @enum {string} */
            kind: "claim" | "complete" | "response";
            deadline: string;
            detectedAt: string;
            lateMs: number;
            levelAfter: number;
            /** @enum {string} */
            detectedBy: "timer" | "reconciler";
        };
        Escalation: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orderId: string;
            /** @description 1 street, 2 district */
            level: number;
            /** Format: uuid */
            regionId: string;
            /** @enum {string} */
            trigger: "manual" | "claim_breach" | "complete_breach" | "response_breach";
            reason: string;
            /** @enum {string} */
            status: "open" | "responded" | "breached" | "closed";
            respondBy: string;
            respondedAt: string | null;
            /** @description API key that responded */
            respondedBy: string | null;
            note: string | null;
            assignUnitIds: string[];
            createdAt: string;
        };
        Unit: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "agency" | "state_enterprise" | "private_enterprise" | "school" | "hospital" | "social_organisation" | "other";
            partyOrganisation: string | null;
            /** Format: uuid */
            regionId: string;
            expectedMembers: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        Pairing: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            unitId: string;
            /** Format: uuid */
            communityId: string;
            /** Format: date */
            validFrom: string;
            validTo: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        WebhookEndpoint: {
            /** Format: uuid */
            id: string;
            url: string;
            events: string[];
            scope: {
                regionId: string | null;
                unitId: string | null;
            };
            enabled: boolean;
            /** @description Start of the current run of failed deliveries */
            failingSince: string | null;
            disabledAt: string | null;
            disabledReason: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        WebhookEndpointCreated: {
            /** Format: uuid */
            id: string;
            url: string;
            events: string[];
            scope: {
                regionId: string | null;
                unitId: string | null;
            };
            enabled: boolean;
            /** @description Start of the current run of failed deliveries */
            failingSince: string | null;
            disabledAt: string | null;
            disabledReason: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description The signing secret (whsec_...). Shown only in this response: store it now. */
            secret: string;
        };
        WebhookDelivery: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            endpointId: string;
            /** @description The webhook-id header, the same on every attempt */
            messageId: string;
            eventType: string;
            /**
             * @description failed: retries are still planned; dead: no further attempt unless retried by hand
             * @enum {string}
             */
            status: "pending" | "succeeded" | "failed" | "dead";
            attempts: number;
            lastStatusCode: number | null;
            lastError: string | null;
            lastLatencyMs: number | null;
            /** Format: date-time */
            createdAt: string;
            lastAttemptAt: string | null;
            deliveredAt: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listEvents: {
        parameters: {
            query?: {
                /** @description Only these event types, comma-separated (e.g. `offer.created,order.escalated`): order.published, order.updated, order.cancelled, order.filled, order.reopened, order.completed, order.verified, order.expired, order.escalated, order.sla_breached, offer.created, offer.accepted, offer.declined, offer.expired, offer.withdrawn, claim.created, claim.withdrawn, claim.checked_in, claim.completed, claim.no_show, escalation.responded, escalation.breached, ledger.credited, ledger.adjusted, redemption.created */
                types?: string;
                /** @description Only the events of this order */
                orderId?: string;
                /** @description A cursor (an event’s `cursor`, or a page’s `endCursor`): events after it. Without it the feed starts at its oldest event. */
                after?: string;
                /** @description Only events at or after this time (their `timestamp`) */
                since?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            /** @description The request is not valid: validation_failed lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role of this key may not do that */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept admits none of the media types this operation answers with */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gone: cursor_expired, the events after the cursor are past the retention */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    streamEvents: {
        parameters: {
            query?: {
                /** @description Only these event types, comma-separated (e.g. `offer.created,order.escalated`): order.published, order.updated, order.cancelled, order.filled, order.reopened, order.completed, order.verified, order.expired, order.escalated, order.sla_breached, offer.created, offer.accepted, offer.declined, offer.expired, offer.withdrawn, claim.created, claim.withdrawn, claim.checked_in, claim.completed, claim.no_show, escalation.responded, escalation.breached, ledger.credited, ledger.adjusted, redemption.created */
                types?: string;
                /** @description Only the events of this order */
                orderId?: string;
                /** @description Resume after this cursor when the Last-Event-ID header cannot be set (a new EventSource); the header wins */
                lastEventId?: string;
                /** @description A stream token (POST /v1/events/stream-tokens), for browsers: EventSource cannot send Authorization */
                access_token?: string;
            };
            header?: {
                /** @description The `id` of the last event received: the stream resumes just after it */
                "last-event-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A stream of Server-Sent Events. Each domain event is a message whose `id` is its cursor and whose `data` is the Event (as in GET /v1/events); comment lines (`: heartbeat`) come every STREAM_HEARTBEAT_S seconds; `event: dropped` (data `{reason, detail}`, reason `slow_reader`, `shutdown` or `key_revoked`) comes last when the service ends the stream. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description The request is not valid: validation_failed lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role of this key may not do that */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept admits none of the media types this operation answers with */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Gone: cursor_expired, the events after the cursor are past the retention */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A backing service is unavailable; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createStreamToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreamToken"];
                };
            };
            /** @description The request is not valid: validation_failed lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A valid API key is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role of this key may not do that */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept admits none of the media types this operation answers with */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
