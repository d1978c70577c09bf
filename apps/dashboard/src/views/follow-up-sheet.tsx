import { Empty, QueryStatus } from '../components/messages.js';
import { useApi, useApp } from '../context.js';
import { formatDate, formatDateTime, formatQuantity, humanize, isMoneyMetric, metricLabel } from '../format.js';
import { useLive } from '../live.js';
import { href } from '../router.js';
import type { FollowUpEntry, FollowUpSheet } from '../types.js';
import { useQuery } from '../use-query.js';

function Outcome({ outcome }: { outcome: string }) {
  const icon = outcome.includes('approved') ? '✔' : outcome.includes('rejected') ? '✖' : '…';
  return (
    <span class={`outcome outcome-${outcome.includes('approved') ? 'approved' : outcome.includes('rejected') ? 'rejected' : 'pending'}`}>
      <span aria-hidden="true">{icon} </span>
      {humanize(outcome)}
    </span>
  );
}

function Person({ id, entry, currency }: { id: string; entry: FollowUpEntry; currency: string | undefined }) {
  const headingId = `person-${id}`;
  const amount = (value: number, metric: string) => formatQuantity(value, isMoneyMetric(metric) ? currency : undefined);
  return (
    <section class="panel" aria-labelledby={headingId} data-salesperson={id}>
      <h2 id={headingId}>
        {entry.name ?? id}{' '}
        <span class={`summary-flag ${entry.summarySubmitted ? 'done' : 'open'}`}>
          <span aria-hidden="true">{entry.summarySubmitted ? '✔ ' : '○ '}</span>
          {entry.summarySubmitted ? `summary submitted${entry.summarySubmittedAt ? ` ${formatDateTime(entry.summarySubmittedAt)}` : ''}` : 'no summary yet'}
        </span>
      </h2>
      {entry.summary && <p class="quote">“{entry.summary}”</p>}

      <h3>Reviews</h3>
      {entry.reviews.length === 0 ? (
        <Empty>No review yet.</Empty>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Date</th>
              <th scope="col">Finding</th>
              <th scope="col">Rating</th>
              <th scope="col">Actions (owner, deadline)</th>
              <th scope="col">Comment</th>
              <th scope="col">By</th>
            </tr>
          </thead>
          <tbody>
            {entry.reviews.map((r) => (
              <tr key={r.reviewNumber}>
                <td>{r.reviewNumber}</td>
                <td>{formatDate(r.reviewDate)}</td>
                <td>{r.findings}</td>
                <td>{humanize(r.rating)}</td>
                <td>
                  {r.actions.length === 0 ? (
                    '—'
                  ) : (
                    <ul class="plain">
                      {r.actions.map((a, i) => (
                        <li key={i}>
                          {a.action} ({a.owner}, by {formatDate(a.deadline)})
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>{r.comment ?? '—'}</td>
                <td>{r.reviewedBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>Difficulty reports</h3>
      {entry.difficultyReports.length === 0 ? (
        <Empty>No difficulty reported.</Empty>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Difficulty</th>
              <th scope="col">Cause</th>
              <th scope="col">Evidence</th>
              <th scope="col">Support requested</th>
              <th scope="col">Proposed targets</th>
              <th scope="col">From</th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {entry.difficultyReports.map((r) => (
              <tr key={r.reportNumber}>
                <td>{r.reportNumber}</td>
                <td>{r.difficulty}</td>
                <td>{humanize(r.cause)}</td>
                <td>{r.evidence}</td>
                <td>{r.supportRequested}</td>
                <td>{r.proposals.map((p) => `${metricLabel(p.metric)}: ${amount(p.originalTarget, p.metric)} → ${amount(p.proposedTarget, p.metric)}`).join('; ')}</td>
                <td>{r.effectiveFrom}</td>
                <td>
                  <Outcome outcome={r.outcome} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>Target adjustments</h3>
      {entry.adjustments.length === 0 ? (
        <Empty>No adjustment proposed.</Empty>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Changes</th>
              <th scope="col">Reason</th>
              <th scope="col">Reports cited</th>
              <th scope="col">Outcome</th>
              <th scope="col">Decided by</th>
            </tr>
          </thead>
          <tbody>
            {entry.adjustments.map((a) => (
              <tr key={a.adjustmentNumber}>
                <td>{a.adjustmentNumber}</td>
                <td>
                  {a.changes
                    .filter((c) => c.salespersonId === id)
                    .map((c) => `${metricLabel(c.metric)}: ${amount(c.from, c.metric)} → ${amount(c.to, c.metric)}`)
                    .join('; ')}
                </td>
                <td>{a.reason}</td>
                <td>{a.difficultyReports.length ? a.difficultyReports.join(', ') : '—'}</td>
                <td>
                  <Outcome outcome={a.outcome} />
                  {a.decisionReason ? ` — ${a.decisionReason}` : ''}
                </td>
                <td>{a.decidedBy ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function FollowUpSheetView({ planId }: { planId: string }) {
  const { live } = useApp();
  const get = useApi();
  const key = `/api/plans/${encodeURIComponent(planId)}/follow-up-sheet`;
  const sheet = useQuery(key, (signal) => get<FollowUpSheet>(key, signal));
  const plan = useQuery(`/api/plans/${encodeURIComponent(planId)}`, (signal) => get<{ currency?: string }>(`/api/plans/${encodeURIComponent(planId)}`, signal).catch(() => ({}) as { currency?: string }));
  useLive(live, ['follow-up-sheet'], sheet.reload, (change) => change.ids.includes(planId));
  const data = sheet.data;
  const people = data ? Object.entries(data.salespeople) : [];
  return (
    <>
      <p class="breadcrumbs">
        <a href={href('/plans')}>Plans</a> › Follow-up sheet
      </p>
      <h1 tabIndex={-1}>Target follow-up sheet{data ? ` — ${data.team} ${data.period}` : ''}</h1>
      <QueryStatus error={sheet.error} loading={sheet.loading} hasData={data !== undefined} what="the follow-up sheet" />
      {data && (
        <>
          <p>
            <a href={href(`/plans/${planId}/tracking`)}>Tracking sheet of this plan</a>
          </p>
          {people.length === 0 ? <Empty>No salesperson has a target on this plan yet.</Empty> : people.map(([id, entry]) => <Person key={id} id={id} entry={entry} currency={plan.data?.currency} />)}
        </>
      )}
    </>
  );
}
