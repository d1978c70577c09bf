import { useState } from 'preact/hooks';
import { withQuery } from '../api.js';
import { ActionForm } from '../components/action-form.js';
import { lines, Problems, RowBox, SelectField, TextField, useRows } from '../components/form-parts.js';
import { Empty, QueryStatus } from '../components/messages.js';
import { useApi, useApp } from '../context.js';
import { formatDateTime, formatPeriod, isMoneyMetric, label, statusLabel } from '../format.js';
import { useT } from '../i18n/messages.js';
import { useLive } from '../live.js';
import { href, navigate, queryObject, useFilterForm } from '../router.js';
import { hasRole } from '../session.js';
import type { PlanPage, PlanSummary } from '../types.js';
import { useQuery } from '../use-query.js';
import { METRICS } from './plan.js';

const PLAN_STATUSES = ['draft', 'submitted', 'rejected', 'approved', 'book_submitted', 'book_rejected', 'executing', 'summarised', 'appraised', 'appraisal_revised', 'appraisal_approved', 'appraisal_rejected', 'published'] as const;

function PlanLinks({ plan }: { plan: PlanSummary }) {
  const t = useT();
  return (
    <>
      <a href={href(`/plans/${plan.id}`)} aria-label={t.plans.openWorkspace(plan.team, formatPeriod(plan.period))}>
        {t.plans.workspace}
      </a>
      {' · '}
      <a href={href(`/plans/${plan.id}/tracking`)} aria-label={t.plans.trackingOf(plan.team, formatPeriod(plan.period))}>
        {t.plans.trackingShort}
      </a>
      {' · '}
      <a href={href(`/plans/${plan.id}/follow-up`)} aria-label={t.plans.followUpOf(plan.team, formatPeriod(plan.period))}>
        {t.plans.followUpShort}
      </a>
    </>
  );
}

