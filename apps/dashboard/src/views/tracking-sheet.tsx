import { useMemo } from 'preact/hooks';
import type { PlotOptions } from '@observablehq/plot';
import * as Plot from '@observablehq/plot';
import { withQuery } from '../api.js';
import { Empty, QueryStatus } from '../components/messages.js';
import { PACE, PaceBadge, PaceLegend } from '../components/pace.js';
import { PlotFigure } from '../components/plot-figure.js';
import { useApi, useApp } from '../context.js';
import { defaultAsOf, formatDate, formatMajorUnits, formatPercent, formatQuantity, metricLabel, periodBounds, statusLabel, toMajorUnits } from '../format.js';
import { useLive } from '../live.js';
import { href, navigate } from '../router.js';
import type { TrackingRow, TrackingSheet } from '../types.js';
import { useQuery } from '../use-query.js';

function Amount({ value, currency, field }: { value: number; currency?: string | undefined; field: string }) {
  return (
    <td class="number" data-field={field} data-value={value}>
      {formatQuantity(value, currency)}
    </td>
  );
}

function CarriedIn({ row }: { row: TrackingRow }) {
  if (row.carriedInLines.length === 0) return <Amount value={row.carriedIn} currency={row.currency} field="carriedIn" />;
  return (
    <td class="number carried" data-field="carriedIn" data-value={row.carriedIn}>
      <span class="carried-mark">
        <span aria-hidden="true">↪ </span>
        <span class="visually-hidden">Carried in: </span>
        {formatQuantity(row.carriedIn, row.currency)}
      </span>
      <ul class="carried-lines">
        {row.carriedInLines.map((line) => (
          <li key={line.lineId}>
            <a href={href(`/rollovers/lines/${line.lineId}`)}>
              {formatQuantity(line.amount, row.currency)} from {line.originPeriod}
            </a>{' '}
            {(line.path.length > 1 || line.status !== 'active') && (
              <span class="muted">
                ({[line.path.length > 1 ? `via ${line.path.join(' → ')}` : '', line.status !== 'active' ? line.status : ''].filter(Boolean).join(', ')})
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
  pace: TrackingRow['pace'];
  completion: number | null;
}

function MetricChart({ metric, rows }: { metric: string; rows: TrackingRow[] }) {
  const currency = rows.find((r) => r.currency)?.currency;
  const label = `${metricLabel(metric)}${currency ? ` (${currency})` : ''}`;
  const data: ChartDatum[] = rows.map((r) => ({
    person: r.salespersonName,
    target: toMajorUnits(r.effectiveTarget, r.currency),
    carried: toMajorUnits(r.carriedIn, r.currency),
    own: Math.max(0, toMajorUnits(r.effectiveTarget - r.carriedIn, r.currency)),
    actual: toMajorUnits(r.actualToDate, r.currency),
    expected: toMajorUnits(r.expectedToDate, r.currency),
    pace: r.pace,
    completion: r.completionPercent,
  }));
  const fmt = (value: number) => formatMajorUnits(value, currency);
  const options = useMemo<PlotOptions>(
    () => ({
      width: 760,
      height: 70 + data.length * 46,
      marginLeft: 120,
      marginRight: 190,
      style: { fontSize: '12px' },
      x: { label: `${label} →`, grid: true, nice: true, ...(currency ? {} : { tickFormat: (d: number) => (Number.isInteger(d) ? String(d) : '') }) },
      y: { label: null, domain: data.map((d) => d.person) },
      marks: [
        Plot.barX(data, { y: 'person', x1: 0, x2: 'own', fill: '#e4e8ef', stroke: '#8d96a6', title: (d: ChartDatum) => `${d.person}: own target ${fmt(d.own)}`, ariaLabel: 'own target' }),
        Plot.barX(
          data.filter((d) => d.carried > 0),
          { y: 'person', x1: 'own', x2: 'target', fill: '#f6e7c1', stroke: '#8a6d1f', strokeDasharray: '4,3', title: (d: ChartDatum) => `${d.person}: carried in ${fmt(d.carried)}`, ariaLabel: 'carried-in target' },
        ),
        Plot.text(
          data.filter((d) => d.carried > 0),
          { y: 'person', x: (d: ChartDatum) => d.own + d.carried / 2, text: () => '↪ carried in', dy: -13, fontSize: 10, fill: '#5c4813' },
        ),
        Plot.barX(data, { y: 'person', x1: 0, x2: 'actual', fill: (d: ChartDatum) => PACE[d.pace].colour, insetTop: 9, insetBottom: 9, title: (d: ChartDatum) => `${d.person}: actual ${fmt(d.actual)}`, ariaLabel: 'actual to date' }),
        Plot.tickX(data, { y: 'person', x: 'expected', stroke: '#111', strokeWidth: 3, title: (d: ChartDatum) => `${d.person}: expected to date ${fmt(d.expected)}`, ariaLabel: 'expected to date' }),
        Plot.text(data, {
          y: 'person',
          x: (d: ChartDatum) => Math.max(d.target, d.actual),
          text: (d: ChartDatum) => `${PACE[d.pace].icon} ${PACE[d.pace].label} · ${formatPercent(d.completion)}`,
          textAnchor: 'start',
          dx: 8,
          fill: (d: ChartDatum) => PACE[d.pace].colour,
          fontWeight: 'bold',
        }),
        Plot.ruleX([0]),
      ],
    }),
    [JSON.stringify(data), label],
  );
  const summary = data.map((d) => `${d.person}: actual ${fmt(d.actual)} of ${fmt(d.target)}, expected ${fmt(d.expected)}, ${PACE[d.pace].label}`).join('; ');
  return (
    <PlotFigure
      testId={`chart-${metric}`}
      options={options}
      label={`${label}: effective target against actual per salesperson. ${summary}`}
      caption={
        <>
          <strong>{label}.</strong> Grey bar: own target; dashed sand segment marked “↪ carried in”: target carried in from earlier periods; coloured inner bar: actual to date; black tick: expected to date. The words after each bar give the pace.
        </>
      }
    />
  );
}

export function TrackingSheetView({ planId, query }: { planId: string; query: URLSearchParams }) {
  const { live } = useApp();
  const get = useApi();
  const asOfParam = query.get('asOf') ?? '';
  const key = withQuery(`/api/plans/${encodeURIComponent(planId)}/tracking-sheet`, { asOf: asOfParam });
  const sheet = useQuery(key, async (signal) => {
    const data = await get<TrackingSheet>(key, signal);
    if (!asOfParam) {
      const preferred = defaultAsOf(data.period);
      if (preferred !== data.asOf) {
        navigate(`/plans/${planId}/tracking`, { asOf: preferred }, true);
      }
    }
    return data;
  });
  useLive(live, ['tracking-sheet'], sheet.reload, (change) => change.ids.includes(planId));
  const data = sheet.data;
  const bounds = data ? periodBounds(data.period) : null;
  const metrics = data ? [...new Set(data.rows.map((r) => r.metric))] : [];

  return (
    <>
      <p class="breadcrumbs">
        <a href={href('/plans')}>Plans</a> › Tracking sheet
      </p>
      <h1 tabIndex={-1}>Target tracking sheet{data ? ` — ${data.team} ${data.period}` : ''}</h1>
      <QueryStatus error={sheet.error} loading={sheet.loading} hasData={data !== undefined} what="the tracking sheet" />
      {data && (
        <>
          <div class="sheet-head">
            <p>
              Status: <strong data-testid="plan-status">{statusLabel(data.status)}</strong> · {formatPercent(data.elapsedPercent)} of the period elapsed on {formatDate(data.asOf)} ·{' '}
              <a href={href(`/plans/${planId}/follow-up`)}>Follow-up sheet</a>
            </p>
            <form class="filters" aria-label="As-of date" onSubmit={(e) => e.preventDefault()}>
              <div>
                <label for="as-of">As of</label>
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
                  Actuals up to this day; expected-to-date grows linearly over the period.
                </span>
              </div>
            </form>
          </div>
          {data.rows.length === 0 ? (
            <Empty>This plan has no target lines yet.</Empty>
          ) : (
            <>
              <section aria-labelledby="chart-heading" class="panel">
                <h2 id="chart-heading">Effective target against actual</h2>
                <PaceLegend />
                {metrics.map((m) => (
                  <MetricChart key={m} metric={m} rows={data.rows.filter((r) => r.metric === m)} />
                ))}
              </section>
              <section aria-labelledby="table-heading" class="panel">
                <h2 id="table-heading">Per salesperson and metric</h2>
                <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="table-heading">
                  <table data-testid="tracking-table">
                    <caption class="visually-hidden">
                      Target tracking sheet of {data.team} {data.period} as of {data.asOf}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Salesperson</th>
                        <th scope="col">Metric</th>
                        <th scope="col">Base target</th>
                        <th scope="col">Carried in</th>
                        <th scope="col">Adjustments</th>
                        <th scope="col">Effective target</th>
                        <th scope="col">Expected to date</th>
                        <th scope="col">Actual to date</th>
                        <th scope="col">Completion</th>
                        <th scope="col">Variance</th>
                        <th scope="col">Pace</th>
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
                          <td data-field="pace" data-value={r.pace}>
                            <PaceBadge pace={r.pace} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
            </>
          )}
          {data.freshness && (
            <p class="freshness">
              Read model position {data.freshness.position}
              {data.freshness.behind ? ' (still catching up)' : ''}
            </p>
          )}
        </>
      )}
    </>
  );
}
