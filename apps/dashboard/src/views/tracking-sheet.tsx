import * as Plot from '@observablehq/plot';
import { withQuery } from '../api.js';
import { Empty, Notice, QueryStatus } from '../components/messages.js';
import { PACE, PaceBadge, PaceLegend, type ShownPace } from '../components/pace.js';
import { integerTicks, PlotFigure, Swatch } from '../components/plot-figure.js';
import { useApi, useApp } from '../context.js';
import { defaultAsOf, formatDate, formatMajorUnits, formatPercent, formatPeriod, formatQuantity, isMoneyMetric, label, metricLabel, periodBounds, statusLabel, toMajorUnits } from '../format.js';
import { useT } from '../i18n/messages.js';
import { useLive } from '../live.js';
import { href, navigate } from '../router.js';
import type { Plan } from '../rules/plan-actions.js';
import { readsEverything, hasRole } from '../session.js';
import type { TrackingRow, TrackingSheet } from '../types.js';
import { useQuery } from '../use-query.js';

/** On the period's last day the period is complete: an unmet target is missed, not behind. */
export function shownPace(row: TrackingRow, asOf: string, period: string): ShownPace {
  const end = periodBounds(period)?.end;
  if (end !== undefined && asOf >= end && row.pace !== 'met' && row.pace !== 'no_target') return 'missed';
  return row.pace;
}

function Amount({ value, currency, field }: { value: number; currency?: string | undefined; field: string }) {
  return (
    <td class="number" data-field={field} data-value={value}>
      {formatQuantity(value, currency)}
    </td>
  );
}

function CarriedIn({ row }: { row: TrackingRow }) {
  const t = useT();
  if (row.carriedInLines.length === 0) return <Amount value={row.carriedIn} currency={row.currency} field="carriedIn" />;
  return (
    <td class="number carried" data-field="carriedIn" data-value={row.carriedIn}>
      <span class="carried-mark">
        <span aria-hidden="true">↪ </span>
        <span class="visually-hidden">{t.tracking.carriedMark}</span>
        {formatQuantity(row.carriedIn, row.currency)}
      </span>
      <ul class="carried-lines">
        {row.carriedInLines.map((line) => (
          <li key={line.lineId} data-line-id={line.lineId} data-line-status={line.status}>
            <a href={href(`/rollovers/lines/${line.lineId}`)}>{t.tracking.from(formatQuantity(line.amount, row.currency), formatPeriod(line.originPeriod))}</a>{' '}
            {(line.path.length > 1 || line.status !== 'active') && (
              <span class="muted">
                ({[line.path.length > 1 ? t.tracking.via(line.path.map(formatPeriod).join(' → ')) : '', line.status !== 'active' ? label(t.carriedStatus, line.status) : ''].filter(Boolean).join(', ')})
              </span>
            )}
            {line.status === 'active' && (
              <span class={`settlement${line.outstanding === 0 ? ' settlement-done' : ''}`} data-field="settledToDate" data-value={line.settledToDate} data-outstanding={line.outstanding}>
                {line.outstanding === 0 ? (
                  <>
                    <span aria-hidden="true">✔ </span>
                    {t.tracking.settledAll}
                  </>
                ) : (
                  t.tracking.settled(formatQuantity(line.settledToDate, row.currency), formatQuantity(line.amount, row.currency), formatQuantity(line.outstanding, row.currency))
                )}
              </span>
            )}
          </li>
        ))}
      </ul>
    </td>
  );
}

interface ChartDatum {
  person: string;
  own: number;
  target: number;
  carried: number;
  actual: number;
  expected: number;
  pace: ShownPace;
  completion: number | null;
}

const OWN_FILL = '#e4e8ef';
const OWN_STROKE = '#8d96a6';
const CARRIED_FILL = '#f6e7c1';
const CARRIED_STROKE = '#8a6d1f';