function ApprovalQueue() {
  const { live } = useApp();
  const t = useT();
  const get = useApi();
  const queue = useQuery('approval-queue', (signal) => get<{ items: PlanSummary[] }>('/api/approval-queue', signal));
  useLive(live, ['plans-list'], queue.reload);
  const items = queue.data?.items ?? [];
  return (
    <section aria-labelledby="queue-heading" class="panel" id="queue">
      <h2 id="queue-heading">
        {t.plans.queue} {queue.data && <span class={`count${items.length ? ' count-on' : ''}`}>{items.length}</span>}
      </h2>
      <QueryStatus error={queue.error} loading={queue.loading} hasData={queue.data !== undefined} what={t.plans.queueWhat} />
      {queue.data &&
        (items.length === 0 ? (
          <Empty>{t.plans.queueEmpty}</Empty>
        ) : (
          <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="queue-heading">
            <table data-testid="approval-queue" class="cards">
              <caption class="visually-hidden">{t.plans.queueCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.common.team}</th>
                  <th scope="col">{t.common.period}</th>
                  <th scope="col">{t.plans.awaitingCol}</th>
                  <th scope="col">{t.plans.submittedBy}</th>
                  <th scope="col">{t.common.since}</th>
                  <th scope="col">{t.common.open}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((p) => (
                  <tr key={p.id} data-plan-id={p.id}>
                    <td data-label={t.common.team}>{p.team}</td>
                    <td data-label={t.common.period} data-period={p.period}>
                      {formatPeriod(p.period)}
                    </td>
                    <td data-label={t.plans.awaitingCol} data-awaiting={p.awaiting ?? ''}>
                      {label(t.awaiting, p.awaiting)}
                    </td>
                    <td data-label={t.plans.submittedBy}>{p.awaitingSubmittedByName ?? p.awaitingSubmittedBy ?? '—'}</td>
                    <td data-label={t.common.since}>{p.awaitingSince ? formatDateTime(p.awaitingSince) : '—'}</td>
                    <td data-label={t.common.open}>
                      <PlanLinks plan={p} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}

/** Step 1 for a supervisor: open the team's plan with the problems it must solve. */
function OpenPlanForm() {
  const { session } = useApp();
  const t = useT();
  const teams = session.user.teams;
  const [form, setForm] = useState({ team: teams[0] ?? '', period: '', currency: 'CNY', problems: '', notes: '' });
  const targets = useRows(() => [{ metric: 'revenue' as (typeof METRICS)[number], amount: '' }]);
  const [existing, setExisting] = useState<string | null>(null);
  const build = () => {
    const p = new Problems();
    const problems = lines(form.problems);
    if (problems.length === 0) p.fields.problems = t.actions.fillIn;
    const currency = form.currency.trim().toUpperCase();
    const body = {
      team: p.text('team', form.team),
      period: p.text('period', form.period),
      currency,
      companyTargets: targets.rows
        .filter((r) => r.amount.trim())
        .map((r, i) => ({ metric: r.metric, amount: p.quantity(`companyTargets[${i}].amount`, r.amount, r.metric, currency), ...(isMoneyMetric(r.metric) ? { currency } : {}) })),
      problems,
      ...(form.notes.trim() ? { notes: form.notes.trim() } : {}),
    };
    return p.ok ? { body } : { fields: p.fields };
  };
  return (
    <section class="panel" aria-labelledby="open-heading">
      <h2 id="open-heading" class="visually-hidden">
        {t.open.heading}
      </h2>
      <ActionForm
        id="open-plan"
        title={t.open.heading}
        help={t.open.help}
        submits={[
          {
            label: t.open.submit,
            path: '/api/plans',
            build: () => {
              setExisting(null);
              return build();
            },
          },
        ]}
        onDone={(outcome) => navigate(`/plans/${String(outcome.body.planId)}`)}
        onError={(error) => setExisting(error.code === 'PLAN.ALREADY_EXISTS' && typeof error.details.existingPlanId === 'string' ? error.details.existingPlanId : null)}
      >
        {(errors) => (
          <>
            {existing && (
              <p class="message message-warning" data-testid="plan-exists">
                {t.open.exists} <a href={href(`/plans/${existing}`)}>{t.open.openExisting}</a>
              </p>
            )}
            <div class="field-row">
              <SelectField name="team" label={t.common.team} value={form.team} onChange={(v) => setForm({ ...form, team: v })} options={teams.map((x) => ({ value: x, label: x }))} errors={errors} />
              <TextField name="period" label={t.common.period} help={t.common.periodHelp} value={form.period} onInput={(v) => setForm({ ...form, period: v })} errors={errors} />
              <TextField name="currency" label={t.common.currency} value={form.currency} onInput={(v) => setForm({ ...form, currency: v })} errors={errors} />
            </div>
            <TextField name="problems" label={t.open.problems} value={form.problems} onInput={(v) => setForm({ ...form, problems: v })} errors={errors} multiline />
            <fieldset>
              <legend>{t.open.companyTargets}</legend>
              {targets.rows.map((r, i) => (
                <RowBox key={i} label={t.actions.row(i + 1)} onRemove={targets.rows.length > 1 ? () => targets.remove(i) : undefined}>
                  <SelectField name={`companyTargets[${i}].metric`} label={t.common.metric} value={r.metric} onChange={(v) => targets.set(i, { metric: v })} options={METRICS.map((m) => ({ value: m, label: t.metrics[m] }))} errors={errors} />
                  <TextField
                    name={`companyTargets[${i}].amount`}
                    label={t.common.amount}
                    inputMode="decimal"
                    help={isMoneyMetric(r.metric) ? t.actions.amountHelp(form.currency) : t.actions.countHelp}
                    value={r.amount}
                    onInput={(v) => targets.set(i, { amount: v })}
                    errors={errors}
                  />
                </RowBox>
              ))}
              <button type="button" class="secondary small" onClick={() => targets.add({ metric: 'new_customers', amount: '' })}>
                {t.common.add}
              </button>
            </fieldset>
            <TextField name="notes" label={t.open.notes} value={form.notes} onInput={(v) => setForm({ ...form, notes: v })} errors={errors} multiline />
          </>
        )}
      </ActionForm>
    </section>
  );
}

export function PlansView({ query }: { query: URLSearchParams }) {
  const { session, live } = useApp();
  const t = useT();
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
      <h1 tabIndex={-1}>{t.plans.heading}</h1>
      {hasRole(session, 'manager') ? <ApprovalQueue /> : <p class="help">{t.plans.queueHelp}</p>}
      {hasRole(session, 'supervisor') && session.user.teams.length > 0 && <OpenPlanForm />}
      <section aria-labelledby="plans-heading" class="panel">
        <h2 id="plans-heading">{t.plans.all}</h2>
        <form
          class="filters"
          aria-label={t.plans.filter}
          onSubmit={(e) => {
            e.preventDefault();
            navigate('/plans', form);
          }}
        >
          <div>
            <label for="plan-status">{t.common.status}</label>
            <select id="plan-status" value={form.status} onChange={(e) => setForm({ ...form, status: e.currentTarget.value })}>
              <option value="">{t.common.anyStatus}</option>
              {PLAN_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {statusLabel(s)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="plan-team">{t.common.team}</label>
            <input id="plan-team" list="my-teams" value={form.team} placeholder={t.common.any} onInput={(e) => setForm({ ...form, team: e.currentTarget.value })} />
            <datalist id="my-teams">
              {session.user.teams.map((x) => (
                <option key={x} value={x} />
              ))}
            </datalist>
          </div>
          <div>
            <label for="plan-period">{t.common.period}</label>
            <input id="plan-period" value={form.period} placeholder="2027-Q1" aria-describedby="plan-period-help" onInput={(e) => setForm({ ...form, period: e.currentTarget.value })} />
            <span id="plan-period-help" class="visually-hidden">
              {t.common.periodHelp}
            </span>
          </div>
          <button type="submit">{t.common.apply}</button>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setForm({ status: '', team: '', period: '' });
              navigate('/plans');
            }}
          >
            {t.common.clear}
          </button>
        </form>
        <QueryStatus error={plans.error} loading={plans.loading} hasData={plans.data !== undefined} what={t.plans.what} />
        {plans.data &&
          (items.length === 0 ? (
            <Empty>{t.plans.none}</Empty>
          ) : (
            <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="plans-heading">
              <table data-testid="plans-table" class="cards">
                <caption class="visually-hidden">{t.plans.caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.common.team}</th>
                    <th scope="col">{t.common.period}</th>
                    <th scope="col">{t.common.status}</th>
                    <th scope="col">{t.plans.awaitingCol}</th>
                    <th scope="col">{t.plans.lastActivity}</th>
                    <th scope="col">{t.plans.sheets}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((p) => (
                    <tr key={p.id} data-plan-id={p.id}>
                      <td data-label={t.common.team}>{p.team}</td>
                      <td data-label={t.common.period} data-period={p.period}>
                        {formatPeriod(p.period)}
                      </td>
                      <td data-label={t.common.status} data-status={p.status}>
                        {statusLabel(p.status)}
                      </td>
                      <td data-label={t.plans.awaitingCol}>{label(t.awaiting, p.awaiting)}</td>
                      <td data-label={t.plans.lastActivity}>{formatDateTime(p.updatedAt)}</td>
                      <td data-label={t.plans.sheets}>
                        <PlanLinks plan={p} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        {more.cursor && (
          <button type="button" class="secondary" onClick={() => void loadMore()}>
            {t.plans.loadMore}
          </button>
        )}
      </section>
    </>
  );
}
