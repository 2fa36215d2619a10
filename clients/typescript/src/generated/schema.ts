// The types of every operation, generated from openapi.yaml by `npm run client:generate`; do not edit.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description No key needed. Answers as long as the process serves requests; it checks nothing else, so a load balancer does not take a replica out when Postgres or Redis is away.
         */
        get: operations["getLiveness"];
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
        /**
         * Readiness: Postgres and Redis answer
         * @description No key needed. Pings Postgres and Redis, each within 2 seconds: 200 when both answer, else 503 with Retry-After and the check that failed.
         */
        get: operations["getReadiness"];
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
         * @description Ops and admin keys (403 otherwise). Also served without a key on METRICS_PORT when that is set.
         */
        get: operations["getMetrics"];
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
        /**
         * Jobs per queue and state, and the age of the oldest waiting job (ops, admin)
         * @description Ops and admin keys (403 otherwise). Read from Redis at the time of the call.
         */
        get: operations["listQueueFigures"];
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
        /**
         * Dead letters: failed jobs, most recent first, across every queue or one (ops, admin)
         * @description Ops and admin keys (403 otherwise). Jobs that used up their attempts, with the error and the number of attempts; at most `limit`, no cursor.
         */
        get: operations["listFailedJobs"];
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
         * @description Admin keys only (403 otherwise). The id is `<queue>:<job id>` as listed by GET /v1/ops/failed-jobs; a job that is not (or no longer) failed is 409 job_not_failed. The retry is recorded in the audit trail.
         */
        post: operations["retryFailedJob"];
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
        /**
         * GeoReport v2 service list: one service per order category
         * @description Public: no key, no api_key. Each category of the dispatch is a service; its service_code is the category code.
         */
        get: operations["listServices"];
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
        /**
         * GeoReport v2 service definition: the order fields a client may set as attribute[code]
         * @description Public: no key, no api_key. An unknown service_code is 404.
         */
        get: operations["getServiceDefinition"];
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
         * @description Public: no key, no api_key. Every published order is listed; only requests posted online show their description, address, exact point and media_url, other orders show a point rounded to about 100 m. At most 1,000 results from a window of at most 90 days (the last 90 days by default); end_date must not be before start_date.
         */
        get: operations["listServiceRequests"];
        put?: never;
        /**
         * GeoReport v2 POST service request: posts an order in the community that holds the location
         * @description Form-encoded, as GeoReport v2 clients send it. api_key must be a community staff, street officer or admin key; the request becomes an open, published order (source online) in the community of that key whose polygon, or else centre and radius, holds lat/long, or whose name (or a grid name) address_string contains. Idempotency-Key is honoured like on /v1, scoped to the api_key and this POST. Answers 200 with the new service_request_id.
         */
        post: operations["createServiceRequest"];
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
        /**
         * GeoReport v2 service request: one published order
         * @description Public: no key, no api_key. The same view as listServiceRequests; a draft or unknown id is 404.
         */
        get: operations["getServiceRequest"];
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
         * @description Public: no key, no api_key. update_id is the audit event id; status is open or closed after the update. Poll with start_date set to the last updated_datetime seen; at most 1,000 updates from a window of at most 90 days.
         */
        get: operations["listServiceRequestUpdates"];
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
        /**
         * List the keys you manage (never their secrets)
         * @description The keys the caller could have issued itself, oldest first, optionally of one role: never their secrets or hashes. Admins issue keys of every role; street officers street_officer and community_staff keys inside their subtree; community staff and unit admins member keys of their members. Members and ops keys manage no keys (403).
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Issue a key with a role and scope; the plaintext is in this response only
         * @description Admins issue keys of every role; street officers street_officer and community_staff keys inside their subtree; community staff and unit admins member keys of their members. Members and ops keys manage no keys (403). The scope must fit the role: a region for officers and staff (a street or district for a street_officer, a community for community_staff), a unit for a unit_admin, a member for a member key, nothing for an admin, an optional region for ops; a scope outside yours is 404, one at the wrong level 422. expiresAt must be in the future. The database keeps only a hash of the key: store the `key` of this response, it is never shown again. Audited (api_key.created).
         */
        post: operations["createApiKey"];
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
        /**
         * Revoke a key: it stops working at once
         * @description Revoking a revoked key changes nothing and answers the same. A key the caller does not manage is 404. Admins issue keys of every role; street officers street_officer and community_staff keys inside their subtree; community staff and unit admins member keys of their members. Members and ops keys manage no keys (403). Audited (api_key.revoked).
         */
        delete: operations["revokeApiKey"];
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
        /**
         * Replace a key: a new key with the same role and scope; the old one works for the grace period
         * @description The old key's expiry is brought forward to the end of the grace period (never pushed back), so clients switch without downtime; the new key is in this response only. A revoked or expired key cannot be rotated (409: create a new one). The body may be left out: the grace period is 24 hours by default. Admins issue keys of every role; street officers street_officer and community_staff keys inside their subtree; community staff and unit admins member keys of their members. Members and ops keys manage no keys (403). Audited (api_key.rotated, api_key.created).
         */
        post: operations["rotateApiKey"];
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
        /**
         * List the regions in scope, optionally under one parent or at one level
         * @description Any key. Officers, community staff and region-scoped ops keys see their subtree; a unit admin the communities its unit is paired with; a member its own community; admins and unscoped ops keys everything. A region outside that is 404.
         */
        get: operations["listRegions"];
        put?: never;
        /**
         * Create a region under a parent exactly one level above (a district has none)
         * @description Admins, street officers and community staff, inside their own subtree; only an admin founds a district (403). The parent must be one the key sees (404) and exactly one level above (422). centerLat and centerLng are given together. Audited (region.created).
         */
        post: operations["createRegion"];
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
        /**
         * Read a region
         * @description Any key. Officers, community staff and region-scoped ops keys see their subtree; a unit admin the communities its unit is paired with; a member its own community; admins and unscoped ops keys everything. A region outside that is 404.
         */
        get: operations["getRegion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename a region or change its centre, radius or outline
         * @description Admins, street officers and community staff, inside their own subtree. At least one field; centerLat and centerLng are given (or cleared with null) together. A region cannot move in the tree. Audited (region.updated).
         */
        patch: operations["updateRegion"];
        trace?: never;
    };
    "/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the units in scope
         * @description Any key. Officers, community staff and region-scoped ops keys see the units located in their subtree or paired with a community in it; a unit admin its unit; a member the unit it belongs to. Anything else is 404.
         */
        get: operations["listUnits"];
        put?: never;
        /**
         * Create a co-building unit located in a region
         * @description Admins and street officers; the region must be one the key sees (404). Audited (unit.created).
         */
        post: operations["createUnit"];
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
        /**
         * Read a unit
         * @description Any key. Officers, community staff and region-scoped ops keys see the units located in their subtree or paired with a community in it; a unit admin its unit; a member the unit it belongs to. Anything else is 404.
         */
        get: operations["getUnit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a unit (a unit admin may not move it to another region)
         * @description Admins; street officers for the units located in their subtree; a unit admin for its own unit, without moving it (403). At least one field. Audited (unit.updated).
         */
        patch: operations["updateUnit"];
        trace?: never;
    };
    "/v1/units/{id}/pairings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the unit's pairings
         * @description Any key that sees the unit; officers and staff see only its pairings with communities of their subtree. Officers, community staff and region-scoped ops keys see the units located in their subtree or paired with a community in it; a unit admin its unit; a member the unit it belongs to. Anything else is 404.
         */
        get: operations["listPairings"];
        put?: never;
        /**
         * Pair the unit with a community for a period (co-building agreement)
         * @description Admins and street officers, for a unit and a community they see (404; communityId must be a community, 422). validTo, when given, is on or after validFrom; a pairing that overlaps another of the same unit and community is 409. Targeted orders may name only units paired with their community. Audited (pairing.created).
         */
        post: operations["createPairing"];
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
        /**
         * List the members in scope (names and phones masked)
         * @description Any key; names and phones are always masked in lists. Officers, community staff and region-scoped ops keys see the members reported in to a community of their subtree; a unit admin its unit’s members; a member itself. Anything else is 404.
         */
        get: operations["listMembers"];
        put?: never;
        /**
         * Register a member, reported in to a community of your scope
         * @description Admins, street officers, community staff and unit admins. Community staff default communityId to their community, unit admins unitId to their unit; a street officer must give communityId. The community and unit must be ones the key sees (404), gridId a grid of that community (422). homeLat and homeLng are given together. Audited (member.created).
         */
        post: operations["createMember"];
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
        /**
         * Read a member with its report-in history (full name and phone for staff above it and the member)
         * @description Any key. Admins, the officers and staff above the member’s community and the member itself get the full name and phone; ops keys and unit admins masked values. Officers, community staff and region-scoped ops keys see the members reported in to a community of their subtree; a unit admin its unit’s members; a member itself. Anything else is 404.
         */
        get: operations["getMember"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a member (use report-in to move it to another community)
         * @description Admins, street officers, community staff, unit admins and the member itself, on a member they see. At least one field; homeLat and homeLng are given (or cleared with null) together; gridId must be a grid of the member’s community (422). maxActiveClaims below the claims the member holds is 409, and an erased member cannot be changed (409 already_erased). Audited (member.updated). Officers, community staff and region-scoped ops keys see the members reported in to a community of their subtree; a unit admin its unit’s members; a member itself. Anything else is 404.
         */
        patch: operations["updateMember"];
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
        /**
         * Report the member in to another community (报到), keeping the history
         * @description Admins, street officers, community staff and unit admins into a community of their scope, and a member itself into any community. The open stay is closed and a new one opened; the grid is cleared unless gridId (a grid of the new community) is given. Reporting in to the current community is 409, as is an erased member. Audited (member.reported_in).
         */
        post: operations["reportInMember"];
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
         * @description Admins, the street officers and community staff above the member’s community, and the member itself; for any other key the member is 404. Profile with full values, report-in history, claims with their orders, offers with score parts, ledger entries and balance, the API keys scoped to the member (never their hashes) and its audit chain. The export itself is audited (member.exported).
         */
        get: operations["exportMember"];
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
         * @description Admins, and the street officers and community staff above the member’s community (403 for other roles, 404 for a member the key does not see). Name and phone are replaced by a pseudonym, the home location and grid cleared, the member set inactive and unavailable, its API keys revoked, and stored Idempotency-Key answers rewritten. Claims, ledger entries and the audit chain stay valid. Refused with 409 open_claims_remain while the member holds waitlisted, held or checked-in claims, and 409 already_erased the second time. Audited (member.erased).
         */
        post: operations["eraseMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/beneficiary/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase an order's beneficiary name and phone (staff managing the order)
         * @description Admins, and the street officers and community staff whose subtree holds the order’s community (403 for other keys that see the order, 404 for keys that do not). The name and phone are cleared and the version bumped; stored Idempotency-Key answers of the order are rewritten. The audit chain stays valid: it only ever held masked values. 409 already_erased when the order holds no beneficiary data. Audited (order.beneficiary_erased, with the reason).
         */
        post: operations["eraseOrderBeneficiary"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the households in scope (names and phones masked, addresses and needs withheld)
         * @description Any key; lists are always masked. Filters: communityId, tag. Officers, community staff and region-scoped ops keys see the households of their subtree; a member those it is paired with; unit admins none. Anything else is 404.
         */
        get: operations["listHouseholds"];
        put?: never;
        /**
         * Record a household (beneficiary) of your community
         * @description Admins and community staff; staff default communityId to their community, an admin must give it. lat and lng are given together; tags from the fixed list (docs/households.md). Audited (household.created) with masked values only.
         */
        post: operations["createHousehold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/households/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a household (in full for admins and its community’s staff)
         * @description Admins and the community’s staff read everything; a paired member the address, location and needs with name and phone masked; officers and ops masked values. Officers, community staff and region-scoped ops keys see the households of their subtree; a member those it is paired with; unit admins none. Anything else is 404.
         */
        get: operations["getHousehold"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a household
         * @description Admins and the community’s staff (403 for other roles). At least one field; lat and lng together. An erased household cannot be changed (409 already_erased). Audited (household.updated). Officers, community staff and region-scoped ops keys see the households of their subtree; a member those it is paired with; unit admins none. Anything else is 404.
         */
        patch: operations["updateHousehold"];
        trace?: never;
    };
    "/v1/households/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything held about a household, as JSON (admin, its community’s staff)
         * @description Admins and the staff of the household’s community; any other key gets 404. The household in full, its pairings and its published visits. The export is audited (household.exported).
         */
        get: operations["exportHousehold"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/households/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase a household's personal data, and the beneficiary of its visit orders
         * @description Admins and the staff of the household’s community (403 for other roles, 404 for a household the key does not see). Name replaced by a pseudonym; phone, address, location, needs and tags cleared; live pairings ended; the beneficiary name and phone of every visit order erased; stored Idempotency-Key answers rewritten. The audit chains stay valid (they only ever held masked values). 409 already_erased the second time. Audited (household.erased, order.beneficiary_erased).
         */
        post: operations["eraseHousehold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/households/{id}/pairings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The household’s pairings, present and past
         * @description Any key that sees the household (404 otherwise). Filters: memberId, status. Officers, community staff and region-scoped ops keys see the pairings of their subtree; a member its own; unit admins none.
         */
        get: operations["listHouseholdPairings"];
        put?: never;
        /**
         * Pair a member with the household, visiting on an RRULE rhythm
         * @description Admins and the staff of the household’s community (403 for other roles; 404 for a pairing the key does not see). The member must be active and reported in to the household’s community or in a unit paired with it (422 invalid_reference); the category needs a routine SLA policy (422 unknown_category); the rrule must be a readable iCalendar RRULE recurring at most daily and yielding a visit (422 invalid_rrule). Each visit is published as an order VISIT_PUBLISH_AHEAD_S before it starts, offered first to the member. A member already paired with the household is 409. Audited (household_pairing.created).
         */
        post: operations["createHouseholdPairing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/household-pairings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the household pairings in scope (a member: its own)
         * @description Any key. Filters: householdId, memberId, status. Officers, community staff and region-scoped ops keys see the pairings of their subtree; a member its own; unit admins none.
         */
        get: operations["listPairingsOfHouseholds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/household-pairings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a pairing with its next visit
         * @description Any key that sees it (404 otherwise). Officers, community staff and region-scoped ops keys see the pairings of their subtree; a member its own; unit admins none.
         */
        get: operations["getHouseholdPairing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the rhythm, visit window or category of a pairing
         * @description Admins and the staff of the household’s community (403 for other roles; 404 for a pairing the key does not see). Active or paused pairings (409 invalid_transition once ended). A new rrule (422 invalid_rrule when unusable) applies from now on: visits already published stand. Audited (household_pairing.updated).
         */
        patch: operations["updateHouseholdPairing"];
        trace?: never;
    };
    "/v1/household-pairings/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause a pairing: no visits are published while paused
         * @description Admins and the staff of the household’s community (403 for other roles; 404 for a pairing the key does not see). Only an active pairing (409 invalid_transition). Audited (household_pairing.paused).
         */
        post: operations["pauseHouseholdPairing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/household-pairings/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a paused pairing: visits from now on are published
         * @description Admins and the staff of the household’s community (403 for other roles; 404 for a pairing the key does not see). Only a paused pairing (409 invalid_transition). Visits that fell in the pause are not published. Audited (household_pairing.resumed).
         */
        post: operations["resumeHouseholdPairing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/household-pairings/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a pairing (history kept)
         * @description Admins and the staff of the household’s community (403 for other roles; 404 for a pairing the key does not see). An active or paused pairing (409 invalid_transition once ended). Audited (household_pairing.ended).
         */
        post: operations["endHouseholdPairing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/household-pairings/{id}/hand-over": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand the household to another member: this pairing ends, a new one starts
         * @description Admins and the staff of the household’s community (403 for other roles; 404 for a pairing the key does not see). The new pairing keeps the rhythm, window and category, names this one in replacesId and publishes the visits after the last one already published. The member must fit the household’s community (422 invalid_reference); the same member, or an ended pairing, is 409. Audited (household_pairing.handed_over, household_pairing.created).
         */
        post: operations["handOverHouseholdPairing"];
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
        /**
         * List the categories (any key)
         * @description Any key: categories are the same for every region. Ordered by code.
         */
        get: operations["listCategories"];
        put?: never;
        /**
         * Add a category with its default SLA (admin); its SLA policies per priority are created too
         * @description Admins only. The routine SLA policy takes the default durations; urgent a quarter of the claim time (at least 1 hour) and half of the completion time (at least 4 hours); emergency 15 minutes to claim and 4 hours to complete. defaultCompleteWithin is at least defaultClaimWithin. A code that exists is 409. Audited.
         */
        post: operations["createCategory"];
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
        /**
         * List orders in scope (beneficiaries masked)
         * @description Any key. Officers, community staff and region-scoped ops keys see the orders of their subtree; a unit admin those its unit may take, holds or was offered; a member those it may take, holds or was offered; admins and unscoped ops keys all. Oldest first; filter by status, community, category, priority and creation time (createdFrom inclusive, createdTo exclusive).
         */
        get: operations["listOrders"];
        put?: never;
        /**
         * Post an order for a resident (created open unless publish is false)
         * @description Admins, street officers and community staff, in a community of their subtree (404 otherwise). The category and its SLA policy for the priority must exist (422 unknown_category); gridId must be a grid of the community and targetUnitIds units paired with it (422), given only with dispatchMode targeted. A published order gets its claim-by and complete-by deadlines and dispatch starts (auto: offers in waves). The answer lists possible duplicates: up to 10 recent live orders of the same category in the community, near the location or in the same grid. Audited (order.created).
         */
        post: operations["createOrder"];
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
        /**
         * Read an order with its deadlines, breaches and escalation level
         * @description Any key that sees the order (404 otherwise, as for listOrders). The beneficiary’s name and phone are shown to the staff managing the order only. ETag carries the version that PATCH names in If-Match.
         */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a draft or open order (If-Match with its ETag is required)
         * @description Admins, and the street officers and community staff whose subtree holds the order’s community (403 for other keys that see the order). Only a draft or open order (409 invalid_transition). If-Match must name the current version: 428 without it, 412 version_mismatch when the order changed since it was read. At least one field; headcount may not go below the slots already held (409). Audited (order.updated).
         */
        patch: operations["updateOrder"];
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
        /**
         * Publish a draft: deadlines are fixed and dispatch starts
         * @description Admins, and the street officers and community staff whose subtree holds the order’s community (403 for other keys that see the order). Only a draft (409 invalid_transition). The SLA deadlines count from now; auto dispatch sends the first wave of offers. Audited (order.published).
         */
        post: operations["publishOrder"];
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
        /**
         * Cancel a draft, open or filled order
         * @description Admins, and the street officers and community staff whose subtree holds the order’s community (403 for other keys that see the order). Only a draft, open or filled order (409 invalid_transition once work has started). Its waitlisted, held and checked-in claims are cancelled, pending offers withdrawn and open escalations closed; the reason is kept. Audited (order.cancelled).
         */
        post: operations["cancelOrder"];
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
        /**
         * Verify completed work with the resident's rating; credits hours and points, or reopens when not resolved
         * @description Admins, and the street officers and community staff whose subtree holds the order’s community (403 for other keys that see the order). Only a completed order (409 invalid_transition). Resolved: each completed claim gets its approved hours (one figure, a figure per claim id, or by default the hours reported; claim ids not completed on this order are 422) and the love bank credits hours and points in the same transaction. Not resolved: the order reopens, its claims are released and dispatch starts again. Audited (order.verified or order.reopened).
         */
        post: operations["verifyOrder"];
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
        /**
         * The order's audit events, oldest first
         * @description Any key that sees the order (404 otherwise). The events of the order’s hash chain in chain order, each with its hash, so the chain can be checked (see verifyAuditChains).
         */
        get: operations["getOrderTimeline"];
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
        /**
         * The order's claims, in the order they were made
         * @description Any key that sees the order (404 otherwise); every claim, ended ones too.
         */
        get: operations["listClaims"];
        put?: never;
        /**
         * Claim a slot for a member (a member key for itself, a unit admin for its members); waitlist: true joins the waitlist of a full order
         * @description A member key for itself, a unit admin for its members, staff managing the order for any member; a member the key may not act for is 404. Only an open, filled or in-progress order (409 invalid_transition). Refusals in this order: already_claimed (409), member_unavailable (409), not_eligible (403: the member has not reported in to the community, is in no paired unit, or lacks a required skill), order_full (409, unless waitlist is true), member_at_capacity (409). Claims on one order are serialised, so no race overfills it. Besides the key’s rate limit, each member has its own budget of claims per window (429). Audited (claim.created or claim.waitlisted).
         */
        post: operations["createClaim"];
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
        /**
         * Withdraw a claim before check-in; the slot reopens and the waitlist moves up
         * @description The member itself, the admin of its unit, or staff managing the order; for any other key the claim is 404. A waitlisted claim leaves the waitlist; a held claim gives its slot back, and the first waitlisted claim takes it. A checked-in or ended claim is 409 invalid_transition. Audited (claim.withdrawn).
         */
        delete: operations["withdrawClaim"];
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
        /**
         * Check in at the place and time of the work (refused too far away or outside the window)
         * @description The member itself, the admin of its unit, or staff managing the order; for any other key the claim is 404. Only a held claim (409 invalid_transition). When the order has a location and a window, the check-in must fall inside the window (with CHECKIN_WINDOW_SLACK_S of slack) and, when lat and lng are given, within CHECKIN_MAX_DISTANCE_M of the location: otherwise 409 check_in_refused with reason outside_window or too_far. The body may be left out. Audited (claim.checked_in).
         */
        post: operations["checkInClaim"];
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
        /**
         * Report the work done with the hours spent
         * @description The member itself, the admin of its unit, or staff managing the order; for any other key the claim is 404. Only a checked-in claim (409 invalid_transition). The order is completed, ready for verification, once every slot-holding claim is. Audited (claim.completed).
         */
        post: operations["completeClaim"];
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
        /**
         * Signed checkpoints, newest first: keep a copy outside the database
         * @description Admins and unscoped ops keys only (403 otherwise): the trail spans every region.
         */
        get: operations["listAuditCheckpoints"];
        put?: never;
        /**
         * Sign a checkpoint of the heads of every audit chain now (also taken every hour by the workers)
         * @description Admins and unscoped ops keys only (403 otherwise): the trail spans every region. The heads of every chain up to the last settled event (older than 10 seconds) are combined into one digest and signed with the server’s key; keep a copy outside the database, so that a rewritten chain shows later (verifyAuditCheckpoint).
         */
        post: operations["createAuditCheckpoint"];
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
        /**
         * Recompute the chain heads a checkpoint covered; a rewritten chain no longer matches
         * @description Admins and unscoped ops keys only (403 otherwise): the trail spans every region. Recomputes the heads of the chains up to the checkpoint’s last event and checks the digest and the signature: a chain rewritten since, even with all its hashes recomputed, no longer matches.
         */
        get: operations["verifyAuditCheckpoint"];
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
        /**
         * Recompute one entity's audit chain (entityId) or every chain, and report where a chain breaks
         * @description Admins and unscoped ops keys only (403 otherwise): the trail spans every region. An entityId without audit events is 404.
         */
        get: operations["verifyAuditChains"];
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
        /**
         * Offers in scope: a member's own, a unit admin's members', staff's region; filter by status, order or member
         * @description Any key: a member sees its own offers, a unit admin those of its unit’s members, officers, community staff and region-scoped ops keys those on orders of their subtree, admins and unscoped ops keys all. Oldest first.
         */
        get: operations["listOffers"];
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
        /**
         * Read an offer with the score parts that ranked it
         * @description Any key that sees the offer, as for listOffers (404 otherwise).
         */
        get: operations["getOffer"];
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
         * @description Only the member the offer was made to, or the admin of its unit (403 for staff who see it; 404 for keys that do not). An offer that is no longer pending, or has expired, is 409 offer_not_pending. The claim is made by the one claim path, with its refusals (see createClaim), and answered as the new claim.
         */
        post: operations["acceptOffer"];
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
        /**
         * Decline an offer (optionally saying why); the next wave goes out
         * @description Only the member the offer was made to, or the admin of its unit (403 for staff who see it; 404 for keys that do not). Only a pending offer that has not expired (409 offer_not_pending). The reason stays on the offer and in the audit trail, never in webhook payloads; matching sends the next wave. The body may be left out. Audited (offer.declined).
         */
        post: operations["declineOffer"];
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
        /**
         * Every offer made for an order, by wave and rank, with score parts (staff managing the order)
         * @description Admins, and the street officers and community staff whose subtree holds the order’s community: 403 for other keys that see the order, 404 for keys that do not.
         */
        get: operations["listOrderOffers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/claims/{claimId}/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The claim's transfers, oldest first
         * @description Any key that sees the order (404 otherwise); the transfers of the claim it sees, as for listTransfers (the reasons are the parties’ and the staff’s to read), closed ones too.
         */
        get: operations["listClaimTransfers"];
        put?: never;
        /**
         * Offer a held claim to a named member, or ask for it with a reason
         * @description kind offer: the member holding the claim, its unit admin, or staff managing the order (404 for other keys) offers it to toMemberId, who accepts or declines. kind request: a member key for itself or a unit admin for one of its members (403 for other roles; 404 for a member the key may not act for) asks for the claim with a reason; the holder accepts or declines, and unanswered it moves by itself after CLAIM_TRANSFER_AUTO_ACCEPT_S. Only a held claim, not yet checked in (409 invalid_transition). The member the claim would go to meets the claim rules, as when claiming: already_claimed (409), member_unavailable (409), not_eligible (403), and an order that is open, filled or in progress (409 invalid_transition). One open transfer per claim (409 transfer_open with transferId). Audited (claim_transfer.offered or claim_transfer.requested).
         */
        post: operations["createClaimTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claim-transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Transfers in scope: from or to a member, its unit, or on orders of a region; filter by status, kind, order or member
         * @description Any key: a member sees the transfers from or to it, a unit admin those from or to its members (or held for its unit), officers, community staff and region-scoped ops keys those on orders of their subtree, admins and unscoped ops keys all. Oldest first.
         */
        get: operations["listTransfers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claim-transfers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a transfer
         * @description Any key that sees the transfer, as for listTransfers (404 otherwise).
         */
        get: operations["getTransfer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claim-transfers/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a transfer: the claim moves with its slot, check-in rules and deadlines
         * @description An offer is answered by the member named in it or the admin of its unit; a request by the member holding the claim, its unit admin, or staff managing the order. Keys that see the transfer but are not on that side get 403, other keys 404. Only an open transfer (409 transfer_not_open with transferStatus); a transfer ends by itself when its claim is withdrawn, checked in, marked a no-show or cancelled. The claim keeps its id, status and slot; its member changes, the capacity it takes moves from one member to the other, and the order's deadlines stay as they are. The member the claim goes to meets the claim rules again (already_claimed, member_unavailable, member_at_capacity: 409; not_eligible: 403). Audited (claim_transfer.accepted).
         */
        post: operations["acceptTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claim-transfers/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a transfer (the holder rejects a request, or the named member declines an offer)
         * @description An offer is answered by the member named in it or the admin of its unit; a request by the member holding the claim, its unit admin, or staff managing the order. Keys that see the transfer but are not on that side get 403, other keys 404. Only an open transfer (409 transfer_not_open with transferStatus); a transfer ends by itself when its claim is withdrawn, checked in, marked a no-show or cancelled. The claim stays where it is. Audited (claim_transfer.declined).
         */
        post: operations["declineTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claim-transfers/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a transfer one has opened
         * @description An offer is withdrawn by the holder's side (the member, its unit admin, staff managing the order), a request by the asking side (the member asked for or its unit admin); keys that see the transfer but are not on that side get 403, other keys 404. Only an open transfer (409 transfer_not_open with transferStatus); a transfer ends by itself when its claim is withdrawn, checked in, marked a no-show or cancelled. Audited (claim_transfer.withdrawn).
         */
        post: operations["withdrawTransfer"];
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
        /**
         * Endpoints in the scope of the key
         * @description Admins, street officers, community staff, unit admins and ops keys: admins and unscoped ops keys see every endpoint, region keys those scoped to a region of their subtree, unit admins those of their unit; members are 403. Never their secrets; oldest first.
         */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Subscribe a URL to events; the signing secret is in this response only
         * @description Admins, street officers, community staff and unit admins (403 otherwise). The scope defaults to the key’s region or unit: region keys may name a region of their subtree, unit admins only their unit (403), admins anything; an unknown or foreign region or unit is 404. The URL’s host is resolved and refused when it is loopback, private or reserved (422 webhook_url_refused). Deliveries are signed per Standard Webhooks with the secret of this response (and of its replay under the same Idempotency-Key). Audited.
         */
        post: operations["createWebhookEndpoint"];
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
        /**
         * One endpoint, without its secret
         * @description Admins, street officers, community staff, unit admins and ops keys: admins and unscoped ops keys see every endpoint, region keys those scoped to a region of their subtree, unit admins those of their unit; members are 403. An endpoint outside that, or deleted, is 404.
         */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /**
         * Delete an endpoint; nothing more is delivered to it
         * @description Admins, street officers, community staff and unit admins, on an endpoint they see (403 for ops keys and members). The delivery log stays; a deleted endpoint is 404 from then on. Audited (deleted).
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Re-enable (or pause) an endpoint
         * @description Admins, street officers, community staff and unit admins, on an endpoint they see (403 for ops keys and members). enabled: true re-enables an endpoint the workers disabled after failing deliveries, and forgets its failing streak; false pauses it. Audited (enabled, disabled).
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Delivery log of an endpoint: status, attempts, last response code, error and latency
         * @description Admins, street officers, community staff, unit admins and ops keys: admins and unscoped ops keys see every endpoint, region keys those scoped to a region of their subtree, unit admins those of their unit; members are 403. Filter by status.
         */
        get: operations["listWebhookDeliveries"];
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
        /**
         * Redeliver a dead or delivered message (same webhook-id, fresh attempts)
         * @description Admins, street officers, community staff, unit admins and ops keys: admins and unscoped ops keys see every endpoint, region keys those scoped to a region of their subtree, unit admins those of their unit; members are 403. Only a dead or delivered message of an enabled endpoint: a disabled endpoint, or a delivery whose attempts are still running, is 409. Audited (redelivery_requested).
         */
        post: operations["retryWebhookDelivery"];
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
         * @description Any key with a scope (403 otherwise): the domain events its webhooks would carry for its scope (a member: the offers made to it; a unit admin: what is addressed to its unit; staff, officers and region-scoped ops: their region’s subtree; admins and unscoped ops: all), with the same payloads, in a fixed order. Resume exactly where you stopped with `after` = the last event’s `cursor` or a page’s `endCursor`; no event is skipped or repeated, however transactions commit. Events are kept EVENTS_RETENTION_DAYS (30) days: a cursor before deleted events is 410 `cursor_expired`.
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
         * @description Any key with a scope (403 otherwise), or a stream token in `access_token`: a `text/event-stream` of the events of the key’s scope (optionally only some `types`, or one `orderId`) as they are committed. Each message’s `id` is the event’s feed cursor: reconnect with `Last-Event-ID` (EventSource does it by itself) to resume just after it, on any API process, with nothing lost or repeated; a cursor before deleted events is 410 `cursor_expired`. Without a cursor the stream starts now. A key may hold STREAM_MAX_PER_KEY (5) streams at once (429 `too_many_streams`); a process that is stopping answers 503. A browser, whose EventSource cannot send Authorization, passes `access_token` from POST /v1/events/stream-tokens instead.
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
         * @description Any key with a scope (403 otherwise). EventSource cannot send an Authorization header: your backend, which holds the API key, asks for a token and hands it to the browser, which opens `GET /v1/events/stream?access_token=<token>`. The token opens (and re-opens) streams of the same key for STREAM_TOKEN_TTL_S (300) seconds and does nothing else; revoking the key ends it. An open stream is not cut when the token expires.
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
        /**
         * List the SLA policies per category × priority (staff and officers)
         * @description Admins, street officers, community staff and ops keys (403 for unit admins and members). Policies are the same everywhere; ordered by category code and priority, optionally of one category.
         */
        get: operations["listSlaPolicies"];
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
        /**
         * Set the SLA policy of a category × priority (admin); published orders keep their deadlines
         * @description Admins only. Replaces the policy (or creates it) of an existing category (404 otherwise). Durations are ISO 8601 without years or months, from PT1S to P366D in whole seconds; completeWithin is at least claimWithin. Published orders keep their deadlines; escalations from now on use the new response time. Audited (sla_policy.updated).
         */
        put: operations["setSlaPolicy"];
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
        /**
         * List SLA breaches in scope, oldest first
         * @description Admins, street officers, community staff and ops keys (403 for unit admins and members). Officers, staff and region-scoped ops keys see the breaches of orders in their subtree; regionId narrows to a region inside it (404 for one outside). Filter by kind, the level the order reached, and the time of detection.
         */
        get: operations["listSlaBreaches"];
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
        /**
         * Extend an order's claim-by or complete-by deadline (staff managing the order); audited
         * @description Admins, and the street officers and community staff whose subtree holds the order’s community (403 for other keys that see the order). The deadline must still apply to the order (409 invalid_transition: claim-by while the order is open with free slots, complete-by until the work is completed), and the new one must be in the future and later than the current one (422 deadline_not_later). The new deadline gets its own timer. Audited (order.deadline_extended). ETag carries the order’s new version.
         */
        post: operations["extendOrderDeadline"];
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
         * @description Admins, and the street officers and community staff whose subtree holds the order’s community (403 for other keys that see the order). Only an open, filled or in-progress order (409 invalid_transition). The level defaults to one above the current one; a level not above it, or above 2, is 409 escalation_level_invalid. The officers of that level are notified and have the policy’s response time to answer. Audited.
         */
        post: operations["escalateOrder"];
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
        /**
         * Escalations in scope: an officer sees those of their region's levels, staff those of their orders
         * @description Street officers see the escalations to a level of their subtree, community staff and region-scoped ops keys those of orders in their subtree, admins and unscoped ops keys all; unit admins and members are 403. Oldest first; filter by status, level or order.
         */
        get: operations["listEscalations"];
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
        /**
         * Read one escalation
         * @description Street officers see the escalations to a level of their subtree, community staff and region-scoped ops keys those of orders in their subtree, admins and unscoped ops keys all; unit admins and members are 403. An escalation outside that is 404.
         */
        get: operations["getEscalation"];
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
        /**
         * Respond to an escalation (报到): a note and units assigned to help (officers of its level)
         * @description Admins, and street officers whose subtree holds the escalation’s region (403 for other roles, 404 for escalations they do not see). Only an open or breached escalation (a late answer is accepted) of an order that is still active (409 invalid_transition). The assigned units must exist (422) and may claim the order from then on; matching runs again. Audited (escalation.responded).
         */
        post: operations["respondToEscalation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/escalations/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rate the answer to an escalation (1–5, with a comment): the whistlers, once
         * @description Admins, and the community staff and street officers managing the order whose region lies below the escalation’s level — those who blew the whistle (the officers of the level that answered are 403; keys that do not see the escalation 404). Only an answered escalation (409 invalid_transition before the answer); once (409 answer_already_rated). The rating counts in the league of escalation answers (GET /v1/evaluations/escalation-answers). Audited (escalation.answer_rated).
         */
        post: operations["rateEscalationAnswer"];
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
        /**
         * Merchants in or above the caller’s region
         * @description Admins, ops keys, street officers, community staff and members (403 for unit admins). A shop serves the region it sits in and everything below: a key reaches the shops in its subtree and above it, a member those around its community; another shop is 404. Oldest first.
         */
        get: operations["listMerchants"];
        put?: never;
        /**
         * Register a partner merchant (admin, street officer within its subtree)
         * @description Admins anywhere, street officers in their subtree (403 for other roles); a region outside the key’s scope is 422. Audited (merchant.created).
         */
        post: operations["createMerchant"];
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
        /**
         * One merchant
         * @description Admins, ops keys, street officers, community staff and members (403 for unit admins). A shop serves the region it sits in and everything below: a key reaches the shops in its subtree and above it, a member those around its community; another shop is 404.
         */
        get: operations["getMerchant"];
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
        /**
         * What a merchant redeemed, with the total for settlement
         * @description Admins, street officers and community staff, for a shop they reach (404 otherwise; 403 for other roles). Redemptions newest first, with the number and total points of the period: from inclusive, to exclusive, from before to.
         */
        get: operations["getMerchantLedger"];
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
         * @description Admins, street officers and community staff above the member’s community, and the member itself (403 for other roles; a member the key does not see is 404). The merchant must be a shop the key reaches (422). The balance never goes negative: 409 insufficient_points. Audited (ledger.redeemed); a redemption.created event goes out.
         */
        post: operations["createRedemption"];
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
         * @description Admins only. A new pair of entries against the account of the member’s community; past entries are never edited. It moves points or hours (not both zero); the member must have reported in to a community (422), and neither the balance nor the total hours may go negative (409). Audited (ledger.adjusted).
         */
        post: operations["createLedgerAdjustment"];
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
        /**
         * A member's statement: entries newest first, balance and total hours
         * @description Admins, the street officers and community staff above the member’s community, the admin of its unit and the member itself (403 for ops keys; a member the key does not see is 404). The balance is read in the same snapshot as the entries.
         */
        get: operations["getMemberLedger"];
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
         * @description Admins, ops keys, street officers and community staff (403 for other roles). regionId must lie inside the caller's subtree (404 otherwise); the default is the caller's own region, everything for admins and unscoped ops keys. from is inclusive, to exclusive, and from must be before to.
         */
        get: operations["getSummaryReport"];
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
         * @description Admins, ops keys, street officers and community staff, and unit admins for their own unit only (403 for members). regionId must lie inside the caller's subtree (404 otherwise); the default is the caller's own region, everything for admins and unscoped ops keys. from is inclusive, to exclusive, and from must be before to.
         */
        get: operations["getUnitsReport"];
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
         * @description Admins, ops keys, street officers and community staff (403 for other roles). Names are masked, and absent for ops keys. regionId must lie inside the caller's subtree (404 otherwise); the default is the caller's own region, everything for admins and unscoped ops keys. from is inclusive, to exclusive, and from must be before to. JSON comes in pages of limit rows in member id order (pass nextCursor back as cursor); CSV is the whole report, most hours first, streamed row by row.
         */
        get: operations["getMembersReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Paired households’ visits of a month per member, community or street: visited, due, overdue
         * @description Admins, ops keys, street officers and community staff (403 for other roles). regionId must lie inside the caller's subtree (404 otherwise); the default is the caller's own region. month (YYYY-MM, UTC) defaults to the current one; groupBy is member, community (default) or street. Member names are masked, and absent for ops keys.
         */
        get: operations["getVisitsReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/evaluations/rankings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The three rates (三率) of the districts, streets, communities or units of a region, ranked
         * @description Admins, ops keys, street officers and community staff (403 for other roles). regionId must lie inside the caller's subtree (404 otherwise); the default is the caller's own region, everything for admins and unscoped ops keys. The period is a calendar month (month=YYYY-MM, in EVALUATION_TIME_ZONE) or from/to (half-open); the previous period, for the change in rank, is the month or the span of the same length just before. Each row has the response, resolution and satisfaction rates with their counts, the rank by their mean and the change against the previous period; regions without orders are listed last. The formulas are in docs/evaluations.md.
         */
        get: operations["getThreeRatesRanking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/evaluations/escalation-answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The league of the units and departments assigned by escalation answers: on time, rating, resolved
         * @description Admins, ops keys, street officers and community staff (403 for other roles). regionId must lie inside the caller's subtree (404 otherwise); the default is the caller's own region, everything for admins and unscoped ops keys. The period is a calendar month (month=YYYY-MM, in EVALUATION_TIME_ZONE) or from/to (half-open); the previous period, for the change in rank, is the month or the span of the same length just before. A row per unit assigned by an answer given in the period to an escalation whose level lies in the region: assignments, taken up, taken up before the order's next deadline breach (%), the whistlers' mean rating and orders verified after the answer. Best first.
         */
        get: operations["getEscalationAnswersLeague"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/evaluations/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The yearly evaluation of co-building units: a weighted score, each part shown, ranked
         * @description Admins, ops keys, street officers and community staff (403 for other roles). regionId must lie inside the caller's subtree (404 otherwise); the default is the caller's own region, everything for admins and unscoped ops keys. A row per unit the region deals with: report-in rate, orders taken, hours, on-time % and mean rating over the calendar year (in EVALUATION_TIME_ZONE), each on 0–100, and the score weighted by the weights in force (named in the answer).
         */
        get: operations["getUnitEvaluation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/evaluations/unit-weights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The weights of the yearly unit evaluation in force, and every earlier version
         * @description Admins, ops keys, street officers and community staff (403 for other roles).
         */
        get: operations["getUnitScoreWeights"];
        /**
         * Set new weights for the yearly unit evaluation (admins): a new version, audited
         * @description Admins only (403 for other roles). Each weight is 0–100 and at least one is above 0 (400). The weights become a new version; earlier versions stay readable and unchanged. Audited (evaluation_weights.updated).
         */
        put: operations["setUnitScoreWeights"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the resources in scope
         * @description Any key. Officers, community staff and region-scoped ops keys see the resources whose owner is in their subtree and those a community of it may book; a unit admin the resources of its unit and those its unit may book; members none. Anything else is 404. Oldest first; filter by kind, owning unit or community, and whether active.
         */
        get: operations["listResources"];
        put?: never;
        /**
         * Publish a resource of a unit or a community
         * @description Unit admins for their unit, community staff for a community of their subtree, admins for any (403 for other roles or another unit; 404 for a unit or community the key does not see; 422 when owner.id of type community is not a community). Opening hours are weekly intervals in timeZone (default RESOURCE_TIME_ZONE, Asia/Shanghai). bookableBy street needs an owner inside a street (422 for a unit sitting at the district level). Audited (resource.created).
         */
        post: operations["createResource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a resource
         * @description Any key. Officers, community staff and region-scoped ops keys see the resources whose owner is in their subtree and those a community of it may book; a unit admin the resources of its unit and those its unit may book; members none. Anything else is 404. ETag carries the version that PATCH names in If-Match.
         */
        get: operations["getResource"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a resource (If-Match with its ETag is required)
         * @description The owner: its unit’s admins, its community’s staff, admins (403 for other keys that see it). If-Match must name the current version: 428 without it, 412 version_mismatch when it changed since it was read. At least one field. Bookings already made stay as they are (a lower capacity or shorter hours bind new bookings only); active false takes no new bookings. Audited (resource.updated).
         */
        patch: operations["updateResource"];
        trace?: never;
    };
    "/v1/resources/{id}/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a resource's bookings the key sees
         * @description Any key that sees the resource (404 otherwise). Officers, community staff and region-scoped ops keys see the bookings of resources owned in their subtree and those booked by a unit or community located in it; a unit admin the bookings of its unit’s resources and its unit’s own; members none. Anything else is 404. Oldest first; from and to keep the bookings overlapping [from, to).
         */
        get: operations["listResourceBookings"];
        put?: never;
        /**
         * Book a slot of a resource for a unit or a community
         * @description Community staff for their community, unit admins for their unit, admins for any (403 for other roles). The booker must be admitted by the resource’s rule (403 booking_not_allowed): paired (the communities paired with the owning unit on the slot’s day; for a community’s resource the units paired with it), street or district (a community in that area, a unit sitting in it or paired with one of its communities); the owner may always book its own. The slot [startsAt, endsAt) starts in the future (422 slot_in_past), lies inside one opening interval in the resource’s time zone (422 outside_opening_hours), and overlaps fewer held bookings than the capacity (409 slot_unavailable); an inactive resource takes none (409 resource_inactive). Requested, approved and confirmed bookings hold their slot: a request waiting for approval holds it too. The booking is confirmed at once, or requested when the resource asks for approval. Bookings of one resource are decided one at a time under its row lock, so two bookers racing for the last place: one wins, the other gets 409. Audited (booking.confirmed or booking.requested).
         */
        post: operations["createBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the bookings in scope
         * @description Any key. Officers, community staff and region-scoped ops keys see the bookings of resources owned in their subtree and those booked by a unit or community located in it; a unit admin the bookings of its unit’s resources and its unit’s own; members none. Anything else is 404. Oldest first; filter by status and resource; from and to keep the bookings overlapping [from, to).
         */
        get: operations["listBookings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bookings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a booking
         * @description Any key. Officers, community staff and region-scoped ops keys see the bookings of resources owned in their subtree and those booked by a unit or community located in it; a unit admin the bookings of its unit’s resources and its unit’s own; members none. Anything else is 404.
         */
        get: operations["getBooking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bookings/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a requested booking
         * @description The owner of the resource (its unit’s admins, its community’s staff, admins; 403 otherwise). Only a requested booking. Its reminder is planned. Audited (booking.approved). 404 for a booking the key does not see; 409 invalid_transition from another status. The reason, when given, is kept.
         */
        post: operations["approveBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bookings/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a requested booking; its slot is freed
         * @description The owner of the resource (403 otherwise). Only a requested booking. Audited (booking.rejected). 404 for a booking the key does not see; 409 invalid_transition from another status. The reason, when given, is kept.
         */
        post: operations["rejectBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bookings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a booking; its slot is freed
         * @description Either side: the owner of the resource or the booker (its unit’s admins, its community’s staff), admins (403 otherwise). A requested, approved or confirmed booking; no reminder goes out after it. Audited (booking.cancelled, with who cancelled it). 404 for a booking the key does not see; 409 invalid_transition from another status. The reason, when given, is kept.
         */
        post: operations["cancelBooking"];
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
        UnitScoreWeightsInput: {
            /** @description Report-in rate: members reported in / expected members */
            reportIn: number;
            /** @description Orders taken, relative to the unit with the most */
            ordersTaken: number;
            /** @description Volunteer hours, relative to the unit with the most */
            hours: number;
            /** @description Completed claims finished by the order's complete-by */
            onTime: number;
            /** @description Mean rating of the orders served, × 20 */
            rating: number;
            /** @description Resources the unit opens to the communities, relative to the unit with the most */
            resources: number;
        };
        PartyInput: {
            /** @enum {string} */
            type: "unit" | "community";
            /**
             * Format: uuid
             * @description The unit id, or the community (a region of level community)
             */
            id: string;
        };
        OpeningIntervalInput: {
            /** @description ISO weekday: 1 is Monday, 7 is Sunday */
            weekday: number;
            /** @description Local time the resource opens, HH:MM */
            opens: string;
            /** @description Local time it closes on the same day, HH:MM after opens (24:00: midnight) */
            closes: string;
        };
        CreateClaimTransferInput: {
            /** @constant */
            kind: "offer";
            /**
             * Format: uuid
             * @description The member offered the claim
             */
            toMemberId: string;
            reason?: string;
        } | {
            /** @constant */
            kind: "request";
            /**
             * Format: uuid
             * @description The member the claim is asked for: a member key itself, a unit admin one of its members
             */
            toMemberId: string;
            reason: string;
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
        ThreeRatesRanking: {
            /** @enum {string} */
            level: "district" | "street" | "community" | "unit";
            regionId: string | null;
            from: string;
            to: string;
            previousFrom: string;
            previousTo: string;
            rows: {
                /** @description 1 is best: by overall rate, then more orders, then name */
                rank: number;
                /** @description Rank in the previous period; null when not ranked then */
                previousRank: number | null;
                /** @description previousRank − rank: positive moved up; null when not ranked in the previous period */
                rankChange: number | null;
                /** Format: uuid */
                id: string;
                name: string;
                /** @description Orders claimed in full by their claim-by, among those whose claim-by is decided, in % */
                responseRate: number | null;
                /** @description Orders verified without a reopen, among those due, in % */
                resolutionRate: number | null;
                /** @description Orders rated 4 or 5, among rated ones, in % */
                satisfactionRate: number | null;
                /** @description The mean of the rates that have a denominator */
                overall: number | null;
                counts: {
                    published: number;
                    responseDue: number;
                    responded: number;
                    resolutionDue: number;
                    resolved: number;
                    rated: number;
                    satisfied: number;
                };
            }[];
        };
        EscalationAnswersLeague: {
            regionId: string | null;
            from: string;
            to: string;
            previousFrom: string;
            previousTo: string;
            rows: {
                rank: number;
                /** Format: uuid */
                unitId: string;
                unitName: string;
                /** @description agency: a government department */
                unitKind: string;
                /** @description Escalation answers that assigned the unit */
                assigned: number;
                /** @description Of those, the ones the unit took up: a claim by its members after the answer */
                answered: number;
                /** @description Taken up before the order's next deadline breach, in % of assigned */
                answeredOnTimePct: number | null;
                /** @description The whistlers' mean rating (1–5) of those answers */
                averageRating: number | null;
                rated: number;
                /** @description Orders verified after the answer */
                resolvedAfter: number;
            }[];
        };
        UnitScoreWeights: {
            /** @description Report-in rate: members reported in / expected members */
            reportIn: number;
            /** @description Orders taken, relative to the unit with the most */
            ordersTaken: number;
            /** @description Volunteer hours, relative to the unit with the most */
            hours: number;
            /** @description Completed claims finished by the order's complete-by */
            onTime: number;
            /** @description Mean rating of the orders served, × 20 */
            rating: number;
            /** @description Resources the unit opens to the communities, relative to the unit with the most */
            resources: number;
        };
        UnitScoreWeightsVersion: {
            version: number;
            weights: components["schemas"]["UnitScoreWeights"];
            createdBy: string | null;
            createdAt: string;
        };
        UnitEvaluation: {
            regionId: string | null;
            year: number;
            from: string;
            to: string;
            weights: components["schemas"]["UnitScoreWeightsVersion"];
            rows: {
                rank: number;
                /** Format: uuid */
                unitId: string;
                unitName: string;
                /** @description Σ weight × part / Σ weights, 0–100 (a part without data counts 0) */
                score: number;
                /** @description Each part on a 0–100 scale, before weighting */
                parts: {
                    reportIn: number | null;
                    ordersTaken: number | null;
                    hours: number | null;
                    onTime: number | null;
                    rating: number | null;
                    resources: number | null;
                };
                figures: {
                    expectedMembers: number;
                    reportedIn: number;
                    ordersTaken: number;
                    completed: number;
                    hours: number;
                    onTimePct: number | null;
                    averageRating: number | null;
                    /** @description Active resources the unit publishes (the resource list) */
                    resourcesOpened: number;
                    /** @description Approved or confirmed bookings of its resources in the year */
                    bookingsHosted: number;
                };
            }[];
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
        Household: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            communityId: string;
            name: string;
            phone: string | null;
            address: string | null;
            lat: number | null;
            lng: number | null;
            needs: string | null;
            tags: ("elderly_alone" | "low_income" | "disabled" | "veteran" | "child_left_behind" | "chronically_ill")[];
            /** @description true when name and phone are masked, the address and needs withheld and the location rounded to about 1 km (a paired member sees the address, location and needs) */
            personalDataMasked: boolean;
            erasedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        HouseholdErasure: {
            household: components["schemas"]["Household"];
            /** Format: date-time */
            erasedAt: string;
            /** @description Live pairings of the household, ended now */
            pairingsEnded: string[];
            /** @description Visit orders whose beneficiary name and phone were erased */
            ordersScrubbed: number;
            storedResponsesScrubbed: number;
        };
        HouseholdPairing: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            householdId: string;
            /** Format: uuid */
            memberId: string;
            /** Format: uuid */
            communityId: string;
            rrule: string;
            /** Format: date-time */
            startsAt: string;
            visitMinutes: number;
            categoryCode: string;
            /** @enum {string} */
            status: "active" | "paused" | "ended";
            /**
             * Format: date-time
             * @description Visits from here on are published (the start, a resume or a hand-over)
             */
            publishFrom: string;
            /** @description The pairing this one took the household over from */
            replacesId: string | null;
            /** @description The next occurrence not yet published, if any */
            nextVisitAt: string | null;
            endedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        HouseholdExport: {
            /** Format: date-time */
            exportedAt: string;
            household: components["schemas"]["Household"];
            /** @description Every pairing, oldest first */
            pairings: components["schemas"]["HouseholdPairing"][];
            /** @description Every published visit, oldest first */
            visits: {
                /** Format: uuid */
                pairingId: string;
                /** Format: date-time */
                occurrenceAt: string;
                /** Format: uuid */
                orderId: string;
                /** Format: date-time */
                publishedAt: string;
            }[];
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
            queue: "matching" | "offers" | "webhooks" | "sla" | "bookings" | "maintenance";
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
            queue: "matching" | "offers" | "webhooks" | "sla" | "bookings" | "maintenance";
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
        Party: {
            /** @enum {string} */
            type: "unit" | "community";
            /**
             * Format: uuid
             * @description The unit id, or the community (a region of level community)
             */
            id: string;
        };
        OpeningInterval: {
            /** @description ISO weekday: 1 is Monday, 7 is Sunday */
            weekday: number;
            /** @description Local time the resource opens, HH:MM */
            opens: string;
            /** @description Local time it closes on the same day, HH:MM after opens (24:00: midnight) */
            closes: string;
        };
        Resource: {
            /** Format: uuid */
            id: string;
            owner: components["schemas"]["Party"];
            /** @enum {string} */
            kind: "venue" | "equipment" | "vehicle" | "expertise";
            name: string;
            description: string | null;
            capacity: number;
            timeZone: string;
            openingHours: components["schemas"]["OpeningInterval"][];
            requiresApproval: boolean;
            /** @enum {string} */
            bookableBy: "paired" | "street" | "district";
            active: boolean;
            /** @description Changes with every edit; the ETag is "v<version>" */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        Booking: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            resourceId: string;
            owner: components["schemas"]["Party"];
            booker: components["schemas"]["Party"];
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /** @enum {string} */
            status: "requested" | "approved" | "rejected" | "confirmed" | "cancelled";
            purpose: string | null;
            /** Format: date-time */
            remindAt: string;
            remindedAt: string | null;
            decidedAt: string | null;
            cancelledAt: string | null;
            cancelledBy: ("owner" | "booker") | null;
            reason: string | null;
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
            /** @description The whistlers' rating of the answer (once, after it); null until rated */
            answerRating: {
                rating: number;
                comment: string | null;
                /**
                 * Format: uuid
                 * @description API key that rated the answer
                 */
                ratedBy: string;
                ratedAt: string;
            } | null;
            createdAt: string;
        };
        ClaimTransfer: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orderId: string;
            /** Format: uuid */
            claimId: string;
            /** @enum {string} */
            kind: "offer" | "request";
            /** @enum {string} */
            status: "open" | "accepted" | "declined" | "withdrawn" | "ended";
            /**
             * Format: uuid
             * @description The member holding the claim when the transfer was opened
             */
            fromMemberId: string;
            /**
             * Format: uuid
             * @description The member the claim moves to
             */
            toMemberId: string;
            /** @description The unit the claim is held for once it moves (a unit admin asked or accepted) */
            toUnitId: string | null;
            reason: string | null;
            /** @description A request moves by itself at this time unless answered; null for offers */
            autoAcceptAt: string | null;
            /** @description The claim moved by the timer, not by an answer */
            autoAccepted: boolean;
            /** @description Why an open transfer ended unanswered: claim_withdrawn, claim_no_show, claim_checked_in, claim_cancelled, or the refusal code met when a request moved by itself (not_eligible, member_at_capacity, ...) */
            endCause: string | null;
            createdAt: string;
            closedAt: string | null;
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
            /** @description Attempts started, the one in flight included: an attempt is counted before its POST is sent */
            attempts: number;
            lastStatusCode: number | null;
            lastError: string | null;
            lastLatencyMs: number | null;
            /** Format: date-time */
            createdAt: string;
            /** @description When the outcome of the last attempt was recorded */
            lastAttemptAt: string | null;
            deliveredAt: string | null;
            /** @description Start of the last attempt while its outcome is not recorded (null once it is). Set before the POST is sent. Still set after the attempt time limit (WEBHOOK_TIMEOUT_MS, 10 s by default) means the outcome is unknown: the process making the attempt stopped (or lost Postgres) before recording it, and the receiver may or may not have got the message. The next attempt sends it again with the same webhook-id and counts this one in unknownOutcomeAttempts. */
            inFlightSince: string | null;
            /** @description Attempts whose outcome is unknown because the process making them stopped (or lost Postgres) before recording it; each was followed by a redelivery with the same webhook-id. Receivers de-duplicate on webhook-id. */
            unknownOutcomeAttempts: number;
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
    getLiveness: {
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
    getReadiness: {
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
            /** @description Postgres or Redis does not answer */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    getMetrics: {
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
            /** @description A path parameter is longer than 100 characters */
            414: {
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
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    listQueueFigures: {
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
            /** @description A path parameter is longer than 100 characters */
            414: {
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
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    listFailedJobs: {
        parameters: {
            query?: {
                queue?: "matching" | "offers" | "webhooks" | "sla" | "bookings" | "maintenance";
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
            /** @description A path parameter is longer than 100 characters */
            414: {
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
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    retryFailedJob: {
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
                        queue: "matching" | "offers" | "webhooks" | "sla" | "bookings" | "maintenance";
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    listServices: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311Errors"];
                    "text/xml": string;
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
    getServiceDefinition: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311Errors"];
                    "text/xml": string;
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
    listServiceRequests: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311Errors"];
                    "text/xml": string;
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
    createServiceRequest: {
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
            /** @description The form is larger than the server accepts */
            413: {
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
            /** @description The body is not a form (application/x-www-form-urlencoded) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311Errors"];
                    "text/xml": string;
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311Errors"];
                    "text/xml": string;
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
    getServiceRequest: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311Errors"];
                    "text/xml": string;
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
    listServiceRequestUpdates: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Open311Errors"];
                    "text/xml": string;
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
    listApiKeys: {
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
            /** @description A path parameter is longer than 100 characters */
            414: {
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
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    createApiKey: {
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
                     * @description The key stops working at this time, which must be in the future
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    revokeApiKey: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    rotateApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
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
                     * @description Expiry of the new key, in the future; by default the old key's own expiry, if it had one
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    listRegions: {
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
            /** @description A path parameter is longer than 100 characters */
            414: {
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
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    createRegion: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    getRegion: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    updateRegion: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    listUnits: {
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
            /** @description A path parameter is longer than 100 characters */
            414: {
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
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    createUnit: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    getUnit: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    updateUnit: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    listPairings: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    createPairing: {
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
                     * @description Last day of the agreement, on or after validFrom; open-ended when absent
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    listMembers: {
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
            /** @description A path parameter is longer than 100 characters */
            414: {
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
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    createMember: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    getMember: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    updateMember: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    reportInMember: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    exportMember: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    eraseMember: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    eraseOrderBeneficiary: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    listHouseholds: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque: the nextCursor of the page before (base64url of its last id) */
                cursor?: string;
                communityId?: string;
                tag?: "elderly_alone" | "low_income" | "disabled" | "veteran" | "child_left_behind" | "chronically_ill";
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
                        items: components["schemas"]["Household"][];
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
            /** @description A path parameter is longer than 100 characters */
            414: {
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
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    createHousehold: {
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
                     * Format: uuid
                     * @description The community that looks after the household; community staff default to theirs
                     */
                    communityId?: string;
                    name: string;
                    phone?: string;
                    address?: string;
                    lat?: number;
                    lng?: number;
                    /** @description What the household needs, free text */
                    needs?: string;
                    tags?: ("elderly_alone" | "low_income" | "disabled" | "veteran" | "child_left_behind" | "chronically_ill")[];
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
                    "application/json": components["schemas"]["Household"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    getHousehold: {
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
                    "application/json": components["schemas"]["Household"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    updateHousehold: {
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
                    phone?: string | null;
                    address?: string | null;
                    lat?: number | null;
                    lng?: number | null;
                    needs?: string | null;
                    tags?: ("elderly_alone" | "low_income" | "disabled" | "veteran" | "child_left_behind" | "chronically_ill")[];
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
                    "application/json": components["schemas"]["Household"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    exportHousehold: {
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
                    "application/json": components["schemas"]["HouseholdExport"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    eraseHousehold: {
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
                    "application/json": components["schemas"]["HouseholdErasure"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    listHouseholdPairings: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque: the nextCursor of the page before (base64url of its last id) */
                cursor?: string;
                memberId?: string;
                status?: "active" | "paused" | "ended";
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
                        items: components["schemas"]["HouseholdPairing"][];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    createHouseholdPairing: {
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
                    /**
                     * @description An iCalendar RRULE (RFC 5545), e.g. `FREQ=MONTHLY;BYMONTHDAY=5` or `RRULE:FREQ=WEEKLY;BYDAY=TU`; without DTSTART (startsAt gives it). At most daily; refused with 422 invalid_rrule otherwise
                     * @example FREQ=MONTHLY;BYMONTHDAY=5
                     */
                    rrule: string;
                    /**
                     * Format: date-time
                     * @description The first possible visit (its time of day is each visit’s start, UTC)
                     */
                    startsAt: string;
                    /**
                     * @description Each visit’s window
                     * @default 60
                     */
                    visitMinutes?: number;
                    /** @description The category of the visit orders (its routine SLA policy sets their deadlines) */
                    categoryCode: string;
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
                    "application/json": components["schemas"]["HouseholdPairing"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    listPairingsOfHouseholds: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque: the nextCursor of the page before (base64url of its last id) */
                cursor?: string;
                householdId?: string;
                memberId?: string;
                status?: "active" | "paused" | "ended";
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
                        items: components["schemas"]["HouseholdPairing"][];
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
            /** @description A path parameter is longer than 100 characters */
            414: {
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
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    getHouseholdPairing: {
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
                    "application/json": components["schemas"]["HouseholdPairing"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    updateHouseholdPairing: {
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
                     * @description An iCalendar RRULE (RFC 5545), e.g. `FREQ=MONTHLY;BYMONTHDAY=5` or `RRULE:FREQ=WEEKLY;BYDAY=TU`; without DTSTART (startsAt gives it). At most daily; refused with 422 invalid_rrule otherwise
                     * @example FREQ=MONTHLY;BYMONTHDAY=5
                     */
                    rrule?: string;
                    visitMinutes?: number;
                    categoryCode?: string;
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
                    "application/json": components["schemas"]["HouseholdPairing"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    pauseHouseholdPairing: {
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
                    "application/json": components["schemas"]["HouseholdPairing"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    resumeHouseholdPairing: {
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
                    "application/json": components["schemas"]["HouseholdPairing"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    endHouseholdPairing: {
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
                    "application/json": components["schemas"]["HouseholdPairing"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    handOverHouseholdPairing: {
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
                     * Format: uuid
                     * @description The member who takes the household over
                     */
                    memberId: string;
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
                    "application/json": components["schemas"]["HouseholdPairing"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    listCategories: {
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
            /** @description A path parameter is longer than 100 characters */
            414: {
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
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    createCategory: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    listOrders: {
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
            /** @description A path parameter is longer than 100 characters */
            414: {
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
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    createOrder: {
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
                    /** @description When the work is done: endsAt is after startsAt */
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
            /** @description The order; ETag is its version */
            201: {
                headers: {
                    /** @description The version of the order, e.g. "v3" */
                    etag?: string;
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    getOrder: {
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
            /** @description The order; ETag is its version */
            200: {
                headers: {
                    /** @description The version of the order, e.g. "v3" */
                    etag?: string;
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    updateOrder: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change is based on, as the last read answered it: 428 without it, 412 when the resource has changed since */
                "if-match": string;
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
            /** @description The order; ETag is its version */
            200: {
                headers: {
                    /** @description The version of the order, e.g. "v3" */
                    etag?: string;
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    publishOrder: {
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
            /** @description The order; ETag is its version */
            200: {
                headers: {
                    /** @description The version of the order, e.g. "v3" */
                    etag?: string;
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    cancelOrder: {
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
            /** @description The order; ETag is its version */
            200: {
                headers: {
                    /** @description The version of the order, e.g. "v3" */
                    etag?: string;
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    verifyOrder: {
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
            /** @description The order and what was credited; ETag is the order’s version */
            200: {
                headers: {
                    /** @description The version of the order, e.g. "v3" */
                    etag?: string;
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    getOrderTimeline: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    listClaims: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    createClaim: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    withdrawClaim: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    checkInClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                claimId: string;
            };
            cookie?: never;
        };
        requestBody?: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    completeClaim: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    listAuditCheckpoints: {
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
            /** @description A path parameter is longer than 100 characters */
            414: {
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
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    createAuditCheckpoint: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    verifyAuditCheckpoint: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    verifyAuditChains: {
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
            /** @description A path parameter is longer than 100 characters */
            414: {
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
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    listOffers: {
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
            /** @description A path parameter is longer than 100 characters */
            414: {
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
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    getOffer: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    acceptOffer: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    declineOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    listOrderOffers: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    listClaimTransfers: {
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
                        items: components["schemas"]["ClaimTransfer"][];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    createClaimTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Scoped to your API key and to this method and path, path parameters included. A retry with the same key and body returns the first response (Idempotent-Replayed: true) and changes nothing; the same key with another body is 422 idempotency_key_reused; a retry while the first request is still running is 409 idempotency_in_progress. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateClaimTransferInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimTransfer"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    listTransfers: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque: the nextCursor of the page before (base64url of its last id) */
                cursor?: string;
                status?: "open" | "accepted" | "declined" | "withdrawn" | "ended";
                kind?: "offer" | "request";
                orderId?: string;
                /** @description Transfers from or to this member */
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
                        items: components["schemas"]["ClaimTransfer"][];
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
            /** @description A path parameter is longer than 100 characters */
            414: {
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
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    getTransfer: {
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
                    "application/json": components["schemas"]["ClaimTransfer"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    acceptTransfer: {
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
                    "application/json": components["schemas"]["ClaimTransfer"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    declineTransfer: {
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
                    "application/json": components["schemas"]["ClaimTransfer"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    withdrawTransfer: {
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
                    "application/json": components["schemas"]["ClaimTransfer"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    listWebhookEndpoints: {
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
            /** @description A path parameter is longer than 100 characters */
            414: {
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
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    createWebhookEndpoint: {
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
                    events: ("order.published" | "order.updated" | "order.cancelled" | "order.filled" | "order.reopened" | "order.completed" | "order.verified" | "order.expired" | "order.escalated" | "order.sla_breached" | "offer.created" | "offer.accepted" | "offer.declined" | "offer.expired" | "offer.withdrawn" | "claim.created" | "claim.withdrawn" | "claim.checked_in" | "claim.completed" | "claim.no_show" | "claim_transfer.offered" | "claim_transfer.requested" | "claim_transfer.accepted" | "claim_transfer.declined" | "claim_transfer.withdrawn" | "claim_transfer.ended" | "escalation.responded" | "escalation.breached" | "ledger.credited" | "ledger.adjusted" | "redemption.created" | "resource.created" | "resource.updated" | "booking.requested" | "booking.confirmed" | "booking.approved" | "booking.rejected" | "booking.cancelled" | "booking.reminder" | "household_pairing.created" | "household_pairing.updated" | "household_pairing.paused" | "household_pairing.resumed" | "household_pairing.ended" | "household_pairing.handed_over" | "visit.published" | "*")[];
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
            /** @description webhook_url_refused: the host is, or resolves to, a loopback, private or reserved address; or idempotency_key_reused: this Idempotency-Key was sent to this method and path before with another body */
            422: {
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
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    getWebhookEndpoint: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    deleteWebhookEndpoint: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    updateWebhookEndpoint: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    listWebhookDeliveries: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    retryWebhookDelivery: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    listEvents: {
        parameters: {
            query?: {
                /** @description Only these event types, comma-separated (e.g. `offer.created,order.escalated`): order.published, order.updated, order.cancelled, order.filled, order.reopened, order.completed, order.verified, order.expired, order.escalated, order.sla_breached, offer.created, offer.accepted, offer.declined, offer.expired, offer.withdrawn, claim.created, claim.withdrawn, claim.checked_in, claim.completed, claim.no_show, claim_transfer.offered, claim_transfer.requested, claim_transfer.accepted, claim_transfer.declined, claim_transfer.withdrawn, claim_transfer.ended, escalation.responded, escalation.breached, ledger.credited, ledger.adjusted, redemption.created, resource.created, resource.updated, booking.requested, booking.confirmed, booking.approved, booking.rejected, booking.cancelled, booking.reminder, household_pairing.created, household_pairing.updated, household_pairing.paused, household_pairing.resumed, household_pairing.ended, household_pairing.handed_over, visit.published */
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
            /** @description A path parameter is longer than 100 characters */
            414: {
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
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
                /** @description Only these event types, comma-separated (e.g. `offer.created,order.escalated`): order.published, order.updated, order.cancelled, order.filled, order.reopened, order.completed, order.verified, order.expired, order.escalated, order.sla_breached, offer.created, offer.accepted, offer.declined, offer.expired, offer.withdrawn, claim.created, claim.withdrawn, claim.checked_in, claim.completed, claim.no_show, claim_transfer.offered, claim_transfer.requested, claim_transfer.accepted, claim_transfer.declined, claim_transfer.withdrawn, claim_transfer.ended, escalation.responded, escalation.breached, ledger.credited, ledger.adjusted, redemption.created, resource.created, resource.updated, booking.requested, booking.confirmed, booking.approved, booking.rejected, booking.cancelled, booking.reminder, household_pairing.created, household_pairing.updated, household_pairing.paused, household_pairing.resumed, household_pairing.ended, household_pairing.handed_over, visit.published */
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
            /** @description A path parameter is longer than 100 characters */
            414: {
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
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    listSlaPolicies: {
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
            /** @description A path parameter is longer than 100 characters */
            414: {
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
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    setSlaPolicy: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    listSlaBreaches: {
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
            /** @description A path parameter is longer than 100 characters */
            414: {
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
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    extendOrderDeadline: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    escalateOrder: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    listEscalations: {
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
            /** @description A path parameter is longer than 100 characters */
            414: {
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
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    getEscalation: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    respondToEscalation: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    rateEscalationAnswer: {
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
                    /** @description 1 (poor) to 5 (excellent) */
                    rating: number;
                    comment?: string;
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    listMerchants: {
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
            /** @description A referenced object does not exist or does not fit */
            422: {
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
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    createMerchant: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    getMerchant: {
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
            /** @description A referenced object does not exist or does not fit */
            422: {
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
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    getMerchantLedger: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque: the nextCursor of the page before (base64url of its last id) */
                cursor?: string;
                /** @description Redemptions at or after */
                from?: string;
                /** @description Redemptions before */
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
            /** @description A referenced object does not exist or does not fit */
            422: {
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
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    createRedemption: {
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
                    /** @description Positive, at most 2 decimals */
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    createLedgerAdjustment: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    getMemberLedger: {
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
            /** @description A path parameter is longer than 100 characters */
            414: {
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    getSummaryReport: {
        parameters: {
            query?: {
                /** @description A region inside the caller's subtree; default: the caller's own region */
                regionId?: string;
                /** @description Start of the period, inclusive */
                from?: string;
                /** @description End of the period, exclusive; after from */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report as JSON, or as CSV when Accept names text/csv */
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
                            /** @description Orders created in the period, by their status now */
                            byStatus: {
                                draft: number;
                                open: number;
                                filled: number;
                                in_progress: number;
                                completed: number;
                                verified: number;
                                cancelled: number;
                                expired: number;
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    getUnitsReport: {
        parameters: {
            query?: {
                /** @description A region inside the caller's subtree; default: the caller's own region */
                regionId?: string;
                /** @description Start of the period, inclusive */
                from?: string;
                /** @description End of the period, exclusive; after from */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report as JSON, or as CSV when Accept names text/csv */
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
                            /** @description Active resources the unit publishes (created before the period ends) */
                            resourcesOpened: number;
                            /** @description Approved or confirmed bookings of the unit's resources starting in the period */
                            bookingsHosted: number;
                        }[];
                    };
                    "text/csv": string;
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    getMembersReport: {
        parameters: {
            query?: {
                /** @description A region inside the caller's subtree; default: the caller's own region */
                regionId?: string;
                /** @description Start of the period, inclusive */
                from?: string;
                /** @description End of the period, exclusive; after from */
                to?: string;
                /** @description Rows per page of the JSON, in member id order; CSV ignores it */
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
            /** @description The report as JSON, or as CSV when Accept names text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        regionId: string | null;
                        from: string | null;
                        to: string | null;
                        /** @description In member id order */
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
                        /** @description Pass as cursor for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                    "text/csv": string;
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    getVisitsReport: {
        parameters: {
            query?: {
                /** @description A region inside the caller's subtree; default: the caller's own region */
                regionId?: string;
                /** @description The calendar month (UTC) of the visits; default: the current one */
                month?: string;
                groupBy?: "member" | "community" | "street";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report as JSON, or as CSV when Accept names text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        regionId: string | null;
                        month: string;
                        /** @enum {string} */
                        groupBy: "member" | "community" | "street";
                        rows: {
                            /**
                             * Format: uuid
                             * @description The member, community or street
                             */
                            key: string;
                            /** @description Its name (a member’s masked; absent for ops keys) */
                            name: string | null;
                            /** @description Households with a visit in the month */
                            households: number;
                            /** @description Households with a visit done (completed or verified) */
                            householdsVisited: number;
                            /** @description Visits whose time has come */
                            due: number;
                            /** @description Visits done */
                            visited: number;
                            /** @description Visits whose window is over, not done and not cancelled */
                            overdue: number;
                            /** @description Visits still ahead in the month */
                            upcoming: number;
                        }[];
                    };
                    "text/csv": string;
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    getThreeRatesRanking: {
        parameters: {
            query: {
                /** @description A region inside the caller's subtree; default: the caller's own region */
                regionId?: string;
                /** @description A calendar month in the evaluation time zone (EVALUATION_TIME_ZONE), e.g. 2026-11 */
                month?: string;
                /** @description Start of the period, inclusive (with to, instead of month) */
                from?: string;
                /** @description End of the period, exclusive; after from */
                to?: string;
                /** @description What is ranked: the regions of a level in the scope, or units */
                level: "district" | "street" | "community" | "unit";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description As JSON, or as CSV when Accept names text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreeRatesRanking"];
                    "text/csv": string;
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    getEscalationAnswersLeague: {
        parameters: {
            query?: {
                /** @description A region inside the caller's subtree; default: the caller's own region */
                regionId?: string;
                /** @description A calendar month in the evaluation time zone (EVALUATION_TIME_ZONE), e.g. 2026-11 */
                month?: string;
                /** @description Start of the period, inclusive (with to, instead of month) */
                from?: string;
                /** @description End of the period, exclusive; after from */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description As JSON, or as CSV when Accept names text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationAnswersLeague"];
                    "text/csv": string;
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    getUnitEvaluation: {
        parameters: {
            query: {
                /** @description A region inside the caller's subtree; default: the caller's own region */
                regionId?: string;
                /** @description A calendar year in the evaluation time zone */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description As JSON, or as CSV when Accept names text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitEvaluation"];
                    "text/csv": string;
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    getUnitScoreWeights: {
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
                        current: components["schemas"]["UnitScoreWeightsVersion"];
                        /** @description Every version, newest first */
                        versions: components["schemas"]["UnitScoreWeightsVersion"][];
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
            /** @description A path parameter is longer than 100 characters */
            414: {
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
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    setUnitScoreWeights: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    weights: components["schemas"]["UnitScoreWeightsInput"];
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
                    "application/json": components["schemas"]["UnitScoreWeightsVersion"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    listResources: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque: the nextCursor of the page before (base64url of its last id) */
                cursor?: string;
                kind?: "venue" | "equipment" | "vehicle" | "expertise";
                /** @description Only the resources of this unit */
                unitId?: string;
                /** @description Only the resources of this community */
                communityId?: string;
                /** @description Only active (true) or inactive (false) resources */
                active?: "true" | "false";
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
                        items: components["schemas"]["Resource"][];
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
            /** @description A path parameter is longer than 100 characters */
            414: {
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
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    createResource: {
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
                    owner: components["schemas"]["PartyInput"];
                    /** @enum {string} */
                    kind: "venue" | "equipment" | "vehicle" | "expertise";
                    name: string;
                    description?: string;
                    /**
                     * @description How many bookings may overlap at any moment (a van 1, a sports ground 3 groups)
                     * @default 1
                     */
                    capacity?: number;
                    /** @description IANA time zone the opening hours are read in (default: RESOURCE_TIME_ZONE) */
                    timeZone?: string;
                    /** @description Weekly hours in the resource's time zone, one entry per opening interval; a booking lies inside one interval */
                    openingHours: components["schemas"]["OpeningIntervalInput"][];
                    /**
                     * @description Bookings wait for the owner’s approval (requested) instead of being confirmed
                     * @default false
                     */
                    requiresApproval?: boolean;
                    /**
                     * @description paired: the communities paired with the owning unit (for a community’s resource: the units paired with it); street: any unit or community of the owner’s street; district: of its district
                     * @default paired
                     * @enum {string}
                     */
                    bookableBy?: "paired" | "street" | "district";
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
                    "application/json": components["schemas"]["Resource"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    getResource: {
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
            /** @description The resource; ETag is its version */
            200: {
                headers: {
                    /** @description The version of the resource, e.g. "v3" */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Resource"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    updateResource: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change is based on, as the last read answered it: 428 without it, 412 when the resource has changed since */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind?: "venue" | "equipment" | "vehicle" | "expertise";
                    name?: string;
                    description?: string | null;
                    /** @description How many bookings may overlap at any moment (a van 1, a sports ground 3 groups) */
                    capacity?: number;
                    /** @description IANA time zone the opening hours are read in (default: RESOURCE_TIME_ZONE) */
                    timeZone?: string;
                    /** @description Weekly hours in the resource's time zone, one entry per opening interval; a booking lies inside one interval */
                    openingHours?: components["schemas"]["OpeningIntervalInput"][];
                    /** @description Bookings wait for the owner’s approval (requested) instead of being confirmed */
                    requiresApproval?: boolean;
                    /**
                     * @description paired: the communities paired with the owning unit (for a community’s resource: the units paired with it); street: any unit or community of the owner’s street; district: of its district
                     * @enum {string}
                     */
                    bookableBy?: "paired" | "street" | "district";
                    /** @description false: the resource takes no new bookings */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description The resource; ETag is its version */
            200: {
                headers: {
                    /** @description The version of the resource, e.g. "v3" */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Resource"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    listResourceBookings: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque: the nextCursor of the page before (base64url of its last id) */
                cursor?: string;
                status?: "requested" | "approved" | "rejected" | "confirmed" | "cancelled";
                /** @description Only bookings ending after this instant */
                from?: string;
                /** @description Only bookings starting before this instant */
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
                        items: components["schemas"]["Booking"][];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    createBooking: {
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
                    booker: components["schemas"]["PartyInput"];
                    /** Format: date-time */
                    startsAt: string;
                    /**
                     * Format: date-time
                     * @description End of the slot (exclusive), after startsAt
                     */
                    endsAt: string;
                    purpose?: string;
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
                    "application/json": components["schemas"]["Booking"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    listBookings: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque: the nextCursor of the page before (base64url of its last id) */
                cursor?: string;
                status?: "requested" | "approved" | "rejected" | "confirmed" | "cancelled";
                resourceId?: string;
                /** @description Only bookings ending after this instant */
                from?: string;
                /** @description Only bookings starting before this instant */
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
                        items: components["schemas"]["Booking"][];
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
            /** @description A path parameter is longer than 100 characters */
            414: {
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
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    getBooking: {
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
                    "application/json": components["schemas"]["Booking"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    approveBooking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    reason?: string;
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
                    "application/json": components["schemas"]["Booking"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    rejectBooking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    reason?: string;
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
                    "application/json": components["schemas"]["Booking"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
    cancelBooking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    reason?: string;
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
                    "application/json": components["schemas"]["Booking"];
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
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
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
