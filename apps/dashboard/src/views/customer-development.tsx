import { useMemo } from 'preact/hooks';
import type { PlotOptions } from '@observablehq/plot';
import * as Plot from '@observablehq/plot';
import { withQuery } from '../api.js';
import { describeValue, GenericTable, itemsOf } from '../components/generic.js';
import { Empty, QueryStatus } from '../components/messages.js';
import { PlotFigure } from '../components/plot-figure.js';
import { useApi, useApp } from '../context.js';
import { humanize } from '../format.js';
import { useLive } from '../live.js';
import { navigate, useFilterForm } from '../router.js';
import type { ProjectionName } from '../types.js';
import { useQuery } from '../use-query.js';

/** Routes of the customer-development read models (process 2). */
export const CUSTOMER_ROUTES = {
  pipeline: '/api/development-pipeline',
  prospects: '/api/prospects',
  overdue: '/api/development-reports/overdue',
  creditChecks: '/api/credit-checks',
};
/** Their projections, named as the API's OpenAPI document names them. */
const CUSTOMER_PROJECTIONS: readonly ProjectionName[] = ['prospect-list', 'credit-check-register', 'development-pipeline', 'development-report-schedule'];
const PROSPECT_STATUSES = ['listed', 'investigated', 'reinvestigation_requested', 'key_prospect', 'on_hold', 'stopped', 'application_submitted', 'supervisor_approved', 'application_rejected', 'approved', 'in_development', 'converted', 'abandoned'];
const GRADES = ['A', 'B', 'C', 'D'];
const FILTERS = ['team', 'status', 'grade', 'salesperson', 'industry', 'region', 'q'] as const;

const PHASE_COLOURS: Record<string, string> = { screening: '#8a6d1f', application: '#6b4fa0', development: '#1f5fa8', closed: '#5f6368' };

interface StageTotals {
  stage: string;
  phase?: string;
  count: number;
  expectedDealValue?: { amount: number; currency: string }[];
}

interface TeamPipeline {
  team: string;
  stages: StageTotals[];
  open?: { count: number; expectedDealValue: { amount: number; currency: string }[] };
}

/** `{teams: [{team, stages}]}` as the API answers; a bare stage list is read as one unnamed team. */
export function pipelinesOf(body: unknown): TeamPipeline[] {
  const teams = (body as { teams?: unknown } | null)?.teams;
  if (Array.isArray(teams)) return teams as TeamPipeline[];
  const stages = itemsOf(body).map((r) => ({ stage: String(r.stage ?? r.name ?? '?'), count: Number(r.count ?? 0) }));
  return stages.length > 0 ? [{ team: '', stages }] : [];
}

function TeamPipelineChart({ pipeline }: { pipeline: TeamPipeline }) {
  const stages = pipeline.stages.map((s) => ({ ...s, label: humanize(s.stage), phase: s.phase ?? 'other' }));
  const options = useMemo<PlotOptions>(
    () => ({
      width: 680,
      height: 50 + stages.length * 22,
      marginLeft: 160,
      marginRight: 120,
      style: { fontSize: '12px' },
      x: { label: 'Prospects →', grid: true, nice: true, tickFormat: (d: number) => (Number.isInteger(d) ? String(d) : '') },
      y: { label: null, domain: stages.map((s) => s.label) },
      marks: [
        Plot.barX(stages, { y: 'label', x: 'count', fill: (d: (typeof stages)[number]) => PHASE_COLOURS[d.phase] ?? '#1f5fa8' }),
        Plot.text(stages, { y: 'label', x: 'count', text: (d: (typeof stages)[number]) => `${d.count} · ${d.phase}`, textAnchor: 'start', dx: 6 }),
        Plot.ruleX([0]),
      ],
    }),
    [JSON.stringify(stages)],
  );
  return (
    <PlotFigure
      testId={`pipeline-chart-${pipeline.team}`}
      options={options}
      label={`Development pipeline${pipeline.team ? ` of ${pipeline.team}` : ''}: ${stages.map((s) => `${s.label} ${s.count}`).join(', ')}`}
      caption={<>Prospects per stage{pipeline.team ? ` in ${pipeline.team}` : ''}; the phase is written after each bar.</>}
    />
  );
}

