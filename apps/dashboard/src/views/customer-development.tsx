import { useState } from 'preact/hooks';
import type { PlotOptions } from '@observablehq/plot';
import * as Plot from '@observablehq/plot';
import { withQuery } from '../api.js';
import type { components } from '../api-types.generated.js';
import { ActionForm } from '../components/action-form.js';
import { Problems, SelectField, TextField } from '../components/form-parts.js';
import { Empty, QueryStatus } from '../components/messages.js';
import { integerTicks, PlotFigure, Swatch } from '../components/plot-figure.js';
import { useApi, useApp } from '../context.js';
import { formatDate, formatNumber, formatQuantity, label } from '../format.js';
import { useT } from '../i18n/messages.js';
import { useLive } from '../live.js';
import { href, navigate, useFilterForm } from '../router.js';
import { hasRole } from '../session.js';
import type { ProjectionName } from '../types.js';
import { useQuery } from '../use-query.js';

type S = components['schemas'];

/** Routes of the customer-development read models (process 2). */
export const CUSTOMER_ROUTES = {
  pipeline: '/api/development-pipeline',
  prospects: '/api/prospects',
  overdue: '/api/development-reports/overdue',
  creditChecks: '/api/credit-checks',
};
/** Their projections, named as the API's OpenAPI document names them. */
export const CUSTOMER_PROJECTIONS: readonly ProjectionName[] = ['prospect-list', 'credit-check-register', 'development-pipeline', 'development-report-schedule'];
const PROSPECT_STATUSES: readonly S['ProspectStatus'][] = ['listed', 'investigated', 'reinvestigation_requested', 'key_prospect', 'on_hold', 'stopped', 'application_submitted', 'supervisor_approved', 'application_rejected', 'approved', 'in_development', 'converted', 'abandoned'];
export const SIZES: readonly S['SizeClass'][] = ['large', 'medium', 'small', 'micro'];
const GRADES: readonly S['CreditGrade'][] = ['A', 'B', 'C', 'D'];
const FILTERS = ['team', 'status', 'grade', 'salesperson', 'industry', 'region', 'q'] as const;

const PHASE_COLOURS: Record<S['PipelinePhase'], string> = { screening: '#8a6d1f', application: '#6b4fa0', development: '#1f5fa8', closed: '#5f6368' };

const money = (values: readonly S['MoneyResponse'][] | null | undefined) => (values && values.length ? values.map((v) => formatQuantity(v.amount, v.currency)).join(' + ') : '—');

function TeamPipelineChart({ pipeline }: { pipeline: S['TeamPipelineResponse'] }) {
  const t = useT();
  const stages = pipeline.stages.filter((s) => s.count > 0).map((s) => ({ ...s, label: t.stage[s.stage] }));
  const top = Math.max(1, ...stages.map((s) => s.count));
  const options = (width: number): PlotOptions => ({
    height: 40 + stages.length * 30,
    marginLeft: width < 480 ? 110 : 150,
    marginRight: 40,
    style: { fontSize: '12px' },
    x: { label: t.chart.countAxis, grid: true, domain: [0, top], ticks: integerTicks(top, width < 480 ? 3 : 6), tickFormat: (d: number) => String(d) },
    y: { label: null, domain: stages.map((s) => s.label) },
    marks: [
      Plot.barX(stages, { y: 'label', x: 'count', fill: (d: (typeof stages)[number]) => PHASE_COLOURS[d.phase] }),
      Plot.text(stages, { y: 'label', x: 'count', text: (d: (typeof stages)[number]) => formatNumber(d.count), textAnchor: 'start', dx: 6 }),
      Plot.ruleX([0]),
    ],
  });
  const phases = [...new Set(stages.map((s) => s.phase))];
  return (
    <PlotFigure
      testId={`pipeline-chart-${pipeline.team}`}
      options={options}
      depends={JSON.stringify(stages)}
      label={t.customers.pipelineChart(pipeline.team, stages.map((s) => `${s.label} ${s.count}`).join(', '))}
      legend={
        <ul class="legend chart-legend" aria-label={t.customers.phaseCol}>
          {phases.map((p) => (
            <Swatch key={p} colour={PHASE_COLOURS[p]} text={t.phase[p]} />
          ))}
        </ul>
      }
      caption={t.customers.pipelineCaption(pipeline.team)}
    />
  );
}

