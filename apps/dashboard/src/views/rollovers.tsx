import type { PlotOptions } from '@observablehq/plot';
import * as Plot from '@observablehq/plot';
import { withQuery } from '../api.js';
import { Empty, QueryStatus } from '../components/messages.js';
import { integerTicks, PlotFigure, Swatch } from '../components/plot-figure.js';
import { useApi, useApp } from '../context.js';
import { formatMajorUnits, formatPeriod, formatQuantity, metricLabel, toMajorUnits } from '../format.js';
import { messages, useT } from '../i18n/messages.js';
import { useLive } from '../live.js';
import { href, navigate, useFilterForm } from '../router.js';
import type { LedgerEntry, LedgerKind, RolloverLedger, RolloverPeriod } from '../types.js';
import { useQuery } from '../use-query.js';

const KINDS: { kind: LedgerKind; icon: string; colour: string }[] = [
  { kind: 'carried_in', icon: '↪', colour: '#8a6d1f' },
  { kind: 'carried_out', icon: '↦', colour: '#b3261e' },
  { kind: 'waived', icon: '✂', colour: '#6b4fa0' },
  { kind: 'settled', icon: '✔', colour: '#166b33' },
];
const kindLabel = (kind: LedgerKind) => messages().ledgerKind[kind];
const KIND = Object.fromEntries(KINDS.map((k) => [k.kind, k])) as Record<LedgerKind, (typeof KINDS)[number]>;
const METRICS = ['revenue', 'gross_profit', 'collections', 'new_customers'];
const FILTERS = ['team', 'fromPeriod', 'toPeriod', 'metric', 'salespersonId'] as const;

const periodLabel = (p: { team: string; period: string }, teams: number) => (teams > 1 ? `${p.team} ${formatPeriod(p.period)}` : formatPeriod(p.period));

function totalsOf(period: RolloverPeriod, metric: string): Record<LedgerKind, number> {
  const t = period.metrics[metric];
  return { carried_in: t?.carriedIn.total ?? 0, carried_out: t?.carriedOut ?? 0, waived: t?.waived ?? 0, settled: t?.settled ?? 0 };
}

function RolloverChart({ ledger, metric }: { ledger: RolloverLedger; metric: string }) {
  const t = useT();
  const teams = new Set(ledger.periods.map((p) => p.team)).size;
  const currency = ledger.periods.map((p) => p.metrics[metric]?.currency).find(Boolean);
  const chartLabel = `${metricLabel(metric)}${currency ? ` (${currency})` : ''}`;
  const data = ledger.periods.flatMap((p) => {
    const totals = totalsOf(p, metric);
    return KINDS.map((k) => ({ period: periodLabel(p, teams), kind: k.kind, amount: toMajorUnits(totals[k.kind], currency) }));
  });
  const domain = [...new Set(data.map((d) => d.period))];
  const top = Math.max(1, ...data.map((d) => d.amount));
  // Bars by period, the four kinds side by side in each; the legend names the colours, so the
  // x axis shows only the periods, horizontally.
  const options = (width: number): PlotOptions => ({
    height: 300,
    marginTop: 24,
    marginLeft: width < 480 ? 56 : 80,
    marginBottom: 36,
    style: { fontSize: '12px' },
    fx: { label: null, domain, padding: 0.15 },
    x: { axis: null, domain: KINDS.map((k) => k.kind), padding: 0.1 },
    y: {
      label: `${chartLabel} ↑`,
      grid: true,
      ...(currency
        ? { domain: [0, top * 1.18], ticks: 5, tickFormat: (d: number) => formatMajorUnits(d, currency).replace(/\.00$/, '') }
        : { domain: [0, Math.max(integerTicks(top, 5).at(-1)!, top * 1.18)], ticks: integerTicks(top, 5), tickFormat: (d: number) => String(d) }),
    },
    color: { domain: KINDS.map((k) => k.kind), range: KINDS.map((k) => k.colour) },
    marks: [
      Plot.barY(data, { fx: 'period', x: 'kind', y: 'amount', fill: 'kind', title: (d: (typeof data)[number]) => `${d.period}: ${kindLabel(d.kind)} ${formatMajorUnits(d.amount, currency)}` }),
      Plot.text(
        data.filter((d) => d.amount > 0 && width >= 480),
        { fx: 'period', x: 'kind', y: 'amount', text: (d: (typeof data)[number]) => `${KINDS.find((k) => k.kind === d.kind)!.icon} ${formatMajorUnits(d.amount, currency)}`, dy: -7, fontSize: 10 },
      ),
      Plot.ruleY([0]),
    ],
  });
  const summary = ledger.periods
    .map((p) => {
      const totals = totalsOf(p, metric);
      return `${periodLabel(p, teams)}: ${KINDS.map((k) => `${kindLabel(k.kind)} ${formatQuantity(totals[k.kind], currency)}`).join(', ')}`;
    })
    .join('; ');
  return (
    <PlotFigure
      testId={`rollover-chart-${metric}`}
      options={options}
      depends={`${JSON.stringify(data)}|${chartLabel}`}
      label={t.rollovers.chartLabel(chartLabel, summary)}
      legend={
        <ul class="legend chart-legend" aria-label={chartLabel}>
          {KINDS.map((k) => (
            <Swatch key={k.kind} colour={k.colour} text={`${k.icon} ${kindLabel(k.kind)}`} />
          ))}
        </ul>
      }
      caption={t.rollovers.chartCaption(chartLabel)}
    />
  );
}

