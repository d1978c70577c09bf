/**
 * Generated from the API's OpenAPI document by `npm run openapi:dashboard-types` (openapi-typescript).
 * Do not edit: change the response types in apps/api and regenerate. test/dashboard/api-types.spec.ts
 * fails when this file is stale.
 */

export interface paths {
    "/api/approval-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What awaits the calling manager’s decision (never their own submissions), oldest first
         * @description Reads a projection (read model). `?minPosition=N` or `X-Min-Position: N` (the `position` a command returned) waits, at most READ_YOUR_WRITES_TIMEOUT_MS, until the read model has applied that position; `freshness` in the body and the X-Read-Model-* headers say how far it is (`behind: true` when the wait timed out).
         */
        get: operations["GetApprovalQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/decisions/{eventId}/explanation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An approval, rejection, waiver, publication or application review: the state just before, the command behind it and every event of its correlation
         * @description For auditors (the `auditor` role). Reads the event store itself, as stored, so it is strongly consistent.
         */
        get: operations["ExplainDecision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/plans/{planId}/as-of": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The plan’s state as of a moment (?at=, by the events’ occurredAt) or a revision (?revision=), replayed from its events
         * @description For auditors (the `auditor` role). Reads the event store itself, as stored, so it is strongly consistent.
         */
        get: operations["GetPlanAsOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/plans/{planId}/tracking-sheet/as-of": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The target tracking sheet as the manager saw it at a moment: the plan’s events until then, rendered as of that date
         * @description For auditors (the `auditor` role). Reads the event store itself, as stored, so it is strongly consistent.
         */
        get: operations["GetTargetTrackingSheetAsOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/prospects/{prospectId}/as-of": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The prospect’s state as of a moment (?at=) or a revision (?revision=), replayed from its events
         * @description For auditors (the `auditor` role). Reads the event store itself, as stored, so it is strongly consistent.
         */
        get: operations["GetProspectAsOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/seals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Seals the log up to its head now: count and hash of the events since the last seal, chained to it
         * @description For auditors (the `auditor` role). Reads the event store itself, as stored, so it is strongly consistent.
         */
        post: operations["SealAuditTrail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/streams/{streamName}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every event of any stream as stored: type and version, data, metadata (who, role, when, why, command, correlation) and its integrity link; paginated by revision
         * @description For auditors (the `auditor` role). Reads the event store itself, as stored, so it is strongly consistent.
         */
        get: operations["GetStreamHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/streams/{streamName}/events/{revision}/explanation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * ExplainDecision for the event at a stream revision
         * @description For auditors (the `auditor` role). Reads the event store itself, as stored, so it is strongly consistent.
         */
        get: operations["ExplainDecisionAt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Starts verifying the audit trail in the background (every hash chain and seal, the seal receipts, holes in the log, overdue seals) and answers at once with the verification; read it back with GetAuditVerification
         * @description For auditors (the `auditor` role). Reads the event store itself, as stored, so it is strongly consistent.
         */
        post: operations["StartAuditVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verifications/{verificationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A verification’s progress while it runs (status running), its report when done (status done; report.ok says whether the trail holds), or why it failed
         * @description For auditors (the `auditor` role). Reads the event store itself, as stored, so it is strongly consistent.
         */
        get: operations["GetAuditVerification"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Runs a verification (as StartAuditVerification) and answers with its report once done; ok=false names the first broken link per stream, each seal mismatch, each missing or different seal receipt, holes in the log and overdue seals
         * @description For auditors (the `auditor` role). Reads the event store itself, as stored, so it is strongly consistent.
         */
        post: operations["VerifyAuditTrail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Conversion ledger: each converted prospect and the plan counting it as a new customer, or why none does (unattributed)
         * @description Reads a projection (read model). `?minPosition=N` or `X-Min-Position: N` (the `position` a command returned) waits, at most READ_YOUR_WRITES_TIMEOUT_MS, until the read model has applied that position; `freshness` in the body and the X-Read-Model-* headers say how far it is (`behind: true` when the wait timed out).
         */
        get: operations["ListConversions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/credit-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Credit check register: every recorded credit investigation with grade, points, suggested limit and screening outcome, latest first
         * @description Reads a projection (read model). `?minPosition=N` or `X-Min-Position: N` (the `position` a command returned) waits, at most READ_YOUR_WRITES_TIMEOUT_MS, until the read model has applied that position; `freshness` in the body and the X-Read-Model-* headers say how far it is (`behind: true` when the wait timed out).
         */
        get: operations["ListCreditChecks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Decision log: approvals, rejections, waivers and publications with actor, role, time and reason
         * @description Reads a projection (read model). `?minPosition=N` or `X-Min-Position: N` (the `position` a command returned) waits, at most READ_YOUR_WRITES_TIMEOUT_MS, until the read model has applied that position; `freshness` in the body and the X-Read-Model-* headers say how far it is (`behind: true` when the wait timed out).
         */
        get: operations["ListDecisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dev": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Development mode only (404 otherwise): the roles the development sign-in offers
         * @description Public, for the dashboard’s sign-in on a development machine. The route exists only while the embedded development secret is in use (no AUTH_JWT_SECRET; the document lists it then), and answers only loopback callers that name this server on a loopback Host (and Origin, when sent) and send X-Salesflow-Dev: 1.
         */
        get: operations["GetDevelopmentMode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dev/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Development mode only (404 otherwise): a bearer token for the given user, roles and teams (lifetime at most AUTH_MAX_TOKEN_TTL)
         * @description Public, for the dashboard’s sign-in on a development machine. The route exists only while the embedded development secret is in use (no AUTH_JWT_SECRET; the document lists it then), and answers only loopback callers that name this server on a loopback Host (and Origin, when sent) and send X-Salesflow-Dev: 1.
         */
        post: operations["MintDevelopmentToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/development-pipeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Development pipeline per team: prospects and expected deal value (per currency) by stage
         * @description Reads a projection (read model). `?minPosition=N` or `X-Min-Position: N` (the `position` a command returned) waits, at most READ_YOUR_WRITES_TIMEOUT_MS, until the read model has applied that position; `freshness` in the body and the X-Read-Model-* headers say how far it is (`behind: true` when the wait timed out).
         */
        get: operations["GetDevelopmentPipeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/development-reports/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prospects in development with no development report in the last `days` days as of `asOf`, longest silence first
         * @description Reads a projection (read model). `?minPosition=N` or `X-Min-Position: N` (the `position` a command returned) waits, at most READ_YOUR_WRITES_TIMEOUT_MS, until the read model has applied that position; `freshness` in the body and the X-Read-Model-* headers say how far it is (`behind: true` when the wait timed out).
         */
        get: operations["ListOverdueDevelopmentReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/development-scopes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 1: the supervisor defines the new-customer scope (201) or redefines it as a new version (200)
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["DefineDevelopmentScope"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/development-scopes/{scopeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The latest version of the scope (ETag = stream revision)
         * @description Folded from the stream’s events when asked (strongly consistent, no read model). The ETag is the stream revision: send it as If-Match with the next command to make it conditional.
         */
        get: operations["GetDevelopmentScope"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/development-scopes/{scopeId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every version of the scope with who and when
         * @description The events of the stream from `fromRevision` (default 0), at most `limit` (1–1000, default 100); `nextRevision` starts the next page (null on the last). Events are as the domain reads them (upcast).
         */
        get: operations["GetDevelopmentScopeHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The OpenAPI UI (Swagger UI) of this document
         * @description Served by the API itself; needs no token.
         */
        get: operations["GetApiDocsUi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/docs-json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This OpenAPI document, as JSON
         * @description Served by the API itself; needs no token.
         */
        get: operations["GetOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/docs-yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This OpenAPI document, as YAML
         * @description Served by the API itself; needs no token.
         */
        get: operations["GetOpenApiDocumentYaml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server-sent events telling which documents of the listed projections changed, for the ticket holder’s teams
         * @description Authenticated by the one-time `ticket` (an EventSource cannot send an Authorization header). First `retry: 3000`, then the event `ready` with data `{projections, ignored, positions, user, tokenExpiresAt}` (names this server has no projection for are ignored and listed); then `change` with data `{projection, position, reset, ids, teams}` (id: the position) whenever a listed projection commits documents of a team the ticket holder may read (`reset: true` after a rebuild: reload everything); a comment line every 15 s; and `expired` with data `{code: AUTH.TOKEN_EXPIRED, message}` when the bearer token the ticket was bought with expires, after which the stream ends. The stream also ends when the server shuts down or the client falls over 1 MB behind; reconnect with a new ticket.
         */
        get: operations["StreamReadModelChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A one-time ticket (60 s) for GET /api/events/stream, which an EventSource opens without headers
         * @description Any signed-in user. The ticket carries the caller’s identity, is signed with a key of its own (never a valid bearer token), is redeemed once and lives 60 seconds, so the long-lived bearer token never appears in a URL.
         */
        post: operations["CreateEventStreamTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Decision log rows (approvals, rejections, waivers, publications) in a time range, oldest first
         * @description For analysts and auditors. Streamed page by page from the read model as the client reads, so memory stays flat whatever the range. `format=csv` (default): RFC 4180 lines after a UTF-8 byte order mark (U+FEFF) and a header line, amounts in minor units and as decimals, text a spreadsheet would run as a formula prefixed with `'`. `format=jsonl`: one JSON object per line. Personal data (names) reads `[masked]` unless an auditor asks with `personalData=include` (each subject shown is then recorded in the access log). X-Read-Model-Position is the read model’s checkpoint when the export started.
         */
        get: operations["ExportDecisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/rollovers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Roll-over ledger entries (carried in, carried out, waived, settled) of the periods in a range, by period
         * @description For analysts and auditors. Streamed page by page from the read model as the client reads, so memory stays flat whatever the range. `format=csv` (default): RFC 4180 lines after a UTF-8 byte order mark (U+FEFF) and a header line, amounts in minor units and as decimals, text a spreadsheet would run as a formula prefixed with `'`. `format=jsonl`: one JSON object per line. Personal data (names) reads `[masked]` unless an auditor asks with `personalData=include` (each subject shown is then recorded in the access log). X-Read-Model-Position is the read model’s checkpoint when the export started.
         */
        get: operations["ExportRollovers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The event log head and each projection’s lag (a detail view; probes use /health/live and /health/ready)
         * @description Public. Always 200 while both stores answer, however far the projections lag; 503 when a store does not answer.
         */
        get: operations["GetHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: 200 while the process serves requests
         * @description Public. For a liveness probe: touches no store, so a store outage does not restart the process.
         */
        get: operations["GetLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: both stores answer and every projection and process is within HEALTH_MAX_PROJECTION_LAG events of the log
         * @description Public. For a readiness probe: 200 with each check, or 503 HEALTH.NOT_READY with each check (up or down, with the reason) in `details.checks` (`projections` with the catch-up progress of the one furthest behind); also 503 while shutting down.
         */
        get: operations["GetReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/personal-data/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who read personal data in clear (who, which subject, which route, when), oldest first
         * @description For auditors and privacy officers (the `auditor` or `privacy_officer` role). Holds subject ids and user ids; personal data in it reads as it would for the caller anywhere else, and each subject shown in clear is itself recorded in the access log. Every read that showed a subject’s personal data in clear (an API answer, an export with personalData=include, a CLI command with --personal-data) was recorded before the answer left the server. Filter by subject, reader and time; page on with `after`.
         */
        get: operations["ListPersonalDataAccess"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/personal-data/erasures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Destroys the data subject’s key and records the erasure (subject, privacy officer, legal basis): their personal data reads [erased] everywhere from then on; nothing else changes
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["EraseDataSubject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/personal-data/subjects/{subjectId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * For an access request: every stream and event holding the subject’s personal data (the values as the reader may see them), their erasure, and who read their data in clear
         * @description For auditors and privacy officers (the `auditor` or `privacy_officer` role). Holds subject ids and user ids; personal data in it reads as it would for the caller anywhere else, and each subject shown in clear is itself recorded in the access log. Reads the whole event log as stored (strongly consistent); a subject of whom nothing was recorded is `status: unknown`, not 404.
         */
        get: operations["GetDataSubjectReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Plans by team, period and status (newest activity first)
         * @description Reads a projection (read model). `?minPosition=N` or `X-Min-Position: N` (the `position` a command returned) waits, at most READ_YOUR_WRITES_TIMEOUT_MS, until the read model has applied that position; `freshness` in the body and the X-Read-Model-* headers say how far it is (`behind: true` when the wait timed out).
         */
        get: operations["ListPlans"];
        put?: never;
        /**
         * Step 1: a supervisor opens the team’s plan for a period with the problems it must solve
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["OpenPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The plan’s current state (ETag = stream revision)
         * @description Folded from the stream’s events when asked (strongly consistent, no read model). The ETag is the stream revision: send it as If-Match with the next command to make it conditional.
         */
        get: operations["GetPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/actuals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 4: a salesperson records an actual result for themself
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["RecordActual"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 6: the supervisor proposes new targets (one pending adjustment per plan at a time)
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["ProposeTargetAdjustment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/adjustments/{adjustmentNumber}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 6a: a manager approves; the new targets apply
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["ApproveTargetAdjustment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/adjustments/{adjustmentNumber}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 6a: a manager rejects, with a reason; back to the team
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["RejectTargetAdjustment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/appraisal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 10: a manager appraises: effective target, actual, completion and shortfall per line
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["AppraisePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/appraisal/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 11: a manager agrees with the revised appraisal
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["ApproveAppraisal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/appraisal/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 11: a manager disagrees; the supervisor revises again
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["RejectAppraisal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/appraisal/revise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 11: the supervisor corrects unreasonable items, with reasons
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["ReviseAppraisal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 2a: a manager approves the submitted plan
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["ApprovePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/book": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 3: submit (or rewrite) the sales plan book
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["SubmitPlanBook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/book/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 3a: a manager approves the plan book; execution starts
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["ApprovePlanBook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/book/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 3a: a manager rejects the plan book, with a reason
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["RejectPlanBook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/carry-over/{lineId}/waive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A manager waives a carried-in target line, with a reason
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["WaiveCarryOver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/difficulty-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 6: a salesperson files an execution-difficulty report with a revision form
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["SubmitDifficultyReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/follow-up-comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 5: the team’s supervisor comments on a salesperson’s review finding or difficulty report on the follow-up sheet (目标跟进表)
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["CommentOnFollowUpItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/follow-up-sheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Target follow-up sheet 目标跟进表: reviews, difficulty reports, adjustments, summaries per salesperson
         * @description Reads a projection (read model). `?minPosition=N` or `X-Min-Position: N` (the `position` a command returned) waits, at most READ_YOUR_WRITES_TIMEOUT_MS, until the read model has applied that position; `freshness` in the body and the X-Read-Model-* headers say how far it is (`behind: true` when the wait timed out).
         */
        get: operations["GetFollowUpSheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every event of the plan with who, when, why (paginated by revision)
         * @description The events of the stream from `fromRevision` (default 0), at most `limit` (1–1000, default 100); `nextRevision` starts the next page (null on the last). Events are as the domain reads them (upcast).
         */
        get: operations["GetPlanHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/personal-summaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 8: a salesperson submits a personal target summary (totals computed from actuals)
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["SubmitPersonalSummary"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 12: publish the results; the plan closes and shortfalls carry over to the next period
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["PublishResults"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 2a: a manager rejects the plan back to the supervisor, with a reason
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["RejectPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 5: a manager records findings, ratings and actions per salesperson
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["RecordProgressReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 2: submit (or resubmit after a rejection) the specific plan
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["SubmitPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/team-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 9: the supervisor submits the team summary once every personal summary is in
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["SubmitTeamSummary"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{planId}/tracking-sheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Target tracking sheet 目标跟踪表: per salesperson × metric, as of a date
         * @description Reads a projection (read model). `?minPosition=N` or `X-Min-Position: N` (the `position` a command returned) waits, at most READ_YOUR_WRITES_TIMEOUT_MS, until the read model has applied that position; `freshness` in the body and the X-Read-Model-* headers say how far it is (`behind: true` when the wait timed out).
         */
        get: operations["GetTargetTrackingSheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per projection: checkpoint, head, lag (events behind), parked count, rebuild state; then per event-driven process (kind: process): checkpoint, head, lag, parked count
         * @description For operators: the `auditor` or `manager` role. Projections are the read models; processes are the event-driven processes (carry-over, conversion attribution), which follow the log the same way.
         */
        get: operations["GetProjectionStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projections/{name}/parked/{position}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-applies a parked event (after a fix); 409 if it fails again
         * @description For operators: the `auditor` or `manager` role. Projections are the read models; processes are the event-driven processes (carry-over, conversion attribution), which follow the log the same way.
         */
        post: operations["RetryParkedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projections/{name}/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rebuilds the projection from the start of the log into a fresh collection while the current one keeps serving reads, then switches; answers 202 once it is under way (progress: `rebuild` in GET /api/projections)
         * @description For operators: the `auditor` or `manager` role. Projections are the read models; processes are the event-driven processes (carry-over, conversion attribution), which follow the log the same way.
         */
        post: operations["RebuildProjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projections/parked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Events a projection or process could not apply, with their error
         * @description For operators: the `auditor` or `manager` role. Projections are the read models; processes are the event-driven processes (carry-over, conversion attribution), which follow the log the same way.
         */
        get: operations["ListParkedEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prospects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Potential customer list 潜在客户名单: filter by status, grade, salesperson, industry, region, name; by name
         * @description Reads a projection (read model). `?minPosition=N` or `X-Min-Position: N` (the `position` a command returned) waits, at most READ_YOUR_WRITES_TIMEOUT_MS, until the read model has applied that position; `freshness` in the body and the X-Read-Model-* headers say how far it is (`behind: true` when the wait timed out).
         */
        get: operations["ListProspects"];
        put?: never;
        /**
         * Step 2: a salesperson (self-assigned) or the supervisor puts a prospect on the team’s list; 409 with the existing id for a duplicate name or registration number
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["AddProspect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prospects/{prospectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The prospect’s current state and list fields (ETag = stream revision)
         * @description Folded from the stream’s events when asked (strongly consistent, no read model). The ETag is the stream revision: send it as If-Match with the next command to make it conditional.
         */
        get: operations["GetProspect"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prospects/{prospectId}/abandon": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The assigned salesperson or the supervisor gives the prospect up, with a reason
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["AbandonProspect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prospects/{prospectId}/application": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 5: the assigned salesperson applies with a development plan (needs a credit check screened as key prospect)
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["SubmitDevelopmentApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prospects/{prospectId}/application/manager-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 5a: after the supervisor approved, a manager approves or rejects (with a reason)
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["ReviewApplicationAsManager"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prospects/{prospectId}/application/supervisor-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 5a: the team’s supervisor approves or rejects (with a reason) the application
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["ReviewApplicationAsSupervisor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prospects/{prospectId}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The supervisor assigns (or reassigns) the prospect to a salesperson of the team
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["AssignProspect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prospects/{prospectId}/convert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The prospect in development becomes a customer (one new customer for the salesperson)
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["ConvertProspect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prospects/{prospectId}/credit-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 3: the assigned salesperson records the credit investigation form; the grade is computed; a stopped prospect re-opens only this way
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["RecordCreditCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prospects/{prospectId}/credit-issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 4: a credit problem is reported to the superior; the prospect waits on hold
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["ReportCreditIssue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prospects/{prospectId}/credit-issue/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 4: a manager redefines the prospect, or stops investigation and negotiation
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["ResolveCreditIssue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prospects/{prospectId}/development-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Customer development forms 客户开发表 of a prospect (step 7), each with the supervisor’s comments
         * @description Reads a projection (read model). `?minPosition=N` or `X-Min-Position: N` (the `position` a command returned) waits, at most READ_YOUR_WRITES_TIMEOUT_MS, until the read model has applied that position; `freshness` in the body and the X-Read-Model-* headers say how far it is (`behind: true` when the wait timed out).
         */
        get: operations["GetDevelopmentReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prospects/{prospectId}/development/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 6: the assigned salesperson starts the approved development plan (no body)
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["StartDevelopment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prospects/{prospectId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every event of the prospect with who, when, why (paginated by revision)
         * @description The events of the stream from `fromRevision` (default 0), at most `limit` (1–1000, default 100); `nextRevision` starts the next page (null on the last). Events are as the domain reads them (upcast).
         */
        get: operations["GetProspectHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prospects/{prospectId}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 7: the assigned salesperson reports progress on the customer development form
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["FileDevelopmentReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prospects/{prospectId}/reports/{reportNumber}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 7: the supervisor comments on a development report
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["CommentOnDevelopmentReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/prospects/{prospectId}/screen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step 4: the supervisor picks a key prospect, or asks for a re-investigation naming what is unclear
         * @description A command: it appends events to one stream or refuses with a problem, appending nothing. It answers the stream revision after it (also as ETag) and the global position of its last event: pass that as minPosition to a query to read your write. With Idempotency-Key a retry is safe; with If-Match (where accepted) it applies only to the revision you saw. Without If-Match, a command that loses a race to another process is decided again on the new state until COMMAND_RETRY_DEADLINE_MS has passed (then 503 STREAM.CONTENDED); commands on one stream within a process queue up and never race.
         */
        post: operations["ScreenProspect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rollovers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Period roll-over ledger: carried in (by origin), carried out, waived, settled; shortfall streaks
         * @description Reads a projection (read model). `?minPosition=N` or `X-Min-Position: N` (the `position` a command returned) waits, at most READ_YOUR_WRITES_TIMEOUT_MS, until the read model has applied that position; `freshness` in the body and the X-Read-Model-* headers say how far it is (`behind: true` when the wait timed out).
         */
        get: operations["GetRolloverLedger"];
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
        AbandonProspectRequest: {
            reason: string;
        };
        AccessLogPageResponse: {
            /** @description Oldest first */
            entries: components["schemas"]["PersonalDataAccessResponse"][];
            /** @description Pass as `after` for the next page; null on the last */
            next: string | null;
        };
        /**
         * @description The role the command was performed in; `system` for the event-driven processes and scheduled seals
         * @enum {string}
         */
        ActorRole: "salesperson" | "supervisor" | "manager" | "auditor" | "analyst" | "privacy_officer" | "system";
        ActualTotalResponse: {
            /** @description Sum of the recorded actuals */
            amount: number;
            metric: components["schemas"]["Metric"];
            salespersonId: string;
        };
        AddProspectRequest: {
            contact: components["schemas"]["ContactRequest"];
            /** @example Food processing */
            industry: string;
            /** @example Needs 40 freezers this year */
            initialAssessment: string;
            /**
             * @description Duplicates on the team’s list are found by the normalised name
             * @example Qilu Foods Co., Ltd.
             */
            name: string;
            /** @example Shandong */
            region: string;
            /**
             * @description Unique on the team’s list when given
             * @example 91370100MA3C000001
             */
            registrationNumber?: string;
            /** @example medium */
            size: components["schemas"]["SizeClass"];
            /** @example Trade fair */
            source: string;
            /** @example north */
            team: string;
        };
        /** @enum {string} */
        AdjustmentOutcome: "pending" | "approved" | "rejected";
        /** @enum {string} */
        AppraisalCorrectionField: "effectiveTarget" | "actual";
        AppraisalCorrectionRequest: {
            field: components["schemas"]["AppraisalCorrectionField"];
            metric: components["schemas"]["Metric"];
            reason: string;
            salespersonId: string;
            to: number;
        };
        AppraisalItemResponse: {
            actual: number;
            adjustments: number;
            baseTarget: number;
            carriedIn: number;
            /** @description actual ÷ effective target in basis points (10000 = 100 %); null when there is no target */
            completionBasisPoints: number | null;
            currency?: string;
            effectiveTarget: number;
            metric: components["schemas"]["Metric"];
            pieces: components["schemas"]["ShortfallPieceResponse"][];
            salespersonId: string;
            /** @description Personal data: in clear for a role that reads personal data (the read is recorded in the access log), `[masked]` for the others (analysts), `[erased]` after the data subject’s erasure, `[unreadable]` when its stored ciphertext was altered */
            salespersonName: string;
            /** @description Carried lines and how much of each the actuals settled */
            settled: components["schemas"]["SettledLineResponse"][];
            /** @description max(0, effective target − actual) */
            shortfall: number;
        };
        /** @enum {string} */
        AppraisalRating: "excellent" | "good" | "satisfactory" | "poor";
        AppraisePlanRequest: {
            comments: string;
            rating: components["schemas"]["AppraisalRating"];
            salespersonRatings?: components["schemas"]["SalespersonRatingRequest"][];
        };
        ApprovalQueueResponse: {
            freshness: components["schemas"]["FreshnessResponse"];
            items: components["schemas"]["PlanSummaryResponse"][];
        };
        ApproveRequest: {
            comment?: string;
        };
        AsOfAskedResponse: {
            /**
             * Format: date-time
             * @description The moment asked for (?at=)
             */
            at: string | null;
            /** @description The revision asked for (?revision=) */
            revision: number | null;
        };
        AssignProspectRequest: {
            /**
             * @description A salesperson of the prospect’s team (the supervisor vouches for it)
             * @example bob
             */
            salespersonId: string;
            /** @example Bob Chen */
            salespersonName: string;
        };
        /** @enum {string} */
        AttributionOutcome: "no_plan" | "not_executing" | "closed" | "no_targets" | "refused";
        AuditSealResponse: {
            eventCount: number;
            /** @description SHA-256 over the hashes of the events in the range, in order */
            eventsHash: string;
            /** @description The range sealed is (fromPosition, toPosition] */
            fromPosition: number;
            previousSealHash: string | null;
            sealedBy: string;
            sealHash: string;
            sealNumber: number;
            toPosition: number;
        };
        AuditTrailReportResponse: {
            brokenStreamCount: number;
            /** @description The first broken link per stream, in log order (at most 1,000) */
            brokenStreams: components["schemas"]["ChainBreakResponse"][];
            /** @description Whether this store stamps new events (the integrity decorator is installed) */
            chaining: boolean;
            eventProblemCount: number;
            /** @description Events whose content failed a check (personal data that no longer decrypts), in log order (at most 1,000) */
            eventProblems: components["schemas"]["EventProblemResponse"][];
            events: number;
            headPosition: number;
            log: components["schemas"]["LogNumberingResponse"];
            /** @description No broken link, seal problem, receipt problem, hole in the log, overdue seal or event problem */
            ok: boolean;
            seals: components["schemas"]["SealVerificationResponse"];
            streams: number;
            /** Format: date-time */
            verifiedAt: string;
        };
        AuditVerificationResponse: {
            /** @description Why it could not finish (the store failed) */
            error: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            progress: components["schemas"]["VerificationProgressResponse"];
            /** @description Once done: `ok` says whether the trail holds */
            report: components["schemas"]["AuditTrailReportResponse"] | null;
            /** @description The auditor who started it */
            requestedBy: string;
            /** Format: date-time */
            startedAt: string;
            status: components["schemas"]["AuditVerificationStatus"];
        };
        /** @enum {string} */
        AuditVerificationStatus: "running" | "done" | "failed";
        /** @enum {string} */
        Awaiting: "plan_approval" | "plan_book_approval" | "adjustment_approval" | "appraisal" | "appraisal_review" | "publication";
        CarriedInLineResponse: {
            amount: number;
            /** Format: uuid */
            lineId: string;
            /** @description The period the shortfall first arose in */
            originPeriod: string;
            /** @description Still unpaid of an active line; 0 while pending approval or waived */
            outstanding: number;
            /** @description Every period the line passed through, oldest first */
            path: string[];
            /** @description Paid off by the actuals to date (oldest carried debt first), as they arrive */
            settledToDate: number;
            /** Format: uuid */
            sourcePlanId: string;
            status: components["schemas"]["CarriedLineStatus"];
        };
        CarriedLineResponse: {
            amount: number;
            currency?: string;
            /** Format: uuid */
            lineId: string;
            metric: components["schemas"]["Metric"];
            /** @description The period the shortfall first arose in */
            originPeriod: string;
            /** @description Every period the line passed through, oldest first */
            path: string[];
            salespersonId: string;
            /** @description Personal data: in clear for a role that reads personal data (the read is recorded in the access log), `[masked]` for the others (analysts), `[erased]` after the data subject’s erasure, `[unreadable]` when its stored ciphertext was altered */
            salespersonName: string;
            /** Format: uuid */
            sourcePlanId: string;
            status: components["schemas"]["CarriedLineStatus"];
        };
        /** @enum {string} */
        CarriedLineStatus: "pending_approval" | "active" | "waived";
        ChainBreakResponse: {
            actual: string | number | null;
            eventId: string;
            eventType: string;
            expected: string | number | null;
            position: number;
            problem: components["schemas"]["ChainProblem"];
            revision: number;
            streamName: string;
        };
        /** @enum {string} */
        ChainProblem: "MISSING_INTEGRITY" | "REVISION_GAP" | "PREVIOUS_HASH_MISMATCH" | "HASH_MISMATCH";
        CommandResponse: {
            /** Format: uuid */
            planId: string;
            /** @description Global position of the last event; pass as minPosition to read your write */
            position: number;
            /** @description The stream revision after the command (also the ETag) */
            revision: number;
        };
        CommentOnDevelopmentReportRequest: {
            /** @description The supervisor’s comment on the report */
            comment: string;
        };
        CommentOnFollowUpItemRequest: {
            /** @description The supervisor’s comment */
            comment: string;
            /** @description A review finding (reviewNumber) or a difficulty report (reportNumber) */
            item: components["schemas"]["FollowUpItemKind"];
            /**
             * @description The review number or the difficulty report number
             * @example 1
             */
            number: number;
            /**
             * @description The salesperson whose item it is
             * @example ann
             */
            salespersonId: string;
        };
        CompanyTargetResponse: {
            /** @description Minor units for money metrics, a count otherwise */
            amount: number;
            /** @description Money metrics only */
            currency?: string;
            metric: components["schemas"]["Metric"];
        };
        /** @enum {string} */
        ContactMethod: "visit" | "phone" | "video" | "email" | "other";
        ContactRequest: {
            /**
             * @description phone or email is required
             * @example wang.li@qilu-foods.example
             */
            email?: string;
            /** @example Wang Li */
            name: string;
            /**
             * @description phone or email is required
             * @example +86 531 8888 0000
             */
            phone?: string;
        };
        ConversionActualResponse: {
            /** Format: date */
            date: string;
            period: string;
            /** Format: uuid */
            planId: string;
            recordedBy: string;
            salespersonId: string;
        };
        ConversionPageResponse: {
            freshness: components["schemas"]["FreshnessResponse"];
            items: components["schemas"]["ConversionResponse"][];
            nextCursor: string | null;
        };
        ConversionResponse: {
            actuals: components["schemas"]["ConversionActualResponse"][];
            convertedBy: string;
            /** Format: date */
            convertedOn: string;
            grade: components["schemas"]["CreditGrade"];
            /** Format: uuid */
            id: string;
            lastPosition: number;
            name: string;
            /** Format: uuid */
            prospectId: string;
            salespersonId: string;
            status: components["schemas"]["ConversionStatus"];
            suggestedCreditLimit: components["schemas"]["MoneyResponse"];
            team: string;
            unattributedAttempts: components["schemas"]["PlanAttemptResponse"][];
            /** Format: date */
            unattributedOn: string | null;
        };
        /** @enum {string} */
        ConversionStatus: "pending" | "attributed" | "unattributed";
        ConvertProspectRequest: {
            /**
             * @description Counts as a new customer for the salesperson in the period holding this date
             * @example 2027-03-20
             */
            convertedOn: string;
        };
        CorrelatedEventResponse: {
            actorId: string | null;
            actorRole: string | null;
            causationId: string | null;
            commandId: string | null;
            commandType: string | null;
            /** Format: uuid */
            eventId: string;
            /** Format: date-time */
            occurredAt: string;
            position: number;
            revision: number;
            streamName: string;
            type: string;
        };
        /** @enum {string} */
        CreditCheckOutcome: "awaiting_screening" | "key_prospect" | "reinvestigation_requested" | "credit_issue_reported";
        CreditCheckPageResponse: {
            freshness: components["schemas"]["FreshnessResponse"];
            items: components["schemas"]["CreditCheckResponse"][];
            nextCursor: string | null;
        };
        CreditCheckResponse: {
            annualRevenue: components["schemas"]["MoneyResponse"];
            bankOpinion: string;
            banks: string[];
            businessScope: string;
            checkNumber: number;
            employees: number;
            /** Format: date */
            foundedOn: string;
            grade: components["schemas"]["CreditGrade"];
            history: components["schemas"]["CreditHistoryResponse"];
            /** @description prospectId:checkNumber */
            id: string;
            /** Format: date */
            investigatedOn: string;
            /** @description Personal data: in clear for a role that reads personal data (the read is recorded in the access log), `[masked]` for the others (analysts), `[erased]` after the data subject’s erasure, `[unreadable]` when its stored ciphertext was altered */
            investigator: string;
            lastPosition: number;
            legalName: string;
            /** @description Personal data: in clear for a role that reads personal data (the read is recorded in the access log), `[masked]` for the others (analysts), `[erased]` after the data subject’s erasure, `[unreadable]` when its stored ciphertext was altered */
            legalRepresentative: string;
            outcome: components["schemas"]["CreditCheckOutcome"];
            outcomeBy: string | null;
            outcomeNotes: string[];
            /** Format: date */
            outcomeOn: string | null;
            ownershipType: components["schemas"]["OwnershipType"];
            paymentBehaviour: components["schemas"]["PaymentBehaviour"];
            /** Format: uuid */
            prospectId: string;
            recordedBy: string;
            /** Format: date */
            recordedOn: string;
            registeredCapital: components["schemas"]["MoneyResponse"];
            registrationNumber: string;
            /** @description Recorded on a stopped prospect, re-opening it */
            reopened: boolean;
            salespersonId: string;
            scoredItems: components["schemas"]["ScoredItemResponse"][];
            suggestedCreditLimit: components["schemas"]["MoneyResponse"];
            team: string;
            totalPoints: number;
        };
        CreditCheckSummaryResponse: {
            checkNumber: number;
            grade: components["schemas"]["CreditGrade"];
            /** Format: date */
            investigatedOn: string;
            paymentBehaviour: components["schemas"]["PaymentBehaviour"];
            suggestedCreditLimit: components["schemas"]["MoneyResponse"];
            totalPoints: number;
        };
        /** @enum {string} */
        CreditGrade: "A" | "B" | "C" | "D";
        CreditHistoryRequest: {
            /** @description Bad debts */
            badDebts: number;
            /** @description Lawsuits */
            lawsuits: number;
            /** @description Credit-limit overruns */
            limitOverruns: number;
            /** @description Past trade terms */
            pastTerms?: string;
        };
        CreditHistoryResponse: {
            badDebts: number;
            lawsuits: number;
            limitOverruns: number;
            pastTerms?: string;
        };
        /** @enum {string} */
        CreditIssueResolution: "redefine" | "stop";
        DataSubjectReportResponse: {
            /** @description Who read the subject’s data in clear, oldest first (at most accessLimit) */
            accesses: components["schemas"]["PersonalDataAccessResponse"][];
            /** @description Pass as `after` (with subjectId) to GET /api/personal-data/access-log for the rest; null when all are here */
            accessesNext: string | null;
            erasure: components["schemas"]["ErasureRecordResponse"] | null;
            /**
             * Format: date-time
             * @description When the subject’s key was created (their first personal data); null when unknown
             */
            keyCreatedAt: string | null;
            kind: components["schemas"]["SubjectKind"];
            /** @description Every event that mentions the subject, oldest first */
            mentions: components["schemas"]["SubjectMentionResponse"][];
            /** @description The log was read up to this position */
            scannedTo: number;
            /** @description active: the key exists; erased: destroyed; unknown: no personal data of this subject was ever recorded */
            status: components["schemas"]["DataSubjectStatus"];
            /** @description Each stream that mentions the subject */
            streams: components["schemas"]["StreamMentionsResponse"][];
            /** @example contact:8c0e2b6a-3f1d-4c55-9a43-2f5b1c7d9e10 */
            subjectId: string;
        };
        /**
         * @description active: the key exists; erased: destroyed; unknown: no personal data of this subject was ever recorded
         * @enum {string}
         */
        DataSubjectStatus: "active" | "erased" | "unknown";
        DecisionCommandResponse: {
            actorId: string | null;
            /** @description Personal data: in clear for a role that reads personal data (the read is recorded in the access log), `[masked]` for the others (analysts), `[erased]` after the data subject’s erasure, `[unreadable]` when its stored ciphertext was altered */
            actorName: string | null;
            actorRole: string | null;
            causationId: string | null;
            commandId: string | null;
            commandType: string | null;
            comment: string | null;
            correlationId: string | null;
            /** Format: date-time */
            occurredAt: string;
            reason: string | null;
        };
        DecisionExplanationResponse: {
            /** @description The command that caused it, from the event’s metadata */
            command: components["schemas"]["DecisionCommandResponse"];
            /** @description Every event of the same correlation id, anywhere in the log, in log order (at most 1,000) */
            correlated: components["schemas"]["CorrelatedEventResponse"][];
            correlatedTruncated: boolean;
            decision: components["schemas"]["ExplainedDecisionResponse"];
            /** @description Of the audit event index that located the event and its correlation */
            freshness: components["schemas"]["FreshnessResponse"];
            /** @description The state of the decision’s stream (a plan or a prospect) just after it, folded by its decider */
            stateAfter: components["schemas"]["PlanStateResponse"] | components["schemas"]["PlanNotOpenedStateResponse"] | components["schemas"]["ProspectStateResponse"] | components["schemas"]["ProspectNotAddedStateResponse"];
            /** @description The state of the decision’s stream (a plan or a prospect) just before the decision, folded by its decider */
            stateBefore: components["schemas"]["PlanStateResponse"] | components["schemas"]["PlanNotOpenedStateResponse"] | components["schemas"]["ProspectStateResponse"] | components["schemas"]["ProspectNotAddedStateResponse"];
        };
        /** @enum {string} */
        DecisionKind: "approval" | "rejection" | "waiver" | "publication";
        DecisionPageResponse: {
            freshness: components["schemas"]["FreshnessResponse"];
            items: components["schemas"]["DecisionResponse"][];
            nextCursor: string | null;
        };
        DecisionResponse: {
            actorId: string;
            /** @description Personal data: in clear for a role that reads personal data (the read is recorded in the access log), `[masked]` for the others (analysts), `[erased]` after the data subject’s erasure, `[unreadable]` when its stored ciphertext was altered */
            actorName: string;
            actorRole: string;
            commandId: string;
            comment: string | null;
            correlationId: string;
            decision: components["schemas"]["DecisionKind"];
            eventType: components["schemas"]["PlanDecisionType"];
            /**
             * Format: uuid
             * @description The event id
             */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            period: string;
            /** Format: uuid */
            planId: string;
            position: number;
            reason: string | null;
            revision: number;
            /** @description The salesperson whose row the decision is about (a waived carried line); absent for a decision about the whole plan */
            salespersonId?: string;
            streamName: string;
            subject: components["schemas"]["PlanDecisionSubject"];
            team: string;
            /** @description Plan or plan-book version, adjustment number or appraisal revision */
            version: number | null;
        };
        DefineDevelopmentScopeRequest: {
            /** @description The main direction of the development plan */
            mainDirection: string;
            notes?: string;
            /**
             * @description A year (2027), quarter (2027-Q1) or month (2027-03)
             * @example 2027-Q1
             */
            period: string;
            /**
             * @example [
             *       "Shandong"
             *     ]
             */
            regions: string[];
            /**
             * @example [
             *       "medium",
             *       "large"
             *     ]
             */
            sizeClasses: components["schemas"]["SizeClass"][];
            /**
             * @example [
             *       "Food processing"
             *     ]
             */
            targetIndustries: string[];
            /** @example north */
            team: string;
        };
        DevelopmentModeResponse: {
            defaultTtlMinutes: number;
            /** @enum {boolean} */
            developmentSecret: true;
            /** @description The roles the sign-in offers */
            roles: components["schemas"]["Role"][];
        };
        DevelopmentPipelineResponse: {
            freshness: components["schemas"]["FreshnessResponse"];
            teams: components["schemas"]["TeamPipelineResponse"][];
        };
        DevelopmentReportResponse: {
            discussed: string;
            expectedDealValue: components["schemas"]["MoneyResponse"] | null;
            /** Format: date-time */
            filedAt: string;
            filedBy: string;
            method: components["schemas"]["ContactMethod"];
            nextStep: string;
            problems: string | null;
            reportNumber: number;
            result: string;
            stage: components["schemas"]["DevelopmentStage"];
            /** @description The supervisor’s comments (CommentOnDevelopmentReport) */
            supervisorComments: components["schemas"]["ReportCommentResponse"][];
            /** Format: date */
            visitDate: string;
        };
        DevelopmentReportsResponse: {
            assignedSalespersonId: string | null;
            freshness: components["schemas"]["FreshnessResponse"];
            /** Format: uuid */
            id: string;
            lastPosition: number;
            name: string;
            /** Format: uuid */
            prospectId: string;
            reports: components["schemas"]["DevelopmentReportResponse"][];
            team: string;
        };
        DevelopmentScopeCommandResponse: {
            /** @description Global position of the last event */
            position: number;
            /** @description The stream revision after the command (also the ETag) */
            revision: number;
            /**
             * Format: uuid
             * @description Derived from team and period
             */
            scopeId: string;
        };
        DevelopmentScopeHistoryPageResponse: {
            events: components["schemas"]["HistoryEventResponse"][];
            /** @description The revision the next page starts at; null on the last page */
            nextRevision: number | null;
            /** Format: uuid */
            scopeId: string;
        };
        DevelopmentScopeResponse: {
            definedBy: string;
            mainDirection: string;
            notes?: string;
            /** @example 2027 */
            period: string;
            /** @description The global position of the scope’s last event */
            position: number;
            regions: string[];
            /** @description The stream revision (also the ETag) */
            revision: number;
            /**
             * Format: uuid
             * @description Derived from team and period
             */
            scopeId: string;
            sizeClasses: components["schemas"]["SizeClass"][];
            /** @enum {string} */
            status: "defined";
            targetIndustries: string[];
            team: string;
            /** @description 1 when defined, one more with each redefinition */
            version: number;
        };
        /** @enum {string} */
        DevelopmentStage: "contacted" | "needs_analysis" | "proposal" | "negotiation" | "closing";
        DevelopmentTokenResponse: {
            /** @description Who the token names */
            actor: components["schemas"]["TokenActorResponse"];
            /** Format: date-time */
            expiresAt: string;
            /** @description An HS256 JWT, signed with the development secret */
            token: string;
            /** @enum {string} */
            tokenType: "Bearer";
        };
        /** @enum {string} */
        DifficultyCause: "internal" | "external";
        /** @enum {string} */
        DifficultyReportOutcome: "pending" | "adjustment_proposed" | "adjustment_approved" | "adjustment_rejected";
        EraseDataSubjectRequest: {
            /**
             * @description Why the data may be erased; recorded in the erasure event
             * @example PIPL Art. 47: the person withdrew consent on 2027-03-02
             */
            legalBasis: string;
            /**
             * @description The data subject: contact:<prospect id>, legal-representative:<prospect id> or employee:<user id>
             * @example contact:8c0e2b6a-3f1d-4c55-9a43-2f5b1c7d9e10
             */
            subjectId: string;
        };
        ErasureRecordResponse: {
            /** Format: date-time */
            erasedAt: string;
            /** @description The privacy officer (user id) */
            erasedBy: string;
            /** @description The DataSubjectErased event */
            eventId: string;
            legalBasis: string;
            position: number;
        };
        ErasureResponse: {
            /**
             * Format: date-time
             * @description When the erasure was recorded
             */
            erasedAt: string;
            /** @description Global position of the erasure event */
            position: number;
            /** @description Revision of the subject’s stream (personaldata-<subject>) after the erasure (also the ETag) */
            revision: number;
            /** @example contact:8c0e2b6a-3f1d-4c55-9a43-2f5b1c7d9e10 */
            subjectId: string;
        };
        ErrorResponse: {
            /**
             * @description The stable, machine-readable code
             * @example PLAN.NOT_AWAITING_APPROVAL
             */
            code: string;
            /**
             * @description What went wrong, for people
             * @example The plan is not awaiting approval
             */
            detail: string;
            /** @description Data about the problem, e.g. `existingPlanId` of a duplicate, `retryAfterSeconds`, `checks` of a failed readiness check */
            details?: {
                [key: string]: unknown;
            };
            /** @description Field-level messages (mostly of a 400) */
            fields?: components["schemas"]["FieldErrorResponse"][];
            /**
             * @description The request path, without the query
             * @example /api/plans/985dc76b-5f58-872c-8052-997a333fbdb5/approve
             */
            instance?: string;
            /** @example 409 */
            status: number;
            /**
             * @description The HTTP status phrase
             * @example Conflict
             */
            title: string;
            /**
             * Format: uri
             * @description The problem type: a tag URI, one per code, not meant to be dereferenced
             * @example tag:salesflow,2026:problem:PLAN.NOT_AWAITING_APPROVAL
             */
            type: string;
        };
        EventMetadataResponse: {
            actorId: string;
            /** @description Personal data: in clear for a role that reads personal data (the read is recorded in the access log), `[masked]` for the others (analysts), `[erased]` after the data subject’s erasure, `[unreadable]` when its stored ciphertext was altered */
            actorName: string;
            /** @description The role the command was performed in; `system` for the event-driven processes and scheduled seals */
            actorRole: components["schemas"]["ActorRole"];
            /** @description The command or event that caused this one */
            causationId: string;
            /** @description The command id (derived from Idempotency-Key when one was sent) */
            commandId: string;
            /** @example ApprovePlan */
            commandType: string;
            /** @description The comment of an approval or review */
            comment?: string;
            correlationId: string;
            /** @description The hash-chain link; absent on events written past the integrity decorator */
            integrity?: components["schemas"]["IntegrityStampResponse"];
            /** Format: date-time */
            occurredAt: string;
            /** @description The reason of a rejection, waiver or adjustment */
            reason?: string;
            /** @description SHA-256 of the request, kept with an Idempotency-Key to tell a retry from a reuse */
            requestHash?: string;
            schemaVersion?: number;
        };
        EventProblemResponse: {
            eventId: string;
            eventType: string;
            position: number;
            /**
             * @description What a check of the event’s content found: UNREADABLE_PERSONAL_DATA when personal data of a subject not erased no longer decrypts (altered ciphertext, or a key that no longer unwraps)
             * @example UNREADABLE_PERSONAL_DATA
             */
            problem: string;
            revision: number;
            streamName: string;
        };
        EventStoreIndicatorResponse: {
            headPosition: number;
            /** @description Milliseconds the check took */
            responseTime: number;
            /** @enum {string} */
            status: "up";
        };
        EventStreamTicketResponse: {
            /**
             * Format: date-time
             * @description 60 s from now, or the bearer token’s expiry if sooner
             */
            expiresAt: string;
            /** @description One use, for GET /api/events/stream?ticket=…; never a bearer token */
            ticket: string;
        };
        ExpenseBudgetRequest: {
            amount: components["schemas"]["MoneyRequest"];
            /** @description How the expenses are controlled */
            controlNotes: string;
        };
        ExplainedDecisionResponse: {
            /** @description The event’s payload */
            data: {
                [key: string]: unknown;
            };
            /** @description A decision, or carry_over: a carried-in line, which follows from the publication of the plan it came from */
            decision: components["schemas"]["ExplainedKind"];
            /** Format: uuid */
            eventId: string;
            integrity: components["schemas"]["IntegrityStampResponse"] | null;
            /** Format: date-time */
            occurredAt: string;
            position: number;
            revision: number;
            /** @description The type the log holds */
            storedType: string;
            streamName: string;
            /**
             * @description What was decided on: plan, plan_book, target_adjustment, appraisal, carry_over, results, application
             * @example plan
             */
            subject: string;
            /** @description The type as the domain reads it (upcast) */
            type: string;
        };
        /**
         * @description A decision, or carry_over: a carried-in line, which follows from the publication of the plan it came from
         * @enum {string}
         */
        ExplainedKind: "approval" | "rejection" | "waiver" | "publication" | "carry_over";
        /** @enum {string} */
        ExportFormat: "csv" | "jsonl";
        FieldErrorResponse: {
            /**
             * @description The field, header or parameter: a path such as `targets[0].amount`
             * @example targets[0].amount
             */
            field: string;
            /**
             * @example [
             *       "amount must be a positive integer"
             *     ]
             */
            messages: string[];
        };
        FileDevelopmentReportRequest: {
            /** @description What was discussed */
            discussed: string;
            expectedDealValue?: components["schemas"]["MoneyRequest"];
            method: components["schemas"]["ContactMethod"];
            nextStep: string;
            problems?: string;
            result: string;
            stage: components["schemas"]["DevelopmentStage"];
            /** @example 2027-03-05 */
            visitDate: string;
        };
        FollowUpAdjustmentResponse: {
            adjustmentNumber: number;
            changes: components["schemas"]["TargetChangeResponse"][];
            decidedBy?: string;
            decisionReason?: string;
            difficultyReports: number[];
            outcome: components["schemas"]["AdjustmentOutcome"];
            reason: string;
        };
        FollowUpDifficultyReportResponse: {
            cause: string;
            difficulty: string;
            /** Format: date */
            effectiveFrom: string;
            evidence: string;
            outcome: components["schemas"]["DifficultyReportOutcome"];
            proposals: components["schemas"]["ProposedTargetResponse"][];
            reportNumber: number;
            /** Format: date-time */
            submittedAt: string;
            /** @description The supervisor’s comments on this report (CommentOnFollowUpItem) */
            supervisorComments: components["schemas"]["SupervisorCommentResponse"][];
            supportRequested: string;
        };
        FollowUpEntryResponse: {
            adjustments: components["schemas"]["FollowUpAdjustmentResponse"][];
            difficultyReports: components["schemas"]["FollowUpDifficultyReportResponse"][];
            /** @description The salesperson’s name. Personal data: in clear for a role that reads personal data (the read is recorded in the access log), `[masked]` for the others (analysts), `[erased]` after the data subject’s erasure, `[unreadable]` when its stored ciphertext was altered */
            name?: string;
            reviews: components["schemas"]["FollowUpReviewResponse"][];
            summary?: string;
            summarySubmitted: boolean;
            /** Format: date-time */
            summarySubmittedAt?: string;
        };
        /**
         * @description A review finding (reviewNumber) or a difficulty report (reportNumber)
         * @enum {string}
         */
        FollowUpItemKind: "review" | "difficulty_report";
        FollowUpReviewResponse: {
            actions: components["schemas"]["ReviewActionResponse"][];
            comment?: string;
            findings: string;
            rating: string;
            /** Format: date */
            reviewDate: string;
            reviewedBy: string;
            reviewNumber: number;
            /** @description The supervisor’s comments on this finding (CommentOnFollowUpItem) */
            supervisorComments: components["schemas"]["SupervisorCommentResponse"][];
        };
        FollowUpSheetResponse: {
            freshness: components["schemas"]["FreshnessResponse"];
            /**
             * Format: uuid
             * @description The plan id
             */
            id: string;
            lastPosition: number;
            period: string;
            /** @description Per salesperson id */
            salespeople: {
                [key: string]: components["schemas"]["FollowUpEntryResponse"];
            };
            team: string;
        };
        FreshnessResponse: {
            /** @description True when minPosition was not reached within READ_YOUR_WRITES_TIMEOUT_MS */
            behind: boolean;
            /** @description The global position the projection has applied */
            position: number;
            /** @description The projection that answered */
            projection: components["schemas"]["ProjectionName"];
        };
        HeadPositionResponse: {
            headPosition: number;
        };
        HealthDetailResponse: {
            eventStore: components["schemas"]["HeadPositionResponse"];
            projections: components["schemas"]["ProjectionHealthResponse"][];
            /** @enum {string} */
            status: "ok";
        };
        HistoryEventResponse: {
            /**
             * Format: date-time
             * @description When the store committed the event
             */
            createdAt: string;
            /** @description The payload of the event type */
            data: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            id: string;
            metadata: components["schemas"]["EventMetadataResponse"];
            /** @description Position in the global log */
            position: number;
            /**
             * @description Sent, as true, when the reader’s read scope took parts of the event out (a salesperson reading a team event about other salespeople too)
             * @enum {boolean}
             */
            redacted?: true;
            /** @description 0-based position within the stream */
            revision: number;
            /** @example plan-985dc76b-5f58-872c-8052-997a333fbdb5 */
            streamName: string;
            /**
             * @description The event type; a later version carries a suffix (`TeamSummarySubmitted.v2`)
             * @example PlanApproved
             */
            type: string;
        };
        IntegrityStampResponse: {
            /** @description SHA-256 (hex) over the canonical JSON of the event as stored and previousHash */
            hash: string;
            /** @description The hash of the event at revision − 1; null at revision 0 */
            previousHash: string | null;
            /**
             * @description Version of the hashing scheme
             * @enum {number}
             */
            v: 1;
        };
        LaggingProjectionResponse: {
            /** @description Events behind the log head, counted up to at least HEALTH_MAX_PROJECTION_LAG + 1 */
            lag: number;
            name: string;
        };
        LatestCreditCheckResponse: {
            checkNumber: number;
            grade: components["schemas"]["CreditGrade"];
            suggestedCreditLimit: components["schemas"]["MoneyResponse"];
        };
        LatestSealResponse: {
            /** Format: date-time */
            sealedAt: string;
            /** @description Record this hash outside the system to detect a later rewrite of the seals themselves */
            sealHash: string;
            sealNumber: number;
            toPosition: number;
        };
        LedgerEntryResponse: {
            amount: number;
            /** @description carried_in: the period it came from; carried_out: the period it goes to */
            counterpartPeriod?: string;
            currency?: string;
            kind: components["schemas"]["LedgerKind"];
            /** Format: uuid */
            lineId: string;
            metric: string;
            originPeriod: string;
            path: string[];
            salespersonId: string;
        };
        /** @enum {string} */
        LedgerKind: "carried_in" | "carried_out" | "waived" | "settled";
        LivenessChecksResponse: {
            process: components["schemas"]["ProcessIndicatorResponse"];
        };
        LivenessResponse: {
            details: components["schemas"]["LivenessChecksResponse"];
            /** @description Empty while every check passes */
            error: Record<string, never>;
            info: components["schemas"]["LivenessChecksResponse"];
            /** @enum {string} */
            status: "ok";
        };
        LogNumberingResponse: {
            /** @description Whether the store numbers its log 1, 2, 3 … (the embedded one), so holes can be looked for */
            dense: boolean;
            gapCount: number;
            /** @description Holes in the positions, in order (at most 1,000) */
            gaps: components["schemas"]["PositionGapResponse"][];
            missingPositions: number;
        };
        MarketIndicatorRequest: {
            assessment: string;
            indicator: string;
        };
        MentionedFieldResponse: {
            /**
             * @description Where in the event: `data.…` or `metadata.actorName`
             * @example data.contact.email
             */
            path: string;
            /** @description The value as the reader may see it. Personal data: in clear for a role that reads personal data (the read is recorded in the access log), `[masked]` for the others (analysts), `[erased]` after the data subject’s erasure, `[unreadable]` when its stored ciphertext was altered */
            value: string;
        };
        /** @enum {string} */
        Metric: "revenue" | "gross_profit" | "collections" | "new_customers";
        MilestoneRequest: {
            description: string;
            /** @example 2027-03-05 */
            dueOn: string;
        };
        MintDevTokenRequest: {
            /** @example Max Manager */
            name?: string;
            /**
             * @example [
             *       "manager"
             *     ]
             */
            roles: components["schemas"]["Role"][];
            /**
             * @description User id (the token subject)
             * @example max
             */
            sub: string;
            /**
             * @example [
             *       "north"
             *     ]
             */
            teams: string[];
            /**
             * @description Lifetime in minutes
             * @default 480
             */
            ttlMinutes: number;
        };
        MoneyRequest: {
            /**
             * @description Integer minor units (fen, cents), at most 10^15
             * @example 2000000
             */
            amount: number;
            /** @example CNY */
            currency: string;
        };
        MoneyResponse: {
            /** @description Minor units (fen, cents) */
            amount: number;
            /** @example CNY */
            currency: string;
        };
        NothingToSealResponse: {
            /** @description The latest seal; null when there is none */
            latest: components["schemas"]["RecordedSealResponse"] | null;
            /**
             * @description No event since the latest seal
             * @enum {boolean}
             */
            sealed: false;
        };
        OpenPlanRequest: {
            /** @description The company's overall target this plan serves */
            companyTargets: components["schemas"]["QuantityRequest"][];
            /**
             * @description Currency all money of the plan is kept in
             * @example CNY
             */
            currency: string;
            notes?: string;
            /**
             * @description A year (2027), quarter (2027-Q1) or month (2027-03)
             * @example 2027-Q1
             */
            period: string;
            /**
             * @description Step 1: the problems the plan must solve
             * @example [
             *       "Flat sales in the north"
             *     ]
             */
            problems: string[];
            /** @example north */
            team: string;
        };
        OverdueReportResponse: {
            daysSinceLastReport: number;
            /** Format: date */
            developmentStartedOn: string | null;
            expectedDealValue: components["schemas"]["MoneyResponse"] | null;
            /** Format: uuid */
            id: string;
            /**
             * Format: date
             * @description The last report’s filing day, or the development start when none was filed
             */
            lastActivityOn: string;
            lastNextStep: string | null;
            lastPosition: number;
            lastReportNumber: number;
            /** Format: date */
            lastReportOn: string | null;
            lastStage: components["schemas"]["DevelopmentStage"] | null;
            /** Format: date */
            lastVisitDate: string | null;
            name: string;
            /**
             * Format: date
             * @description The first day without a report in the last `days` days
             */
            overdueSince: string;
            /** Format: uuid */
            prospectId: string;
            salespersonId: string | null;
            /** @description Personal data: in clear for a role that reads personal data (the read is recorded in the access log), `[masked]` for the others (analysts), `[erased]` after the data subject’s erasure, `[unreadable]` when its stored ciphertext was altered */
            salespersonName: string | null;
            team: string;
        };
        OverdueReportsPageResponse: {
            /** Format: date */
            asOf: string;
            days: number;
            freshness: components["schemas"]["FreshnessResponse"];
            items: components["schemas"]["OverdueReportResponse"][];
            nextCursor: string | null;
        };
        OverdueSealResponse: {
            events: number;
            /** @description The seal interval and its grace (ms) */
            olderThanMs: number;
            /** Format: date-time */
            oldestAt: string;
            oldestPosition: number;
        };
        /** @enum {string} */
        OwnershipType: "state_owned" | "collective" | "private" | "joint_venture" | "foreign_owned" | "listed" | "individual" | "other";
        /** @enum {string} */
        PaceStatus: "met" | "on_track" | "at_risk" | "behind" | "no_target";
        ParkedEventPageResponse: {
            /** @description In log order */
            items: components["schemas"]["ParkedEventResponse"][];
        };
        ParkedEventResponse: {
            /** @description Failed retries so far */
            attempts: number;
            /** @description The physical collection it was skipped in */
            collection: string;
            /** @description What the handler threw */
            error: string;
            /** Format: uuid */
            eventId: string;
            eventType: string;
            /** @description collection:position */
            id: string;
            /** Format: date-time */
            lastAttemptAt: string | null;
            /** Format: date-time */
            parkedAt: string;
            position: number;
            /** @description The projection or process */
            projection: string;
            revision: number;
            streamName: string;
        };
        /** @enum {string} */
        PaymentBehaviour: "prompt" | "normal" | "late" | "withholds_final_payment";
        PendingAdjustmentResponse: {
            adjustmentNumber: number;
            changes: components["schemas"]["TargetChangeResponse"][];
            proposedBy: string;
        };
        PendingApplicationResponse: {
            expectedDealValue: components["schemas"]["MoneyResponse"];
            submittedBy: string;
            supervisorApprovedBy?: string;
            version: number;
        };
        /** @enum {string} */
        PeriodGranularity: "year" | "quarter" | "month";
        PersonalDataAccessResponse: {
            /** @description The reader (user id) */
            actorId: string;
            /** @description The reader’s roles then */
            actorRoles: string[];
            /**
             * Format: date-time
             * @description When the personal data was shown in clear
             */
            at: string;
            /** @description The entry’s id in the access log */
            id: string;
            /**
             * @description The operation: an API route, or `cli <command>`
             * @example GET /api/prospects/:prospectId
             */
            route: string;
            /** @example contact:8c0e2b6a-3f1d-4c55-9a43-2f5b1c7d9e10 */
            subjectId: string;
        };
        PipelineOpenTotalsResponse: {
            count: number;
            expectedDealValue: components["schemas"]["MoneyResponse"][];
        };
        /** @enum {string} */
        PipelinePhase: "screening" | "application" | "development" | "closed";
        /** @enum {string} */
        PipelineStage: "listed" | "credit_check" | "credit_hold" | "key_prospect" | "application_review" | "approved" | "development_started" | "contacted" | "needs_analysis" | "proposal" | "negotiation" | "closing" | "converted" | "stopped" | "abandoned";
        PipelineStageTotalsResponse: {
            count: number;
            /** @description Per currency */
            expectedDealValue: components["schemas"]["MoneyResponse"][];
            phase: components["schemas"]["PipelinePhase"];
            stage: components["schemas"]["PipelineStage"];
        };
        PlanAppraisalResponse: {
            appraisedBy: string;
            items: components["schemas"]["AppraisalItemResponse"][];
            revisedBy?: string;
            revision: number;
        };
        PlanAsOfResponse: {
            asOf: components["schemas"]["AsOfAskedResponse"];
            /** @description Events folded */
            eventCount: number;
            lastEventType: string;
            /**
             * Format: date-time
             * @description When it happened
             */
            occurredAt: string;
            /** Format: uuid */
            planId: string;
            /** @description Its global position */
            position: number;
            /** @description The revision of the last event included */
            revision: number;
            /** @description The plan’s state as the decider folded it then (`status: none` while only carried lines waited for it) */
            state: components["schemas"]["PlanStateResponse"] | components["schemas"]["PlanNotOpenedStateResponse"];
            streamName: string;
        };
        PlanAttemptResponse: {
            /** @description The plan’s refusal, e.g. PLAN.NOT_FOUND */
            code: string;
            outcome: components["schemas"]["AttributionOutcome"];
            period: string;
            /** Format: uuid */
            planId: string;
            planStatus?: string;
        };
        /** @enum {string} */
        PlanDecisionSubject: "plan" | "plan_book" | "target_adjustment" | "appraisal" | "carry_over" | "results";
        /** @enum {string} */
        PlanDecisionType: "PlanApproved" | "PlanRejected" | "PlanBookApproved" | "PlanBookRejected" | "TargetAdjustmentApproved" | "TargetAdjustmentRejected" | "AppraisalApproved" | "AppraisalRejected" | "ResultsPublished" | "CarryOverWaived";
        PlanHistoryPageResponse: {
            events: components["schemas"]["HistoryEventResponse"][];
            /** @description The revision the next page starts at; null on the last page */
            nextRevision: number | null;
            /** Format: uuid */
            planId: string;
        };
        PlanNotOpenedStateResponse: {
            pendingCarryIn: components["schemas"]["CarriedLineResponse"][];
            period?: string;
            /** @enum {string} */
            status: "none";
            team?: string;
        };
        PlanPageResponse: {
            freshness: components["schemas"]["FreshnessResponse"];
            items: components["schemas"]["PlanSummaryResponse"][];
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
        };
        PlanResponse: {
            /** @description Recorded actuals, summed per salesperson and metric */
            actuals: components["schemas"]["ActualTotalResponse"][];
            adjustmentCount: number;
            /** @description Approved adjustment deltas per `salespersonId:metric` */
            adjustments: {
                [key: string]: number;
            };
            appraisal?: components["schemas"]["PlanAppraisalResponse"];
            bookSubmittedBy?: string;
            bookVersion: number;
            carriedIn: components["schemas"]["CarriedLineResponse"][];
            companyTargets: components["schemas"]["CompanyTargetResponse"][];
            /** @example CNY */
            currency: string;
            difficultyReportCount: number;
            /** @description The follow-up sheet’s items a supervisor may comment on (CommentOnFollowUpItem), as `<review|difficulty_report>:<number>:<salespersonId>`; a salesperson sees their own */
            followUpItems: string[];
            pendingAdjustment?: components["schemas"]["PendingAdjustmentResponse"];
            /** @example 2027-Q1 */
            period: string;
            /** @description Salespeople who submitted their personal summary */
            personalSummaries: string[];
            /** Format: uuid */
            planId: string;
            planSubmittedBy?: string;
            planVersion: number;
            /** @description The global position of the plan’s last event */
            position: number;
            problems: string[];
            reviewCount: number;
            /** @description The stream revision (also the ETag) */
            revision: number;
            status: components["schemas"]["PlanStatus"];
            /** @description Base targets of the latest submitted version */
            targets: components["schemas"]["TargetLineResponse"][];
            team: string;
            teamSummaryBy?: string;
        };
        PlanStateResponse: {
            /** @description Sum of recorded actuals per `salespersonId:metric` */
            actuals: {
                [key: string]: number;
            };
            adjustmentCount: number;
            /** @description Approved adjustment deltas per `salespersonId:metric` */
            adjustments: {
                [key: string]: number;
            };
            appraisal?: components["schemas"]["PlanAppraisalResponse"];
            bookSubmittedBy?: string;
            bookVersion: number;
            carriedIn: components["schemas"]["CarriedLineResponse"][];
            companyTargets: components["schemas"]["CompanyTargetResponse"][];
            /** @example CNY */
            currency: string;
            difficultyReportCount: number;
            /** @description The follow-up sheet’s items a supervisor may comment on (CommentOnFollowUpItem), as `<review|difficulty_report>:<number>:<salespersonId>`; a salesperson sees their own */
            followUpItems: string[];
            pendingAdjustment?: components["schemas"]["PendingAdjustmentResponse"];
            /** @example 2027-Q1 */
            period: string;
            /** @description Salespeople who submitted their personal summary */
            personalSummaries: string[];
            /** Format: uuid */
            planId: string;
            planSubmittedBy?: string;
            planVersion: number;
            problems: string[];
            reviewCount: number;
            status: components["schemas"]["PlanStatus"];
            /** @description Base targets of the latest submitted version */
            targets: components["schemas"]["TargetLineResponse"][];
            team: string;
            teamSummaryBy?: string;
        };
        /** @enum {string} */
        PlanStatus: "draft" | "submitted" | "rejected" | "approved" | "book_submitted" | "book_rejected" | "executing" | "summarised" | "appraised" | "appraisal_revised" | "appraisal_approved" | "appraisal_rejected" | "published";
        PlanSummaryResponse: {
            awaiting: components["schemas"]["Awaiting"] | null;
            /** Format: date-time */
            awaitingSince: string | null;
            /** @description Who submitted what awaits a decision (excluded from deciding it) */
            awaitingSubmittedBy: string | null;
            bookVersion: number;
            currency: string;
            granularity: components["schemas"]["PeriodGranularity"];
            /**
             * Format: uuid
             * @description The plan id
             */
            id: string;
            /** @description The last global position applied to this row */
            lastPosition: number;
            /** Format: date-time */
            openedAt: string;
            /** @example 2027-Q1 */
            period: string;
            /** Format: date */
            periodStart: string;
            planVersion: number;
            status: components["schemas"]["PlanStatus"];
            team: string;
            /** Format: date-time */
            updatedAt: string;
        };
        PositionGapResponse: {
            /** @description The last position before the hole */
            after: number;
            /** @description The first position after it (past the highest ever given, for a truncated tail) */
            next: number;
        };
        ProcessIndicatorResponse: {
            pid: number;
            /** @enum {string} */
            status: "up";
            uptimeSeconds: number;
        };
        ProcessStatusResponse: {
            checkpoint: number;
            headPosition: number;
            /** @enum {string} */
            kind: "process";
            /** @description Events in the log after the checkpoint, counted up to 10,000 */
            lag: number;
            /** @description The count stopped at its limit: at least `lag` events behind */
            lagAtLeast: boolean;
            /** @example carry-over */
            name: string;
            parked: number;
        };
        ProjectionHealthResponse: {
            checkpoint: number;
            /** @description Events in the log after the checkpoint, counted up to 10,000 */
            lag: number;
            /** @description The count stopped at its limit: at least `lag` events behind */
            lagAtLeast: boolean;
            name: components["schemas"]["ProjectionName"];
            parked: number;
            rebuilding: boolean;
        };
        /**
         * @description A read model: the live feed and every answer’s freshness name it
         * @enum {string}
         */
        ProjectionName: "tracking-sheet" | "follow-up-sheet" | "plans-list" | "rollover-ledger" | "decision-log" | "prospect-list" | "credit-check-register" | "development-pipeline" | "development-report-schedule" | "conversion-ledger" | "development-reports" | "audit-event-index";
        ProjectionsIndicatorResponse: {
            /** @description Only when a projection or process is over the limit (then the check is down) */
            behind?: components["schemas"]["LaggingProjectionResponse"][];
            headPosition: number;
            /** @description HEALTH_MAX_PROJECTION_LAG */
            maxLag: number;
            /** @description Parked events of all projections and processes */
            parked: number;
            /** @description The share of the log (by position) the projection or process furthest behind has applied (catch-up progress, e.g. after a first start on a long log) */
            progress: number;
            /** @description The checkpoint of the one furthest behind */
            slowestCheckpoint: number;
            /** @enum {string} */
            status: "up";
            /** @description Events the projection or process furthest behind has still to apply, counted up to at least HEALTH_MAX_PROJECTION_LAG + 1 */
            worstLag: number;
        };
        ProjectionStatusResponse: {
            /** @description The physical collection queries read; null before the projection first ran */
            activeCollection: string | null;
            activeVersion: number | null;
            checkpoint: number;
            headPosition: number;
            /** @description Events in the log after the checkpoint, counted up to 10,000 */
            lag: number;
            /** @description The count stopped at its limit: at least `lag` events behind (only on EventStoreDB, whose positions are byte offsets) */
            lagAtLeast: boolean;
            name: components["schemas"]["ProjectionName"];
            parked: number;
            rebuild: components["schemas"]["RebuildStateResponse"] | null;
            rebuilding: boolean;
            /** @description The version the running code defines */
            version: number;
        };
        ProposedTargetRequest: {
            metric: components["schemas"]["Metric"];
            proposedTarget: number;
        };
        ProposedTargetResponse: {
            metric: components["schemas"]["Metric"];
            originalTarget: number;
            proposedTarget: number;
        };
        ProposeTargetAdjustmentRequest: {
            changes: components["schemas"]["TargetChangeRequest"][];
            /** @description Numbers of the difficulty reports this answers */
            difficultyReports?: number[];
            reason: string;
        };
        ProspectAsOfResponse: {
            asOf: components["schemas"]["AsOfAskedResponse"];
            /** @description Events folded */
            eventCount: number;
            lastEventType: string;
            /**
             * Format: date-time
             * @description When it happened
             */
            occurredAt: string;
            /** @description Its global position */
            position: number;
            /** Format: uuid */
            prospectId: string;
            /** @description The revision of the last event included */
            revision: number;
            /** @description The prospect’s state as the decider folded it then */
            state: components["schemas"]["ProspectStateResponse"] | components["schemas"]["ProspectNotAddedStateResponse"];
            streamName: string;
        };
        ProspectCommandResponse: {
            /** @description Global position of the last event; pass as minPosition to read your write */
            position: number;
            /** Format: uuid */
            prospectId: string;
            /** @description The stream revision after the command (also the ETag) */
            revision: number;
        };
        ProspectContactResponse: {
            /** @description Personal data: in clear for a role that reads personal data (the read is recorded in the access log), `[masked]` for the others (analysts), `[erased]` after the data subject’s erasure, `[unreadable]` when its stored ciphertext was altered */
            email?: string;
            /** @description Personal data: in clear for a role that reads personal data (the read is recorded in the access log), `[masked]` for the others (analysts), `[erased]` after the data subject’s erasure, `[unreadable]` when its stored ciphertext was altered */
            name: string;
            /** @description Personal data: in clear for a role that reads personal data (the read is recorded in the access log), `[masked]` for the others (analysts), `[erased]` after the data subject’s erasure, `[unreadable]` when its stored ciphertext was altered */
            phone?: string;
        };
        ProspectHistoryPageResponse: {
            events: components["schemas"]["HistoryEventResponse"][];
            /** @description The revision the next page starts at; null on the last page */
            nextRevision: number | null;
            /** Format: uuid */
            prospectId: string;
        };
        ProspectKeyDatesResponse: {
            /** Format: date */
            addedOn: string;
            /** Format: date */
            applicationSubmittedOn: string | null;
            /** Format: date */
            approvedOn: string | null;
            /** Format: date */
            closedOn: string | null;
            /** Format: date */
            convertedOn: string | null;
            /** Format: date */
            developmentStartedOn: string | null;
            /** Format: date */
            lastCreditCheckOn: string | null;
            /** Format: date */
            lastReportOn: string | null;
            /** Format: date */
            screenedAsKeyOn: string | null;
        };
        ProspectListItemResponse: {
            assignedSalespersonId: string | null;
            /** @description Personal data: in clear for a role that reads personal data (the read is recorded in the access log), `[masked]` for the others (analysts), `[erased]` after the data subject’s erasure, `[unreadable]` when its stored ciphertext was altered */
            assignedSalespersonName: string | null;
            contact: components["schemas"]["ProspectContactResponse"];
            developmentStage: components["schemas"]["DevelopmentStage"] | null;
            expectedDealValue: components["schemas"]["MoneyResponse"] | null;
            /** Format: uuid */
            id: string;
            industry: string;
            initialAssessment: string;
            keyDates: components["schemas"]["ProspectKeyDatesResponse"];
            lastPosition: number;
            latestCreditCheck: components["schemas"]["CreditCheckSummaryResponse"] | null;
            latestCreditGrade: components["schemas"]["CreditGrade"] | null;
            name: string;
            normalisedName: string;
            /** Format: uuid */
            prospectId: string;
            region: string;
            registrationNumber: string | null;
            reportCount: number;
            size: components["schemas"]["SizeClass"];
            source: string;
            status: components["schemas"]["ProspectStatus"];
            team: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ProspectNotAddedStateResponse: {
            /** @enum {string} */
            status: "none";
        };
        ProspectPageResponse: {
            freshness: components["schemas"]["FreshnessResponse"];
            items: components["schemas"]["ProspectListItemResponse"][];
            nextCursor: string | null;
        };
        ProspectResponse: {
            addedBy: string;
            /** @description The application under review or approved */
            application?: components["schemas"]["PendingApplicationResponse"];
            applicationVersion: number;
            assignedSalespersonId?: string;
            /** @description Personal data: in clear for a role that reads personal data (the read is recorded in the access log), `[masked]` for the others (analysts), `[erased]` after the data subject’s erasure, `[unreadable]` when its stored ciphertext was altered */
            assignedSalespersonName?: string;
            contact: components["schemas"]["ProspectContactResponse"];
            industry: string;
            initialAssessment: string;
            latestCreditCheck?: components["schemas"]["LatestCreditCheckResponse"];
            name: string;
            /** @description The name as compared for duplicates (case, width, punctuation and legal form ignored) */
            normalisedName: string;
            /** @description The global position of the prospect’s last event */
            position: number;
            /** Format: uuid */
            prospectId: string;
            region: string;
            registrationNumber?: string;
            reportCount: number;
            /** @description The stream revision (also the ETag) */
            revision: number;
            size: components["schemas"]["SizeClass"];
            source: string;
            status: components["schemas"]["ProspectStatus"];
            team: string;
        };
        ProspectStateResponse: {
            /** @description The application under review or approved */
            application?: components["schemas"]["PendingApplicationResponse"];
            applicationVersion: number;
            assignedSalespersonId?: string;
            latestCreditCheck?: components["schemas"]["LatestCreditCheckResponse"];
            name: string;
            /** Format: uuid */
            prospectId: string;
            reportCount: number;
            status: components["schemas"]["ProspectStatus"];
            team: string;
        };
        /** @enum {string} */
        ProspectStatus: "listed" | "investigated" | "reinvestigation_requested" | "key_prospect" | "on_hold" | "stopped" | "application_submitted" | "supervisor_approved" | "application_rejected" | "approved" | "in_development" | "converted" | "abandoned";
        QuantityRequest: {
            /**
             * @description Integer: minor units for money (fen, cents), a count otherwise; at most 10^15
             * @example 5000000
             */
            amount: number;
            /**
             * @description ISO 4217 code, required for money metrics, absent for counts
             * @example CNY
             */
            currency?: string;
            /** @example revenue */
            metric: components["schemas"]["Metric"];
        };
        ReadinessChecksResponse: {
            eventStore: components["schemas"]["EventStoreIndicatorResponse"];
            projections: components["schemas"]["ProjectionsIndicatorResponse"];
            readStore: components["schemas"]["TimedIndicatorResponse"];
            /** @description Down while shutting down */
            server: components["schemas"]["UpIndicatorResponse"];
        };
        ReadinessResponse: {
            details: components["schemas"]["ReadinessChecksResponse"];
            /** @description Empty while every check passes */
            error: Record<string, never>;
            info: components["schemas"]["ReadinessChecksResponse"];
            /** @enum {string} */
            status: "ok";
        };
        RebuildStartedResponse: {
            /**
             * @description Where its progress shows (`rebuild`)
             * @enum {string}
             */
            progress: "/api/projections";
            projection: components["schemas"]["ProjectionName"];
            /** @description false when the rebuild already finished before the answer */
            rebuilding: boolean;
        };
        RebuildStateResponse: {
            checkpoint: number;
            /** @description The fresh collection being built */
            collection: string;
            /** @description Events still to apply */
            lag: number;
            /** @description The count stopped at its limit (10,000): at least `lag` events to apply */
            lagAtLeast: boolean;
            version: number;
        };
        ReceiptCheckResponse: {
            count: number;
            matched: number;
            problems: components["schemas"]["ReceiptProblemResponse"][];
            /** @description Seals of the log without a receipt yet (written when the seal process next starts) */
            unreceipted: number;
        };
        /**
         * @description SEAL_MISSING: the log no longer holds the seal (the seal stream was deleted or shortened); SEAL_DIFFERS: its seal of that number is another one (recomputed)
         * @enum {string}
         */
        ReceiptProblemKind: "SEAL_MISSING" | "SEAL_DIFFERS";
        ReceiptProblemResponse: {
            /** @description The log’s seal hash of that number, if any */
            actual: string | null;
            /** @description The seal hash the receipt recorded */
            expected: string;
            /** @description SEAL_MISSING: the log no longer holds the seal (the seal stream was deleted or shortened); SEAL_DIFFERS: its seal of that number is another one (recomputed) */
            problem: components["schemas"]["ReceiptProblemKind"];
            sealNumber: number;
        };
        RecordActualRequest: {
            /**
             * @description Integer: minor units for money (fen, cents), a count otherwise; at most 10^15
             * @example 5000000
             */
            amount: number;
            /**
             * @description ISO 4217 code, required for money metrics, absent for counts
             * @example CNY
             */
            currency?: string;
            /**
             * @description A date inside the plan period
             * @example 2027-02-10
             */
            date: string;
            /** @example revenue */
            metric: components["schemas"]["Metric"];
            /**
             * @description Invoice, order or customer reference
             * @example INV-2027-0042
             */
            reference: string;
            /**
             * @description Whose actual it is: only yourself (403 AUTH.OWN_ACTUALS_ONLY for anyone else); defaults to you
             * @example ann
             */
            salespersonId?: string;
        };
        RecordCreditCheckRequest: {
            annualRevenue: components["schemas"]["MoneyRequest"];
            /** @description The bank’s opinion */
            bankOpinion: string;
            /**
             * @example [
             *       "ICBC Jinan Branch"
             *     ]
             */
            banks: string[];
            businessScope: string;
            employees: number;
            /** @example 2012-05-08 */
            foundedOn: string;
            history: components["schemas"]["CreditHistoryRequest"];
            /** @example 2027-02-10 */
            investigatedOn: string;
            investigator: string;
            legalName: string;
            legalRepresentative: string;
            ownershipType: components["schemas"]["OwnershipType"];
            paymentBehaviour: components["schemas"]["PaymentBehaviour"];
            registeredCapital: components["schemas"]["MoneyRequest"];
            /** @example 91370100MA3C000001 */
            registrationNumber: string;
            /** @description The grade A–D is computed from these, never typed */
            scoredItems: components["schemas"]["ScoredItemRequest"][];
            /** @description Suggested credit limit in minor units */
            suggestedCreditLimit: components["schemas"]["MoneyRequest"];
        };
        RecordedEventResponse: {
            /**
             * Format: date-time
             * @description When the store committed the event
             */
            createdAt: string;
            /** @description The payload of the event type */
            data: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            id: string;
            metadata: components["schemas"]["EventMetadataResponse"];
            /** @description Position in the global log */
            position: number;
            /** @description 0-based position within the stream */
            revision: number;
            /** @example plan-985dc76b-5f58-872c-8052-997a333fbdb5 */
            streamName: string;
            /**
             * @description The event type; a later version carries a suffix (`TeamSummarySubmitted.v2`)
             * @example PlanApproved
             */
            type: string;
        };
        RecordedSealResponse: {
            position: number;
            revision: number;
            seal: components["schemas"]["AuditSealResponse"];
            /** Format: date-time */
            sealedAt: string;
        };
        RecordProgressReviewRequest: {
            /** @example 2027-02-20 */
            reviewDate: string;
            reviews: components["schemas"]["SalespersonReviewRequest"][];
        };
        RejectRequest: {
            /** @description Why it goes back to its author (required) */
            reason: string;
        };
        ReportCommentResponse: {
            comment: string;
            /** Format: date-time */
            commentedAt: string;
            commentedBy: string;
        };
        ReportCreditIssueRequest: {
            /** @description The credit problem, for the superior */
            description: string;
        };
        ResolveCreditIssueRequest: {
            /** @description Why investigation and negotiation stop */
            reason?: string;
            /** @description How the prospect is redefined (required for redefine) */
            redefinition?: string;
            resolution: components["schemas"]["CreditIssueResolution"];
        };
        RetriedParkedEventResponse: {
            position: number;
            projection: string;
            /** @enum {boolean} */
            retried: true;
        };
        ReviewActionRequest: {
            action: string;
            /** @example 2027-03-01 */
            deadline: string;
            /** @description Who does it (user id) */
            owner: string;
        };
        ReviewActionResponse: {
            action: string;
            /** Format: date */
            deadline: string;
            owner: string;
        };
        ReviewApplicationRequest: {
            comment?: string;
            decision: components["schemas"]["ReviewDecision"];
            /** @description Required when rejecting */
            reason?: string;
        };
        /** @enum {string} */
        ReviewDecision: "approve" | "reject";
        /** @enum {string} */
        ReviewRating: "on_track" | "needs_attention" | "off_track";
        ReviseAppraisalRequest: {
            corrections: components["schemas"]["AppraisalCorrectionRequest"][];
        };
        /**
         * @description The roles the sign-in offers
         * @enum {string}
         */
        Role: "salesperson" | "supervisor" | "manager" | "auditor" | "analyst" | "privacy_officer";
        RolloverCarriedInResponse: {
            /** @description Per origin period */
            byOrigin: {
                [key: string]: number;
            };
            total: number;
        };
        RolloverLedgerResponse: {
            freshness: components["schemas"]["FreshnessResponse"];
            periods: components["schemas"]["RolloverPeriodResponse"][];
            streaks: components["schemas"]["ShortfallStreakResponse"][];
        };
        RolloverMetricTotalsResponse: {
            carriedIn: components["schemas"]["RolloverCarriedInResponse"];
            carriedOut: number;
            currency?: string;
            settled: number;
            waived: number;
        };
        RolloverPeriodResponse: {
            entries: components["schemas"]["LedgerEntryResponse"][];
            /** @description Per metric */
            metrics: {
                [key: string]: components["schemas"]["RolloverMetricTotalsResponse"];
            };
            period: string;
            published: boolean;
            team: string;
        };
        SalespersonRatingRequest: {
            comment?: string;
            rating: components["schemas"]["AppraisalRating"];
            salespersonId: string;
        };
        SalespersonReviewRequest: {
            actions: components["schemas"]["ReviewActionRequest"][];
            /** @description Supervisor or manager comment */
            comment?: string;
            findings: string;
            rating: components["schemas"]["ReviewRating"];
            salespersonId: string;
        };
        ScoredItemRequest: {
            /** @example Payment record */
            item: string;
            /** @description A/B/C/D = 10/8/6/4 points */
            score: components["schemas"]["CreditGrade"];
        };
        ScoredItemResponse: {
            item: string;
            points: number;
            score: components["schemas"]["CreditGrade"];
        };
        /** @enum {string} */
        ScreeningOutcome: "key_prospect" | "reinvestigate";
        ScreenProspectRequest: {
            comment?: string;
            outcome: components["schemas"]["ScreeningOutcome"];
            /** @description What is unclear (required for reinvestigate) */
            unclearPoints?: string[];
        };
        SealedResponse: {
            /** @description The global position of the seal event */
            position: number;
            seal: components["schemas"]["AuditSealResponse"];
            /** @enum {boolean} */
            sealed: true;
        };
        /** @enum {string} */
        SealProblemKind: "SEAL_HASH_MISMATCH" | "SEAL_CHAIN_BROKEN" | "SEAL_RANGE_GAP" | "EVENT_COUNT_MISMATCH" | "EVENTS_HASH_MISMATCH";
        SealProblemResponse: {
            actual: string | number | null;
            expected: string | number | null;
            fromPosition: number;
            problem: components["schemas"]["SealProblemKind"];
            sealNumber: number;
            toPosition: number;
        };
        SealVerificationResponse: {
            count: number;
            latest: components["schemas"]["LatestSealResponse"] | null;
            /** @description Unsealed events older than the seal interval (and a minute): sealing stopped, or the seals were removed */
            overdue: components["schemas"]["OverdueSealResponse"] | null;
            problems: components["schemas"]["SealProblemResponse"][];
            /** @description The seals against the receipts kept outside the event store; null when there are none to check */
            receipts: components["schemas"]["ReceiptCheckResponse"] | null;
            /** @description Events after the latest seal (seals aside): protected by their stream chains only until the next seal */
            unsealedEvents: number;
            verified: number;
        };
        SettledLineResponse: {
            amount: number;
            /** Format: uuid */
            lineId: string;
        };
        ShortfallPieceResponse: {
            amount: number;
            /**
             * Format: uuid
             * @description The carried line this piece continues; absent for a shortfall that arose in this period
             */
            lineId?: string;
            originPeriod: string;
            path: string[];
        };
        ShortfallStreakResponse: {
            consecutivePeriodsWithShortfall: number;
            periods: string[];
            salespersonId: string;
            team: string;
        };
        /** @enum {string} */
        SizeClass: "large" | "medium" | "small" | "micro";
        StreamHistoryPageResponse: {
            /** @description As stored: the type and version written, the metadata with `integrity` */
            events: components["schemas"]["RecordedEventResponse"][];
            /** @description The revision the next page starts at; null on the last page */
            nextRevision: number | null;
            /** @example plan-985dc76b-5f58-872c-8052-997a333fbdb5 */
            streamName: string;
        };
        StreamMentionsResponse: {
            /** @description How many of the stream’s events mention the subject */
            events: number;
            streamName: string;
        };
        /** @enum {string} */
        SubjectKind: "contact" | "legal-representative" | "employee";
        SubjectMentionResponse: {
            eventId: string;
            /** @example ProspectAdded */
            eventType: string;
            fields: components["schemas"]["MentionedFieldResponse"][];
            /** Format: date-time */
            occurredAt: string;
            position: number;
            revision: number;
            /** @example prospect-8c0e2b6a-3f1d-4c55-9a43-2f5b1c7d9e10 */
            streamName: string;
        };
        SubmitDevelopmentApplicationRequest: {
            approach: string;
            expectedDealValue: components["schemas"]["MoneyRequest"];
            milestones: components["schemas"]["MilestoneRequest"][];
            objectives: string[];
            resourcesNeeded: string[];
        };
        SubmitDifficultyReportRequest: {
            cause: components["schemas"]["DifficultyCause"];
            difficulty: string;
            /**
             * @description Date inside the plan period from which the revision should apply
             * @example 2027-02-15
             */
            effectiveFrom: string;
            evidence: string;
            /** @description The revision form: proposed target per metric */
            proposals: components["schemas"]["ProposedTargetRequest"][];
            supportRequested: string;
        };
        SubmitPlanBookRequest: {
            /** @description Market indicators that cannot be quantified, assessed */
            marketIndicators: components["schemas"]["MarketIndicatorRequest"][];
            /** @description Forward-looking analysis */
            outlook: string;
        };
        SubmitPlanRequest: {
            expenseBudget: components["schemas"]["ExpenseBudgetRequest"];
            /** @description Other annual marketing-plan content */
            otherContent?: string;
            profitTarget: components["schemas"]["MoneyRequest"];
            subPlans: components["schemas"]["SubPlansRequest"];
            /** @description One line per salesperson × metric */
            targets: components["schemas"]["TargetRequest"][];
        };
        SubPlansRequest: {
            /** @description advertising & promotion */
            advertisingAndPromotion: string;
            /** @description changes to per-role appraisal rules */
            appraisalRuleChanges: string;
            /** @description channel strategy */
            channelStrategy: string;
            /** @description 货款回收 payment collection */
            paymentCollection: string;
            /** @description pricing strategy */
            pricingStrategy: string;
            /** @description product strategy */
            productStrategy: string;
            /** @description staffing & sales training */
            staffingAndTraining: string;
        };
        SummaryRequest: {
            summary: string;
        };
        SupervisorCommentResponse: {
            comment: string;
            /** Format: date-time */
            commentedAt: string;
            commentedBy: string;
        };
        TargetChangeRequest: {
            metric: components["schemas"]["Metric"];
            salespersonId: string;
            /** @description The new effective target (integer minor units or count) */
            to: number;
        };
        TargetChangeResponse: {
            from: number;
            metric: components["schemas"]["Metric"];
            salespersonId: string;
            to: number;
        };
        TargetLineResponse: {
            amount: number;
            currency?: string;
            metric: components["schemas"]["Metric"];
            salespersonId: string;
            /** @description Personal data: in clear for a role that reads personal data (the read is recorded in the access log), `[masked]` for the others (analysts), `[erased]` after the data subject’s erasure, `[unreadable]` when its stored ciphertext was altered */
            salespersonName: string;
        };
        TargetRequest: {
            /**
             * @description Integer: minor units for money (fen, cents), a count otherwise; at most 10^15
             * @example 5000000
             */
            amount: number;
            /**
             * @description ISO 4217 code, required for money metrics, absent for counts
             * @example CNY
             */
            currency?: string;
            /** @example revenue */
            metric: components["schemas"]["Metric"];
            /** @example ann */
            salespersonId: string;
            /** @example Ann Lee */
            salespersonName: string;
        };
        TeamPipelineResponse: {
            open: components["schemas"]["PipelineOpenTotalsResponse"];
            /** @description Set when the pipeline counts one salesperson’s prospects only */
            salespersonId?: string;
            stages: components["schemas"]["PipelineStageTotalsResponse"][];
            team: string;
        };
        TeamSummaryRequest: {
            /** @description Analysis of the team’s execution */
            analysis: string;
            summary: string;
        };
        TimedIndicatorResponse: {
            /** @description Milliseconds the check took */
            responseTime: number;
            /** @enum {string} */
            status: "up";
        };
        TokenActorResponse: {
            /** @description The user id (`sub`) */
            id: string;
            name: string;
            roles: components["schemas"]["Role"][];
            teams: string[];
        };
        TrackingRowResponse: {
            actualToDate: number;
            adjustments: number;
            baseTarget: number;
            carriedIn: number;
            carriedInLines: components["schemas"]["CarriedInLineResponse"][];
            /** @description Percent, 2 decimals rounded half up; null = no target */
            completionPercent: number | null;
            /** @description Money metrics only */
            currency?: string;
            effectiveTarget: number;
            /** @description Effective target × elapsed ÷ days, rounded half up for display; pace compares the unrounded value */
            expectedToDate: number;
            metric: components["schemas"]["Metric"];
            pace: components["schemas"]["PaceStatus"];
            salespersonId: string;
            /** @description Personal data: in clear for a role that reads personal data (the read is recorded in the access log), `[masked]` for the others (analysts), `[erased]` after the data subject’s erasure, `[unreadable]` when its stored ciphertext was altered */
            salespersonName: string;
            variance: number;
        };
        TrackingSheetAsOfResponse: {
            /**
             * Format: date
             * @description The calendar date of `at`, as written (in its own offset)
             */
            asOf: string;
            /**
             * Format: date-time
             * @description The moment asked for
             */
            at: string;
            currency: string;
            /** @description Percent of the period elapsed by asOf */
            elapsedPercent: number;
            /** @description Events folded */
            eventCount: number;
            lastEventType: string;
            /**
             * Format: date-time
             * @description When it happened
             */
            occurredAt: string;
            period: string;
            /** Format: uuid */
            planId: string;
            /** @description Its global position */
            position: number;
            /** @description The revision of the last event included */
            revision: number;
            rows: components["schemas"]["TrackingRowResponse"][];
            status: components["schemas"]["PlanStatus"];
            streamName: string;
            team: string;
        };
        TrackingSheetResponse: {
            /** Format: date */
            asOf: string;
            currency: string;
            elapsedPercent: number;
            freshness: components["schemas"]["FreshnessResponse"];
            period: string;
            /** Format: uuid */
            planId: string;
            rows: components["schemas"]["TrackingRowResponse"][];
            status: string;
            team: string;
        };
        UpIndicatorResponse: {
            /** @enum {string} */
            status: "up";
        };
        VerificationProgressResponse: {
            /** @description The head when the verification started */
            headPosition: number;
            /** @description The position read up to */
            position: number;
            share: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description The export as an attachment, with its file name */
        "Content-Disposition": string;
        /** @description The stream revision (after the command, or of the state read) as a quoted string; send it back as If-Match to make a command conditional */
        ETag: string;
        /** @description Sent, as `true`, only when this is the stored answer of an earlier request with the same Idempotency-Key: nothing was appended */
        "Idempotent-Replayed": "true";
        /** @description Where the created (or redefined) resource is read */
        Location: string;
        /** @description Seconds to wait before retrying */
        "Retry-After": number;
        /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
        "X-Correlation-Id": string;
        /** @description `true` when minPosition (or X-Min-Position) was not reached within READ_YOUR_WRITES_TIMEOUT_MS, so the answer is what the read model had */
        "X-Read-Model-Behind": "true" | "false";
        /** @description The global log position the answering read model has applied */
        "X-Read-Model-Position": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    GetApprovalQueue: {
        parameters: {
            query?: {
                /** @description Wait (at most READ_YOUR_WRITES_TIMEOUT_MS) until the read model has applied this global position: the `position` a command returned */
                minPosition?: number;
            };
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
                /** @description Same as ?minPosition: wait (at most READ_YOUR_WRITES_TIMEOUT_MS) until the read model has applied this global position */
                "X-Min-Position"?: number;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The read model’s answer, with its freshness */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    "X-Read-Model-Behind": components["headers"]["X-Read-Model-Behind"];
                    "X-Read-Model-Position": components["headers"]["X-Read-Model-Position"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalQueueResponse"];
                };
            };
            /** @description A filter of the wrong type, an unknown parameter, a malformed minPosition or a foreign cursor (REQUEST.VALIDATION_FAILED, REQUEST.INVALID_MIN_POSITION) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not a manager (AUTH.ROLE_REQUIRED) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ExplainDecision: {
        parameters: {
            query?: {
                /** @description Wait (bounded) until the audit index has applied this global position */
                minPosition?: number;
            };
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The decision event’s id (from a stream history or GET /api/decisions) */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The decision explained */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    "X-Read-Model-Behind": components["headers"]["X-Read-Model-Behind"];
                    "X-Read-Model-Position": components["headers"]["X-Read-Model-Position"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionExplanationResponse"];
                };
            };
            /** @description A malformed stream name, revision or minPosition */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not an auditor (AUTH.ROLE_REQUIRED) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such event (AUDIT.EVENT_NOT_FOUND, also while the audit index has not reached it: pass minPosition), or it is not a decision (AUDIT.NOT_A_DECISION) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetPlanAsOf: {
        parameters: {
            query?: {
                /** @description The moment (with offset); give this or revision */
                at?: string;
                /** @description The stream revision (0-based); give this or at */
                revision?: number;
            };
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan then */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanAsOfResponse"];
                };
            };
            /** @description Neither or both of at and revision (REQUEST.AS_OF_REQUIRED), or a malformed timestamp or revision (REQUEST.VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not an auditor (AUTH.ROLE_REQUIRED) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such stream (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND), or the point is before the stream existed (AUDIT.BEFORE_STREAM_EXISTED) or past its last revision (AUDIT.REVISION_NOT_FOUND) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetTargetTrackingSheetAsOf: {
        parameters: {
            query: {
                /** @description The moment (with offset); the sheet is rendered as of its date */
                at: string;
            };
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sheet then */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackingSheetAsOfResponse"];
                };
            };
            /** @description at is missing or malformed (REQUEST.VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not an auditor (AUTH.ROLE_REQUIRED) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such plan (PLAN.NOT_FOUND), the stream did not exist yet (AUDIT.BEFORE_STREAM_EXISTED) or the plan was not opened yet (AUDIT.PLAN_NOT_OPENED) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetProspectAsOf: {
        parameters: {
            query?: {
                /** @description The moment (with offset); give this or revision */
                at?: string;
                /** @description The stream revision (0-based); give this or at */
                revision?: number;
            };
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                prospectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The prospect then */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectAsOfResponse"];
                };
            };
            /** @description Neither or both of at and revision (REQUEST.AS_OF_REQUIRED), or a malformed timestamp or revision (REQUEST.VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not an auditor (AUTH.ROLE_REQUIRED) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such stream (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND), or the point is before the stream existed (AUDIT.BEFORE_STREAM_EXISTED) or past its last revision (AUDIT.REVISION_NOT_FOUND) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SealAuditTrail: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new seal, or `sealed: false` with the latest seal when no event came since */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SealedResponse"] | components["schemas"]["NothingToSealResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not an auditor (AUTH.ROLE_REQUIRED) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Another seal was written at the same time and it kept losing the race (STREAM.WRONG_EXPECTED_REVISION): retry */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetStreamHistory: {
        parameters: {
            query?: {
                /** @description First revision of the page */
                fromRevision?: number;
                /** @description Events per page */
                limit?: number;
            };
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description A stream: `plan-<id>`, `prospect-<id>`, `devscope-<id>`, `auditseal-log`, … */
                streamName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the stream’s events */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreamHistoryPageResponse"];
                };
            };
            /** @description A malformed stream name (REQUEST.INVALID_STREAM_NAME), fromRevision or limit */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not an auditor (AUTH.ROLE_REQUIRED) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such stream (AUDIT.STREAM_NOT_FOUND) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ExplainDecisionAt: {
        parameters: {
            query?: {
                /** @description Wait (bounded) until the audit index has applied this global position */
                minPosition?: number;
            };
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The event’s revision in the stream */
                revision: number;
                /** @description A stream: `plan-<id>`, `prospect-<id>`, `devscope-<id>`, `auditseal-log`, … */
                streamName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The decision explained */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    "X-Read-Model-Behind": components["headers"]["X-Read-Model-Behind"];
                    "X-Read-Model-Position": components["headers"]["X-Read-Model-Position"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionExplanationResponse"];
                };
            };
            /** @description A malformed stream name, revision or minPosition */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not an auditor (AUTH.ROLE_REQUIRED) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such event (AUDIT.EVENT_NOT_FOUND, also while the audit index has not reached it: pass minPosition), or it is not a decision (AUDIT.NOT_A_DECISION) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StartAuditVerification: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Started: the verification, running */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerificationResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not an auditor (AUTH.ROLE_REQUIRED) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A verification is still running (AUDIT.VERIFICATION_RUNNING, naming it) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetAuditVerification: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The id StartAuditVerification answered with */
                verificationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verification as it is now */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerificationResponse"];
                };
            };
            /** @description The request is invalid (REQUEST.VALIDATION_FAILED and other `REQUEST.*` codes, field-level messages in `fields`), or its URL is malformed (REQUEST.BAD_URL, answered before routing, without X-Correlation-Id) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not an auditor (AUTH.ROLE_REQUIRED) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such verification in this process: only the latest 20 are kept, in memory (AUDIT.VERIFICATION_NOT_FOUND) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    VerifyAuditTrail: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report (200 whether or not the trail is intact: read `ok`) */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditTrailReportResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not an auditor (AUTH.ROLE_REQUIRED) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A verification is still running (AUDIT.VERIFICATION_RUNNING, naming it) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ListConversions: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page of the same query */
                cursor?: string;
                /** @description convertedOn from (inclusive) */
                from?: string;
                limit?: number;
                /** @description Wait (at most READ_YOUR_WRITES_TIMEOUT_MS) until the read model has applied this global position: the `position` a command returned */
                minPosition?: number;
                /** @description The assigned salesperson; salespeople may only name themselves */
                salesperson?: string;
                status?: components["schemas"]["ConversionStatus"];
                team?: string;
                /** @description convertedOn to (inclusive) */
                to?: string;
            };
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
                /** @description Same as ?minPosition: wait (at most READ_YOUR_WRITES_TIMEOUT_MS) until the read model has applied this global position */
                "X-Min-Position"?: number;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The read model’s answer, with its freshness */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    "X-Read-Model-Behind": components["headers"]["X-Read-Model-Behind"];
                    "X-Read-Model-Position": components["headers"]["X-Read-Model-Position"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversionPageResponse"];
                };
            };
            /** @description A filter of the wrong type, an unknown parameter, an inverted range (REQUEST.INVERTED_RANGE), a malformed minPosition or a foreign cursor */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A team you may not read (AUTH.TEAM_FORBIDDEN), or a salesperson naming another salesperson (AUTH.OWN_ROWS_ONLY) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ListCreditChecks: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page of the same query */
                cursor?: string;
                /** @description investigatedOn from (inclusive) */
                from?: string;
                grade?: components["schemas"]["CreditGrade"];
                limit?: number;
                /** @description Wait (at most READ_YOUR_WRITES_TIMEOUT_MS) until the read model has applied this global position: the `position` a command returned */
                minPosition?: number;
                /** @description One prospect’s checks */
                prospect?: string;
                /** @description The assigned salesperson; salespeople may only name themselves */
                salesperson?: string;
                team?: string;
                /** @description investigatedOn to (inclusive) */
                to?: string;
            };
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
                /** @description Same as ?minPosition: wait (at most READ_YOUR_WRITES_TIMEOUT_MS) until the read model has applied this global position */
                "X-Min-Position"?: number;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The read model’s answer, with its freshness */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    "X-Read-Model-Behind": components["headers"]["X-Read-Model-Behind"];
                    "X-Read-Model-Position": components["headers"]["X-Read-Model-Position"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditCheckPageResponse"];
                };
            };
            /** @description A filter of the wrong type, an unknown parameter, an inverted range (REQUEST.INVERTED_RANGE), a malformed minPosition or a foreign cursor */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A team you may not read (AUTH.TEAM_FORBIDDEN), or a salesperson naming another salesperson (AUTH.OWN_ROWS_ONLY) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ListDecisions: {
        parameters: {
            query?: {
                actorId?: string;
                /** @description nextCursor of the previous page */
                cursor?: string;
                decision?: components["schemas"]["DecisionKind"];
                /** @description occurredAt from (inclusive): a timestamp or a date */
                from?: string;
                /** @description Items per page (default: 50 plans, 100 decisions) */
                limit?: number;
                /** @description Wait (at most READ_YOUR_WRITES_TIMEOUT_MS) until the read model has applied this global position: the `position` a command returned */
                minPosition?: number;
                team?: string;
                /** @description occurredAt to (inclusive): a timestamp or a date */
                to?: string;
                /** @description Event type of the decision */
                type?: components["schemas"]["PlanDecisionType"];
            };
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
                /** @description Same as ?minPosition: wait (at most READ_YOUR_WRITES_TIMEOUT_MS) until the read model has applied this global position */
                "X-Min-Position"?: number;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The read model’s answer, with its freshness */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    "X-Read-Model-Behind": components["headers"]["X-Read-Model-Behind"];
                    "X-Read-Model-Position": components["headers"]["X-Read-Model-Position"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionPageResponse"];
                };
            };
            /** @description A filter of the wrong type, an unknown parameter, a malformed minPosition or a foreign cursor (REQUEST.VALIDATION_FAILED, REQUEST.INVALID_MIN_POSITION) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A team you may not read (AUTH.TEAM_FORBIDDEN), or a salesperson naming another salesperson (AUTH.OWN_ROWS_ONLY) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetDevelopmentMode: {
        parameters: {
            query?: never;
            header: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
                /** @description Must be 1 */
                "X-Salesflow-Dev": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Development sign-in is on */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevelopmentModeResponse"];
                };
            };
            /** @description A Host or Origin other than this server on a loopback name (DEV.HOST_FORBIDDEN, DEV.ORIGIN_FORBIDDEN), or no X-Salesflow-Dev: 1 (DEV.HEADER_REQUIRED) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not a loopback caller: answered exactly like an unknown route (ROUTE.NOT_FOUND) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MintDevelopmentToken: {
        parameters: {
            query?: never;
            header: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
                /** @description Must be 1 */
                "X-Salesflow-Dev": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MintDevTokenRequest"];
            };
        };
        responses: {
            /** @description The token */
            201: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevelopmentTokenResponse"];
                };
            };
            /** @description An invalid user id, role, team or lifetime (REQUEST.VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A Host or Origin other than this server on a loopback name (DEV.HOST_FORBIDDEN, DEV.ORIGIN_FORBIDDEN), or no X-Salesflow-Dev: 1 (DEV.HEADER_REQUIRED) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not a loopback caller: answered exactly like an unknown route (ROUTE.NOT_FOUND) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetDevelopmentPipeline: {
        parameters: {
            query?: {
                /** @description Wait (at most READ_YOUR_WRITES_TIMEOUT_MS) until the read model has applied this global position: the `position` a command returned */
                minPosition?: number;
                /** @description Count one salesperson’s prospects only; salespeople always see only their own */
                salesperson?: string;
                /** @description Defaults to every team you may read */
                team?: string;
            };
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
                /** @description Same as ?minPosition: wait (at most READ_YOUR_WRITES_TIMEOUT_MS) until the read model has applied this global position */
                "X-Min-Position"?: number;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The read model’s answer, with its freshness */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    "X-Read-Model-Behind": components["headers"]["X-Read-Model-Behind"];
                    "X-Read-Model-Position": components["headers"]["X-Read-Model-Position"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevelopmentPipelineResponse"];
                };
            };
            /** @description A filter of the wrong type, an unknown parameter, an inverted range (REQUEST.INVERTED_RANGE), a malformed minPosition or a foreign cursor */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A team you may not read (AUTH.TEAM_FORBIDDEN), or a salesperson naming another salesperson (AUTH.OWN_ROWS_ONLY) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ListOverdueDevelopmentReports: {
        parameters: {
            query?: {
                /** @description Defaults to today (UTC) */
                asOf?: string;
                /** @description nextCursor of the previous page of the same query */
                cursor?: string;
                /** @description Days without a report; defaults to DEVELOPMENT_REPORT_DUE_DAYS (14) */
                days?: number;
                limit?: number;
                /** @description Wait (at most READ_YOUR_WRITES_TIMEOUT_MS) until the read model has applied this global position: the `position` a command returned */
                minPosition?: number;
                /** @description The assigned salesperson; salespeople may only name themselves */
                salesperson?: string;
                team?: string;
            };
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
                /** @description Same as ?minPosition: wait (at most READ_YOUR_WRITES_TIMEOUT_MS) until the read model has applied this global position */
                "X-Min-Position"?: number;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The read model’s answer, with its freshness */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    "X-Read-Model-Behind": components["headers"]["X-Read-Model-Behind"];
                    "X-Read-Model-Position": components["headers"]["X-Read-Model-Position"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverdueReportsPageResponse"];
                };
            };
            /** @description A filter of the wrong type, an unknown parameter, an inverted range (REQUEST.INVERTED_RANGE), a malformed minPosition or a foreign cursor */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A team you may not read (AUTH.TEAM_FORBIDDEN), or a salesperson naming another salesperson (AUTH.OWN_ROWS_ONLY) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DefineDevelopmentScope: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DefineDevelopmentScopeRequest"];
            };
        };
        responses: {
            /** @description Redefined: the existing stream got a new version */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevelopmentScopeCommandResponse"];
                };
            };
            /** @description Created: the new stream’s id, its revision and the position of its last event */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevelopmentScopeCommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role, team or assignee, or reviewing your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, PROSPECT.NOT_ASSIGNEE, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetDevelopmentScope: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                scopeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current state */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevelopmentScopeResponse"];
                };
            };
            /** @description The request is invalid (REQUEST.VALIDATION_FAILED and other `REQUEST.*` codes, field-level messages in `fields`), or its URL is malformed (REQUEST.BAD_URL, answered before routing, without X-Correlation-Id) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not a reader of the scope’s team (AUTH.TEAM_FORBIDDEN) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such scope (SCOPE.NOT_FOUND) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetDevelopmentScopeHistory: {
        parameters: {
            query?: {
                /** @description The first revision of the page */
                fromRevision?: number;
                /** @description Events per page */
                limit?: number;
            };
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                scopeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevelopmentScopeHistoryPageResponse"];
                };
            };
            /** @description fromRevision or limit is not an integer in range (REQUEST.INVALID_QUERY) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not a reader of the scope’s team (AUTH.TEAM_FORBIDDEN) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such scope (SCOPE.NOT_FOUND) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetApiDocsUi: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI UI (Swagger UI) of this document */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetOpenApiDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description This OpenAPI document, as JSON */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetOpenApiDocumentYaml: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description This OpenAPI document, as YAML */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/yaml": string;
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StreamReadModelChanges: {
        parameters: {
            query: {
                /** @description Comma-separated projection names */
                projections: string;
                /** @description A ticket from POST /api/events/tickets (one use, 60 s) */
                ticket: string;
            };
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event stream (never ends by itself while the token is valid) */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description A malformed ticket or projections list, or an unknown parameter (REQUEST.VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The ticket is expired (AUTH.TICKET_EXPIRED), not valid (AUTH.TICKET_INVALID) or already used (AUTH.TICKET_USED) */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server is shutting down (LIVE.SHUTTING_DOWN, SERVER.SHUTTING_DOWN), or the read store is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CreateEventStreamTicket: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ticket */
            201: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventStreamTicketResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ExportDecisions: {
        parameters: {
            query: {
                /** @description csv: text/csv with a UTF-8 byte order mark; jsonl: application/x-ndjson */
                format?: components["schemas"]["ExportFormat"];
                /** @description From (inclusive): a timestamp, or a date (its start, UTC) */
                from: string;
                /** @description include: personal data in clear (auditors only; each subject shown is recorded in the access log); left out: personal data reads [masked] ([erased] after an erasure) */
                personalData?: "include";
                team?: string;
                /** @description To (inclusive): a timestamp, or a date (its end, UTC) */
                to: string;
            };
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    "X-Read-Model-Position": components["headers"]["X-Read-Model-Position"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description A malformed or inverted range, or a range over the configured maximum (EXPORT.RANGE_TOO_LARGE, EXPORT.TOO_MANY_PERIODS name the limit) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Neither analyst nor auditor, or personalData=include without a role that reads personal data (AUTH.ROLE_REQUIRED) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ExportRollovers: {
        parameters: {
            query: {
                /** @description csv: text/csv with a UTF-8 byte order mark; jsonl: application/x-ndjson */
                format?: components["schemas"]["ExportFormat"];
                fromPeriod: string;
                /** @description include: personal data in clear (auditors only; each subject shown is recorded in the access log); left out: personal data reads [masked] ([erased] after an erasure) */
                personalData?: "include";
                team?: string;
                toPeriod: string;
            };
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    "X-Read-Model-Position": components["headers"]["X-Read-Model-Position"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description A malformed or inverted range, or a range over the configured maximum (EXPORT.RANGE_TOO_LARGE, EXPORT.TOO_MANY_PERIODS name the limit) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Neither analyst nor auditor, or personalData=include without a role that reads personal data (AUTH.ROLE_REQUIRED) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetHealth: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The detail */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDetailResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetLiveness: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is alive */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server is shutting down (SERVER.SHUTTING_DOWN) */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetReadiness: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not ready (HEALTH.NOT_READY, each check in `details.checks`), or shutting down (SERVER.SHUTTING_DOWN) */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ListPersonalDataAccess: {
        parameters: {
            query?: {
                /** @description Only reads by this user (id) */
                actorId?: string;
                /** @description The `next` of the previous page */
                after?: string;
                /** @description Reads at or after this instant */
                from?: string;
                /** @description Entries per page */
                limit?: number;
                /** @description Only reads of this data subject */
                subjectId?: string;
                /** @description Reads at or before this instant */
                to?: string;
            };
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the access log */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLogPageResponse"];
                };
            };
            /** @description A malformed filter or limit (REQUEST.VALIDATION_FAILED), an after this log did not give out (REQUEST.INVALID_CURSOR), or from after to (REQUEST.INVERTED_RANGE) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Neither auditor nor privacy officer (AUTH.ROLE_REQUIRED) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key store or the access log of personal data cannot be reached (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE), or the event store is unavailable or busy, or the server is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EraseDataSubject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EraseDataSubjectRequest"];
            };
        };
        responses: {
            /** @description Created: the new stream’s id, its revision and the position of its last event */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not a privacy officer (AUTH.ROLE_REQUIRED) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No personal data of the subject was ever recorded (PERSONAL_DATA.SUBJECT_NOT_FOUND) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The subject was erased already (PERSONAL_DATA.ALREADY_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key store or the access log of personal data cannot be reached (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE), or the event store is unavailable or busy, or the server is shutting down; retry after Retry-After seconds. After a 503 the erasure may be recorded with the key not yet destroyed: the data-subject-erasure process destroys it */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetDataSubjectReport: {
        parameters: {
            query?: {
                /** @description Most access-log entries in the report; page on with GET /api/personal-data/access-log */
                accessLimit?: number;
            };
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The data subject: `contact:<prospect id>`, `legal-representative:<prospect id>` or `employee:<user id>` */
                subjectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSubjectReportResponse"];
                };
            };
            /** @description Not a data subject id (PERSONAL_DATA.SUBJECT_ID_INVALID), or accessLimit out of range (REQUEST.VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Neither auditor nor privacy officer (AUTH.ROLE_REQUIRED) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Nothing exists at this path (the resource’s `*.NOT_FOUND` code) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The key store or the access log of personal data cannot be reached (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE), or the event store is unavailable or busy, or the server is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ListPlans: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Items per page (default: 50 plans, 100 decisions) */
                limit?: number;
                /** @description Wait (at most READ_YOUR_WRITES_TIMEOUT_MS) until the read model has applied this global position: the `position` a command returned */
                minPosition?: number;
                period?: string;
                status?: components["schemas"]["PlanStatus"];
                team?: string;
            };
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
                /** @description Same as ?minPosition: wait (at most READ_YOUR_WRITES_TIMEOUT_MS) until the read model has applied this global position */
                "X-Min-Position"?: number;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The read model’s answer, with its freshness */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    "X-Read-Model-Behind": components["headers"]["X-Read-Model-Behind"];
                    "X-Read-Model-Position": components["headers"]["X-Read-Model-Position"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanPageResponse"];
                };
            };
            /** @description A filter of the wrong type, an unknown parameter, a malformed minPosition or a foreign cursor (REQUEST.VALIDATION_FAILED, REQUEST.INVALID_MIN_POSITION) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A team you may not read (AUTH.TEAM_FORBIDDEN), or a salesperson naming another salesperson (AUTH.OWN_ROWS_ONLY) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OpenPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenPlanRequest"];
            };
        };
        responses: {
            /** @description Created: the new stream’s id, its revision and the position of its last event */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current state */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanResponse"];
                };
            };
            /** @description The request is invalid (REQUEST.VALIDATION_FAILED and other `REQUEST.*` codes, field-level messages in `fields`), or its URL is malformed (REQUEST.BAD_URL, answered before routing, without X-Correlation-Id) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not a reader of the plan’s team (AUTH.TEAM_FORBIDDEN) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such plan (PLAN.NOT_FOUND) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RecordActual: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordActualRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProposeTargetAdjustment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeTargetAdjustmentRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ApproveTargetAdjustment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The adjustment’s number on the plan (1, 2, …) */
                adjustmentNumber: number;
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RejectTargetAdjustment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description The adjustment’s number on the plan (1, 2, …) */
                adjustmentNumber: number;
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AppraisePlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppraisePlanRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ApproveAppraisal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RejectAppraisal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReviseAppraisal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviseAppraisalRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ApprovePlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SubmitPlanBook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitPlanBookRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ApprovePlanBook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RejectPlanBook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WaiveCarryOver: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                lineId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SubmitDifficultyReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitDifficultyReportRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CommentOnFollowUpItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentOnFollowUpItemRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetFollowUpSheet: {
        parameters: {
            query?: {
                /** @description Wait (at most READ_YOUR_WRITES_TIMEOUT_MS) until the read model has applied this global position: the `position` a command returned */
                minPosition?: number;
            };
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
                /** @description Same as ?minPosition: wait (at most READ_YOUR_WRITES_TIMEOUT_MS) until the read model has applied this global position */
                "X-Min-Position"?: number;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The read model’s answer, with its freshness */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    "X-Read-Model-Behind": components["headers"]["X-Read-Model-Behind"];
                    "X-Read-Model-Position": components["headers"]["X-Read-Model-Position"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpSheetResponse"];
                };
            };
            /** @description A filter of the wrong type, an unknown parameter, a malformed minPosition or a foreign cursor (REQUEST.VALIDATION_FAILED, REQUEST.INVALID_MIN_POSITION) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not a reader of the plan’s team (AUTH.TEAM_FORBIDDEN) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such plan (PLAN.NOT_FOUND) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetPlanHistory: {
        parameters: {
            query?: {
                /** @description The first revision of the page */
                fromRevision?: number;
                /** @description Events per page */
                limit?: number;
            };
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanHistoryPageResponse"];
                };
            };
            /** @description fromRevision or limit is not an integer in range (REQUEST.INVALID_QUERY) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not a reader of the plan’s team (AUTH.TEAM_FORBIDDEN) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such plan (PLAN.NOT_FOUND) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SubmitPersonalSummary: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SummaryRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PublishResults: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RejectPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RecordProgressReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordProgressReviewRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SubmitPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitPlanRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SubmitTeamSummary: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamSummaryRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetTargetTrackingSheet: {
        parameters: {
            query?: {
                /** @description As-of date for actuals and expected-to-date; defaults to today (UTC) */
                asOf?: string;
                /** @description Wait (at most READ_YOUR_WRITES_TIMEOUT_MS) until the read model has applied this global position: the `position` a command returned */
                minPosition?: number;
            };
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
                /** @description Same as ?minPosition: wait (at most READ_YOUR_WRITES_TIMEOUT_MS) until the read model has applied this global position */
                "X-Min-Position"?: number;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The read model’s answer, with its freshness */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    "X-Read-Model-Behind": components["headers"]["X-Read-Model-Behind"];
                    "X-Read-Model-Position": components["headers"]["X-Read-Model-Position"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackingSheetResponse"];
                };
            };
            /** @description A filter of the wrong type, an unknown parameter, a malformed minPosition or a foreign cursor (REQUEST.VALIDATION_FAILED, REQUEST.INVALID_MIN_POSITION) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not a reader of the plan’s team (AUTH.TEAM_FORBIDDEN) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such plan (PLAN.NOT_FOUND) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetProjectionStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The projections, then the processes */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["ProjectionStatusResponse"] | components["schemas"]["ProcessStatusResponse"])[];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Neither auditor nor manager (AUTH.ROLE_REQUIRED) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RetryParkedEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                /** @description A projection or process name */
                name: string;
                /** @description The parked event’s global position */
                position: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Applied: the parking record is gone */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetriedParkedEventResponse"];
                };
            };
            /** @description position is not an integer (REQUEST.INVALID_PATH) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Neither auditor nor manager (AUTH.ROLE_REQUIRED) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No projection or process of that name (PROJECTION.NOT_FOUND), or nothing parked at that position (PROJECTION.PARKED_NOT_FOUND) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description It failed again (PROJECTION.RETRY_FAILED, the record keeps the new error), the record belongs to another version of the projection (PROJECTION.VERSION_MISMATCH), or another process applies it (PROJECTION.LEASE_HELD) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RebuildProjection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                name: components["schemas"]["ProjectionName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Under way (or already done, `rebuilding: false`) */
            202: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RebuildStartedResponse"];
                };
            };
            /** @description The request is invalid (REQUEST.VALIDATION_FAILED and other `REQUEST.*` codes, field-level messages in `fields`), or its URL is malformed (REQUEST.BAD_URL, answered before routing, without X-Correlation-Id) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Neither auditor nor manager (AUTH.ROLE_REQUIRED) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No projection of that name (PROJECTION.NOT_FOUND; processes are not rebuilt) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Another process applies the projection (PROJECTION.LEASE_HELD): ask that one */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ListParkedEvents: {
        parameters: {
            query?: {
                /** @description One projection’s or process’s parked events; all when absent */
                projection?: string;
            };
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The parked events */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParkedEventPageResponse"];
                };
            };
            /** @description The request is invalid (REQUEST.VALIDATION_FAILED and other `REQUEST.*` codes, field-level messages in `fields`), or its URL is malformed (REQUEST.BAD_URL, answered before routing, without X-Correlation-Id) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Neither auditor nor manager (AUTH.ROLE_REQUIRED) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No projection or process of that name (PROJECTION.NOT_FOUND) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ListProspects: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page of the same query */
                cursor?: string;
                /** @description Grade of the latest credit check */
                grade?: components["schemas"]["CreditGrade"];
                /** @description Exact, case-insensitive */
                industry?: string;
                limit?: number;
                /** @description Wait (at most READ_YOUR_WRITES_TIMEOUT_MS) until the read model has applied this global position: the `position` a command returned */
                minPosition?: number;
                /** @description Part of the name, compared on the normalised name (case, width, punctuation and legal form ignored) */
                q?: string;
                /** @description Exact, case-insensitive */
                region?: string;
                /** @description The assigned salesperson; salespeople may only name themselves */
                salesperson?: string;
                status?: components["schemas"]["ProspectStatus"];
                team?: string;
            };
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
                /** @description Same as ?minPosition: wait (at most READ_YOUR_WRITES_TIMEOUT_MS) until the read model has applied this global position */
                "X-Min-Position"?: number;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The read model’s answer, with its freshness */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    "X-Read-Model-Behind": components["headers"]["X-Read-Model-Behind"];
                    "X-Read-Model-Position": components["headers"]["X-Read-Model-Position"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectPageResponse"];
                };
            };
            /** @description A filter of the wrong type, an unknown parameter, an inverted range (REQUEST.INVERTED_RANGE), a malformed minPosition or a foreign cursor */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A team you may not read (AUTH.TEAM_FORBIDDEN), or a salesperson naming another salesperson (AUTH.OWN_ROWS_ONLY) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AddProspect: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddProspectRequest"];
            };
        };
        responses: {
            /** @description Created: the new stream’s id, its revision and the position of its last event */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectCommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role, team or assignee, or reviewing your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, PROSPECT.NOT_ASSIGNEE, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetProspect: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                prospectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current state */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectResponse"];
                };
            };
            /** @description The request is invalid (REQUEST.VALIDATION_FAILED and other `REQUEST.*` codes, field-level messages in `fields`), or its URL is malformed (REQUEST.BAD_URL, answered before routing, without X-Correlation-Id) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not a reader of the prospect’s team (AUTH.TEAM_FORBIDDEN) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such prospect (PROSPECT.NOT_FOUND) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AbandonProspect: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                prospectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AbandonProspectRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectCommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role, team or assignee, or reviewing your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, PROSPECT.NOT_ASSIGNEE, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SubmitDevelopmentApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                prospectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitDevelopmentApplicationRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectCommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role, team or assignee, or reviewing your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, PROSPECT.NOT_ASSIGNEE, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReviewApplicationAsManager: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                prospectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewApplicationRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectCommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role, team or assignee, or reviewing your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, PROSPECT.NOT_ASSIGNEE, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReviewApplicationAsSupervisor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                prospectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewApplicationRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectCommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role, team or assignee, or reviewing your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, PROSPECT.NOT_ASSIGNEE, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AssignProspect: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                prospectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignProspectRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectCommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role, team or assignee, or reviewing your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, PROSPECT.NOT_ASSIGNEE, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ConvertProspect: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                prospectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConvertProspectRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectCommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role, team or assignee, or reviewing your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, PROSPECT.NOT_ASSIGNEE, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RecordCreditCheck: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                prospectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordCreditCheckRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectCommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role, team or assignee, or reviewing your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, PROSPECT.NOT_ASSIGNEE, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReportCreditIssue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                prospectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportCreditIssueRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectCommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role, team or assignee, or reviewing your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, PROSPECT.NOT_ASSIGNEE, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ResolveCreditIssue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                prospectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveCreditIssueRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectCommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role, team or assignee, or reviewing your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, PROSPECT.NOT_ASSIGNEE, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetDevelopmentReports: {
        parameters: {
            query?: {
                /** @description Wait (at most READ_YOUR_WRITES_TIMEOUT_MS) until the read model has applied this global position: the `position` a command returned */
                minPosition?: number;
            };
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
                /** @description Same as ?minPosition: wait (at most READ_YOUR_WRITES_TIMEOUT_MS) until the read model has applied this global position */
                "X-Min-Position"?: number;
            };
            path: {
                prospectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The read model’s answer, with its freshness */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    "X-Read-Model-Behind": components["headers"]["X-Read-Model-Behind"];
                    "X-Read-Model-Position": components["headers"]["X-Read-Model-Position"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevelopmentReportsResponse"];
                };
            };
            /** @description An unknown parameter or a malformed minPosition */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A team you may not read (AUTH.TEAM_FORBIDDEN), or a salesperson reading a prospect not assigned to them (AUTH.OWN_ROWS_ONLY) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No development reports of this prospect in the read model (PROSPECT.NOT_FOUND) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StartDevelopment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                prospectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectCommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role, team or assignee, or reviewing your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, PROSPECT.NOT_ASSIGNEE, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetProspectHistory: {
        parameters: {
            query?: {
                /** @description The first revision of the page */
                fromRevision?: number;
                /** @description Events per page */
                limit?: number;
            };
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                prospectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectHistoryPageResponse"];
                };
            };
            /** @description fromRevision or limit is not an integer in range (REQUEST.INVALID_QUERY) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not a reader of the prospect’s team (AUTH.TEAM_FORBIDDEN) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such prospect (PROSPECT.NOT_FOUND) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FileDevelopmentReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                prospectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileDevelopmentReportRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectCommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role, team or assignee, or reviewing your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, PROSPECT.NOT_ASSIGNEE, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CommentOnDevelopmentReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                prospectId: string;
                /** @description The report’s number on the prospect (1, 2, …) */
                reportNumber: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentOnDevelopmentReportRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectCommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role, team or assignee, or reviewing your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, PROSPECT.NOT_ASSIGNEE, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ScreenProspect: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: a retry with the same key and request returns the first answer (Idempotent-Replayed: true) and appends nothing; the same key with another request is 422 REQUEST.IDEMPOTENCY_KEY_REUSED */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) last seen: the command applies only if the stream is still at that revision, otherwise 412 STREAM.REVISION_MISMATCH; `*` = unconditional */
                "If-Match"?: string;
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
            };
            path: {
                prospectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScreenProspectRequest"];
            };
        };
        responses: {
            /** @description Done: the stream’s revision after the command and the position of its last event */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectCommandResponse"];
                };
            };
            /** @description The body, a parameter or a header is invalid (REQUEST.VALIDATION_FAILED with field-level messages, REQUEST.MALFORMED_JSON, REQUEST.INVALID_IDEMPOTENCY_KEY, REQUEST.INVALID_IF_MATCH, PERSONAL_DATA.RESERVED_TEXT for text starting like encrypted personal data, …), or a value the domain refuses (an amount, metric, currency, period or date) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role, team or assignee, or reviewing your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, PROSPECT.NOT_ASSIGNEE, AUTH.SELF_APPROVAL) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The stream does not exist (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND, …), or names something that does not (e.g. an adjustment or report number) */
            404: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state (e.g. PLAN.NOT_AWAITING_APPROVAL, PLAN.CLOSED), or a duplicate (PLAN.ALREADY_EXISTS, PROSPECT.DUPLICATE, with the existing id in `details`), or personal data of an erased data subject (PERSONAL_DATA.SUBJECT_ERASED) */
            409: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match is stale: the stream is past that revision (STREAM.REVISION_MISMATCH) */
            412: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is over 1 MB (REQUEST.BODY_TOO_LARGE) */
            413: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is over 100 characters (REQUEST.URI_TOO_LONG), answered before routing, without X-Correlation-Id */
            414: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is not JSON (REQUEST.UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request (REQUEST.IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Other processes kept writing the stream until COMMAND_RETRY_DEADLINE_MS passed (STREAM.CONTENDED), the event store or the key store of personal data is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, PERSONAL_DATA.KEY_STORE_UNAVAILABLE), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetRolloverLedger: {
        parameters: {
            query?: {
                fromPeriod?: string;
                metric?: components["schemas"]["Metric"];
                /** @description Wait (at most READ_YOUR_WRITES_TIMEOUT_MS) until the read model has applied this global position: the `position` a command returned */
                minPosition?: number;
                salespersonId?: string;
                team?: string;
                toPeriod?: string;
            };
            header?: {
                /** @description Ties this request to others (1–128 of A-Z a-z 0-9 . _ : -): echoed in the response, stored on the events a command appends, written on every log line; a new one when absent */
                "X-Correlation-Id"?: string;
                /** @description Same as ?minPosition: wait (at most READ_YOUR_WRITES_TIMEOUT_MS) until the read model has applied this global position */
                "X-Min-Position"?: number;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The read model’s answer, with its freshness */
            200: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    "X-Read-Model-Behind": components["headers"]["X-Read-Model-Behind"];
                    "X-Read-Model-Position": components["headers"]["X-Read-Model-Position"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RolloverLedgerResponse"];
                };
            };
            /** @description A filter of the wrong type, an unknown parameter, a malformed minPosition or a foreign cursor (REQUEST.VALIDATION_FAILED, REQUEST.INVALID_MIN_POSITION) */
            400: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No valid bearer token: AUTH.TOKEN_MISSING, AUTH.TOKEN_MALFORMED, AUTH.TOKEN_EXPIRED or AUTH.TOKEN_INVALID */
            401: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A team you may not read (AUTH.TEAM_FORBIDDEN), or a salesperson naming another salesperson (AUTH.OWN_ROWS_ONLY) */
            403: {
                headers: {
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many failed authentications from this address (AUTH.TOO_MANY_FAILURES, see AUTH_FAILURE_LIMIT); wait Retry-After seconds */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request headers are over 16 KB (REQUEST.HEADERS_TOO_LARGE), answered on the socket before any route is known, without X-Correlation-Id */
            431: {
                headers: {
                    /** @description The request’s X-Correlation-Id when it was valid, a new one otherwise; stored on the events a command appends and written on every log line of the request */
                    "X-Correlation-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A store is unavailable or busy (EVENT_STORE.UNAVAILABLE, EVENT_STORE.BUSY, READ_STORE.UNAVAILABLE, …), the key store or access log of personal data cannot be used (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE: nothing is shown in clear), or the server is shutting down (SERVER.SHUTTING_DOWN); retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Correlation-Id": components["headers"]["X-Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