function Pipeline({ team, salesperson }: { team: string | undefined; salesperson: string | undefined }) {
  const { live } = useApp();
  const t = useT();
  const get = useApi();
  const key = withQuery(CUSTOMER_ROUTES.pipeline, { team, salesperson });
  const pipeline = useQuery(key, (signal) => get<S['DevelopmentPipelineResponse']>(key, signal));
  useLive(live, CUSTOMER_PROJECTIONS, pipeline.reload);
  const teams = pipeline.data?.teams ?? [];
  return (
    <section class="panel" aria-labelledby="pipeline-heading">
      <h2 id="pipeline-heading">{t.customers.pipeline}</h2>
      <QueryStatus error={pipeline.error} loading={pipeline.loading} hasData={pipeline.data !== undefined} what={t.customers.pipelineWhat} route={`GET ${CUSTOMER_ROUTES.pipeline}`} />
      {pipeline.data !== undefined &&
        (teams.every((x) => x.stages.every((s) => s.count === 0)) ? (
          <Empty>{t.customers.noPipeline}</Empty>
        ) : (
          teams.map((x) =>
            x.stages.every((s) => s.count === 0) ? (
              <p key={x.team} class="empty">
                {t.customers.noPipelineOf(x.team)}
              </p>
            ) : (
              <div key={x.team} data-team={x.team}>
                <h3>
                  {x.team}
                  {t.customers.openTotals(formatNumber(x.open.count), money(x.open.expectedDealValue))}
                </h3>
                <TeamPipelineChart pipeline={x} />
                <div class="table-scroll" tabIndex={0} role="region" aria-label={t.customers.pipelineCaption(x.team)}>
                  <table data-testid="pipeline-table" class="cards">
                    <caption class="visually-hidden">{t.customers.pipelineCaption(x.team)}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t.customers.stageCol}</th>
                        <th scope="col">{t.customers.phaseCol}</th>
                        <th scope="col">{t.customers.count}</th>
                        <th scope="col">{t.customers.expectedValue}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {x.stages
                        .filter((s) => s.count > 0)
                        .map((s) => (
                          <tr key={s.stage} data-stage={s.stage}>
                            <td data-label={t.customers.stageCol}>{t.stage[s.stage]}</td>
                            <td data-label={t.customers.phaseCol}>{t.phase[s.phase]}</td>
                            <td data-label={t.customers.count} class="number">
                              {formatNumber(s.count)}
                            </td>
                            <td data-label={t.customers.expectedValue} class="number">
                              {money(s.expectedDealValue)}
                            </td>
                          </tr>
                        ))}
                    </tbody>
                  </table>
                </div>
              </div>
            ),
          )
        ))}
    </section>
  );
}