export function RolloversView({ query }: { query: URLSearchParams }) {
  const { live } = useApp();
  const t = useT();
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
  const counterpart = (e: LedgerEntry) => (e.counterpartPeriod ? (e.kind === 'carried_in' ? t.rollovers.fromP(formatPeriod(e.counterpartPeriod)) : t.rollovers.toP(formatPeriod(e.counterpartPeriod))) : '');

  return (
    <>
      <h1 tabIndex={-1}>{t.rollovers.heading}</h1>
      <p class="help">{t.rollovers.help}</p>
      <form
        class="filters"
        aria-label={t.rollovers.filter}
        onSubmit={(e) => {
          e.preventDefault();
          navigate('/rollovers', form);
        }}
      >
        <div>
          <label for="ro-team">{t.common.team}</label>
          <input id="ro-team" value={form.team} placeholder={t.common.any} onInput={(e) => setForm({ ...form, team: e.currentTarget.value })} />
        </div>
        <div>
          <label for="ro-from">{t.rollovers.fromPeriod}</label>
          <input id="ro-from" value={form.fromPeriod} placeholder="2027-Q1" onInput={(e) => setForm({ ...form, fromPeriod: e.currentTarget.value })} />
        </div>
        <div>
          <label for="ro-to">{t.rollovers.toPeriod}</label>
          <input id="ro-to" value={form.toPeriod} placeholder="2027-Q4" onInput={(e) => setForm({ ...form, toPeriod: e.currentTarget.value })} />
        </div>
        <div>
          <label for="ro-metric">{t.common.metric}</label>
          <select id="ro-metric" value={form.metric} onChange={(e) => setForm({ ...form, metric: e.currentTarget.value })}>
            <option value="">{t.rollovers.everyMetric}</option>
            {METRICS.map((m) => (
              <option key={m} value={m}>
                {metricLabel(m)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="ro-person">{t.rollovers.salespersonId}</label>
          <input id="ro-person" value={form.salespersonId} placeholder={t.common.any} onInput={(e) => setForm({ ...form, salespersonId: e.currentTarget.value })} />
        </div>
        <button type="submit">{t.common.apply}</button>
      </form>
      <QueryStatus error={ledger.error} loading={ledger.loading} hasData={data !== undefined} what={t.rollovers.what} />
      {data &&
        (data.periods.length === 0 ? (
          <Empty>{t.rollovers.none}</Empty>
        ) : (
          <>
            <section class="panel" aria-labelledby="ro-chart-heading">
              <h2 id="ro-chart-heading">{t.rollovers.byPeriod}</h2>
              {metrics.length === 0 ? <Empty>{t.rollovers.noAmounts}</Empty> : metrics.map((m) => <RolloverChart key={m} ledger={data} metric={m} />)}
              <div class="table-scroll" tabIndex={0} role="region" aria-label={t.rollovers.totalsCaption}>
                <table data-testid="rollover-totals">
                  <caption>{t.rollovers.totalsCaption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.common.period}</th>
                      <th scope="col">{t.common.metric}</th>
                      {KINDS.map((k) => (
                        <th scope="col" key={k.kind}>
                          <span aria-hidden="true">{k.icon} </span>
                          {kindLabel(k.kind)}
                        </th>
                      ))}
                      <th scope="col">{t.rollovers.published}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.periods.flatMap((p) =>
                      Object.entries(p.metrics).map(([metric, totals]) => (
                        <tr key={`${p.team}|${p.period}|${metric}`} data-period={`${p.team}|${p.period}`} data-metric={metric}>
                          <th scope="row">{periodLabel(p, teams)}</th>
                          <td>{metricLabel(metric)}</td>
                          <td class="number" data-kind="carried_in" data-value={totals.carriedIn.total}>
                            {formatQuantity(totals.carriedIn.total, totals.currency)}
                            {Object.keys(totals.carriedIn.byOrigin).length > 0 && (
                              <span class="muted">
                                {' '}
                                (
                                {Object.entries(totals.carriedIn.byOrigin)
                                  .map(([origin, amount]) => t.tracking.from(formatQuantity(amount, totals.currency), formatPeriod(origin)))
                                  .join(', ')}
                                )
                              </span>
                            )}
                          </td>
                          <td class="number" data-kind="carried_out" data-value={totals.carriedOut}>
                            {formatQuantity(totals.carriedOut, totals.currency)}
                          </td>
                          <td class="number" data-kind="waived" data-value={totals.waived}>
                            {formatQuantity(totals.waived, totals.currency)}
                          </td>
                          <td class="number" data-kind="settled" data-value={totals.settled}>
                            {formatQuantity(totals.settled, totals.currency)}
                          </td>
                          <td>{p.published ? t.common.yes : t.rollovers.notYet}</td>
                        </tr>
                      )),
                    )}
                  </tbody>
                </table>
              </div>
            </section>
            <section class="panel" aria-labelledby="ro-lines-heading">
              <h2 id="ro-lines-heading">{t.rollovers.lines}</h2>
              <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="ro-lines-heading">
                <table data-testid="rollover-lines" class="cards">
                  <thead>
                    <tr>
                      <th scope="col">{t.common.period}</th>
                      <th scope="col">{t.rollovers.entry}</th>
                      <th scope="col">{t.common.salesperson}</th>
                      <th scope="col">{t.common.metric}</th>
                      <th scope="col">{t.common.amount}</th>
                      <th scope="col">{t.rollovers.arose}</th>
                      <th scope="col">{t.rollovers.lineage}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {entries.map((e, i) => (
                      <tr key={`${e.lineId}-${e.kind}-${i}`} data-kind={e.kind}>
                        <td data-label={t.common.period}>{periodLabel(e, teams)}</td>
                        <td data-label={t.rollovers.entry}>
                          <span aria-hidden="true">{KIND[e.kind].icon} </span>
                          {kindLabel(e.kind)}
                          {counterpart(e)}
                        </td>
                        <td data-label={t.common.salesperson}>{e.salespersonName ?? e.salespersonId}</td>
                        <td data-label={t.common.metric}>{metricLabel(e.metric)}</td>
                        <td data-label={t.common.amount} class="number">
                          {formatQuantity(e.amount, e.currency)}
                        </td>
                        <td data-label={t.rollovers.arose}>{formatPeriod(e.originPeriod)}</td>
                        <td data-label={t.rollovers.lineage}>
                          <a href={href(`/rollovers/lines/${e.lineId}`, { team: e.team })} aria-label={t.rollovers.lineageOf(metricLabel(e.metric), e.salespersonName ?? e.salespersonId, formatPeriod(e.originPeriod))}>
                            {(e.path.length ? e.path : [e.originPeriod]).map(formatPeriod).join(' → ')}
                          </a>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
            <section class="panel" aria-labelledby="ro-streaks-heading">
              <h2 id="ro-streaks-heading">{t.rollovers.streaks}</h2>
              {data.streaks.length === 0 ? (
                <Empty>{t.rollovers.noStreak}</Empty>
              ) : (
                <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="ro-streaks-heading">
                  <table class="cards">
                    <thead>
                      <tr>
                        <th scope="col">{t.common.team}</th>
                        <th scope="col">{t.common.salesperson}</th>
                        <th scope="col">{t.rollovers.consecutive}</th>
                        <th scope="col">{t.rollovers.periods}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.streaks.map((x) => (
                        <tr key={`${x.team}|${x.salespersonId}`}>
                          <td data-label={t.common.team}>{x.team}</td>
                          <td data-label={t.common.salesperson}>{x.salespersonName ?? x.salespersonId}</td>
                          <td data-label={t.rollovers.consecutive} class="number">
                            {x.consecutivePeriodsWithShortfall}
                          </td>
                          <td data-label={t.rollovers.periods}>{x.periods.map(formatPeriod).join(', ') || '—'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
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
  const t = useT();
  const get = useApi();
  const team = query.get('team') ?? undefined;
  const key = withQuery('/api/rollovers', { team });
  const ledger = useQuery(key, (signal) => get<RolloverLedger>(key, signal));
  useLive(live, ['rollover-ledger'], ledger.reload);
  const lineage = ledger.data ? lineageOf(ledger.data, lineId) : null;
  return (
    <>
      <nav class="breadcrumbs" aria-label={t.common.breadcrumbs}>
        <a href={href('/rollovers', { team })}>{t.nav.rollovers}</a> › {t.rollovers.lineage}
      </nav>
      <h1 tabIndex={-1}>{t.lineage.heading}</h1>
      <QueryStatus error={ledger.error} loading={ledger.loading} hasData={ledger.data !== undefined} what={t.rollovers.what} />
      {ledger.data && !lineage && <Empty>{t.lineage.none(lineId)}</Empty>}
      {lineage && (
        <section class="panel" aria-labelledby="lineage-heading">
          <h2 id="lineage-heading">{t.lineage.title(metricLabel(lineage.anchor.metric), lineage.anchor.salespersonName ?? lineage.anchor.salespersonId, lineage.anchor.team, formatPeriod(lineage.anchor.originPeriod))}</h2>
          <p data-testid="lineage-path" data-periods={lineage.byPeriod.map(([period]) => period).join(' → ')}>
            {t.lineage.passed}
            <strong>{lineage.byPeriod.map(([period]) => formatPeriod(period)).join(' → ')}</strong>
          </p>
          <ol class="timeline" data-testid="lineage">
            {lineage.byPeriod.map(([period, entries]) => (
              <li key={period} data-period={period}>
                <h3>
                  {formatPeriod(period)}
                  {period === lineage.anchor.originPeriod ? t.lineage.whereArose : ''}
                </h3>
                {entries.length === 0 ? (
                  <p class="muted">{t.lineage.noEntry}</p>
                ) : (
                  <ul>
                    {entries.map((e, i) => (
                      <li key={i} class={e.lineId === lineId ? 'current-line' : undefined} data-kind={e.kind}>
                        <span aria-hidden="true">{KIND[e.kind].icon} </span>
                        {kindLabel(e.kind)} {formatQuantity(e.amount, e.currency)}
                        {e.counterpartPeriod ? (e.kind === 'carried_in' ? t.rollovers.fromP(formatPeriod(e.counterpartPeriod)) : t.rollovers.toP(formatPeriod(e.counterpartPeriod))) : ''}
                        {e.lineId === lineId ? t.lineage.thisLine : ''}
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
