import { withQuery } from '../api.js';
import { GenericTable, JsonView } from '../components/generic.js';
import { Empty, QueryStatus } from '../components/messages.js';
import { useApi, useApp } from '../context.js';
import { formatDateTime, humanize } from '../format.js';
import { useLive } from '../live.js';
import { href, navigate, useFilterForm } from '../router.js';
import type { Decision, DecisionExplanation, DecisionPage } from '../types.js';
import { useQuery } from '../use-query.js';

const DECISIONS: Record<Decision['decision'], { icon: string; label: string }> = {
  approval: { icon: '✔', label: 'Approval' },
  rejection: { icon: '✖', label: 'Rejection' },
  waiver: { icon: '✂', label: 'Waiver' },
  publication: { icon: '⚑', label: 'Publication' },
};
const TYPES = ['PlanApproved', 'PlanRejected', 'PlanBookApproved', 'PlanBookRejected', 'TargetAdjustmentApproved', 'TargetAdjustmentRejected', 'AppraisalApproved', 'AppraisalRejected', 'CarryOverWaived', 'ResultsPublished'];
const FILTERS = ['decision', 'type', 'actorId', 'team', 'from', 'to'] as const;

export const explanationRoute = (eventId: string) => `/api/audit/decisions/${encodeURIComponent(eventId)}/explanation`;

const isExplanation = (body: unknown): body is DecisionExplanation =>
  typeof body === 'object' && body !== null && typeof (body as DecisionExplanation).decision === 'object' && typeof (body as DecisionExplanation).command === 'object';

function ExplanationBody({ explanation }: { explanation: DecisionExplanation }) {
  const { decision, command } = explanation;
  return (
    <>
      <dl class="json" data-testid="explanation-command">
        <div>
          <dt>Decision</dt>
          <dd>
            {humanize(decision.decision)} of the {humanize(decision.subject).toLowerCase()} ({decision.type}, {decision.streamName}@{decision.revision})
          </dd>
        </div>
        <div>
          <dt>Decided by</dt>
          <dd>
            {command.actorName ?? command.actorId ?? '—'} {command.actorRole ? `(${command.actorRole})` : ''} on {formatDateTime(decision.occurredAt)}
          </dd>
        </div>
        <div>
          <dt>Command</dt>
          <dd>{command.commandType ?? '—'}</dd>
        </div>
        <div>
          <dt>Reason</dt>
          <dd>{command.reason ?? '—'}</dd>
        </div>
        <div>
          <dt>Comment</dt>
          <dd>{command.comment ?? '—'}</dd>
        </div>
        <div>
          <dt>Correlation id</dt>
          <dd>
            <code>{command.correlationId ?? '—'}</code>
          </dd>
        </div>
      </dl>
      <h4>Everything done in the same request ({explanation.correlated.length}{explanation.correlatedTruncated ? '+' : ''})</h4>
      <GenericTable rows={explanation.correlated as unknown as Record<string, unknown>[]} preferred={['occurredAt', 'type', 'streamName', 'actorId', 'actorRole', 'commandType']} caption="Correlated events" />
      <details>
        <summary>The plan just before the decision</summary>
        <JsonView value={explanation.stateBefore} />
      </details>
      <details>
        <summary>The plan just after it</summary>
        <JsonView value={explanation.stateAfter} />
      </details>
    </>
  );
}

function Explanation({ decision }: { decision: Decision }) {
  const get = useApi();
  const route = explanationRoute(decision.id);
  const explanation = useQuery(route, (signal) => get<unknown>(route, signal));
  const body = explanation.data;
  return (
    <div class="explanation" id={`explanation-${decision.id}`} data-testid="explanation">
      <h3>Why this decision</h3>
      <QueryStatus error={explanation.error} loading={explanation.loading} hasData={body !== undefined} what="the decision's explanation" route="GET /api/audit/decisions/{eventId}/explanation" />
      {body !== undefined && (isExplanation(body) ? <ExplanationBody explanation={body} /> : <JsonView value={body} />)}
    </div>
  );
}