function Pipeline({ team, salesperson }: { team: string | undefined; salesperson: string | undefined }) {
  const { live } = useApp();
  const get = useApi();
  const key = withQuery(CUSTOMER_ROUTES.pipeline, { team, salesperson });
  const pipeline = useQuery(key, (signal) => get<unknown>(key, signal));
  useLive(live, CUSTOMER_PROJECTIONS, pipeline.reload);
  const teams = pipeline.data !== undefined ? pipelinesOf(pipeline.data) : [];
  return (
    <section class="panel" aria-labelledby="pipeline-heading">
      <h2 id="pipeline-heading">Pipeline by stage</h2>
      <QueryStatus error={pipeline.error} loading={pipeline.loading} hasData={pipeline.data !== undefined} what="the development pipeline" route={`GET ${CUSTOMER_ROUTES.pipeline}`} />
      {pipeline.data !== undefined &&
        (teams.every((t) => t.stages.every((s) => s.count === 0)) ? (
          <Empty>No prospect in the pipeline.</Empty>
        ) : (
          teams.map((t) => t.stages.every((s) => s.count === 0) ? (
            <p key={t.team} class="empty">No prospect in the pipeline of {t.team}.</p>
          ) : (
            <div key={t.team} data-team={t.team}>
              {t.team && (
                <h3>
                  {t.team}
                  {t.open ? ` — ${t.open.count} open, expected ${describeValue(t.open.expectedDealValue)}` : ''}
                </h3>
              )}
              <TeamPipelineChart pipeline={t} />
              <GenericTable
                rows={t.stages.filter((s) => s.count > 0) as unknown as Record<string, unknown>[]}
                preferred={['stage', 'phase', 'count', 'expectedDealValue']}
                caption={`Prospects per stage${t.team ? ` in ${t.team}` : ''}`}
                testId="pipeline-table"
              />
            </div>
          ))
        ))}
    </section>
  );
}

function ListSection({ title, route, what, preferred, empty, testId, query = {} }: { title: string; route: string; what: string; preferred: string[]; empty: string; testId: string; query?: Record<string, string | undefined> }) {
  const { live } = useApp();
  const get = useApi();
  const key = withQuery(route, query);
  const list = useQuery(key, (signal) => get<unknown>(key, signal));
  useLive(live, CUSTOMER_PROJECTIONS, list.reload);
  const rows = list.data !== undefined ? itemsOf(list.data) : [];
  const id = `${testId}-heading`;
  return (
    <section class="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <QueryStatus error={list.error} loading={list.loading} hasData={list.data !== undefined} what={what} route={`GET ${route}`} />
      {list.data !== undefined && (rows.length === 0 ? <Empty>{empty}</Empty> : <GenericTable rows={rows} preferred={preferred} caption={title} testId={testId} />)}
    </section>
  );
}

export function CustomerDevelopmentView({ query }: { query: URLSearchParams }) {
  const [form, setForm] = useFilterForm(query, FILTERS);
  const filters = Object.fromEntries(FILTERS.map((k) => [k, query.get(k) ?? undefined])) as Record<(typeof FILTERS)[number], string | undefined>;
  const text = (f: (typeof FILTERS)[number], label: string, placeholder = 'any') => (
    <div>
      <label for={`cd-${f}`}>{label}</label>
      <input id={`cd-${f}`} value={form[f]} placeholder={placeholder} onInput={(e) => setForm({ ...form, [f]: e.currentTarget.value })} />
    </div>
  );
  return (
    <>
      <h1 tabIndex={-1}>Customer development</h1>
      <form
        class="filters"
        aria-label="Filter customer development"
        onSubmit={(e) => {
          e.preventDefault();
          navigate('/customers', form);
        }}
      >
        {text('team', 'Team')}
        {text('salesperson', 'Salesperson id')}
        <div>
          <label for="cd-status">Prospect status</label>
          <select id="cd-status" value={form.status} onChange={(e) => setForm({ ...form, status: e.currentTarget.value })}>
            <option value="">Any status</option>
            {PROSPECT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {humanize(s)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="cd-grade">Credit grade</label>
          <select id="cd-grade" value={form.grade} onChange={(e) => setForm({ ...form, grade: e.currentTarget.value })}>
            <option value="">Any grade</option>
            {GRADES.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </div>
        {text('industry', 'Industry')}
        {text('region', 'Region')}
        {text('q', 'Name contains', 'part of a name')}
        <button type="submit">Apply filters</button>
      </form>
      <Pipeline team={filters.team} salesperson={filters.salesperson} />
      <ListSection
        title="Potential customer list"
        route={CUSTOMER_ROUTES.prospects}
        what="the potential customer list"
        preferred={['name', 'industry', 'region', 'size', 'assignedSalespersonName', 'status', 'latestCreditGrade', 'developmentStage', 'expectedDealValue', 'team']}
        empty="No prospect matches these filters."
        testId="prospects-table"
        query={filters}
      />
      <ListSection
        title="Overdue development reports"
        route={CUSTOMER_ROUTES.overdue}
        what="overdue reports"
        preferred={['name', 'salespersonName', 'lastActivityOn', 'daysSinceLastReport', 'overdueSince', 'lastStage', 'lastNextStep', 'team']}
        empty="No development report is overdue."
        testId="overdue-table"
        query={{ team: filters.team, salesperson: filters.salesperson }}
      />
      <ListSection
        title="Credit checks"
        route={CUSTOMER_ROUTES.creditChecks}
        what="credit checks"
        preferred={['legalName', 'grade', 'totalPoints', 'suggestedCreditLimit', 'paymentBehaviour', 'investigator', 'investigatedOn', 'outcome', 'team']}
        empty="No credit check recorded."
        testId="credit-checks-table"
        query={{ team: filters.team, salesperson: filters.salesperson, grade: filters.grade }}
      />
    </>
  );
}
