import { useState } from 'preact/hooks';
import { withQuery } from '../api.js';
import { Empty, QueryStatus } from '../components/messages.js';
import { useApi, useApp } from '../context.js';
import { formatDateTime, humanize, PLAN_STATUSES, statusLabel } from '../format.js';
import { useLive } from '../live.js';
import { href, navigate, queryObject, useFilterForm } from '../router.js';
import { hasRole } from '../session.js';
import type { PlanPage, PlanSummary } from '../types.js';
import { useQuery } from '../use-query.js';

function PlanLinks({ plan }: { plan: PlanSummary }) {
  return (
    <>
      <a href={href(`/plans/${plan.id}/tracking`)} aria-label={`Tracking sheet of ${plan.team} ${plan.period}`}>
        Tracking sheet
      </a>
      {' · '}
      <a href={href(`/plans/${plan.id}/follow-up`)} aria-label={`Follow-up sheet of ${plan.team} ${plan.period}`}>
        Follow-up
      </a>
    </>
  );
}

function ApprovalQueue() {
  const { live } = useApp();
  const get = useApi();
  const queue = useQuery('approval-queue', (signal) => get<{ items: PlanSummary[] }>('/api/approval-queue', signal));
  useLive(live, ['plans-list'], queue.reload);
  const items = queue.data?.items ?? [];
  return (
    <section aria-labelledby="queue-heading" class="panel">
      <h2 id="queue-heading">Awaiting your decision</h2>
      <QueryStatus error={queue.error} loading={queue.loading} hasData={queue.data !== undefined} what="your approval queue" />
      {queue.data &&
        (items.length === 0 ? (
          <Empty>Nothing awaits your decision.</Empty>
        ) : (
          <table data-testid="approval-queue">
            <caption class="visually-hidden">Plans awaiting your decision, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Team</th>
                <th scope="col">Period</th>
                <th scope="col">Awaiting</th>
                <th scope="col">Submitted by</th>
                <th scope="col">Since</th>
                <th scope="col">Open</th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <td>{p.team}</td>
                  <td>{p.period}</td>
                  <td>{humanize(p.awaiting ?? '')}</td>
                  <td>{p.awaitingSubmittedBy ?? '—'}</td>
                  <td>{p.awaitingSince ? formatDateTime(p.awaitingSince) : '—'}</td>
                  <td>
                    <PlanLinks plan={p} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </section>
  );
}

export function PlansView({ query }: { query: URLSearchParams }) {
  const { session, live } = useApp();
  const get = useApi();
  const filters = queryObject(query);
  const [form, setForm] = useFilterForm(query, ['status', 'team', 'period'] as const);
  const [more, setMore] = useState<{ items: PlanSummary[]; cursor: string | null }>({ items: [], cursor: null });
  const key = withQuery('/api/plans', { status: filters.status, team: filters.team, period: filters.period, limit: 50 });
  const plans = useQuery(key, async (signal) => {
    const page = await get<PlanPage>(key, signal);
    setMore({ items: [], cursor: page.nextCursor });
    return page;
  });
  useLive(live, ['plans-list'], plans.reload);
  const items = [...(plans.data?.items ?? []), ...more.items];

  async function loadMore() {
    if (!more.cursor) return;
    const page = await get<PlanPage>(withQuery('/api/plans', { ...filters, limit: 50, cursor: more.cursor }));
    setMore({ items: [...more.items, ...page.items], cursor: page.nextCursor });
  }

  return (
    <>
      <h1 tabIndex={-1}>Plans</h1>
      {hasRole(session, 'manager') ? (
        <ApprovalQueue />
      ) : (
        <p class="help">The approval queue is shown to managers: it lists what awaits their decision.</p>
      )}
      <section aria-labelledby="plans-heading" class="panel">
        <h2 id="plans-heading">All plans you may read</h2>
        <form
          class="filters"
          aria-label="Filter plans"
          onSubmit={(e) => {
            e.preventDefault();
            navigate('/plans', form);
          }}
        >
          <div>
            <label for="plan-status">Status</label>
            <select id="plan-status" value={form.status} onChange={(e) => setForm({ ...form, status: e.currentTarget.value })}>
              <option value="">Any status</option>
              {PLAN_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {statusLabel(s)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="plan-team">Team</label>
            <input id="plan-team" list="my-teams" value={form.team} placeholder="any" onInput={(e) => setForm({ ...form, team: e.currentTarget.value })} />
            <datalist id="my-teams">
              {session.user.teams.map((t) => (
                <option key={t} value={t} />
              ))}
            </datalist>
          </div>
          <div>
            <label for="plan-period">Period</label>
            <input id="plan-period" value={form.period} placeholder="e.g. 2027-Q1" aria-describedby="plan-period-help" onInput={(e) => setForm({ ...form, period: e.currentTarget.value })} />
            <span id="plan-period-help" class="visually-hidden">
              A year, quarter or month: 2027, 2027-Q1 or 2027-03
            </span>
          </div>
          <button type="submit">Apply filters</button>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setForm({ status: '', team: '', period: '' });
              navigate('/plans');
            }}
          >
            Clear
          </button>
        </form>
        <QueryStatus error={plans.error} loading={plans.loading} hasData={plans.data !== undefined} what="plans" />
        {plans.data &&
          (items.length === 0 ? (
            <Empty>No plan matches these filters.</Empty>
          ) : (
            <table data-testid="plans-table">
              <caption class="visually-hidden">Plans, newest activity first</caption>
              <thead>
                <tr>
                  <th scope="col">Team</th>
                  <th scope="col">Period</th>
                  <th scope="col">Status</th>
                  <th scope="col">Awaiting</th>
                  <th scope="col">Last activity</th>
                  <th scope="col">Sheets</th>
                </tr>
              </thead>
              <tbody>
                {items.map((p) => (
                  <tr key={p.id} data-plan-id={p.id}>
                    <td>{p.team}</td>
                    <td>{p.period}</td>
                    <td data-status={p.status}>{statusLabel(p.status)}</td>
                    <td>{p.awaiting ? humanize(p.awaiting) : '—'}</td>
                    <td>{formatDateTime(p.updatedAt)}</td>
                    <td>
                      <PlanLinks plan={p} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        {more.cursor && (
          <button type="button" class="secondary" onClick={() => void loadMore()}>
            Load more plans
          </button>
        )}
      </section>
    </>
  );
}
