import { useState } from 'preact/hooks';
import { ActionForm, ActionsPanel, useCommandNotice, type CommandOutcome, type FieldErrors } from '../components/action-form.js';
import { Problems, RowBox, SelectField, TextField, useRows } from '../components/form-parts.js';
import { Empty, QueryStatus } from '../components/messages.js';
import { withQuery } from '../api.js';
import { useApi, useApp, useStreamState } from '../context.js';
import { formatPercent, formatPeriod, formatQuantity, isMoneyMetric, label, metricLabel, statusLabel, today, toMajorUnits } from '../format.js';
import { useT, type Messages } from '../i18n/messages.js';
import { useLive } from '../live.js';
import { href } from '../router.js';
import { ownSubmissionAwaiting, planActions, salespeopleOf, type Plan } from '../rules/plan-actions.js';
import type { components } from '../api-types.generated.js';
import type { PlanSummary } from '../types.js';
import { useQuery } from '../use-query.js';

type S = components['schemas'];
type Metric = S['Metric'];
export const METRICS: readonly Metric[] = ['revenue', 'gross_profit', 'collections', 'new_customers'];
const APPRAISAL_RATINGS: readonly S['AppraisalRating'][] = ['excellent', 'good', 'satisfactory', 'poor'];
const REVIEW_RATINGS: readonly S['ReviewRating'][] = ['on_track', 'needs_attention', 'off_track'];
const CAUSES: readonly S['DifficultyCause'][] = ['external', 'internal'];

const options = <K extends string>(keys: readonly K[], table: Record<K, string>) => keys.map((k) => ({ value: k, label: table[k] }));

/** An amount of the plan in major units for an input (50000.00 yuan, 3 customers). */
const majorText = (amount: number, metric: string, currency: string) => String(toMajorUnits(amount, isMoneyMetric(metric) ? currency : undefined));

interface Ctx {
  plan: Plan;
  /** The plan's ETag as GET /api/plans/{id} answered it: the If-Match of every command on the state shown. */
  etag: string;
  t: Messages;
  path: (suffix: string) => string;
  describe: string;
  done: (outcome: CommandOutcome) => void;
  reload: () => void;
  names: Map<string, string>;
}

function nameOf(ctx: Ctx, id: string | undefined): string {
  if (!id) return '—';
  return ctx.names.get(id) ?? id;
}

function Decide({ ctx, id, title, approvePath, rejectPath, approveLabel, rejectLabel }: { ctx: Ctx; id: string; title: string; approvePath: string; rejectPath: string; approveLabel: string; rejectLabel: string }) {
  const [text, setText] = useState('');
  const { t } = ctx;
  return (
    <ActionForm
      id={id}
      title={title}
      open
      ifMatch={ctx.etag}
      describe={ctx.describe}
      onDone={ctx.done}
      onConflict={ctx.reload}
      submits={[
        { label: approveLabel, path: ctx.path(approvePath), testId: `${id}-approve`, build: () => ({ body: text.trim() ? { comment: text.trim() } : {} }) },
        {
          label: rejectLabel,
          path: ctx.path(rejectPath),
          secondary: true,
          testId: `${id}-reject`,
          build: () => (text.trim() ? { body: { reason: text.trim() } } : { fields: { reason: t.actions.fillIn } }),
        },
      ]}
    >
      {(errors) => (
        <TextField name={errors.reason ? 'reason' : 'comment'} label={`${t.common.comment} / ${t.common.reason}`} help={t.actions.reasonHelp} value={text} onInput={setText} errors={errors} multiline />
      )}
    </ActionForm>
  );
}