export function DecisionLogView({ query, openId }: { query: URLSearchParams; openId: string | null }) {
  const { live } = useApp();
  const get = useApi();
  const [form, setForm] = useFilterForm(query, FILTERS);
  const filters = Object.fromEntries(FILTERS.map((k) => [k, query.get(k) ?? undefined])) as Record<(typeof FILTERS)[number], string | undefined>;
  const key = withQuery('/api/decisions', {
    ...filters,
    from: filters.from ? `${filters.from}T00:00:00.000Z` : undefined,
    to: filters.to ? `${filters.to}T23:59:59.999Z` : undefined,
    limit: 100,
  });
  const decisions = useQuery(key, (signal) => get<DecisionPage>(key, signal));
  useLive(live, ['decision-log'], decisions.reload);
  const items = decisions.data?.items ?? [];
  const keep = Object.fromEntries(FILTERS.map((k) => [k, filters[k]]));

  return (
    <>
      <h1 tabIndex={-1}>Decision log</h1>
      <p class="help">Every approval, rejection, waiver and publication, newest first, with who decided, in which role, when and why.</p>
      <form
        class="filters"
        aria-label="Filter decisions"
        onSubmit={(e) => {
          e.preventDefault();
          navigate('/decisions', form);
        }}
      >
        <div>
          <label for="dl-decision">Decision</label>
          <select id="dl-decision" value={form.decision} onChange={(e) => setForm({ ...form, decision: e.currentTarget.value })}>
            <option value="">Any decision</option>
            {(Object.keys(DECISIONS) as Decision['decision'][]).map((d) => (
              <option key={d} value={d}>
                {DECISIONS[d].label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="dl-type">Event type</label>
          <select id="dl-type" value={form.type} onChange={(e) => setForm({ ...form, type: e.currentTarget.value })}>
            <option value="">Any type</option>
            {TYPES.map((t) => (
              <option key={t} value={t}>
                {humanize(t)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="dl-actor">Decided by (user id)</label>
          <input id="dl-actor" value={form.actorId} placeholder="anyone" onInput={(e) => setForm({ ...form, actorId: e.currentTarget.value })} />
        </div>
        <div>
          <label for="dl-team">Team</label>
          <input id="dl-team" value={form.team} placeholder="any" onInput={(e) => setForm({ ...form, team: e.currentTarget.value })} />
        </div>
        <div>
          <label for="dl-from">From</label>
          <input id="dl-from" type="date" value={form.from} onChange={(e) => setForm({ ...form, from: e.currentTarget.value })} />
        </div>
        <div>
          <label for="dl-to">To</label>
          <input id="dl-to" type="date" value={form.to} onChange={(e) => setForm({ ...form, to: e.currentTarget.value })} />
        </div>
        <button type="submit">Apply filters</button>
      </form>
      <QueryStatus error={decisions.error} loading={decisions.loading} hasData={decisions.data !== undefined} what="decisions" />
      {decisions.data &&
        (items.length === 0 ? (
          <Empty>No decision matches these filters.</Empty>
        ) : (
          <ol class="timeline decisions" data-testid="decision-timeline">
            {items.map((d) => {
              const open = openId === d.id;
              return (
                <li key={d.id} data-decision-id={d.id} class={`decision decision-${d.decision}`}>
                  <p class="decision-head">
                    <time dateTime={d.occurredAt}>{formatDateTime(d.occurredAt)}</time>{' '}
                    <strong class={`decision-kind kind-${d.decision}`}>
                      <span aria-hidden="true">{DECISIONS[d.decision].icon} </span>
                      {DECISIONS[d.decision].label}
                    </strong>{' '}
                    of the {humanize(d.subject).toLowerCase()}
                    {d.version !== null ? ` (version ${d.version})` : ''} — {d.team} {d.period}
                  </p>
                  <p>
                    By {d.actorName} <span class="muted">({d.actorRole})</span>
                    {d.reason ? <> · Reason: “{d.reason}”</> : null}
                    {d.comment ? <> · Comment: “{d.comment}”</> : null}
                  </p>
                  <p>
                    <a href={href(`/plans/${d.planId}/tracking`)}>Plan</a>
                    {' · '}
                    <button
                      type="button"
                      class="link-button"
                      aria-expanded={open}
                      aria-controls={open ? `explanation-${d.id}` : undefined}
                      onClick={() => navigate(open ? '/decisions' : `/decisions/${d.id}`, keep)}
                    >
                      {open ? 'Hide the explanation' : 'Explain this decision'}
                    </button>
                  </p>
                  {open && <Explanation decision={d} />}
                </li>
              );
            })}
          </ol>
        ))}
    </>
  );
}