function Prospects({ filters }: { filters: Record<string, string | undefined> }) {
  const { live } = useApp();
  const t = useT();
  const get = useApi();
  const key = withQuery(CUSTOMER_ROUTES.prospects, filters);
  const list = useQuery(key, (signal) => get<S['ProspectPageResponse']>(key, signal));
  useLive(live, CUSTOMER_PROJECTIONS, list.reload);
  const rows = list.data?.items ?? [];
  return (
    <section class="panel" aria-labelledby="prospects-heading">
      <h2 id="prospects-heading">{t.forms.prospectList}</h2>
      <QueryStatus error={list.error} loading={list.loading} hasData={list.data !== undefined} what={t.customers.listWhat} route={`GET ${CUSTOMER_ROUTES.prospects}`} />
      {list.data !== undefined &&
        (rows.length === 0 ? (
          <Empty>{t.customers.noProspect}</Empty>
        ) : (
          <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="prospects-heading">
            <table data-testid="prospects-table" class="cards">
              <caption class="visually-hidden">{t.forms.prospectList}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.customers.name}</th>
                  <th scope="col">{t.customers.industry}</th>
                  <th scope="col">{t.customers.region}</th>
                  <th scope="col">{t.customers.size}</th>
                  <th scope="col">{t.customers.assigned}</th>
                  <th scope="col">{t.common.status}</th>
                  <th scope="col">{t.customers.latestGrade}</th>
                  <th scope="col">{t.customers.expectedValue}</th>
                  <th scope="col">{t.common.team}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((p) => (
                  <tr key={p.id} data-prospect-id={p.prospectId}>
                    <td data-label={t.customers.name}>
                      <a href={href(`/customers/prospects/${p.prospectId}`)}>{p.name}</a>
                    </td>
                    <td data-label={t.customers.industry}>{p.industry}</td>
                    <td data-label={t.customers.region}>{p.region}</td>
                    <td data-label={t.customers.size}>{label(t.size, p.size)}</td>
                    <td data-label={t.customers.assigned}>{p.assignedSalespersonName ?? p.assignedSalespersonId ?? '—'}</td>
                    <td data-label={t.common.status} data-status={p.status}>
                      {label(t.prospectStatus, p.status)}
                    </td>
                    <td data-label={t.customers.latestGrade}>{p.latestCreditGrade ?? '—'}</td>
                    <td data-label={t.customers.expectedValue} class="number">
                      {p.expectedDealValue ? formatQuantity(p.expectedDealValue.amount, p.expectedDealValue.currency) : '—'}
                    </td>
                    <td data-label={t.common.team}>{p.team}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}

function Overdue({ team, salesperson }: { team: string | undefined; salesperson: string | undefined }) {
  const { live } = useApp();
  const t = useT();
  const get = useApi();
  const key = withQuery(CUSTOMER_ROUTES.overdue, { team, salesperson });
  const list = useQuery(key, (signal) => get<S['OverdueReportsPageResponse']>(key, signal));
  useLive(live, CUSTOMER_PROJECTIONS, list.reload);
  const rows = list.data?.items ?? [];
  return (
    <section class="panel" aria-labelledby="overdue-heading">
      <h2 id="overdue-heading">{t.customers.overdue}</h2>
      <QueryStatus error={list.error} loading={list.loading} hasData={list.data !== undefined} what={t.customers.overdueWhat} route={`GET ${CUSTOMER_ROUTES.overdue}`} />
      {list.data !== undefined &&
        (rows.length === 0 ? (
          <Empty>{t.customers.noOverdue}</Empty>
        ) : (
          <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="overdue-heading">
            <table data-testid="overdue-table" class="cards">
              <thead>
                <tr>
                  <th scope="col">{t.customers.name}</th>
                  <th scope="col">{t.customers.assigned}</th>
                  <th scope="col">{t.customers.lastReport}</th>
                  <th scope="col">{t.customers.daysSince}</th>
                  <th scope="col">{t.customers.overdueSince}</th>
                  <th scope="col">{t.customers.lastStage}</th>
                  <th scope="col">{t.customers.nextStep}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <td data-label={t.customers.name}>
                      <a href={href(`/customers/prospects/${r.prospectId}`)}>{r.name}</a>
                    </td>
                    <td data-label={t.customers.assigned}>{r.salespersonName ?? r.salespersonId ?? '—'}</td>
                    <td data-label={t.customers.lastReport}>{formatDate(r.lastActivityOn)}</td>
                    <td data-label={t.customers.daysSince} class="number">
                      {formatNumber(r.daysSinceLastReport)}
                    </td>
                    <td data-label={t.customers.overdueSince}>{formatDate(r.overdueSince)}</td>
                    <td data-label={t.customers.lastStage}>{label(t.stage, r.lastStage)}</td>
                    <td data-label={t.customers.nextStep}>{r.lastNextStep ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}

function CreditChecks({ team, salesperson, grade }: { team: string | undefined; salesperson: string | undefined; grade: string | undefined }) {
  const { live } = useApp();
  const t = useT();
  const get = useApi();
  const key = withQuery(CUSTOMER_ROUTES.creditChecks, { team, salesperson, grade });
  const list = useQuery(key, (signal) => get<S['CreditCheckPageResponse']>(key, signal));
  useLive(live, CUSTOMER_PROJECTIONS, list.reload);
  const rows = list.data?.items ?? [];
  return (
    <section class="panel" aria-labelledby="credit-heading">
      <h2 id="credit-heading">
        {t.customers.creditChecks} ({t.forms.creditForm})
      </h2>
      <QueryStatus error={list.error} loading={list.loading} hasData={list.data !== undefined} what={t.customers.creditWhat} route={`GET ${CUSTOMER_ROUTES.creditChecks}`} />
      {list.data !== undefined &&
        (rows.length === 0 ? (
          <Empty>{t.customers.noCredit}</Empty>
        ) : (
          <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="credit-heading">
            <table data-testid="credit-checks-table" class="cards">
              <thead>
                <tr>
                  <th scope="col">{t.customers.legalName}</th>
                  <th scope="col">{t.customers.grade}</th>
                  <th scope="col">{t.customers.points}</th>
                  <th scope="col">{t.customers.limit}</th>
                  <th scope="col">{t.prospect.paymentBehaviour}</th>
                  <th scope="col">{t.customers.investigator}</th>
                  <th scope="col">{t.customers.investigatedOn}</th>
                  <th scope="col">{t.customers.outcome}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => (
                  <tr key={c.id}>
                    <td data-label={t.customers.legalName}>
                      <a href={href(`/customers/prospects/${c.prospectId}`)}>{c.legalName}</a>
                    </td>
                    <td data-label={t.customers.grade} data-grade={c.grade}>
                      {c.grade}
                    </td>
                    <td data-label={t.customers.points} class="number">
                      {formatNumber(c.totalPoints)}
                    </td>
                    <td data-label={t.customers.limit} class="number">
                      {formatQuantity(c.suggestedCreditLimit.amount, c.suggestedCreditLimit.currency)}
                    </td>
                    <td data-label={t.prospect.paymentBehaviour}>{label(t.payment, c.paymentBehaviour)}</td>
                    <td data-label={t.customers.investigator}>{c.investigator}</td>
                    <td data-label={t.customers.investigatedOn}>{formatDate(c.investigatedOn)}</td>
                    <td data-label={t.customers.outcome}>{label(t.creditOutcome, c.outcome)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}

/** Step 2: a row of the potential customer list; a duplicate's 409 links to the prospect already listed. */
function AddProspectForm() {
  const { session } = useApp();
  const t = useT();
  const teams = session.user.teams;
  const [form, setForm] = useState({ team: teams[0] ?? '', name: '', industry: '', region: '', size: 'medium' as S['SizeClass'], contactName: '', phone: '', email: '', source: '', initialAssessment: '', registrationNumber: '' });
  const [duplicate, setDuplicate] = useState<string | null>(null);
  const set = (patch: Partial<typeof form>) => setForm({ ...form, ...patch });
  const build = () => {
    setDuplicate(null);
    const p = new Problems();
    const body = {
      team: p.text('team', form.team),
      name: p.text('name', form.name),
      industry: p.text('industry', form.industry),
      region: p.text('region', form.region),
      size: form.size,
      contact: { name: p.text('contact.name', form.contactName), ...(form.phone.trim() ? { phone: form.phone.trim() } : {}), ...(form.email.trim() ? { email: form.email.trim() } : {}) },
      source: p.text('source', form.source),
      initialAssessment: p.text('initialAssessment', form.initialAssessment),
      ...(form.registrationNumber.trim() ? { registrationNumber: form.registrationNumber.trim() } : {}),
    };
    return p.ok ? { body } : { fields: p.fields };
  };
  return (
    <section class="panel" aria-labelledby="add-prospect-heading">
      <h2 id="add-prospect-heading" class="visually-hidden">
        {t.customers.add}
      </h2>
      <ActionForm
        id="add-prospect"
        title={`${t.customers.add} (${t.forms.prospectList})`}
        submits={[{ label: t.customers.add, path: '/api/prospects', build }]}
        onDone={(outcome) => navigate(`/customers/prospects/${String(outcome.body.prospectId)}`)}
        onError={(error) => setDuplicate(error.code === 'PROSPECT.DUPLICATE' && typeof error.details.existingProspectId === 'string' ? error.details.existingProspectId : null)}
      >
        {(errors) => (
          <>
            {duplicate && (
              <p class="message message-warning" data-testid="duplicate">
                {t.prospect.duplicate}{' '}
                <a href={href(`/customers/prospects/${duplicate}`)} data-testid="duplicate-link">
                  {t.prospect.openDuplicate}
                </a>
              </p>
            )}
            <div class="field-row">
              <SelectField name="team" label={t.common.team} value={form.team} onChange={(v) => set({ team: v })} options={teams.map((x) => ({ value: x, label: x }))} errors={errors} />
              <TextField name="name" label={t.customers.name} value={form.name} onInput={(v) => set({ name: v })} errors={errors} />
              <TextField name="industry" label={t.customers.industry} value={form.industry} onInput={(v) => set({ industry: v })} errors={errors} />
              <TextField name="region" label={t.customers.region} value={form.region} onInput={(v) => set({ region: v })} errors={errors} />
              <SelectField name="size" label={t.customers.size} value={form.size} onChange={(v) => set({ size: v })} options={SIZES.map((x) => ({ value: x, label: t.size[x] }))} errors={errors} />
              <TextField name="registrationNumber" label={t.prospect.registration} value={form.registrationNumber} onInput={(v) => set({ registrationNumber: v })} errors={errors} />
            </div>
            <div class="field-row">
              <TextField name="contact.name" label={t.prospect.contactName} value={form.contactName} onInput={(v) => set({ contactName: v })} errors={errors} />
              <TextField name="contact.phone" label={t.prospect.phone} value={form.phone} onInput={(v) => set({ phone: v })} errors={errors} />
              <TextField name="contact.email" label={t.prospect.email} value={form.email} onInput={(v) => set({ email: v })} errors={errors} />
              <TextField name="source" label={t.prospect.source} value={form.source} onInput={(v) => set({ source: v })} errors={errors} />
            </div>
            <TextField name="initialAssessment" label={t.prospect.assessment} value={form.initialAssessment} onInput={(v) => set({ initialAssessment: v })} errors={errors} multiline />
          </>
        )}
      </ActionForm>
    </section>
  );
}

export function CustomerDevelopmentView({ query }: { query: URLSearchParams }) {
  const { session } = useApp();
  const t = useT();
  const [form, setForm] = useFilterForm(query, FILTERS);
  const filters = Object.fromEntries(FILTERS.map((k) => [k, query.get(k) ?? undefined])) as Record<(typeof FILTERS)[number], string | undefined>;
  const text = (f: (typeof FILTERS)[number], fieldLabel: string, placeholder = t.common.any) => (
    <div>
      <label for={`cd-${f}`}>{fieldLabel}</label>
      <input id={`cd-${f}`} value={form[f]} placeholder={placeholder} onInput={(e) => setForm({ ...form, [f]: e.currentTarget.value })} />
    </div>
  );
  const canAdd = (hasRole(session, 'salesperson') || hasRole(session, 'supervisor')) && session.user.teams.length > 0;
  return (
    <>
      <h1 tabIndex={-1}>{t.customers.heading}</h1>
      {canAdd && <AddProspectForm />}
      <form
        class="filters"
        aria-label={t.customers.filter}
        onSubmit={(e) => {
          e.preventDefault();
          navigate('/customers', form);
        }}
      >
        {text('team', t.common.team)}
        {text('salesperson', t.customers.salespersonId)}
        <div>
          <label for="cd-status">{t.customers.prospectStatus}</label>
          <select id="cd-status" value={form.status} onChange={(e) => setForm({ ...form, status: e.currentTarget.value })}>
            <option value="">{t.common.anyStatus}</option>
            {PROSPECT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t.prospectStatus[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="cd-grade">{t.customers.grade}</label>
          <select id="cd-grade" value={form.grade} onChange={(e) => setForm({ ...form, grade: e.currentTarget.value })}>
            <option value="">{t.customers.anyGrade}</option>
            {GRADES.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </div>
        {text('industry', t.customers.industry)}
        {text('region', t.customers.region)}
        {text('q', t.customers.nameContains, t.customers.namePlaceholder)}
        <button type="submit">{t.common.apply}</button>
      </form>
      <Pipeline team={filters.team} salesperson={filters.salesperson} />
      <Prospects filters={filters} />
      <Overdue team={filters.team} salesperson={filters.salesperson} />
      <CreditChecks team={filters.team} salesperson={filters.salesperson} grade={filters.grade} />
    </>
  );
}