function SubmitPlanForm({ ctx }: { ctx: Ctx }) {
  const { plan, t } = ctx;
  const currency = plan.currency;
  // A first submission starts from the salespeople the carried-in lines name; a resubmission from the targets it had.
  const carried = plan.carriedIn.filter((l) => l.status !== 'waived').map((l) => ({ salespersonId: l.salespersonId, salespersonName: l.salespersonName, metric: l.metric as Metric, amount: '' }));
  const targets = useRows(() =>
    plan.targets.length > 0
      ? plan.targets.map((l) => ({ salespersonId: l.salespersonId, salespersonName: l.salespersonName, metric: l.metric, amount: majorText(l.amount, l.metric, currency) }))
      : carried.length > 0
        ? carried
        : [{ salespersonId: '', salespersonName: '', metric: 'revenue' as Metric, amount: '' }],
  );
  const [money, setMoney] = useState({ profit: '', expense: '', controlNotes: '', other: '' });
  const [subPlans, setSubPlans] = useState({ paymentCollection: '', pricingStrategy: '', channelStrategy: '', advertisingAndPromotion: '', staffingAndTraining: '', appraisalRuleChanges: '', productStrategy: '' });
  const build = () => {
    const p = new Problems();
    const body = {
      targets: targets.rows.map((r, i) => ({
        salespersonId: p.text(`targets[${i}].salespersonId`, r.salespersonId),
        salespersonName: p.text(`targets[${i}].salespersonName`, r.salespersonName),
        metric: r.metric,
        amount: p.quantity(`targets[${i}].amount`, r.amount, r.metric, currency),
        ...(isMoneyMetric(r.metric) ? { currency } : {}),
      })),
      profitTarget: { amount: p.money('profitTarget.amount', money.profit, currency), currency },
      expenseBudget: { amount: { amount: p.money('expenseBudget.amount.amount', money.expense, currency), currency }, controlNotes: p.text('expenseBudget.controlNotes', money.controlNotes) },
      subPlans: Object.fromEntries(Object.entries(subPlans).map(([k, v]) => [k, p.text(`subPlans.${k}`, v)])),
      ...(money.other.trim() ? { otherContent: money.other.trim() } : {}),
    };
    return p.ok ? { body } : { fields: p.fields };
  };
  const sub = (k: keyof typeof subPlans, errors: FieldErrors) => (
    <TextField key={k} name={`subPlans.${k}`} label={t.actions[k]} value={subPlans[k]} onInput={(v) => setSubPlans({ ...subPlans, [k]: v })} errors={errors} multiline />
  );
  return (
    <ActionForm id="submit-plan" title={t.actions.submitPlan} open help={t.actions.submitPlanHelp} ifMatch={ctx.etag} describe={ctx.describe} onDone={ctx.done} onConflict={ctx.reload} submits={[{ label: t.actions.submitPlan, path: ctx.path('/submit'), build }]}>
      {(errors) => (
        <>
          {plan.carriedIn.length > 0 && (
            <div class="carried-note">
              <p>{t.actions.carriedShown}</p>
              <CarriedList ctx={ctx} testId="carried-lines-to-submit" />
            </div>
          )}
          <fieldset>
            <legend>{t.actions.targetsLegend}</legend>
            {targets.rows.map((r, i) => (
              <RowBox key={i} label={t.actions.row(i + 1)} onRemove={targets.rows.length > 1 ? () => targets.remove(i) : undefined}>
                <TextField name={`targets[${i}].salespersonId`} label={t.actions.salespersonId} value={r.salespersonId} onInput={(v) => targets.set(i, { salespersonId: v })} errors={errors} />
                <TextField name={`targets[${i}].salespersonName`} label={t.actions.salespersonName} value={r.salespersonName} onInput={(v) => targets.set(i, { salespersonName: v })} errors={errors} />
                <SelectField name={`targets[${i}].metric`} label={t.common.metric} value={r.metric} onChange={(v) => targets.set(i, { metric: v })} options={options(METRICS, t.metrics)} errors={errors} />
                <TextField
                  name={`targets[${i}].amount`}
                  label={t.common.amount}
                  inputMode="decimal"
                  help={isMoneyMetric(r.metric) ? t.actions.amountHelp(currency) : t.actions.countHelp}
                  value={r.amount}
                  onInput={(v) => targets.set(i, { amount: v })}
                  errors={errors}
                />
              </RowBox>
            ))}
            <button type="button" class="secondary small" onClick={() => targets.add({ salespersonId: '', salespersonName: '', metric: 'revenue', amount: '' })}>
              {t.common.add}
            </button>
          </fieldset>
          <div class="field-row">
            <TextField name="profitTarget.amount" label={t.actions.profitTarget} inputMode="decimal" help={t.actions.amountHelp(currency)} value={money.profit} onInput={(v) => setMoney({ ...money, profit: v })} errors={errors} />
            <TextField name="expenseBudget.amount.amount" label={t.actions.expenseBudget} inputMode="decimal" help={t.actions.amountHelp(currency)} value={money.expense} onInput={(v) => setMoney({ ...money, expense: v })} errors={errors} />
          </div>
          <TextField name="expenseBudget.controlNotes" label={t.actions.controlNotes} value={money.controlNotes} onInput={(v) => setMoney({ ...money, controlNotes: v })} errors={errors} multiline />
          <fieldset>
            <legend>{t.actions.subPlans}</legend>
            {(Object.keys(subPlans) as (keyof typeof subPlans)[]).map((k) => sub(k, errors))}
          </fieldset>
        </>
      )}
    </ActionForm>
  );
}

function SubmitBookForm({ ctx }: { ctx: Ctx }) {
  const { t } = ctx;
  const [outlook, setOutlook] = useState('');
  const indicators = useRows(() => [{ indicator: '', assessment: '' }]);
  const build = () => {
    const p = new Problems();
    const body = {
      outlook: p.text('outlook', outlook),
      marketIndicators: indicators.rows
        .filter((r) => r.indicator.trim() || r.assessment.trim())
        .map((r, i) => ({ indicator: p.text(`marketIndicators[${i}].indicator`, r.indicator), assessment: p.text(`marketIndicators[${i}].assessment`, r.assessment) })),
    };
    return p.ok ? { body } : { fields: p.fields };
  };
  return (
    <ActionForm id="submit-book" title={`${t.actions.book} (${t.forms.planBook})`} open ifMatch={ctx.etag} describe={ctx.describe} onDone={ctx.done} onConflict={ctx.reload} submits={[{ label: t.actions.book, path: ctx.path('/book'), build }]}>
      {(errors) => (
        <>
          <TextField name="outlook" label={t.actions.outlook} value={outlook} onInput={setOutlook} errors={errors} multiline />
          {indicators.rows.map((r, i) => (
            <RowBox key={i} label={t.actions.row(i + 1)} onRemove={indicators.rows.length > 1 ? () => indicators.remove(i) : undefined}>
              <TextField name={`marketIndicators[${i}].indicator`} label={t.actions.indicator} value={r.indicator} onInput={(v) => indicators.set(i, { indicator: v })} errors={errors} />
              <TextField name={`marketIndicators[${i}].assessment`} label={t.actions.assessment} value={r.assessment} onInput={(v) => indicators.set(i, { assessment: v })} errors={errors} />
            </RowBox>
          ))}
          <button type="button" class="secondary small" onClick={() => indicators.add({ indicator: '', assessment: '' })}>
            {t.common.add}
          </button>
        </>
      )}
    </ActionForm>
  );
}

