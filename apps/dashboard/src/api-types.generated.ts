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
        /** What awaits the calling manager’s decision (never their own submissions), oldest first */
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
        /** An approval, rejection, waiver, publication or application review: the state just before, the command behind it and every event of its correlation */
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
        /** The plan’s state as of a moment (?at=, by the events’ occurredAt) or a revision (?revision=), replayed from its events */
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
        /** The target tracking sheet as the manager saw it at a moment: the plan’s events until then, rendered as of that date */
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
        /** The prospect’s state as of a moment (?at=) or a revision (?revision=), replayed from its events */
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
        /** Seals the log up to its head now: count and hash of the events since the last seal, chained to it */
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
        /** Every event of any stream as stored: type and version, data, metadata (who, role, when, why, command, correlation) and its integrity link; paginated by revision */
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
        /** ExplainDecision for the event at a stream revision */
        get: operations["ExplainDecisionAt"];
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
        /** Recomputes every stream’s hash chain and every seal; ok=false names the first broken link per stream and each seal mismatch */
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
        /** Conversion ledger: each converted prospect and the plan counting it as a new customer, or why none does (unattributed) */
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
        /** Credit check register: every recorded credit investigation with grade, points, suggested limit and screening outcome, latest first */
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
        /** Decision log: approvals, rejections, waivers and publications with actor, role, time and reason */
        get: operations["ListDecisions"];
        put?: never;
        post?: never;
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
        /** Development pipeline per team: prospects and expected deal value (per currency) by stage */
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
        /** Prospects in development with no development report in the last `days` days as of `asOf`, longest silence first */
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
        /** Step 1: the supervisor defines the new-customer scope (201) or redefines it as a new version (200) */
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
        /** The latest version of the scope (ETag = stream revision) */
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
        /** Every version of the scope with who and when */
        get: operations["GetDevelopmentScopeHistory"];
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
        /** Server-sent events: `ready` {projections, ignored, positions}, then `change` {projection, position, reset, ids, teams} whenever a listed projection commits documents of a team the ticket holder may read, and `expired` when their token expires. Names this server has no projection for are ignored and listed in `ready`. */
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
        /** A one-time ticket (60 s) for GET /api/events/stream, which an EventSource opens without headers */
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
        /** Decision log rows (approvals, rejections, waivers, publications) in a time range, oldest first */
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
        /** Roll-over ledger entries (carried in, carried out, waived, settled) of the periods in a range, by period */
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
        /** The event log head and each projection’s lag (a detail view; probes use /health/live and /health/ready) */
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
        /** Liveness: 200 while the process serves requests */
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
        /** Readiness: both stores answer and every projection is within HEALTH_MAX_PROJECTION_LAG events of the log; 503 (HEALTH.NOT_READY, with each check) otherwise, and while shutting down */
        get: operations["GetReadiness"];
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
        /** Plans by team, period and status (newest activity first) */
        get: operations["ListPlans"];
        put?: never;
        /** Step 1: a supervisor opens the team’s plan for a period with the problems it must solve */
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
        /** The plan’s current state (ETag = stream revision) */
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
        /** Step 4: a salesperson records an actual result for themself */
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
        /** Step 6: the supervisor proposes new targets (one pending adjustment per plan at a time) */
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
        /** Step 6a: a manager approves; the new targets apply */
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
        /** Step 6a: a manager rejects, with a reason; back to the team */
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
        /** Step 10: a manager appraises: effective target, actual, completion and shortfall per line */
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
        /** Step 11: a manager agrees with the revised appraisal */
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
        /** Step 11: a manager disagrees; the supervisor revises again */
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
        /** Step 11: the supervisor corrects unreasonable items, with reasons */
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
        /** Step 2a: a manager approves the submitted plan */
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
        /** Step 3: submit (or rewrite) the sales plan book */
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
        /** Step 3a: a manager approves the plan book; execution starts */
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
        /** Step 3a: a manager rejects the plan book, with a reason */
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
        /** A manager waives a carried-in target line, with a reason */
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
        /** Step 6: a salesperson files an execution-difficulty report with a revision form */
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
        /** Step 5: the team’s supervisor comments on a salesperson’s review finding or difficulty report on the follow-up sheet (目标跟进表) */
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
        /** Target follow-up sheet 目标跟进表: reviews, difficulty reports, adjustments, summaries per salesperson */
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
        /** Every event of the plan with who, when, why (paginated by revision) */
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
        /** Step 8: a salesperson submits a personal target summary (totals computed from actuals) */
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
        /** Step 12: publish the results; the plan closes and shortfalls carry over to the next period */
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
        /** Step 2a: a manager rejects the plan back to the supervisor, with a reason */
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
        /** Step 5: a manager records findings, ratings and actions per salesperson */
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
        /** Step 2: submit (or resubmit after a rejection) the specific plan */
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
        /** Step 9: the supervisor submits the team summary once every personal summary is in */
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
        /** Target tracking sheet 目标跟踪表: per salesperson × metric, as of a date */
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
        /** Per projection: checkpoint, head, lag (events behind), parked count, rebuild state; then per event-driven process (kind: process): checkpoint, head, lag, parked count */
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
        /** Re-applies a parked event (after a fix); 409 if it fails again */
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
        /** Rebuilds the projection from the start of the log into a fresh collection while the current one keeps serving reads, then switches; answers 202 once it is under way (progress: `rebuild` in GET /api/projections). 409 PROJECTION.LEASE_HELD when another process applies the projection */
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
        /** Events a projection or process could not apply, with their error */
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
        /** Potential customer list 潜在客户名单: filter by status, grade, salesperson, industry, region, name; by name */
        get: operations["ListProspects"];
        put?: never;
        /** Step 2: a salesperson (self-assigned) or the supervisor puts a prospect on the team’s list; 409 with the existing id for a duplicate name or registration number */
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
        /** The prospect’s current state and list fields (ETag = stream revision) */
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
        /** The assigned salesperson or the supervisor gives the prospect up, with a reason */
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
        /** Step 5: the assigned salesperson applies with a development plan (needs a credit check screened as key prospect) */
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
        /** Step 5a: after the supervisor approved, a manager approves or rejects (with a reason) */
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
        /** Step 5a: the team’s supervisor approves or rejects (with a reason) the application */
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
        /** The supervisor assigns (or reassigns) the prospect to a salesperson of the team */
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
        /** The prospect in development becomes a customer (one new customer for the salesperson) */
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
        /** Step 3: the assigned salesperson records the credit investigation form; the grade is computed; a stopped prospect re-opens only this way */
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
        /** Step 4: a credit problem is reported to the superior; the prospect waits on hold */
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
        /** Step 4: a manager redefines the prospect, or stops investigation and negotiation */
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
        /** Customer development forms 客户开发表 of a prospect (step 7), each with the supervisor’s comments */
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
        /** Step 6: the assigned salesperson starts the approved development plan (no body) */
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
        /** Every event of the prospect with who, when, why (paginated by revision) */
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
        /** Step 7: the assigned salesperson reports progress on the customer development form */
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
        /** Step 7: the supervisor comments on a development report */
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
        /** Step 4: the supervisor picks a key prospect, or asks for a re-investigation naming what is unclear */
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
        /** Period roll-over ledger: carried in (by origin), carried out, waived, settled; shortfall streaks */
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
            /**
             * @example medium
             * @enum {string}
             */
            size: "large" | "medium" | "small" | "micro";
            /** @example Trade fair */
            source: string;
            /** @example north */
            team: string;
        };
        /** @enum {string} */
        AdjustmentOutcome: "pending" | "approved" | "rejected";
        AppraisalCorrectionRequest: {
            /** @enum {string} */
            field: "effectiveTarget" | "actual";
            /** @enum {string} */
            metric: "revenue" | "gross_profit" | "collections" | "new_customers";
            reason: string;
            salespersonId: string;
            to: number;
        };
        AppraisePlanRequest: {
            comments: string;
            /** @enum {string} */
            rating: "excellent" | "good" | "satisfactory" | "poor";
            salespersonRatings?: components["schemas"]["SalespersonRatingRequest"][];
        };
        ApprovalQueueResponse: {
            freshness: components["schemas"]["FreshnessResponse"];
            items: components["schemas"]["PlanSummaryResponse"][];
        };
        ApproveRequest: {
            comment?: string;
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
        /** @enum {string} */
        CarriedLineStatus: "pending_approval" | "active" | "waived";
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
            /**
             * @description A review finding (reviewNumber) or a difficulty report (reportNumber)
             * @enum {string}
             */
            item: "review" | "difficulty_report";
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
            investigator: string;
            lastPosition: number;
            legalName: string;
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
        DecisionKind: "approval" | "rejection" | "waiver" | "publication";
        DecisionPageResponse: {
            freshness: components["schemas"]["FreshnessResponse"];
            items: components["schemas"]["DecisionResponse"][];
            nextCursor: string | null;
        };
        DecisionResponse: {
            actorId: string;
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
            sizeClasses: ("large" | "medium" | "small" | "micro")[];
            /**
             * @example [
             *       "Food processing"
             *     ]
             */
            targetIndustries: string[];
            /** @example north */
            team: string;
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
        /** @enum {string} */
        DevelopmentStage: "contacted" | "needs_analysis" | "proposal" | "negotiation" | "closing";
        /** @enum {string} */
        DifficultyReportOutcome: "pending" | "adjustment_proposed" | "adjustment_approved" | "adjustment_rejected";
        ErrorResponse: {
            /**
             * @description Stable machine-readable code
             * @example PLAN.NOT_AWAITING_APPROVAL
             */
            code: string;
            /**
             * @description What went wrong, for people
             * @example The plan is not awaiting approval
             */
            detail: string;
            /** @description e.g. existingPlanId or existingProspectId of a duplicate */
            details?: {
                [key: string]: unknown;
            };
            /** @description Field-level messages of a 400 */
            fields?: components["schemas"]["FieldErrorResponse"][];
            /**
             * @description The request path
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
             * @description Problem type URI, one per code
             * @example tag:salesflow,2026:problem:PLAN.NOT_AWAITING_APPROVAL
             */
            type: string;
        };
        ExpenseBudgetRequest: {
            amount: components["schemas"]["MoneyRequest"];
            /** @description How the expenses are controlled */
            controlNotes: string;
        };
        FieldErrorResponse: {
            /** @example targets[0].amount */
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
            /** @enum {string} */
            method: "visit" | "phone" | "video" | "email" | "other";
            nextStep: string;
            problems?: string;
            result: string;
            /** @enum {string} */
            stage: "contacted" | "needs_analysis" | "proposal" | "negotiation" | "closing";
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
            name?: string;
            reviews: components["schemas"]["FollowUpReviewResponse"][];
            summary?: string;
            summarySubmitted: boolean;
            /** Format: date-time */
            summarySubmittedAt?: string;
        };
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
            projection: string;
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
        MarketIndicatorRequest: {
            assessment: string;
            indicator: string;
        };
        /** @enum {string} */
        Metric: "revenue" | "gross_profit" | "collections" | "new_customers";
        MilestoneRequest: {
            description: string;
            /** @example 2027-03-05 */
            dueOn: string;
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
        /** @enum {string} */
        OwnershipType: "state_owned" | "collective" | "private" | "joint_venture" | "foreign_owned" | "listed" | "individual" | "other";
        /** @enum {string} */
        PaceStatus: "met" | "on_track" | "at_risk" | "behind" | "no_target";
        /** @enum {string} */
        PaymentBehaviour: "prompt" | "normal" | "late" | "withholds_final_payment";
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
        PlanPageResponse: {
            freshness: components["schemas"]["FreshnessResponse"];
            items: components["schemas"]["PlanSummaryResponse"][];
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
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
            /** @enum {string} */
            granularity: "year" | "quarter" | "month";
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
        /**
         * @description A read model: the live feed and every answer’s freshness name it
         * @enum {string}
         */
        ProjectionName: "tracking-sheet" | "follow-up-sheet" | "plans-list" | "rollover-ledger" | "decision-log" | "prospect-list" | "credit-check-register" | "development-pipeline" | "development-report-schedule" | "conversion-ledger" | "development-reports" | "audit-event-index";
        ProposedTargetRequest: {
            /** @enum {string} */
            metric: "revenue" | "gross_profit" | "collections" | "new_customers";
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
        ProspectCommandResponse: {
            /** @description Global position of the last event; pass as minPosition to read your write */
            position: number;
            /** Format: uuid */
            prospectId: string;
            /** @description The stream revision after the command (also the ETag) */
            revision: number;
        };
        ProspectContactResponse: {
            email?: string;
            name: string;
            phone?: string;
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
        ProspectPageResponse: {
            freshness: components["schemas"]["FreshnessResponse"];
            items: components["schemas"]["ProspectListItemResponse"][];
            nextCursor: string | null;
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
            /**
             * @example revenue
             * @enum {string}
             */
            metric: "revenue" | "gross_profit" | "collections" | "new_customers";
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
            /**
             * @example revenue
             * @enum {string}
             */
            metric: "revenue" | "gross_profit" | "collections" | "new_customers";
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
            /** @enum {string} */
            ownershipType: "state_owned" | "collective" | "private" | "joint_venture" | "foreign_owned" | "listed" | "individual" | "other";
            /** @enum {string} */
            paymentBehaviour: "prompt" | "normal" | "late" | "withholds_final_payment";
            registeredCapital: components["schemas"]["MoneyRequest"];
            /** @example 91370100MA3C000001 */
            registrationNumber: string;
            /** @description The grade A–D is computed from these, never typed */
            scoredItems: components["schemas"]["ScoredItemRequest"][];
            /** @description Suggested credit limit in minor units */
            suggestedCreditLimit: components["schemas"]["MoneyRequest"];
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
            /** @enum {string} */
            resolution: "redefine" | "stop";
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
            /** @enum {string} */
            decision: "approve" | "reject";
            /** @description Required when rejecting */
            reason?: string;
        };
        ReviseAppraisalRequest: {
            corrections: components["schemas"]["AppraisalCorrectionRequest"][];
        };
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
            /** @enum {string} */
            rating: "excellent" | "good" | "satisfactory" | "poor";
            salespersonId: string;
        };
        SalespersonReviewRequest: {
            actions: components["schemas"]["ReviewActionRequest"][];
            /** @description Supervisor or manager comment */
            comment?: string;
            findings: string;
            /** @enum {string} */
            rating: "on_track" | "needs_attention" | "off_track";
            salespersonId: string;
        };
        ScoredItemRequest: {
            /** @example Payment record */
            item: string;
            /**
             * @description A/B/C/D = 10/8/6/4 points
             * @enum {string}
             */
            score: "A" | "B" | "C" | "D";
        };
        ScoredItemResponse: {
            item: string;
            points: number;
            score: components["schemas"]["CreditGrade"];
        };
        ScreenProspectRequest: {
            comment?: string;
            /** @enum {string} */
            outcome: "key_prospect" | "reinvestigate";
            /** @description What is unclear (required for reinvestigate) */
            unclearPoints?: string[];
        };
        ShortfallStreakResponse: {
            consecutivePeriodsWithShortfall: number;
            periods: string[];
            salespersonId: string;
            team: string;
        };
        /** @enum {string} */
        SizeClass: "large" | "medium" | "small" | "micro";
        SubmitDevelopmentApplicationRequest: {
            approach: string;
            expectedDealValue: components["schemas"]["MoneyRequest"];
            milestones: components["schemas"]["MilestoneRequest"][];
            objectives: string[];
            resourcesNeeded: string[];
        };
        SubmitDifficultyReportRequest: {
            /** @enum {string} */
            cause: "internal" | "external";
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
            /** @enum {string} */
            metric: "revenue" | "gross_profit" | "collections" | "new_customers";
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
            /**
             * @example revenue
             * @enum {string}
             */
            metric: "revenue" | "gross_profit" | "collections" | "new_customers";
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
            salespersonName: string;
            variance: number;
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    GetApprovalQueue: {
        parameters: {
            query?: {
                minPosition?: string;
            };
            header?: {
                /** @description Same as ?minPosition: wait (bounded) for this global position */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalQueueResponse"];
                };
            };
        };
    };
    ExplainDecision: {
        parameters: {
            query?: {
                /** @description Wait (bounded) until the audit index has applied this global position */
                minPosition?: string;
            };
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Not an auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such stream or event; or the point is before the stream existed (AUDIT.BEFORE_STREAM_EXISTED) or past its last revision (AUDIT.REVISION_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
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
                revision?: string;
            };
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Malformed timestamp, revision or stream name */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not an auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such stream or event; or the point is before the stream existed (AUDIT.BEFORE_STREAM_EXISTED) or past its last revision (AUDIT.REVISION_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetTargetTrackingSheetAsOf: {
        parameters: {
            query?: {
                /** @description The moment (with offset); the sheet is rendered as of its date */
                at?: string;
            };
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Malformed timestamp, revision or stream name */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not an auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such stream or event; or the point is before the stream existed (AUDIT.BEFORE_STREAM_EXISTED) or past its last revision (AUDIT.REVISION_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
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
                revision?: string;
            };
            header?: never;
            path: {
                prospectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Malformed timestamp, revision or stream name */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not an auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such stream or event; or the point is before the stream existed (AUDIT.BEFORE_STREAM_EXISTED) or past its last revision (AUDIT.REVISION_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SealAuditTrail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Not an auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetStreamHistory: {
        parameters: {
            query?: {
                /** @description First revision of the page (default 0) */
                fromRevision?: string;
                /** @description 1–1000, default 100 */
                limit?: string;
            };
            header?: never;
            path: {
                streamName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Malformed timestamp, revision or stream name */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not an auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such stream or event; or the point is before the stream existed (AUDIT.BEFORE_STREAM_EXISTED) or past its last revision (AUDIT.REVISION_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ExplainDecisionAt: {
        parameters: {
            query?: {
                /** @description Wait (bounded) until the audit index has applied this global position */
                minPosition?: string;
            };
            header?: never;
            path: {
                revision: string;
                streamName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Malformed timestamp, revision or stream name */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not an auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such stream or event; or the point is before the stream existed (AUDIT.BEFORE_STREAM_EXISTED) or past its last revision (AUDIT.REVISION_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    VerifyAuditTrail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Not an auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
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
                /** @description Wait (bounded) until the read model has applied this global position */
                minPosition?: string;
                /** @description The assigned salesperson; salespeople may only name themselves */
                salesperson?: string;
                status?: "pending" | "attributed" | "unattributed";
                team?: string;
                /** @description convertedOn to (inclusive) */
                to?: string;
            };
            header?: {
                /** @description Same as ?minPosition: wait (bounded) for this global position */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversionPageResponse"];
                };
            };
            /** @description A filter of the wrong type, an unknown parameter, an inverted range or a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Another team (AUTH.TEAM_FORBIDDEN), or a salesperson naming another salesperson (AUTH.OWN_ROWS_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
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
                grade?: "A" | "B" | "C" | "D";
                limit?: number;
                /** @description Wait (bounded) until the read model has applied this global position */
                minPosition?: string;
                /** @description One prospect’s checks */
                prospect?: string;
                /** @description The assigned salesperson; salespeople may only name themselves */
                salesperson?: string;
                team?: string;
                /** @description investigatedOn to (inclusive) */
                to?: string;
            };
            header?: {
                /** @description Same as ?minPosition: wait (bounded) for this global position */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditCheckPageResponse"];
                };
            };
            /** @description A filter of the wrong type, an unknown parameter, an inverted range or a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Another team (AUTH.TEAM_FORBIDDEN), or a salesperson naming another salesperson (AUTH.OWN_ROWS_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
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
                from?: string;
                limit?: number;
                /** @description Wait until the read model has applied this global position */
                minPosition?: string;
                team?: string;
                to?: string;
                /** @description Event type of the decision */
                type?: components["schemas"]["PlanDecisionType"];
            };
            header?: {
                /** @description Same as ?minPosition: wait (bounded) for this global position */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionPageResponse"];
                };
            };
        };
    };
    GetDevelopmentPipeline: {
        parameters: {
            query?: {
                /** @description Wait (bounded) until the read model has applied this global position */
                minPosition?: string;
                /** @description Count one salesperson’s prospects only; salespeople always see only their own */
                salesperson?: string;
                /** @description Defaults to every team you may read */
                team?: string;
            };
            header?: {
                /** @description Same as ?minPosition: wait (bounded) for this global position */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevelopmentPipelineResponse"];
                };
            };
            /** @description A filter of the wrong type, an unknown parameter, an inverted range or a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Another team (AUTH.TEAM_FORBIDDEN), or a salesperson naming another salesperson (AUTH.OWN_ROWS_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
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
                /** @description Wait (bounded) until the read model has applied this global position */
                minPosition?: string;
                /** @description The assigned salesperson; salespeople may only name themselves */
                salesperson?: string;
                team?: string;
            };
            header?: {
                /** @description Same as ?minPosition: wait (bounded) for this global position */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverdueReportsPageResponse"];
                };
            };
            /** @description A filter of the wrong type, an unknown parameter, an inverted range or a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Another team (AUTH.TEAM_FORBIDDEN), or a salesperson naming another salesperson (AUTH.OWN_ROWS_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DefineDevelopmentScope: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevelopmentScopeCommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role, team or assignee, or reviewing your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetDevelopmentScope: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                scopeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scope */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetDevelopmentScopeHistory: {
        parameters: {
            query?: {
                fromRevision?: number;
                /** @description 1–1000, default 100 */
                limit?: number;
            };
            header?: never;
            path: {
                scopeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CreateEventStreamTicket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ExportDecisions: {
        parameters: {
            query?: {
                format?: "csv" | "jsonl";
                /** @description From (inclusive): a timestamp, or a date (its start, UTC) */
                from?: string;
                team?: string;
                /** @description To (inclusive): a timestamp, or a date (its end, UTC) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Malformed or inverted range, or a range over the configured maximum (EXPORT.RANGE_TOO_LARGE, EXPORT.TOO_MANY_PERIODS name the limit) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": components["schemas"]["ErrorResponse"];
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Neither analyst nor auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": components["schemas"]["ErrorResponse"];
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ExportRollovers: {
        parameters: {
            query?: {
                format?: "csv" | "jsonl";
                fromPeriod?: string;
                team?: string;
                toPeriod?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Malformed or inverted range, or a range over the configured maximum (EXPORT.RANGE_TOO_LARGE, EXPORT.TOO_MANY_PERIODS name the limit) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": components["schemas"]["ErrorResponse"];
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Neither analyst nor auditor */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": components["schemas"]["ErrorResponse"];
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListPlans: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                /** @description Wait until the read model has applied this global position */
                minPosition?: string;
                period?: string;
                status?: components["schemas"]["PlanStatus"];
                team?: string;
            };
            header?: {
                /** @description Same as ?minPosition: wait (bounded) for this global position */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanPageResponse"];
                };
            };
        };
    };
    OpenPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RecordActual: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProposeTargetAdjustment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ApproveTargetAdjustment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
                "X-Correlation-Id"?: string;
            };
            path: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RejectTargetAdjustment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
                "X-Correlation-Id"?: string;
            };
            path: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AppraisePlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ApproveAppraisal: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RejectAppraisal: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReviseAppraisal: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ApprovePlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SubmitPlanBook: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ApprovePlanBook: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RejectPlanBook: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WaiveCarryOver: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SubmitDifficultyReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CommentOnFollowUpItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetFollowUpSheet: {
        parameters: {
            query?: {
                minPosition?: string;
            };
            header?: {
                /** @description Same as ?minPosition: wait (bounded) for this global position */
                "X-Min-Position"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpSheetResponse"];
                };
            };
        };
    };
    GetPlanHistory: {
        parameters: {
            query?: {
                fromRevision?: number;
                /** @description 1–1000, default 100 */
                limit?: number;
            };
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SubmitPersonalSummary: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PublishResults: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
                "X-Correlation-Id"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RejectPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RecordProgressReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SubmitPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SubmitTeamSummary: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role or team, or deciding on your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetTargetTrackingSheet: {
        parameters: {
            query?: {
                /** @description As-of date for actuals and expected-to-date; defaults to today (UTC) */
                asOf?: string;
                minPosition?: string;
            };
            header?: {
                /** @description Same as ?minPosition: wait (bounded) for this global position */
                "X-Min-Position"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackingSheetResponse"];
                };
            };
        };
    };
    GetProjectionStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RetryParkedEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
                position: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RebuildProjection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListParkedEvents: {
        parameters: {
            query?: {
                projection?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListProspects: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page of the same query */
                cursor?: string;
                /** @description Grade of the latest credit check */
                grade?: "A" | "B" | "C" | "D";
                /** @description Exact, case-insensitive */
                industry?: string;
                limit?: number;
                /** @description Wait (bounded) until the read model has applied this global position */
                minPosition?: string;
                /** @description Part of the name, compared on the normalised name (case, width, punctuation and legal form ignored) */
                q?: string;
                /** @description Exact, case-insensitive */
                region?: string;
                /** @description The assigned salesperson; salespeople may only name themselves */
                salesperson?: string;
                status?: "listed" | "investigated" | "reinvestigation_requested" | "key_prospect" | "on_hold" | "stopped" | "application_submitted" | "supervisor_approved" | "application_rejected" | "approved" | "in_development" | "converted" | "abandoned";
                team?: string;
            };
            header?: {
                /** @description Same as ?minPosition: wait (bounded) for this global position */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectPageResponse"];
                };
            };
            /** @description A filter of the wrong type, an unknown parameter, an inverted range or a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Another team (AUTH.TEAM_FORBIDDEN), or a salesperson naming another salesperson (AUTH.OWN_ROWS_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AddProspect: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectCommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role, team or assignee, or reviewing your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetProspect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                prospectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The prospect */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AbandonProspect: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectCommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role, team or assignee, or reviewing your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SubmitDevelopmentApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectCommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role, team or assignee, or reviewing your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReviewApplicationAsManager: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectCommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role, team or assignee, or reviewing your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReviewApplicationAsSupervisor: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectCommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role, team or assignee, or reviewing your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AssignProspect: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectCommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role, team or assignee, or reviewing your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ConvertProspect: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectCommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role, team or assignee, or reviewing your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RecordCreditCheck: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectCommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role, team or assignee, or reviewing your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReportCreditIssue: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectCommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role, team or assignee, or reviewing your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ResolveCreditIssue: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectCommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role, team or assignee, or reviewing your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetDevelopmentReports: {
        parameters: {
            query?: {
                minPosition?: string;
            };
            header?: {
                /** @description Same as ?minPosition: wait (bounded) for this global position */
                "X-Min-Position"?: string;
            };
            path: {
                prospectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevelopmentReportsResponse"];
                };
            };
            /** @description A filter of the wrong type, an unknown parameter, an inverted range or a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Another team (AUTH.TEAM_FORBIDDEN), or a salesperson naming another salesperson (AUTH.OWN_ROWS_ONLY) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StartDevelopment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
                "X-Correlation-Id"?: string;
            };
            path: {
                prospectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectCommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role, team or assignee, or reviewing your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetProspectHistory: {
        parameters: {
            query?: {
                fromRevision?: number;
                /** @description 1–1000, default 100 */
                limit?: number;
            };
            header?: never;
            path: {
                prospectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    FileDevelopmentReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectCommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role, team or assignee, or reviewing your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CommentOnDevelopmentReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
                "X-Correlation-Id"?: string;
            };
            path: {
                prospectId: string;
                reportNumber: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentOnDevelopmentReportRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectCommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role, team or assignee, or reviewing your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ScreenProspect: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key returns the first response and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag (stream revision) you last saw; 412 when it has moved on */
                "If-Match"?: string;
                /** @description Ties this command to others for auditors */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectCommandResponse"];
                };
            };
            /** @description Invalid request (field-level messages) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong role, team or assignee, or reviewing your own submission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed in the current state, or a duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Idempotency-Key reused with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GetRolloverLedger: {
        parameters: {
            query?: {
                fromPeriod?: string;
                metric?: components["schemas"]["Metric"];
                minPosition?: string;
                salespersonId?: string;
                team?: string;
                toPeriod?: string;
            };
            header?: {
                /** @description Same as ?minPosition: wait (bounded) for this global position */
                "X-Min-Position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RolloverLedgerResponse"];
                };
            };
        };
    };
}
