import { withQuery } from '../api.js';
import { GenericTable, JsonView } from '../components/generic.js';
import { Empty, QueryStatus } from '../components/messages.js';
import { useApi, useApp } from '../context.js';
import { formatDateTime, formatPeriod, label } from '../format.js';
import { useT } from '../i18n/messages.js';
import { useLive } from '../live.js';
import { href, navigate, useFilterForm } from '../router.js';
import type { Decision, DecisionExplanation, DecisionPage } from '../types.js';
import { useQuery } from '../use-query.js';

const DECISION_ICONS: Record<Decision['decision'], string> = { approval: '✔', rejection: '✖', waiver: '✂', publication: '⚑' };
const TYPES = ['PlanApproved', 'PlanRejected', 'PlanBookApproved', 'PlanBookRejected', 'TargetAdjustmentApproved', 'TargetAdjustmentRejected', 'AppraisalApproved', 'AppraisalRejected', 'CarryOverWaived', 'ResultsPublished'] as const;
const FILTERS = ['decision', 'type', 'actorId', 'team', 'from', 'to'] as const;

export const explanationRoute = (eventId: string) => `/api/audit/decisions/${encodeURIComponent(eventId)}/explanation`;

const isExplanation = (body: unknown): body is DecisionExplanation =>
  typeof body === 'object' && body !== null && typeof (body as DecisionExplanation).decision === 'object' && typeof (body as DecisionExplanation).command === 'object';

function ExplanationBody({ explanation }: { explanation: DecisionExplanation }) {
  const t = useT();
  const { decision, command } = explanation;
  return (
    <>
      <dl class="json" data-testid="explanation-command">
        <div>
          <dt>{t.decisions.decision}</dt>
          <dd>{t.decisions.decisionLine(label(t.decisionKind, decision.decision), label(t.decisionSubject, decision.subject), decision.type, `${decision.streamName}@${decision.revision}`)}</dd>
        </div>
        <div>
          <dt>{t.decisions.decidedBy}</dt>
          <dd>
            {command.actorName ?? command.actorId ?? '—'} {command.actorRole ? `(${label(t.roles, command.actorRole)})` : ''}
            {t.decisions.on(formatDateTime(decision.occurredAt))}
          </dd>
        </div>
        <div>
          <dt>{t.decisions.command}</dt>
          <dd>{command.commandType ?? '—'}</dd>
        </div>
        <div>
          <dt>{t.decisions.reason}</dt>
          <dd>{command.reason ?? '—'}</dd>
        </div>
        <div>
          <dt>{t.decisions.comment}</dt>
          <dd>{command.comment ?? '—'}</dd>
        </div>
        <div>
          <dt>{t.decisions.correlation}</dt>
          <dd>
            <code>{command.correlationId ?? '—'}</code>
          </dd>
        </div>
      </dl>
      <h4>{t.decisions.correlated(explanation.correlated.length, explanation.correlatedTruncated)}</h4>
      <GenericTable rows={explanation.correlated as unknown as Record<string, unknown>[]} preferred={['occurredAt', 'type', 'streamName', 'actorId', 'actorRole', 'commandType']} caption={t.decisions.correlatedCaption} />
      <details>
        <summary>{t.decisions.before}</summary>
        <JsonView value={explanation.stateBefore} />
      </details>
      <details>
        <summary>{t.decisions.after}</summary>
        <JsonView value={explanation.stateAfter} />
      </details>
    </>
  );
}

function Explanation({ decision }: { decision: Decision }) {
  const t = useT();
  const get = useApi();
  const route = explanationRoute(decision.id);
  const explanation = useQuery(route, (signal) => get<unknown>(route, signal));
  const body = explanation.data;
  return (
    <div class="explanation" id={`explanation-${decision.id}`} data-testid="explanation">
      <h3>{t.decisions.why}</h3>
      <QueryStatus error={explanation.error} loading={explanation.loading} hasData={body !== undefined} what={t.decisions.explanationWhat} route="GET /api/audit/decisions/{eventId}/explanation" />
      {body !== undefined && (isExplanation(body) ? <ExplanationBody explanation={body} /> : <JsonView value={body} />)}
    </div>
  );
}