function personOptions(ctx: Ctx) {
  return salespeopleOf(ctx.plan).map((id) => ({ value: id, label: nameOf(ctx, id) }));
}

function ReviewForm({ ctx }: { ctx: Ctx }) {
  const { t } = ctx;
  const people = personOptions(ctx);
  const [reviewDate, setReviewDate] = useState(today());
  const rows = useRows(() => people.map((p) => ({ salespersonId: p.value, findings: '', rating: 'on_track' as S['ReviewRating'], action: '', owner: p.value, deadline: '', comment: '' })));
  const build = () => {
    const p = new Problems();
    const chosen = rows.rows.map((r, i) => ({ r, i })).filter(({ r }) => r.findings.trim());
    if (chosen.length === 0) p.text('reviews[0].findings', '');
    const body = {
      reviewDate: p.date('reviewDate', reviewDate),
      reviews: chosen.map(({ r, i }) => ({
        salespersonId: r.salespersonId,
        findings: r.findings.trim(),
        rating: r.rating,
        actions: r.action.trim() ? [{ action: r.action.trim(), owner: p.text(`reviews[${i}].actions[0].owner`, r.owner), deadline: p.date(`reviews[${i}].actions[0].deadline`, r.deadline) }] : [],
        ...(r.comment.trim() ? { comment: r.comment.trim() } : {}),
      })),
    };
    return p.ok ? { body } : { fields: p.fields };
  };
  return (
    <ActionForm id="record-review" title={`${t.actions.review} (${t.forms.followUpSheet})`} ifMatch={ctx.etag} describe={ctx.describe} onDone={ctx.done} onConflict={ctx.reload} submits={[{ label: t.actions.review, path: ctx.path('/reviews'), build }]}>
      {(errors) => (
        <>
          <TextField name="reviewDate" type="date" label={t.actions.reviewDate} value={reviewDate} onInput={setReviewDate} errors={errors} />
          {rows.rows.map((r, i) => (
            <RowBox key={r.salespersonId} label={nameOf(ctx, r.salespersonId)}>
              <p class="row-title">{nameOf(ctx, r.salespersonId)}</p>
              <TextField name={`reviews[${i}].findings`} label={t.actions.findings} value={r.findings} onInput={(v) => rows.set(i, { findings: v })} errors={errors} wide />
              <SelectField name={`reviews[${i}].rating`} label={t.actions.rating} value={r.rating} onChange={(v) => rows.set(i, { rating: v })} options={options(REVIEW_RATINGS, t.reviewRating)} errors={errors} />
              <TextField name={`reviews[${i}].actions[0].action`} label={t.actions.action} value={r.action} onInput={(v) => rows.set(i, { action: v })} errors={errors} />
              <TextField name={`reviews[${i}].actions[0].owner`} label={t.actions.owner} value={r.owner} onInput={(v) => rows.set(i, { owner: v })} errors={errors} />
              <TextField name={`reviews[${i}].actions[0].deadline`} type="date" label={t.actions.deadline} value={r.deadline} onInput={(v) => rows.set(i, { deadline: v })} errors={errors} />
              <TextField name={`reviews[${i}].comment`} label={t.common.comment} value={r.comment} onInput={(v) => rows.set(i, { comment: v })} errors={errors} />
            </RowBox>
          ))}
        </>
      )}
    </ActionForm>
  );
}

function WaiveForm({ ctx, line }: { ctx: Ctx; line: Plan['carriedIn'][number] }) {
  const { t } = ctx;
  const [reason, setReason] = useState('');
  const title = t.actions.waiveLine(line.salespersonName, metricLabel(line.metric), formatQuantity(line.amount, line.currency), formatPeriod(line.originPeriod));
  return (
    <ActionForm
      id={`waive-${line.lineId}`}
      title={title}
      ifMatch={ctx.etag}
      describe={ctx.describe}
      onDone={ctx.done}
      onConflict={ctx.reload}
      submits={[{ label: t.actions.waive, path: ctx.path(`/carry-over/${encodeURIComponent(line.lineId)}/waive`), build: () => (reason.trim() ? { body: { reason: reason.trim() } } : { fields: { reason: t.actions.fillIn } }) }]}
    >
      {(errors) => <TextField name="reason" label={t.common.reason} value={reason} onInput={setReason} errors={errors} multiline />}
    </ActionForm>
  );
}