function MetricChart({ metric, rows, asOf, period }: { metric: string; rows: TrackingRow[]; asOf: string; period: string }) {
  const t = useT();
  const currency = rows.find((r) => r.currency)?.currency;
  const chartLabel = `${metricLabel(metric)}${currency ? ` (${currency})` : ''}`;
  const data: ChartDatum[] = rows.map((r) => ({
    person: r.salespersonName,
    target: toMajorUnits(r.effectiveTarget, r.currency),
    carried: toMajorUnits(r.carriedIn, r.currency),
    own: Math.max(0, toMajorUnits(r.effectiveTarget - r.carriedIn, r.currency)),
    actual: toMajorUnits(r.actualToDate, r.currency),
    expected: toMajorUnits(r.expectedToDate, r.currency),
    pace: shownPace(r, asOf, period),
    completion: r.completionPercent,
  }));
  const fmt = (value: number) => formatMajorUnits(value, currency);
  const paceText = (d: ChartDatum) => `${PACE[d.pace].icon} ${t.pace[d.pace]} · ${formatPercent(d.completion)}`;
  const top = Math.max(1, ...data.map((d) => Math.max(d.target, d.actual, d.expected)));
  const options = (width: number): Plot.PlotOptions => {
    const narrow = width < 560;
    return {
      height: 50 + data.length * (narrow ? 70 : 46),
      marginLeft: narrow ? 8 : 110,
      marginRight: narrow ? 12 : 170,
      marginTop: 8,
      style: { fontSize: '12px' },
      x: {
        label: `${chartLabel} →`,
        grid: true,
        domain: [0, top * (narrow ? 1.05 : 1)],
        ...(currency ? { ticks: narrow ? 3 : 6 } : { ticks: integerTicks(top, narrow ? 3 : 6), tickFormat: (d: number) => String(d) }),
      },
      y: { label: null, domain: data.map((d) => d.person), axis: narrow ? null : 'left', padding: narrow ? 0.45 : 0.2 },
      marks: [
        Plot.barX(data, { y: 'person', x1: 0, x2: 'own', fill: OWN_FILL, stroke: OWN_STROKE, title: (d: ChartDatum) => `${d.person}: ${t.tracking.legendOwn} ${fmt(d.own)}` }),
        Plot.barX(
          data.filter((d) => d.carried > 0),
          { y: 'person', x1: 'own', x2: 'target', fill: CARRIED_FILL, stroke: CARRIED_STROKE, strokeDasharray: '4,3', title: (d: ChartDatum) => `${d.person}: ${t.tracking.carriedIn} ${fmt(d.carried)}` },
        ),
        Plot.text(
          data.filter((d) => d.carried > 0),
          { y: 'person', x: (d: ChartDatum) => d.own + d.carried / 2, text: () => t.tracking.carriedLabel, dy: -14, fontSize: 10, fill: '#5c4813' },
        ),
        Plot.barX(data, { y: 'person', x1: 0, x2: 'actual', fill: (d: ChartDatum) => PACE[d.pace].colour, insetTop: 9, insetBottom: 9, title: (d: ChartDatum) => `${d.person}: ${t.tracking.actual} ${fmt(d.actual)}` }),
        Plot.tickX(data, { y: 'person', x: 'expected', stroke: '#111', strokeWidth: 3, title: (d: ChartDatum) => `${d.person}: ${t.tracking.expected} ${fmt(d.expected)}` }),
        narrow
          ? Plot.text(data, { y: 'person', x: 0, text: (d: ChartDatum) => `${d.person} · ${paceText(d)}`, textAnchor: 'start', dy: -20, fill: (d: ChartDatum) => PACE[d.pace].colour, fontWeight: 'bold' })
          : Plot.text(data, { y: 'person', x: (d: ChartDatum) => Math.max(d.target, d.actual), text: paceText, textAnchor: 'start', dx: 8, fill: (d: ChartDatum) => PACE[d.pace].colour, fontWeight: 'bold' }),
        Plot.ruleX([0]),
      ],
    };
  };
  const summary = data.map((d) => t.tracking.chartRow(d.person, fmt(d.actual), fmt(d.target), fmt(d.expected), t.pace[d.pace])).join('; ');
  const paces = [...new Set(data.map((d) => d.pace))];
  return (
    <PlotFigure
      testId={`chart-${metric}`}
      options={options}
      depends={`${JSON.stringify(data)}|${chartLabel}`}
      label={t.tracking.chartLabel(chartLabel, summary)}
      legend={
        <ul class="legend chart-legend" aria-label={chartLabel}>
          <Swatch colour={OWN_FILL} border={OWN_STROKE} text={t.tracking.legendOwn} />
          {data.some((d) => d.carried > 0) && <Swatch colour={CARRIED_FILL} border={CARRIED_STROKE} kind="dashed" text={t.tracking.legendCarried} />}
          {paces.map((p) => (
            <Swatch key={p} colour={PACE[p].colour} text={`${t.tracking.actual}: ${PACE[p].icon} ${t.pace[p]}`} />
          ))}
          <Swatch colour="#111" kind="tick" text={t.tracking.legendExpected} />
        </ul>
      }
      caption={<strong>{chartLabel}</strong>}
    />
  );
}