export function DecisionLogView({ query, openId }: { query: URLSearchParams; openId: string | null }) {
  const { live } = useApp();
  const t = useT();
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
      <h1 tabIndex={-1}>{t.decisions.heading}</h1>
      <p class="help">{t.decisions.help}</p>
      <form
        class="filters"
        aria-label={t.decisions.filter}
        onSubmit={(e) => {
          e.preventDefault();
          navigate('/decisions', form);
        }}
      >
        <div>
          <label for="dl-decision">{t.decisions.decision}</label>
          <select id="dl-decision" value={form.decision} onChange={(e) => setForm({ ...form, decision: e.currentTarget.value })}>
            <option value="">{t.decisions.anyDecision}</option>
            {(Object.keys(DECISION_ICONS) as Decision['decision'][]).map((d) => (
              <option key={d} value={d}>
                {t.decisionKind[d]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="dl-type">{t.decisions.type}</label>
          <select id="dl-type" value={form.type} onChange={(e) => setForm({ ...form, type: e.currentTarget.value })}>
            <option value="">{t.decisions.anyType}</option>
            {TYPES.map((type) => (
              <option key={type} value={type}>
                {t.decisionType[type]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="dl-actor">{t.decisions.actor}</label>
          <input id="dl-actor" value={form.actorId} placeholder={t.decisions.anyone} onInput={(e) => setForm({ ...form, actorId: e.currentTarget.value })} />
        </div>
        <div>
          <label for="dl-team">{t.common.team}</label>
          <input id="dl-team" value={form.team} placeholder={t.common.any} onInput={(e) => setForm({ ...form, team: e.currentTarget.value })} />
        </div>
        <div>
          <label for="dl-from">{t.decisions.from}</label>
          <input id="dl-from" type="date" value={form.from} onChange={(e) => setForm({ ...form, from: e.currentTarget.value })} />
        </div>
        <div>
          <label for="dl-to">{t.decisions.to}</label>
          <input id="dl-to" type="date" value={form.to} onChange={(e) => setForm({ ...form, to: e.currentTarget.value })} />
        </div>
        <button type="submit">{t.common.apply}</button>
      </form>
      <QueryStatus error={decisions.error} loading={decisions.loading} hasData={decisions.data !== undefined} what={t.decisions.what} />
      {decisions.data &&
        (items.length === 0 ? (
          <Empty>{t.decisions.none}</Empty>
        ) : (
          <ol class="timeline decisions" data-testid="decision-timeline">
            {items.map((d) => {
              const open = openId === d.id;
              return (
                <li key={d.id} data-decision-id={d.id} class={`decision decision-${d.decision}`}>
                  <p class="decision-head">
                    <time dateTime={d.occurredAt}>{formatDateTime(d.occurredAt)}</time>{' '}
                    <strong class={`decision-kind kind-${d.decision}`}>
                      <span aria-hidden="true">{DECISION_ICONS[d.decision]} </span>
                      {t.decisions.of(t.decisionKind[d.decision], label(t.decisionSubject, d.subject))}
                    </strong>
                    {d.version !== null ? t.decisions.version(d.version) : ''} — {d.team} {formatPeriod(d.period)}
                  </p>
                  <p>
                    {t.common.by}: {d.actorName} <span class="muted">({label(t.roles, d.actorRole)})</span>
                    {d.reason ? <> · {t.decisions.reason}: “{d.reason}”</> : null}
                    {d.comment ? <> · {t.decisions.comment}: “{d.comment}”</> : null}
                  </p>
                  <p>
                    <a href={href(`/plans/${d.planId}`)}>{t.decisions.plan}</a>
                    {' · '}
                    <button
                      type="button"
                      class="link-button"
                      aria-expanded={open}
                      aria-controls={open ? `explanation-${d.id}` : undefined}
                      onClick={() => navigate(open ? '/decisions' : `/decisions/${d.id}`, keep)}
                    >
                      {open ? t.decisions.hide : t.decisions.explain}
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