function AppraiseForm({ ctx }: { ctx: Ctx }) {
  const { t } = ctx;
  const [rating, setRating] = useState<S['AppraisalRating']>('good');
  const [comments, setComments] = useState('');
  return (
    <ActionForm id="appraise" title={t.actions.appraise} open ifMatch={ctx.etag} describe={ctx.describe} onDone={ctx.done} onConflict={ctx.reload} submits={[{ label: t.actions.appraise, path: ctx.path('/appraisal'), build: () => ({ body: { rating, comments: comments.trim() } }) }]}>
      {(errors) => (
        <>
          <SelectField name="rating" label={t.actions.rating} value={rating} onChange={setRating} options={options(APPRAISAL_RATINGS, t.appraisalRating)} errors={errors} />
          <TextField name="comments" label={t.actions.comments} value={comments} onInput={setComments} errors={errors} multiline />
        </>
      )}
    </ActionForm>
  );
}

function PublishForm({ ctx }: { ctx: Ctx }) {
  const { t } = ctx;
  return (
    <ActionForm id="publish" title={t.actions.publish} open help={t.actions.publishHelp} ifMatch={ctx.etag} describe={ctx.describe} onDone={ctx.done} onConflict={ctx.reload} submits={[{ label: t.actions.publish, path: ctx.path('/publish'), build: () => ({ body: {} }) }]}>
      {() => null}
    </ActionForm>
  );
}

function ProposeForm({ ctx }: { ctx: Ctx }) {
  const { plan, t } = ctx;
  const people = personOptions(ctx);
  const rows = useRows(() => [{ salespersonId: people[0]?.value ?? '', metric: 'revenue' as Metric, to: '' }]);
  const [reason, setReason] = useState('');
  const [reports, setReports] = useState('');
  const build = () => {
    const p = new Problems();
    const cited = reports
      .split(/[\s,，]+/)
      .filter(Boolean)
      .map(Number);
    if (cited.some((n) => !Number.isInteger(n) || n < 1)) p.fields.difficultyReports = t.actions.enterCount;
    const body = {
      changes: rows.rows.map((r, i) => ({ salespersonId: r.salespersonId, metric: r.metric, to: p.quantity(`changes[${i}].to`, r.to, r.metric, plan.currency) })),
      reason: p.text('reason', reason),
      ...(cited.length ? { difficultyReports: cited } : {}),
    };
    return p.ok ? { body } : { fields: p.fields };
  };
  return (
    <ActionForm id="propose-adjustment" title={t.actions.propose} ifMatch={ctx.etag} describe={ctx.describe} onDone={ctx.done} onConflict={ctx.reload} submits={[{ label: t.actions.propose, path: ctx.path('/adjustments'), build }]}>
      {(errors) => (
        <>
          {rows.rows.map((r, i) => (
            <RowBox key={i} label={t.actions.row(i + 1)} onRemove={rows.rows.length > 1 ? () => rows.remove(i) : undefined}>
              <SelectField name={`changes[${i}].salespersonId`} label={t.common.salesperson} value={r.salespersonId} onChange={(v) => rows.set(i, { salespersonId: v })} options={people} errors={errors} />
              <SelectField name={`changes[${i}].metric`} label={t.common.metric} value={r.metric} onChange={(v) => rows.set(i, { metric: v })} options={options(METRICS, t.metrics)} errors={errors} />
              <TextField name={`changes[${i}].to`} label={t.actions.newTarget} inputMode="decimal" help={isMoneyMetric(r.metric) ? t.actions.amountHelp(plan.currency) : t.actions.countHelp} value={r.to} onInput={(v) => rows.set(i, { to: v })} errors={errors} />
            </RowBox>
          ))}
          <button type="button" class="secondary small" onClick={() => rows.add({ salespersonId: people[0]?.value ?? '', metric: 'revenue', to: '' })}>
            {t.common.add}
          </button>
          <TextField name="reason" label={t.common.reason} value={reason} onInput={setReason} errors={errors} multiline />
          <TextField name="difficultyReports" label={t.actions.reportsCited} value={reports} onInput={setReports} errors={errors} />
        </>
      )}
    </ActionForm>
  );
}

function TeamSummaryForm({ ctx }: { ctx: Ctx }) {
  const { t } = ctx;
  const [summary, setSummary] = useState('');
  const [analysis, setAnalysis] = useState('');
  const build = () => {
    const p = new Problems();
    const body = { summary: p.text('summary', summary), analysis: analysis.trim() };
    return p.ok ? { body } : { fields: p.fields };
  };
  return (
    <ActionForm id="team-summary" title={t.actions.teamSummary} open ifMatch={ctx.etag} describe={ctx.describe} onDone={ctx.done} onConflict={ctx.reload} submits={[{ label: t.actions.teamSummary, path: ctx.path('/team-summary'), build }]}>
      {(errors) => (
        <>
          <TextField name="summary" label={t.actions.summary} value={summary} onInput={setSummary} errors={errors} multiline />
          <TextField name="analysis" label={t.actions.analysis} value={analysis} onInput={setAnalysis} errors={errors} multiline />
        </>
      )}
    </ActionForm>
  );
}

