import { useMemo } from 'preact/hooks';
import type { PlotOptions } from '@observablehq/plot';
import * as Plot from '@observablehq/plot';
import { withQuery } from '../api.js';
import { Empty, QueryStatus } from '../components/messages.js';
import { PlotFigure } from '../components/plot-figure.js';
import { useApi, useApp } from '../context.js';
import { formatMajorUnits, formatQuantity, metricLabel, toMajorUnits } from '../format.js';
import { useLive } from '../live.js';
import { href, navigate, useFilterForm } from '../router.js';
import type { LedgerEntry, LedgerKind, RolloverLedger, RolloverPeriod } from '../types.js';
import { useQuery } from '../use-query.js';

const KINDS: { kind: LedgerKind; label: string; icon: string; colour: string }[] = [
  { kind: 'carried_in', label: 'Carried in', icon: '↪', colour: '#8a6d1f' },
  { kind: 'carried_out', label: 'Carried out', icon: '↦', colour: '#b3261e' },
  { kind: 'waived', label: 'Waived', icon: '✂', colour: '#6b4fa0' },
  { kind: 'settled', label: 'Settled', icon: '✔', colour: '#166b33' },
];
const KIND = Object.fromEntries(KINDS.map((k) => [k.kind, k])) as Record<LedgerKind, (typeof KINDS)[number]>;
const METRICS = ['revenue', 'gross_profit', 'collections', 'new_customers'];
const FILTERS = ['team', 'fromPeriod', 'toPeriod', 'metric', 'salespersonId'] as const;

const periodLabel = (p: { team: string; period: string }, teams: number) => (teams > 1 ? `${p.team} ${p.period}` : p.period);

function totalsOf(period: RolloverPeriod, metric: string): Record<LedgerKind, number> {
  const t = period.metrics[metric];
  return { carried_in: t?.carriedIn.total ?? 0, carried_out: t?.carriedOut ?? 0, waived: t?.waived ?? 0, settled: t?.settled ?? 0 };
}

function RolloverChart({ ledger, metric }: { ledger: RolloverLedger; metric: string }) {
  const teams = new Set(ledger.periods.map((p) => p.team)).size;
  const currency = ledger.periods.map((p) => p.metrics[metric]?.currency).find(Boolean);
  const label = `${metricLabel(metric)}${currency ? ` (${currency})` : ''}`;
  const data = ledger.periods.flatMap((p) => {
    const totals = totalsOf(p, metric);
    return KINDS.map((k) => ({ period: periodLabel(p, teams), kind: k.kind, amount: toMajorUnits(totals[k.kind], currency) }));
  });
  const domain = [...new Set(data.map((d) => d.period))];
  const options = useMemo<PlotOptions>(
    () => ({
      width: Math.max(520, 150 * domain.length),
      height: 320,
      marginTop: 36,
      marginLeft: 80,
      marginBottom: 80,
      style: { fontSize: '12px' },
      fx: { label: null, domain },
      x: { label: null, domain: KINDS.map((k) => k.kind), tickFormat: (k: LedgerKind) => `${KIND[k].icon} ${KIND[k].label}`, tickRotate: -35 },
      y: { label: `${label} ↑`, grid: true, nice: true, domain: [0, Math.max(1, ...data.map((d) => d.amount)) * 1.15], ...(currency ? {} : { tickFormat: (d: number) => (Number.isInteger(d) ? String(d) : '') }) },
      color: { domain: KINDS.map((k) => k.kind), range: KINDS.map((k) => k.colour) },
      marks: [
        Plot.barY(data, { fx: 'period', x: 'kind', y: 'amount', fill: 'kind', title: (d: (typeof data)[number]) => `${d.period}: ${KIND[d.kind].label} ${formatMajorUnits(d.amount, currency)}` }),
        Plot.text(
          data.filter((d) => d.amount > 0),
          { fx: 'period', x: 'kind', y: 'amount', text: (d: (typeof data)[number]) => formatMajorUnits(d.amount, currency), dy: -7, fontSize: 10 },
        ),
        Plot.ruleY([0]),
      ],
    }),
    [JSON.stringify(data), label],
  );
  const summary = ledger.periods
    .map((p) => {
      const t = totalsOf(p, metric);
      return `${periodLabel(p, teams)}: ${KINDS.map((k) => `${k.label.toLowerCase()} ${formatQuantity(t[k.kind], currency)}`).join(', ')}`;
    })
    .join('; ');
  return (
    <PlotFigure
      testId={`rollover-chart-${metric}`}
      options={options}
      label={`${label} roll-overs by period. ${summary}`}
      caption={
        <>
          <strong>{label}</strong>, per period: carried in from earlier periods, carried out to the next, waived by a manager, and settled by actuals. Each bar is labelled under the axis.
        </>
      }
    />
  );
}

