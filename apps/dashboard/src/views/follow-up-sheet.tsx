import { CardTable } from '../components/generic.js';
import { Empty, QueryStatus } from '../components/messages.js';
import { useApi, useApp } from '../context.js';
import { formatDate, formatDateTime, formatPeriod, formatQuantity, isMoneyMetric, label, metricLabel } from '../format.js';
import { useT } from '../i18n/messages.js';
import { useLive } from '../live.js';
import { href } from '../router.js';
import type { FollowUpEntry, FollowUpSheet, SupervisorComment } from '../types.js';
import { useQuery } from '../use-query.js';

function Outcome({ outcome, text }: { outcome: string; text: string }) {
  const kind = outcome.includes('approved') ? 'approved' : outcome.includes('rejected') ? 'rejected' : 'pending';
  return (
    <span class={`outcome outcome-${kind}`}>
      <span aria-hidden="true">{kind === 'approved' ? '✔' : kind === 'rejected' ? '✖' : '…'} </span>
      {text}
    </span>
  );
}

/** The supervisor's comments on a finding or report (主管意见, CommentOnFollowUpItem), oldest first. */
function SupervisorComments({ comments }: { comments: SupervisorComment[] }) {
  const t = useT();
  if (comments.length === 0) return <>—</>;
  return (
    <ul class="plain" data-field="supervisorComments">
      {comments.map((c, i) => (
        <li key={i}>{t.followUp.commentItem(c.comment, c.commentedByName, formatDateTime(c.commentedAt))}</li>
      ))}
    </ul>
  );
}