function ReviseForm({ ctx }: { ctx: Ctx }) {
  const { plan, t } = ctx;
  const items = plan.appraisal?.items ?? [];
  const first = items[0];
  const rows = useRows(() => [{ item: first ? `${first.salespersonId}|${first.metric}` : '', field: 'actual' as S['AppraisalCorrectionField'], to: '', reason: '' }]);
  const itemOptions = items.map((i) => ({ value: `${i.salespersonId}|${i.metric}`, label: `${i.salespersonName} · ${metricLabel(i.metric)}` }));
  const build = () => {
    const p = new Problems();
    const body = {
      corrections: rows.rows.map((r, i) => {
        const [salespersonId = '', metric = 'revenue'] = r.item.split('|');
        return { salespersonId, metric, field: r.field, to: p.quantity(`corrections[${i}].to`, r.to, metric, plan.currency), reason: p.text(`corrections[${i}].reason`, r.reason) };
      }),
    };
    return p.ok ? { body } : { fields: p.fields };
  };
  return (
    <ActionForm id="revise-appraisal" title={t.actions.revise} open ifMatch={ctx.etag} describe={ctx.describe} onDone={ctx.done} onConflict={ctx.reload} submits={[{ label: t.actions.revise, path: ctx.path('/appraisal/revise'), build }]}>
      {(errors) => (
        <>
          {rows.rows.map((r, i) => (
            <RowBox key={i} label={t.actions.row(i + 1)} onRemove={rows.rows.length > 1 ? () => rows.remove(i) : undefined}>
              <SelectField name={`corrections[${i}].salespersonId`} label={`${t.common.salesperson} · ${t.common.metric}`} value={r.item} onChange={(v) => rows.set(i, { item: v })} options={itemOptions} errors={errors} />
              <SelectField
                name={`corrections[${i}].field`}
                label={t.actions.field}
                value={r.field}
                onChange={(v) => rows.set(i, { field: v })}
                options={[
                  { value: 'actual', label: t.actions.fieldActual },
                  { value: 'effectiveTarget', label: t.actions.fieldEffective },
                ]}
                errors={errors}
              />
              <TextField name={`corrections[${i}].to`} label={t.actions.to} inputMode="decimal" value={r.to} onInput={(v) => rows.set(i, { to: v })} errors={errors} />
              <TextField name={`corrections[${i}].reason`} label={t.common.reason} value={r.reason} onInput={(v) => rows.set(i, { reason: v })} errors={errors} />
            </RowBox>
          ))}
          <button type="button" class="secondary small" onClick={() => rows.add({ item: itemOptions[0]?.value ?? '', field: 'actual', to: '', reason: '' })}>
            {t.common.add}
          </button>
        </>
      )}
    </ActionForm>
  );
}

function myMetrics(ctx: Ctx, me: string): Metric[] {
  const mine = [...ctx.plan.targets.filter((l) => l.salespersonId === me).map((l) => l.metric), ...ctx.plan.carriedIn.filter((l) => l.salespersonId === me).map((l) => l.metric)];
  return METRICS.filter((m) => mine.includes(m));
}

function RecordActualForm({ ctx, me }: { ctx: Ctx; me: string }) {
  const { plan, t } = ctx;
  const metrics = myMetrics(ctx, me);
  const [form, setForm] = useState({ metric: metrics[0] ?? ('revenue' as Metric), amount: '', date: today(), reference: '' });
  const build = () => {
    const p = new Problems();
    const body = {
      metric: form.metric,
      amount: p.quantity('amount', form.amount, form.metric, plan.currency),
      ...(isMoneyMetric(form.metric) ? { currency: plan.currency } : {}),
      date: p.date('date', form.date),
      reference: p.text('reference', form.reference),
    };
    return p.ok ? { body } : { fields: p.fields };
  };
  return (
    <ActionForm id="record-actual" title={t.actions.recordActual} open describe={ctx.describe} onDone={(o) => (setForm({ ...form, amount: '', reference: '' }), ctx.done(o))} onConflict={ctx.reload} submits={[{ label: t.actions.recordActual, path: ctx.path('/actuals'), build }]}>
      {(errors) => (
        <div class="field-row">
          <SelectField name="metric" label={t.common.metric} value={form.metric} onChange={(v) => setForm({ ...form, metric: v })} options={options(metrics, t.metrics)} errors={errors} />
          <TextField name="amount" label={t.common.amount} inputMode="decimal" help={isMoneyMetric(form.metric) ? t.actions.amountHelp(plan.currency) : t.actions.countHelp} value={form.amount} onInput={(v) => setForm({ ...form, amount: v })} errors={errors} />
          <TextField name="date" type="date" label={t.common.date} value={form.date} onInput={(v) => setForm({ ...form, date: v })} errors={errors} />
          <TextField name="reference" label={t.actions.reference} value={form.reference} onInput={(v) => setForm({ ...form, reference: v })} errors={errors} />
        </div>
      )}
    </ActionForm>
  );
}