interface Total {
  metric: string;
  currency?: string | undefined;
  target: number;
  actual: number;
  company: number | null;
}

function teamTotals(rows: TrackingRow[], plan: Plan | undefined): Total[] {
  const metrics = [...new Set([...rows.map((r) => r.metric), ...(plan?.companyTargets.map((c) => c.metric) ?? [])])];
  return metrics.map((metric) => {
    const mine = rows.filter((r) => r.metric === metric);
    const company = plan?.companyTargets.find((c) => c.metric === metric);
    return {
      metric,
      currency: mine.find((r) => r.currency)?.currency ?? company?.currency,
      target: mine.reduce((s, r) => s + r.effectiveTarget, 0),
      actual: mine.reduce((s, r) => s + r.actualToDate, 0),
      company: company ? company.amount : null,
    };
  });
}

function TeamTotals({ totals }: { totals: Total[] }) {
  const t = useT();
  const pct = (a: number, b: number | null) => (b === null || b === 0 ? formatPercent(null) : formatPercent((a / b) * 100));
  return (
    <section class="panel" aria-labelledby="totals-heading">
      <h2 id="totals-heading">{t.tracking.teamTotals}</h2>
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="totals-heading">
        <table data-testid="team-totals" class="cards">
          <caption class="visually-hidden">{t.tracking.teamTotalsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.common.metric}</th>
              <th scope="col">{t.tracking.companyTarget}</th>
              <th scope="col">{t.tracking.teamTarget}</th>
              <th scope="col">{t.tracking.actual}</th>
              <th scope="col">{t.tracking.completion}</th>
              <th scope="col">{t.tracking.ofCompany}</th>
            </tr>
          </thead>
          <tbody>
            {totals.map((x) => {
              const currency = isMoneyMetric(x.metric) ? x.currency : undefined;
              return (
                <tr key={x.metric} data-metric={x.metric}>
                  <th scope="row" data-label={t.common.metric}>
                    {metricLabel(x.metric)}
                  </th>
                  <td class="number" data-label={t.tracking.companyTarget} data-field="company" data-value={x.company ?? ''}>
                    {x.company === null ? '—' : formatQuantity(x.company, currency)}
                  </td>
                  <td class="number" data-label={t.tracking.teamTarget} data-field="target" data-value={x.target}>
                    {formatQuantity(x.target, currency)}
                  </td>
                  <td class="number" data-label={t.tracking.actual} data-field="actual" data-value={x.actual}>
                    {formatQuantity(x.actual, currency)}
                  </td>
                  <td class="number" data-label={t.tracking.completion}>
                    {pct(x.actual, x.target)}
                  </td>
                  <td class="number" data-label={t.tracking.ofCompany} data-field="ofCompany">
                    {pct(x.actual, x.company)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function TrackingSheetView({ planId, query }: { planId: string; query: URLSearchParams }) {
  const { live, session } = useApp();
  const t = useT();
  const get = useApi();
  const asOfParam = query.get('asOf') ?? '';
  const key = withQuery(`/api/plans/${encodeURIComponent(planId)}/tracking-sheet`, { asOf: asOfParam });
  const sheet = useQuery(key, async (signal) => {
    const data = await get<TrackingSheet>(key, signal);
    if (!asOfParam) {
      const preferred = defaultAsOf(data.period).asOf;
      if (preferred !== data.asOf) navigate(`/plans/${planId}/tracking`, { asOf: preferred }, true);
    }
    return data;
  });
  const seesTeam = readsEverything(session) || hasRole(session, 'manager') || hasRole(session, 'supervisor');
  const planPath = `/api/plans/${encodeURIComponent(planId)}`;
  const plan = useQuery(seesTeam ? planPath : null, (signal) => get<Plan>(planPath, signal).catch(() => undefined as unknown as Plan));
  useLive(live, ['tracking-sheet'], sheet.reload, (change) => change.ids.includes(planId));
  const data = sheet.data;
  const bounds = data ? periodBounds(data.period) : null;
  const metrics = data ? [...new Set(data.rows.map((r) => r.metric))] : [];
  const opening = data ? defaultAsOf(data.period) : null;

  return (
    <>
      <nav class="breadcrumbs" aria-label={t.common.breadcrumbs}>
        <a href={href('/plans')}>{t.nav.plans}</a> › {t.forms.trackingSheet}
      </nav>
      <h1 tabIndex={-1}>{data ? t.tracking.heading(data.team, formatPeriod(data.period)) : t.tracking.headingShort}</h1>
      <QueryStatus error={sheet.error} loading={sheet.loading} hasData={data !== undefined} what={t.tracking.what} />
      {data && (
        <>
          <div class="sheet-head">
            <p>
              {t.tracking.status}: <strong data-testid="plan-status">{statusLabel(data.status)}</strong> · {t.tracking.elapsed(formatPercent(data.elapsedPercent), formatDate(data.asOf))} · <a href={href(`/plans/${planId}/follow-up`)}>{t.forms.followUpSheet}</a> ·{' '}
              <a href={href(`/plans/${planId}`)}>{t.tracking.workspace}</a>
            </p>
            <form class="filters" aria-label={t.tracking.asOfForm} onSubmit={(e) => e.preventDefault()}>
              <div>
                <label for="as-of">{t.tracking.asOf}</label>
                <input
                  id="as-of"
                  type="date"
                  value={data.asOf}
                  min={bounds?.start}
                  max={bounds?.end}
                  aria-describedby="as-of-help"
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) navigate(`/plans/${planId}/tracking`, { asOf: value });
                  }}
                />
                <span id="as-of-help" class="help">
                  {t.tracking.asOfHelp}
                </span>
              </div>
            </form>
          </div>
          {opening && opening.phase !== 'current' && data.asOf === opening.asOf && (
            <Notice kind="info" testId="as-of-note">
              <p>{opening.phase === 'future' ? t.tracking.futureNote : t.tracking.closedNote}</p>
            </Notice>
          )}
          {seesTeam && data.rows.length > 0 && <TeamTotals totals={teamTotals(data.rows, plan.data)} />}
          {data.rows.length === 0 ? (
            <Empty>{t.tracking.noLines}</Empty>
          ) : (
            <>
              <section aria-labelledby="chart-heading" class="panel">
                <h2 id="chart-heading">{t.tracking.chart}</h2>
                <PaceLegend />
                {metrics.map((m) => (
                  <MetricChart key={m} metric={m} rows={data.rows.filter((r) => r.metric === m)} asOf={data.asOf} period={data.period} />
                ))}
              </section>
              <section aria-labelledby="table-heading" class="panel">
                <h2 id="table-heading">{t.tracking.table}</h2>
                <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="table-heading">
                  <table data-testid="tracking-table" data-as-of={data.asOf}>
                    <caption class="visually-hidden">{t.tracking.caption(data.team, formatPeriod(data.period), formatDate(data.asOf))}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t.common.salesperson}</th>
                        <th scope="col">{t.common.metric}</th>
                        <th scope="col">{t.tracking.baseTarget}</th>
                        <th scope="col">{t.tracking.carriedIn}</th>
                        <th scope="col">{t.tracking.adjustments}</th>
                        <th scope="col">{t.tracking.effectiveTarget}</th>
                        <th scope="col">{t.tracking.expected}</th>
                        <th scope="col">{t.tracking.actual}</th>
                        <th scope="col">{t.tracking.completion}</th>
                        <th scope="col">{t.tracking.variance}</th>
                        <th scope="col">{t.tracking.pace}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.rows.map((r) => (
                        <tr key={`${r.salespersonId}:${r.metric}`} data-row={`${r.salespersonId}:${r.metric}`} class={r.carriedInLines.length > 0 ? 'has-carried' : undefined}>
                          <th scope="row">{r.salespersonName}</th>
                          <td>{metricLabel(r.metric)}</td>
                          <Amount value={r.baseTarget} currency={r.currency} field="baseTarget" />
                          <CarriedIn row={r} />
                          <Amount value={r.adjustments} currency={r.currency} field="adjustments" />
                          <Amount value={r.effectiveTarget} currency={r.currency} field="effectiveTarget" />
                          <Amount value={r.expectedToDate} currency={r.currency} field="expectedToDate" />
                          <Amount value={r.actualToDate} currency={r.currency} field="actualToDate" />
                          <td class="number" data-field="completionPercent" data-value={r.completionPercent ?? ''}>
                            {formatPercent(r.completionPercent)}
                          </td>
                          <Amount value={r.variance} currency={r.currency} field="variance" />
                          <td data-field="pace" data-value={r.pace} data-shown={shownPace(r, data.asOf, data.period)}>
                            <PaceBadge pace={shownPace(r, data.asOf, data.period)} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
            </>
          )}
          {data.freshness && <p class="freshness">{t.common.readModel(String(data.freshness.position), data.freshness.behind)}</p>}
        </>
      )}
    </>
  );
}