function Person({ id, entry, currency, names }: { id: string; entry: FollowUpEntry; currency: string | undefined; names: Map<string, string> }) {
  const t = useT();
  const headingId = `person-${id}`;
  const amount = (value: number, metric: string) => formatQuantity(value, isMoneyMetric(metric) ? currency : undefined);
  const nameOf = (who: string) => names.get(who) ?? who;
  return (
    <section class="panel" aria-labelledby={headingId} data-salesperson={id}>
      <h2 id={headingId}>
        {entry.name ?? id}{' '}
        <span class={`summary-flag ${entry.summarySubmitted ? 'done' : 'open'}`}>
          <span aria-hidden="true">{entry.summarySubmitted ? '✔ ' : '○ '}</span>
          {entry.summarySubmitted ? t.followUp.summaryIn(entry.summarySubmittedAt ? formatDateTime(entry.summarySubmittedAt) : '') : t.followUp.noSummary}
        </span>
      </h2>
      {entry.summary && <p class="quote">“{entry.summary}”</p>}

      <h3>{t.followUp.reviews}</h3>
      {entry.reviews.length === 0 ? (
        <Empty>{t.followUp.noReview}</Empty>
      ) : (
        <CardTable label={`${entry.name ?? id}: ${t.followUp.reviews}`} columns={[t.followUp.number, t.common.date, t.followUp.finding, t.actions.rating, t.followUp.actionsCol, t.common.comment, t.common.by, t.followUp.supervisorComments]}>
          {entry.reviews.map((r) => (
            <tr key={r.reviewNumber}>
              <td data-label={t.followUp.number}>{r.reviewNumber}</td>
              <td data-label={t.common.date}>{formatDate(r.reviewDate)}</td>
              <td data-label={t.followUp.finding}>{r.findings}</td>
              <td data-label={t.actions.rating}>{label(t.reviewRating, r.rating)}</td>
              <td data-label={t.followUp.actionsCol}>
                {r.actions.length === 0 ? (
                  '—'
                ) : (
                  <ul class="plain">
                    {r.actions.map((a, i) => (
                      <li key={i}>{t.followUp.actionItem(a.action, nameOf(a.owner), formatDate(a.deadline))}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td data-label={t.common.comment}>{r.comment ?? '—'}</td>
              <td data-label={t.common.by}>{r.reviewedByName}</td>
              <td data-label={t.followUp.supervisorComments}>
                <SupervisorComments comments={r.supervisorComments} />
              </td>
            </tr>
          ))}
        </CardTable>
      )}

      <h3>{t.followUp.reports}</h3>
      {entry.difficultyReports.length === 0 ? (
        <Empty>{t.followUp.noReport}</Empty>
      ) : (
        <CardTable label={`${entry.name ?? id}: ${t.followUp.reports}`} columns={[t.followUp.number, t.actions.difficultyText, t.actions.cause, t.actions.evidence, t.actions.support, t.followUp.proposedTargets, t.followUp.from, t.followUp.outcome, t.followUp.supervisorComments]}>
          {entry.difficultyReports.map((r) => (
            <tr key={r.reportNumber}>
              <td data-label={t.followUp.number}>{r.reportNumber}</td>
              <td data-label={t.actions.difficultyText}>{r.difficulty}</td>
              <td data-label={t.actions.cause}>{label(t.cause, r.cause)}</td>
              <td data-label={t.actions.evidence}>{r.evidence}</td>
              <td data-label={t.actions.support}>{r.supportRequested}</td>
              <td data-label={t.followUp.proposedTargets}>{r.proposals.map((p) => `${metricLabel(p.metric)}: ${amount(p.originalTarget, p.metric)} → ${amount(p.proposedTarget, p.metric)}`).join('; ')}</td>
              <td data-label={t.followUp.from}>{formatDate(r.effectiveFrom)}</td>
              <td data-label={t.followUp.outcome}>
                <Outcome outcome={r.outcome} text={label(t.reportOutcome, r.outcome)} />
              </td>
              <td data-label={t.followUp.supervisorComments}>
                <SupervisorComments comments={r.supervisorComments} />
              </td>
            </tr>
          ))}
        </CardTable>
      )}

      <h3>{t.followUp.adjustments}</h3>
      {entry.adjustments.length === 0 ? (
        <Empty>{t.followUp.noAdjustment}</Empty>
      ) : (
        <CardTable label={`${entry.name ?? id}: ${t.followUp.adjustments}`} columns={[t.followUp.number, t.followUp.changes, t.common.reason, t.followUp.reportsCited, t.followUp.outcome, t.followUp.decidedBy]}>
          {entry.adjustments.map((a) => (
            <tr key={a.adjustmentNumber}>
              <td data-label={t.followUp.number}>{a.adjustmentNumber}</td>
              <td data-label={t.followUp.changes}>
                {a.changes
                  .filter((c) => c.salespersonId === id)
                  .map((c) => `${metricLabel(c.metric)}: ${amount(c.from, c.metric)} → ${amount(c.to, c.metric)}`)
                  .join('; ')}
              </td>
              <td data-label={t.common.reason}>{a.reason}</td>
              <td data-label={t.followUp.reportsCited}>{a.difficultyReports.length ? a.difficultyReports.join(', ') : '—'}</td>
              <td data-label={t.followUp.outcome}>
                <Outcome outcome={`adjustment_${a.outcome}`} text={label(t.adjustmentOutcome, a.outcome)} />
                {a.decisionReason ? ` — ${a.decisionReason}` : ''}
              </td>
              <td data-label={t.followUp.decidedBy}>{a.decidedByName ?? a.decidedBy ?? '—'}</td>
            </tr>
          ))}
        </CardTable>
      )}
    </section>
  );
}

export function FollowUpSheetView({ planId }: { planId: string }) {
  const { live } = useApp();
  const t = useT();
  const get = useApi();
  const key = `/api/plans/${encodeURIComponent(planId)}/follow-up-sheet`;
  const sheet = useQuery(key, (signal) => get<FollowUpSheet>(key, signal));
  const plan = useQuery(`/api/plans/${encodeURIComponent(planId)}`, (signal) => get<{ currency?: string }>(`/api/plans/${encodeURIComponent(planId)}`, signal).catch(() => ({}) as { currency?: string }));
  useLive(live, ['follow-up-sheet'], sheet.reload, (change) => change.ids.includes(planId));
  const data = sheet.data;
  const people = data ? Object.entries(data.salespeople) : [];
  const names = new Map(people.map(([id, e]) => [id, e.name ?? id]));
  return (
    <>
      <nav class="breadcrumbs" aria-label={t.common.breadcrumbs}>
        <a href={href('/plans')}>{t.nav.plans}</a> › {t.forms.followUpSheet}
      </nav>
      <h1 tabIndex={-1}>{data ? t.followUp.heading(data.team, formatPeriod(data.period)) : t.followUp.headingShort}</h1>
      <QueryStatus error={sheet.error} loading={sheet.loading} hasData={data !== undefined} what={t.followUp.what} />
      {data && (
        <>
          <p>
            <a href={href(`/plans/${planId}/tracking`)}>{t.followUp.tracking}</a> · <a href={href(`/plans/${planId}`)}>{t.tracking.workspace}</a>
          </p>
          {people.length === 0 ? <Empty>{t.followUp.nobody}</Empty> : people.map(([id, entry]) => <Person key={id} id={id} entry={entry} currency={plan.data?.currency} names={names} />)}
        </>
      )}
    </>
  );
}