function DifficultyForm({ ctx, me }: { ctx: Ctx; me: string }) {
  const { plan, t } = ctx;
  const metrics = myMetrics(ctx, me);
  const [form, setForm] = useState({ difficulty: '', cause: 'external' as S['DifficultyCause'], evidence: '', support: '', effectiveFrom: today() });
  const rows = useRows(() => [{ metric: metrics[0] ?? ('revenue' as Metric), proposed: '' }]);
  const build = () => {
    const p = new Problems();
    const body = {
      difficulty: p.text('difficulty', form.difficulty),
      cause: form.cause,
      evidence: form.evidence.trim(),
      supportRequested: form.support.trim(),
      proposals: rows.rows.filter((r) => r.proposed.trim()).map((r, i) => ({ metric: r.metric, proposedTarget: p.quantity(`proposals[${i}].proposedTarget`, r.proposed, r.metric, plan.currency) })),
      effectiveFrom: p.date('effectiveFrom', form.effectiveFrom),
    };
    return p.ok ? { body } : { fields: p.fields };
  };
  return (
    <ActionForm id="difficulty-report" title={`${t.actions.difficulty} (${t.forms.difficultyForm})`} describe={ctx.describe} onDone={ctx.done} onConflict={ctx.reload} submits={[{ label: t.actions.difficulty, path: ctx.path('/difficulty-reports'), build }]}>
      {(errors) => (
        <>
          <TextField name="difficulty" label={t.actions.difficultyText} value={form.difficulty} onInput={(v) => setForm({ ...form, difficulty: v })} errors={errors} multiline />
          <div class="field-row">
            <SelectField name="cause" label={t.actions.cause} value={form.cause} onChange={(v) => setForm({ ...form, cause: v })} options={options(CAUSES, t.cause)} errors={errors} />
            <TextField name="effectiveFrom" type="date" label={t.actions.effectiveFrom} value={form.effectiveFrom} onInput={(v) => setForm({ ...form, effectiveFrom: v })} errors={errors} />
          </div>
          <TextField name="evidence" label={t.actions.evidence} value={form.evidence} onInput={(v) => setForm({ ...form, evidence: v })} errors={errors} multiline />
          <TextField name="supportRequested" label={t.actions.support} value={form.support} onInput={(v) => setForm({ ...form, support: v })} errors={errors} multiline />
          {rows.rows.map((r, i) => (
            <RowBox key={i} label={t.actions.row(i + 1)} onRemove={rows.rows.length > 1 ? () => rows.remove(i) : undefined}>
              <SelectField name={`proposals[${i}].metric`} label={t.common.metric} value={r.metric} onChange={(v) => rows.set(i, { metric: v })} options={options(metrics, t.metrics)} errors={errors} />
              <TextField name={`proposals[${i}].proposedTarget`} label={t.actions.proposed} inputMode="decimal" value={r.proposed} onInput={(v) => rows.set(i, { proposed: v })} errors={errors} />
            </RowBox>
          ))}
        </>
      )}
    </ActionForm>
  );
}

function PersonalSummaryForm({ ctx }: { ctx: Ctx }) {
  const { t } = ctx;
  const [summary, setSummary] = useState('');
  const build = () => {
    const p = new Problems();
    const body = { summary: p.text('summary', summary) };
    return p.ok ? { body } : { fields: p.fields };
  };
  return (
    <ActionForm id="personal-summary" title={t.actions.personalSummary} describe={ctx.describe} onDone={ctx.done} onConflict={ctx.reload} submits={[{ label: t.actions.personalSummary, path: ctx.path('/personal-summaries'), build }]}>
      {(errors) => <TextField name="summary" label={t.actions.summary} value={summary} onInput={setSummary} errors={errors} multiline />}
    </ActionForm>
  );
}