export function RolloversView({ query }: { query: URLSearchParams }) {
  const { live } = useApp();
  const get = useApi();
  const [form, setForm] = useFilterForm(query, FILTERS);
  const filters = Object.fromEntries(FILTERS.map((k) => [k, query.get(k) ?? undefined]));
  const key = withQuery('/api/rollovers', filters);
  const ledger = useQuery(key, (signal) => get<RolloverLedger>(key, signal));
  useLive(live, ['rollover-ledger'], ledger.reload);
  const data = ledger.data;
  const metrics = data ? METRICS.filter((m) => data.periods.some((p) => p.metrics[m])) : [];
  const teams = data ? new Set(data.periods.map((p) => p.team)).size : 0;
  const entries = data ? data.periods.flatMap((p) => p.entries.map((e) => ({ ...e, period: p.period, team: p.team }))) : [];

  return (
    <>
      <h1 tabIndex={-1}>Roll-overs</h1>
      <p class="help">Unmet targets roll into the next period of the same team (carried out → carried in) until actuals settle them or a manager waives them.</p>
      <form
        class="filters"
        aria-label="Filter roll-overs"
        onSubmit={(e) => {
          e.preventDefault();
          navigate('/rollovers', form);
        }}
      >
        <div>
          <label for="ro-team">Team</label>
          <input id="ro-team" value={form.team} placeholder="any" onInput={(e) => setForm({ ...form, team: e.currentTarget.value })} />
        </div>
        <div>
          <label for="ro-from">From period</label>
          <input id="ro-from" value={form.fromPeriod} placeholder="e.g. 2027-Q1" onInput={(e) => setForm({ ...form, fromPeriod: e.currentTarget.value })} />
        </div>
        <div>
          <label for="ro-to">To period</label>
          <input id="ro-to" value={form.toPeriod} placeholder="e.g. 2027-Q4" onInput={(e) => setForm({ ...form, toPeriod: e.currentTarget.value })} />
        </div>
        <div>
          <label for="ro-metric">Metric</label>
          <select id="ro-metric" value={form.metric} onChange={(e) => setForm({ ...form, metric: e.currentTarget.value })}>
            <option value="">Every metric</option>
            {METRICS.map((m) => (
              <option key={m} value={m}>
                {metricLabel(m)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="ro-person">Salesperson id</label>
          <input id="ro-person" value={form.salespersonId} placeholder="any" onInput={(e) => setForm({ ...form, salespersonId: e.currentTarget.value })} />
        </div>
        <button type="submit">Apply filters</button>
      </form>
      <QueryStatus error={ledger.error} loading={ledger.loading} hasData={data !== undefined} what="the roll-over ledger" />
      {data &&
        (data.periods.length === 0 ? (
          <Empty>No roll-over in this range yet: lines appear once a period's results are published with a shortfall.</Empty>
        ) : (
          <>
            <section class="panel" aria-labelledby="ro-chart-heading">
              <h2 id="ro-chart-heading">By period</h2>
              {metrics.length === 0 ? <Empty>No amounts for these filters.</Empty> : metrics.map((m) => <RolloverChart key={m} ledger={data} metric={m} />)}
              <table data-testid="rollover-totals">
                <caption>Totals per period and metric</caption>
                <thead>
                  <tr>
                    <th scope="col">Period</th>
                    <th scope="col">Metric</th>
                    {KINDS.map((k) => (
                      <th scope="col" key={k.kind}>
                        <span aria-hidden="true">{k.icon} </span>
                        {k.label}
                      </th>
                    ))}
                    <th scope="col">Published</th>
                  </tr>
                </thead>
                <tbody>
                  {data.periods.flatMap((p) =>
                    Object.entries(p.metrics).map(([metric, t]) => (
                      <tr key={`${p.team}|${p.period}|${metric}`} data-period={`${p.team}|${p.period}`} data-metric={metric}>
                        <th scope="row">{periodLabel(p, teams)}</th>
                        <td>{metricLabel(metric)}</td>
                        <td class="number" data-kind="carried_in" data-value={t.carriedIn.total}>
                          {formatQuantity(t.carriedIn.total, t.currency)}
                          {Object.keys(t.carriedIn.byOrigin).length > 0 && (
                            <span class="muted">
                              {' '}
                              (
                              {Object.entries(t.carriedIn.byOrigin)
                                .map(([origin, amount]) => `${formatQuantity(amount, t.currency)} from ${origin}`)
                                .join(', ')}
                              )
                            </span>
                          )}
                        </td>
                        <td class="number" data-kind="carried_out" data-value={t.carriedOut}>
                          {formatQuantity(t.carriedOut, t.currency)}
                        </td>
                        <td class="number" data-kind="waived" data-value={t.waived}>
                          {formatQuantity(t.waived, t.currency)}
                        </td>
                        <td class="number" data-kind="settled" data-value={t.settled}>
                          {formatQuantity(t.settled, t.currency)}
                        </td>
                        <td>{p.published ? 'Yes' : 'Not yet'}</td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            </section>
            <section class="panel" aria-labelledby="ro-lines-heading">
              <h2 id="ro-lines-heading">Lines</h2>
              <table data-testid="rollover-lines">
                <thead>
                  <tr>
                    <th scope="col">Period</th>
                    <th scope="col">Entry</th>
                    <th scope="col">Salesperson</th>
                    <th scope="col">Metric</th>
                    <th scope="col">Amount</th>
                    <th scope="col">Arose in</th>
                    <th scope="col">Lineage</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((e, i) => (
                    <tr key={`${e.lineId}-${e.kind}-${i}`}>
                      <td>{periodLabel(e, teams)}</td>
                      <td>
                        <span aria-hidden="true">{KIND[e.kind].icon} </span>
                        {KIND[e.kind].label}
                        {e.counterpartPeriod ? (e.kind === 'carried_in' ? ` from ${e.counterpartPeriod}` : ` to ${e.counterpartPeriod}`) : ''}
                      </td>
                      <td>{e.salespersonId}</td>
                      <td>{metricLabel(e.metric)}</td>
                      <td class="number">{formatQuantity(e.amount, e.currency)}</td>
                      <td>{e.originPeriod}</td>
                      <td>
                        <a href={href(`/rollovers/lines/${e.lineId}`, { team: e.team })} aria-label={`Lineage of the ${metricLabel(e.metric)} line of ${e.salespersonId} from ${e.originPeriod}`}>
                          {e.path.join(' → ') || e.originPeriod}
                        </a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <section class="panel" aria-labelledby="ro-streaks-heading">
              <h2 id="ro-streaks-heading">Shortfall streaks</h2>
              {data.streaks.length === 0 ? (
                <Empty>No published period in range.</Empty>
              ) : (
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Team</th>
                      <th scope="col">Salesperson</th>
                      <th scope="col">Consecutive periods with a shortfall</th>
                      <th scope="col">Periods</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.streaks.map((s) => (
                      <tr key={`${s.team}|${s.salespersonId}`}>
                        <td>{s.team}</td>
                        <td>{s.salespersonId}</td>
                        <td class="number">{s.consecutivePeriodsWithShortfall}</td>
                        <td>{s.periods.join(', ') || '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          </>
        ))}
    </>
  );
}

type PlacedEntry = LedgerEntry & { period: string; team: string };

/** Every entry of the line's family: same team, salesperson, metric and origin (a shortfall keeps its origin as it rolls on). */
export function lineageOf(ledger: RolloverLedger, lineId: string): { anchor: PlacedEntry; path: string[]; byPeriod: [string, PlacedEntry[]][] } | null {
  const all: PlacedEntry[] = ledger.periods.flatMap((p) => p.entries.map((e) => ({ ...e, period: p.period, team: p.team })));
  const anchor = all.find((e) => e.lineId === lineId);
  if (!anchor) return null;
  const family = all.filter((e) => e.team === anchor.team && e.salespersonId === anchor.salespersonId && e.metric === anchor.metric && e.originPeriod === anchor.originPeriod);
  const path = family.reduce((longest, e) => (e.path.length > longest.length ? e.path : longest), anchor.path);
  const periods = [...new Set([...path, ...family.map((e) => e.period)])];
  const order = new Map(ledger.periods.map((p, i) => [p.period, i]));
  periods.sort((a, b) => (path.indexOf(a) >= 0 && path.indexOf(b) >= 0 ? path.indexOf(a) - path.indexOf(b) : (order.get(a) ?? -1) - (order.get(b) ?? -1)));
  return { anchor, path, byPeriod: periods.map((p) => [p, family.filter((e) => e.period === p)]) };
}

export function LineageView({ lineId, query }: { lineId: string; query: URLSearchParams }) {
  const { live } = useApp();
  const get = useApi();
  const team = query.get('team') ?? undefined;
  const key = withQuery('/api/rollovers', { team });
  const ledger = useQuery(key, (signal) => get<RolloverLedger>(key, signal));
  useLive(live, ['rollover-ledger'], ledger.reload);
  const lineage = ledger.data ? lineageOf(ledger.data, lineId) : null;
  return (
    <>
      <p class="breadcrumbs">
        <a href={href('/rollovers', { team })}>Roll-overs</a> › Lineage
      </p>
      <h1 tabIndex={-1}>Lineage of a carried line</h1>
      <QueryStatus error={ledger.error} loading={ledger.loading} hasData={ledger.data !== undefined} what="the roll-over ledger" />
      {ledger.data && !lineage && <Empty>No roll-over line {lineId} in the ledger you may read.</Empty>}
      {lineage && (
        <section class="panel" aria-labelledby="lineage-heading">
          <h2 id="lineage-heading">
            {metricLabel(lineage.anchor.metric)} of {lineage.anchor.salespersonId} ({lineage.anchor.team}), a shortfall that arose in {lineage.anchor.originPeriod}
          </h2>
          <p data-testid="lineage-path">
            Periods it passed through: <strong>{lineage.byPeriod.map(([period]) => period).join(' → ')}</strong>
          </p>
          <ol class="timeline" data-testid="lineage">
            {lineage.byPeriod.map(([period, entries]) => (
              <li key={period} data-period={period}>
                <h3>
                  {period}
                  {period === lineage.anchor.originPeriod ? ' — where the shortfall arose' : ''}
                </h3>
                {entries.length === 0 ? (
                  <p class="muted">No ledger entry in this period{period === lineage.anchor.originPeriod ? ' besides the shortfall carried out' : ''}.</p>
                ) : (
                  <ul>
                    {entries.map((e, i) => (
                      <li key={i} class={e.lineId === lineId ? 'current-line' : undefined}>
                        <span aria-hidden="true">{KIND[e.kind].icon} </span>
                        {KIND[e.kind].label} {formatQuantity(e.amount, e.currency)}
                        {e.counterpartPeriod ? (e.kind === 'carried_in' ? ` from ${e.counterpartPeriod}` : ` to ${e.counterpartPeriod}`) : ''}
                        {e.lineId === lineId ? ' (this line)' : ''}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