function CarriedList({ ctx, testId }: { ctx: Ctx; testId: string }) {
  const { plan, t } = ctx;
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={t.plan.carriedCaption}>
      <table data-testid={testId}>
        <caption class="visually-hidden">{t.plan.carriedCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.common.salesperson}</th>
            <th scope="col">{t.common.metric}</th>
            <th scope="col">{t.common.amount}</th>
            <th scope="col">{t.plan.origin}</th>
            <th scope="col">{t.plan.path}</th>
            <th scope="col">{t.plan.lineStatus}</th>
          </tr>
        </thead>
        <tbody>
          {plan.carriedIn.map((l) => (
            <tr key={l.lineId} data-line-id={l.lineId} data-line-status={l.status}>
              <th scope="row">{l.salespersonName}</th>
              <td>{metricLabel(l.metric)}</td>
              <td class="number">{formatQuantity(l.amount, l.currency)}</td>
              <td>{formatPeriod(l.originPeriod)}</td>
              <td>{l.path.map(formatPeriod).join(' → ')}</td>
              <td>{label(t.carriedStatus, l.status)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PlanView({ planId }: { planId: string }) {
  const { session, live } = useApp();
  const t = useT();
  const get = useApi();
  const path = `/api/plans/${encodeURIComponent(planId)}`;
  const plan = useStreamState<Plan>(path);
  const data = plan.data;
  // The plans list knows everyone who acted on the plan by name; the plan itself holds their ids.
  const listPath = data ? withQuery('/api/plans', { team: data.team, period: data.period }) : null;
  const summary = useQuery(listPath, (signal) => get<{ items: PlanSummary[] }>(listPath!, signal));
  useLive(live, ['plans-list', 'tracking-sheet'], () => (plan.reload(), summary.reload()), (change) => change.ids.includes(planId));
  const [notice, done] = useCommandNotice(plan.reload);
  const reader = session.user;

  if (!data) {
    return (
      <>
        <Crumbs />
        <h1 tabIndex={-1}>{t.plans.workspace}</h1>
        <QueryStatus error={plan.error} loading={plan.loading} hasData={false} what={t.plan.what} />
      </>
    );
  }
  const actors = summary.data?.items.find((p) => p.id === planId)?.people ?? [];
  const names = new Map<string, string>([
    ...actors.map((p) => [p.id, p.name] as const),
    ...data.targets.map((l) => [l.salespersonId, l.salespersonName] as const),
    ...data.carriedIn.map((l) => [l.salespersonId, l.salespersonName] as const),
  ]);
  if (reader.id && !names.has(reader.id)) names.set(reader.id, reader.name);
  const ctx: Ctx = {
    plan: data,
    etag: data.etag,
    t,
    path: (suffix) => `${path}${suffix}`,
    describe: `${statusLabel(data.status)} (${t.plan.revision(data.revision)})`,
    done,
    reload: plan.reload,
    names,
  };
  const actions = planActions(data, reader);
  const people = salespeopleOf(data);
  const hasWorkRole = ['manager', 'supervisor', 'salesperson'].some((r) => reader.roles.includes(r as never)) && reader.teams.includes(data.team);

  return (
    <>
      <Crumbs />
      <h1 tabIndex={-1}>{t.plan.heading(data.team, formatPeriod(data.period))}</h1>
      <section class="panel" aria-labelledby="plan-summary-heading">
        <h2 id="plan-summary-heading">{t.plan.summary}</h2>
        <p>
          {t.common.status}: <strong data-testid="plan-status" data-status={data.status}>{statusLabel(data.status)}</strong> · <span data-testid="plan-revision">{t.plan.revision(data.revision)}</span>
          {data.planSubmittedBy ? ` · ${t.plan.submittedBy(nameOf(ctx, data.planSubmittedBy))}` : ''}
          {data.status === 'executing' && people.length > 0 ? ` · ${t.plan.summaries(data.personalSummaries.length, people.length)}` : ''}
        </p>
        <p>
          <a href={href(`/plans/${planId}/tracking`)}>{t.forms.trackingSheet}</a> · <a href={href(`/plans/${planId}/follow-up`)}>{t.forms.followUpSheet}</a>
        </p>
        {data.pendingAdjustment && (
          <p data-testid="pending-adjustment">
            {t.plan.pendingAdjustment(data.pendingAdjustment.adjustmentNumber, nameOf(ctx, data.pendingAdjustment.proposedBy))}{' '}
            {data.pendingAdjustment.changes.map((c) => `${nameOf(ctx, c.salespersonId)} · ${metricLabel(c.metric)}: ${formatQuantity(c.from, isMoneyMetric(c.metric) ? data.currency : undefined)} → ${formatQuantity(c.to, isMoneyMetric(c.metric) ? data.currency : undefined)}`).join('; ')}
          </p>
        )}
      </section>

      <ActionsPanel of="plan" notice={notice}>
        {ownSubmissionAwaiting(data, reader) && <p class="help">{t.plan.ownSubmission}</p>}
        {actions.size === 0 && <p class="help">{hasWorkRole ? t.plan.noActions : t.plan.readOnly}</p>}
        {actions.has('decidePlan') && <Decide ctx={ctx} id="decide-plan" title={t.actions.approvePlan} approvePath="/approve" rejectPath="/reject" approveLabel={t.actions.approvePlan} rejectLabel={t.actions.rejectPlan} />}
        {actions.has('decideBook') && <Decide ctx={ctx} id="decide-book" title={`${t.actions.decide}: ${t.forms.planBook}`} approvePath="/book/approve" rejectPath="/book/reject" approveLabel={t.actions.approveBook} rejectLabel={t.actions.rejectBook} />}
        {actions.has('decideAdjustment') && data.pendingAdjustment && (
          <Decide
            ctx={ctx}
            id="decide-adjustment"
            title={`${t.actions.decide}: ${t.actions.approveAdjustment(data.pendingAdjustment.adjustmentNumber)}`}
            approvePath={`/adjustments/${data.pendingAdjustment.adjustmentNumber}/approve`}
            rejectPath={`/adjustments/${data.pendingAdjustment.adjustmentNumber}/reject`}
            approveLabel={t.actions.approveAdjustment(data.pendingAdjustment.adjustmentNumber)}
            rejectLabel={t.actions.rejectAdjustment(data.pendingAdjustment.adjustmentNumber)}
          />
        )}
        {actions.has('decideAppraisal') && <Decide ctx={ctx} id="decide-appraisal" title={`${t.actions.decide}: ${t.plan.appraisal}`} approvePath="/appraisal/approve" rejectPath="/appraisal/reject" approveLabel={t.actions.approveAppraisal} rejectLabel={t.actions.rejectAppraisal} />}
        {actions.has('submitPlan') && <SubmitPlanForm key={`submit-${data.revision}`} ctx={ctx} />}
        {actions.has('submitBook') && <SubmitBookForm ctx={ctx} />}
        {actions.has('recordActual') && <RecordActualForm ctx={ctx} me={reader.id} />}
        {actions.has('difficultyReport') && <DifficultyForm ctx={ctx} me={reader.id} />}
        {actions.has('personalSummary') && <PersonalSummaryForm ctx={ctx} />}
        {actions.has('recordReview') && <ReviewForm ctx={ctx} />}
        {actions.has('proposeAdjustment') && <ProposeForm ctx={ctx} />}
        {actions.has('teamSummary') && <TeamSummaryForm ctx={ctx} />}
        {actions.has('appraise') && <AppraiseForm ctx={ctx} />}
        {actions.has('reviseAppraisal') && <ReviseForm ctx={ctx} />}
        {actions.has('publish') && <PublishForm ctx={ctx} />}
        {actions.has('waiveLine') && data.carriedIn.filter((l) => l.status !== 'waived').map((l) => <WaiveForm key={l.lineId} ctx={ctx} line={l} />)}
      </ActionsPanel>

      <section class="panel" aria-labelledby="plan-problems-heading">
        <h2 id="plan-problems-heading">{t.plan.problems}</h2>
        <ul>
          {data.problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
        <h3>{t.plan.companyTargets}</h3>
        {data.companyTargets.length === 0 && <Empty>{t.plan.noCompanyTargets}</Empty>}
        <ul class="plain" data-testid="company-targets">
          {data.companyTargets.map((c) => (
            <li key={c.metric}>
              {metricLabel(c.metric)}: {formatQuantity(c.amount, c.currency)}
            </li>
          ))}
        </ul>
      </section>

      <section class="panel" aria-labelledby="plan-targets-heading">
        <h2 id="plan-targets-heading">{t.plan.targets}</h2>
        {data.targets.length === 0 ? (
          <Empty>{t.tracking.noLines}</Empty>
        ) : (
          <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="plan-targets-heading">
            <table data-testid="plan-targets">
              <caption class="visually-hidden">{t.plan.targetsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.common.salesperson}</th>
                  <th scope="col">{t.common.metric}</th>
                  <th scope="col">{t.tracking.baseTarget}</th>
                </tr>
              </thead>
              <tbody>
                {data.targets.map((l) => (
                  <tr key={`${l.salespersonId}:${l.metric}`}>
                    <th scope="row">{l.salespersonName}</th>
                    <td>{metricLabel(l.metric)}</td>
                    <td class="number">{formatQuantity(l.amount, l.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <h3>{t.plan.carriedIn}</h3>
        {data.carriedIn.length === 0 ? <Empty>{t.plan.noCarried}</Empty> : <CarriedList ctx={ctx} testId="carried-lines" />}
      </section>

      {data.appraisal && (
        <section class="panel" aria-labelledby="plan-appraisal-heading">
          <h2 id="plan-appraisal-heading">{t.plan.appraisal}</h2>
          <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="plan-appraisal-heading">
            <table data-testid="appraisal">
              <caption class="visually-hidden">{t.plan.appraisalCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.common.salesperson}</th>
                  <th scope="col">{t.common.metric}</th>
                  <th scope="col">{t.plan.effectiveTarget}</th>
                  <th scope="col">{t.plan.actual}</th>
                  <th scope="col">{t.plan.completion}</th>
                  <th scope="col">{t.plan.shortfall}</th>
                </tr>
              </thead>
              <tbody>
                {data.appraisal.items.map((i) => (
                  <tr key={`${i.salespersonId}:${i.metric}`} data-item={`${i.salespersonId}:${i.metric}`}>
                    <th scope="row">{i.salespersonName}</th>
                    <td>{metricLabel(i.metric)}</td>
                    <td class="number">{formatQuantity(i.effectiveTarget, i.currency)}</td>
                    <td class="number">{formatQuantity(i.actual, i.currency)}</td>
                    <td class="number">{formatPercent(i.completionBasisPoints === null ? null : i.completionBasisPoints / 100)}</td>
                    <td class="number" data-field="shortfall" data-value={i.shortfall}>
                      {formatQuantity(i.shortfall, i.currency)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}

function Crumbs() {
  const t = useT();
  return (
    <nav class="breadcrumbs" aria-label={t.common.breadcrumbs}>
      <a href={href('/plans')}>{t.nav.plans}</a> › {t.plans.workspace}
    </nav>
  );
}
