import { useState } from 'preact/hooks';
import type { components } from '../api-types.generated.js';
import { ActionForm, ActionsPanel, useCommandNotice, type CommandOutcome } from '../components/action-form.js';
import { lines, Problems, RowBox, SelectField, TextField, useRows } from '../components/form-parts.js';
import { QueryStatus } from '../components/messages.js';
import { useApp, useStreamState } from '../context.js';
import { formatNumber, formatQuantity, label, today } from '../format.js';
import { useT, type Messages } from '../i18n/messages.js';
import { useLive } from '../live.js';
import { href } from '../router.js';
import { CREDIT_SCORES, creditGradeFor, totalPoints, type CreditScore } from '../rules/credit-grade.js';
import { prospectActions, type Prospect } from '../rules/prospect-actions.js';
import { CUSTOMER_PROJECTIONS } from './customer-development.js';

type S = components['schemas'];
const OWNERSHIP: readonly S['OwnershipType'][] = ['private', 'state_owned', 'collective', 'joint_venture', 'foreign_owned', 'listed', 'individual', 'other'];
const PAYMENT: readonly S['PaymentBehaviour'][] = ['prompt', 'normal', 'late', 'withholds_final_payment'];
const METHODS: readonly S['ContactMethod'][] = ['visit', 'phone', 'video', 'email', 'other'];
const STAGES: readonly S['DevelopmentStage'][] = ['contacted', 'needs_analysis', 'proposal', 'negotiation', 'closing'];

interface Ctx {
  prospect: Prospect;
  /** The prospect's ETag as GET /api/prospects/{id} answered it: the If-Match of every command on the state shown. */
  etag: string;
  t: Messages;
  path: (suffix: string) => string;
  describe: string;
  done: (outcome: CommandOutcome) => void;
  reload: () => void;
  currency: string;
}

const common = (ctx: Ctx) => ({ ifMatch: ctx.etag, describe: ctx.describe, onDone: ctx.done, onConflict: ctx.reload });

/** The credit investigation form (新客户信用调查表): the grade is computed from the scored items as they are entered, by the server's rule. */
function CreditCheckForm({ ctx }: { ctx: Ctx }) {
  const { t, prospect, currency } = ctx;
  const [f, setF] = useState({
    legalName: prospect.name,
    registrationNumber: prospect.registrationNumber ?? '',
    legalRepresentative: '',
    foundedOn: '',
    ownershipType: 'private' as S['OwnershipType'],
    registeredCapital: '',
    businessScope: '',
    employees: '',
    annualRevenue: '',
    banks: '',
    bankOpinion: '',
    paymentBehaviour: 'normal' as S['PaymentBehaviour'],
    pastTerms: '',
    limitOverruns: '0',
    badDebts: '0',
    lawsuits: '0',
    suggestedCreditLimit: '',
    investigator: '',
    investigatedOn: today(),
  });
  const items = useRows(() => [{ item: '', score: '' as CreditScore | '' }]);
  const set = (patch: Partial<typeof f>) => setF({ ...f, ...patch });
  const scores = items.rows.map((r) => r.score).filter((s): s is CreditScore => s !== '');
  const grade = creditGradeFor(scores);
  const build = () => {
    const p = new Problems();
    const scored = items.rows.filter((r) => r.item.trim() || r.score);
    scored.forEach((r, i) => {
      if (!r.score) p.fields[`scoredItems[${i}].score`] = t.actions.fillIn;
    });
    if (scored.length === 0) p.fields['scoredItems[0].score'] = t.prospect.gradeNone;
    const body = {
      legalName: p.text('legalName', f.legalName),
      registrationNumber: p.text('registrationNumber', f.registrationNumber),
      legalRepresentative: p.text('legalRepresentative', f.legalRepresentative),
      foundedOn: p.date('foundedOn', f.foundedOn),
      ownershipType: f.ownershipType,
      registeredCapital: { amount: p.money('registeredCapital.amount', f.registeredCapital, currency), currency },
      businessScope: p.text('businessScope', f.businessScope),
      employees: p.count('employees', f.employees),
      annualRevenue: { amount: p.money('annualRevenue.amount', f.annualRevenue, currency), currency },
      banks: lines(f.banks),
      bankOpinion: p.text('bankOpinion', f.bankOpinion),
      paymentBehaviour: f.paymentBehaviour,
      history: { ...(f.pastTerms.trim() ? { pastTerms: f.pastTerms.trim() } : {}), limitOverruns: p.count('history.limitOverruns', f.limitOverruns), badDebts: p.count('history.badDebts', f.badDebts), lawsuits: p.count('history.lawsuits', f.lawsuits) },
      scoredItems: scored.map((r, i) => ({ item: p.text(`scoredItems[${i}].item`, r.item), score: r.score })),
      suggestedCreditLimit: { amount: p.money('suggestedCreditLimit.amount', f.suggestedCreditLimit, currency), currency },
      investigator: p.text('investigator', f.investigator),
      investigatedOn: p.date('investigatedOn', f.investigatedOn),
    };
    if (body.banks.length === 0) p.fields.banks = t.actions.fillIn;
    return p.ok ? { body } : { fields: p.fields };
  };
  return (
    <ActionForm id="credit-check" title={`${t.prospect.credit} (${t.forms.creditForm})`} open {...common(ctx)} submits={[{ label: t.prospect.credit, path: ctx.path('/credit-checks'), build }]}>
      {(errors) => (
        <>
          <div class="field-row">
            <TextField name="legalName" label={t.customers.legalName} value={f.legalName} onInput={(v) => set({ legalName: v })} errors={errors} />
            <TextField name="registrationNumber" label={t.prospect.registration} value={f.registrationNumber} onInput={(v) => set({ registrationNumber: v })} errors={errors} />
            <TextField name="legalRepresentative" label={t.prospect.legalRepresentative} value={f.legalRepresentative} onInput={(v) => set({ legalRepresentative: v })} errors={errors} />
            <TextField name="foundedOn" type="date" label={t.prospect.foundedOn} value={f.foundedOn} onInput={(v) => set({ foundedOn: v })} errors={errors} />
            <SelectField name="ownershipType" label={t.prospect.ownershipType} value={f.ownershipType} onChange={(v) => set({ ownershipType: v })} options={OWNERSHIP.map((o) => ({ value: o, label: t.ownership[o] }))} errors={errors} />
            <TextField name="registeredCapital.amount" label={t.prospect.registeredCapital} inputMode="decimal" help={t.actions.amountHelp(currency)} value={f.registeredCapital} onInput={(v) => set({ registeredCapital: v })} errors={errors} />
            <TextField name="employees" label={t.prospect.employees} inputMode="numeric" value={f.employees} onInput={(v) => set({ employees: v })} errors={errors} />
            <TextField name="annualRevenue.amount" label={t.prospect.annualRevenue} inputMode="decimal" help={t.actions.amountHelp(currency)} value={f.annualRevenue} onInput={(v) => set({ annualRevenue: v })} errors={errors} />
          </div>
          <TextField name="businessScope" label={t.prospect.businessScope} value={f.businessScope} onInput={(v) => set({ businessScope: v })} errors={errors} multiline />
          <div class="field-row">
            <TextField name="banks" label={t.prospect.banks} value={f.banks} onInput={(v) => set({ banks: v })} errors={errors} multiline />
            <TextField name="bankOpinion" label={t.prospect.bankOpinion} value={f.bankOpinion} onInput={(v) => set({ bankOpinion: v })} errors={errors} multiline />
          </div>
          <div class="field-row">
            <SelectField name="paymentBehaviour" label={t.prospect.paymentBehaviour} value={f.paymentBehaviour} onChange={(v) => set({ paymentBehaviour: v })} options={PAYMENT.map((o) => ({ value: o, label: t.payment[o] }))} errors={errors} />
            <TextField name="history.pastTerms" label={t.prospect.pastTerms} value={f.pastTerms} onInput={(v) => set({ pastTerms: v })} errors={errors} />
            <TextField name="history.limitOverruns" label={t.prospect.limitOverruns} inputMode="numeric" value={f.limitOverruns} onInput={(v) => set({ limitOverruns: v })} errors={errors} />
            <TextField name="history.badDebts" label={t.prospect.badDebts} inputMode="numeric" value={f.badDebts} onInput={(v) => set({ badDebts: v })} errors={errors} />
            <TextField name="history.lawsuits" label={t.prospect.lawsuits} inputMode="numeric" value={f.lawsuits} onInput={(v) => set({ lawsuits: v })} errors={errors} />
          </div>
          <fieldset>
            <legend>{t.prospect.scored}</legend>
            {items.rows.map((r, i) => (
              <RowBox key={i} label={t.actions.row(i + 1)} onRemove={items.rows.length > 1 ? () => items.remove(i) : undefined}>
                <TextField name={`scoredItems[${i}].item`} label={t.prospect.item} value={r.item} onInput={(v) => items.set(i, { item: v })} errors={errors} />
                <SelectField
                  name={`scoredItems[${i}].score`}
                  label={t.prospect.score}
                  value={r.score}
                  onChange={(v) => items.set(i, { score: v })}
                  options={[{ value: '' as const, label: '—' }, ...CREDIT_SCORES.map((s) => ({ value: s, label: s }))]}
                  errors={errors}
                />
              </RowBox>
            ))}
            <button type="button" class="secondary small" onClick={() => items.add({ item: '', score: '' })}>
              {t.common.add}
            </button>
            <p class="grade-live" role="status" aria-live="polite" data-testid="grade-live" data-grade={grade ?? ''}>
              {grade ? t.prospect.gradeLive(grade, formatNumber(totalPoints(scores)), scores.length) : t.prospect.gradeNone}
            </p>
          </fieldset>
          <div class="field-row">
            <TextField name="suggestedCreditLimit.amount" label={t.prospect.suggestedLimit} inputMode="decimal" help={t.actions.amountHelp(currency)} value={f.suggestedCreditLimit} onInput={(v) => set({ suggestedCreditLimit: v })} errors={errors} />
            <TextField name="investigator" label={t.customers.investigator} value={f.investigator} onInput={(v) => set({ investigator: v })} errors={errors} />
            <TextField name="investigatedOn" type="date" label={t.customers.investigatedOn} value={f.investigatedOn} onInput={(v) => set({ investigatedOn: v })} errors={errors} />
          </div>
        </>
      )}
    </ActionForm>
  );
}

function ScreenForm({ ctx }: { ctx: Ctx }) {
  const { t } = ctx;
  const [unclear, setUnclear] = useState('');
  const [comment, setComment] = useState('');
  const extra = () => (comment.trim() ? { comment: comment.trim() } : {});
  return (
    <ActionForm
      id="screen"
      title={t.prospect.screen}
      open
      {...common(ctx)}
      submits={[
        { label: t.prospect.screenKey, path: ctx.path('/screen'), testId: 'screen-key', build: () => ({ body: { outcome: 'key_prospect', ...extra() } }) },
        { label: t.prospect.screenAgain, path: ctx.path('/screen'), secondary: true, build: () => (lines(unclear).length ? { body: { outcome: 'reinvestigate', unclearPoints: lines(unclear), ...extra() } } : { fields: { unclearPoints: t.actions.fillIn } }) },
      ]}
    >
      {(errors) => (
        <>
          <TextField name="unclearPoints" label={t.prospect.unclear} value={unclear} onInput={setUnclear} errors={errors} multiline />
          <TextField name="comment" label={t.common.comment} value={comment} onInput={setComment} errors={errors} multiline />
        </>
      )}
    </ActionForm>
  );
}

function ApplyForm({ ctx }: { ctx: Ctx }) {
  const { t, currency } = ctx;
  const [f, setF] = useState({ objectives: '', approach: '', value: '', resources: '' });
  const milestones = useRows(() => [{ description: '', dueOn: '' }]);
  const build = () => {
    const p = new Problems();
    const objectives = lines(f.objectives);
    if (objectives.length === 0) p.fields.objectives = t.actions.fillIn;
    const body = {
      objectives,
      approach: p.text('approach', f.approach),
      milestones: milestones.rows.map((m, i) => ({ description: p.text(`milestones[${i}].description`, m.description), dueOn: p.date(`milestones[${i}].dueOn`, m.dueOn) })),
      expectedDealValue: { amount: p.money('expectedDealValue.amount', f.value, currency), currency },
      resourcesNeeded: lines(f.resources),
    };
    return p.ok ? { body } : { fields: p.fields };
  };
  return (
    <ActionForm id="apply" title={t.prospect.apply} open {...common(ctx)} submits={[{ label: t.prospect.apply, path: ctx.path('/application'), build }]}>
      {(errors) => (
        <>
          <TextField name="objectives" label={t.prospect.objectives} value={f.objectives} onInput={(v) => setF({ ...f, objectives: v })} errors={errors} multiline />
          <TextField name="approach" label={t.prospect.approach} value={f.approach} onInput={(v) => setF({ ...f, approach: v })} errors={errors} multiline />
          {milestones.rows.map((m, i) => (
            <RowBox key={i} label={t.actions.row(i + 1)} onRemove={milestones.rows.length > 1 ? () => milestones.remove(i) : undefined}>
              <TextField name={`milestones[${i}].description`} label={t.prospect.milestone} value={m.description} onInput={(v) => milestones.set(i, { description: v })} errors={errors} />
              <TextField name={`milestones[${i}].dueOn`} type="date" label={t.prospect.dueOn} value={m.dueOn} onInput={(v) => milestones.set(i, { dueOn: v })} errors={errors} />
            </RowBox>
          ))}
          <button type="button" class="secondary small" onClick={() => milestones.add({ description: '', dueOn: '' })}>
            {t.common.add}
          </button>
          <div class="field-row">
            <TextField name="expectedDealValue.amount" label={t.customers.expectedValue} inputMode="decimal" help={t.actions.amountHelp(currency)} value={f.value} onInput={(v) => setF({ ...f, value: v })} errors={errors} />
          </div>
          <TextField name="resourcesNeeded" label={t.prospect.resources} value={f.resources} onInput={(v) => setF({ ...f, resources: v })} errors={errors} multiline />
        </>
      )}
    </ActionForm>
  );
}

function ReviewForm({ ctx, level }: { ctx: Ctx; level: 'supervisor' | 'manager' }) {
  const { t } = ctx;
  const [text, setText] = useState('');
  const path = ctx.path(`/application/${level}-review`);
  return (
    <ActionForm
      id={`${level}-review`}
      title={level === 'supervisor' ? t.prospect.reviewSupervisor : t.prospect.reviewManager}
      open
      {...common(ctx)}
      submits={[
        { label: t.actions.approve, path, testId: `${level}-review-approve`, build: () => ({ body: { decision: 'approve', ...(text.trim() ? { comment: text.trim() } : {}) } }) },
        { label: t.actions.reject, path, secondary: true, build: () => (text.trim() ? { body: { decision: 'reject', reason: text.trim() } } : { fields: { reason: t.actions.fillIn } }) },
      ]}
    >
      {(errors) => <TextField name={errors.reason ? 'reason' : 'comment'} label={`${t.common.comment} / ${t.common.reason}`} help={t.actions.reasonHelp} value={text} onInput={setText} errors={errors} multiline />}
    </ActionForm>
  );
}

function ReportForm({ ctx }: { ctx: Ctx }) {
  const { t, currency } = ctx;
  const [f, setF] = useState({ visitDate: today(), method: 'visit' as S['ContactMethod'], discussed: '', result: '', stage: 'contacted' as S['DevelopmentStage'], nextStep: '', value: '', problems: '' });
  const build = () => {
    const p = new Problems();
    const body = {
      visitDate: p.date('visitDate', f.visitDate),
      method: f.method,
      discussed: p.text('discussed', f.discussed),
      result: p.text('result', f.result),
      stage: f.stage,
      nextStep: p.text('nextStep', f.nextStep),
      ...(f.value.trim() ? { expectedDealValue: { amount: p.money('expectedDealValue.amount', f.value, currency), currency } } : {}),
      ...(f.problems.trim() ? { problems: f.problems.trim() } : {}),
    };
    return p.ok ? { body } : { fields: p.fields };
  };
  return (
    <ActionForm id="report" title={`${t.prospect.report} (${t.forms.developmentForm})`} {...common(ctx)} onDone={(o) => (setF({ ...f, discussed: '', result: '', nextStep: '', problems: '' }), ctx.done(o))} submits={[{ label: t.prospect.report, path: ctx.path('/reports'), build }]}>
      {(errors) => (
        <>
          <div class="field-row">
            <TextField name="visitDate" type="date" label={t.prospect.visitDate} value={f.visitDate} onInput={(v) => setF({ ...f, visitDate: v })} errors={errors} />
            <SelectField name="method" label={t.prospect.method} value={f.method} onChange={(v) => setF({ ...f, method: v })} options={METHODS.map((m) => ({ value: m, label: t.contactMethod[m] }))} errors={errors} />
            <SelectField name="stage" label={t.prospect.stage} value={f.stage} onChange={(v) => setF({ ...f, stage: v })} options={STAGES.map((m) => ({ value: m, label: t.stage[m] }))} errors={errors} />
            <TextField name="expectedDealValue.amount" label={t.customers.expectedValue} inputMode="decimal" help={t.actions.amountHelp(currency)} value={f.value} onInput={(v) => setF({ ...f, value: v })} errors={errors} />
          </div>
          <TextField name="discussed" label={t.prospect.discussed} value={f.discussed} onInput={(v) => setF({ ...f, discussed: v })} errors={errors} multiline />
          <TextField name="result" label={t.prospect.result} value={f.result} onInput={(v) => setF({ ...f, result: v })} errors={errors} multiline />
          <TextField name="nextStep" label={t.customers.nextStep} value={f.nextStep} onInput={(v) => setF({ ...f, nextStep: v })} errors={errors} />
          <TextField name="problems" label={t.prospect.problems} value={f.problems} onInput={(v) => setF({ ...f, problems: v })} errors={errors} multiline />
        </>
      )}
    </ActionForm>
  );
}

function CommentForm({ ctx }: { ctx: Ctx }) {
  const { t, prospect } = ctx;
  const [n, setN] = useState(String(prospect.reportCount));
  const [comment, setComment] = useState('');
  const build = () => {
    const p = new Problems();
    const reportNumber = p.count('reportNumber', n);
    const body = { comment: p.text('comment', comment) };
    return p.ok ? { body: { ...body, reportNumber } } : { fields: p.fields };
  };
  return (
    <ActionForm
      id="comment-report"
      title={t.prospect.commentReport}
      {...common(ctx)}
      submits={[
        {
          label: t.prospect.commentReport,
          path: ctx.path(`/reports/${encodeURIComponent(n)}/comments`),
          build: () => {
            const built = build();
            return 'body' in built ? { body: { comment: (built.body as { comment: string }).comment } } : built;
          },
        },
      ]}
    >
      {(errors) => (
        <div class="field-row">
          <SelectField name="reportNumber" label={t.prospect.reportNumber} value={n} onChange={setN} options={Array.from({ length: prospect.reportCount }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))} errors={errors} />
          <TextField name="comment" label={t.common.comment} value={comment} onInput={setComment} errors={errors} multiline />
        </div>
      )}
    </ActionForm>
  );
}

function ConvertForm({ ctx }: { ctx: Ctx }) {
  const { t } = ctx;
  const [date, setDate] = useState(today());
  return (
    <ActionForm id="convert" title={t.prospect.convert} {...common(ctx)} submits={[{ label: t.prospect.convert, path: ctx.path('/convert'), build: () => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? { body: { convertedOn: date } } : { fields: { convertedOn: t.actions.enterDate } }) }]}>
      {(errors) => <TextField name="convertedOn" type="date" label={t.prospect.convertedOn} value={date} onInput={setDate} errors={errors} />}
    </ActionForm>
  );
}

function AssignForm({ ctx }: { ctx: Ctx }) {
  const { t } = ctx;
  const [f, setF] = useState({ id: '', name: '' });
  const build = () => {
    const p = new Problems();
    const body = { salespersonId: p.text('salespersonId', f.id), salespersonName: p.text('salespersonName', f.name) };
    return p.ok ? { body } : { fields: p.fields };
  };
  return (
    <ActionForm id="assign" title={t.prospect.assign} {...common(ctx)} submits={[{ label: t.prospect.assign, path: ctx.path('/assign'), build }]}>
      {(errors) => (
        <div class="field-row">
          <TextField name="salespersonId" label={t.actions.salespersonId} value={f.id} onInput={(v) => setF({ ...f, id: v })} errors={errors} />
          <TextField name="salespersonName" label={t.actions.salespersonName} value={f.name} onInput={(v) => setF({ ...f, name: v })} errors={errors} />
        </div>
      )}
    </ActionForm>
  );
}

export function ProspectView({ prospectId }: { prospectId: string }) {
  const { session, live } = useApp();
  const t = useT();
  const path = `/api/prospects/${encodeURIComponent(prospectId)}`;
  const prospect = useStreamState<Prospect>(path);
  useLive(live, CUSTOMER_PROJECTIONS, prospect.reload, (change) => change.ids.some((id) => id.includes(prospectId)));
  const [notice, done] = useCommandNotice(prospect.reload);
  const data = prospect.data;
  const crumbs = (
    <nav class="breadcrumbs" aria-label={t.common.breadcrumbs}>
      <a href={href('/customers')}>{t.nav.customers}</a> › {t.prospect.what}
    </nav>
  );
  if (!data) {
    return (
      <>
        {crumbs}
        <h1 tabIndex={-1}>{t.prospect.facts}</h1>
        <QueryStatus error={prospect.error} loading={prospect.loading} hasData={false} what={t.prospect.what} />
      </>
    );
  }
  const currency = data.latestCreditCheck?.suggestedCreditLimit.currency ?? data.application?.expectedDealValue.currency ?? 'CNY';
  const ctx: Ctx = {
    prospect: data,
    etag: data.etag,
    t,
    path: (suffix) => `${path}${suffix}`,
    describe: `${label(t.prospectStatus, data.status)} (${t.plan.revision(data.revision)})`,
    done,
    reload: prospect.reload,
    currency,
  };
  const actions = prospectActions(data, session.user);
  return (
    <>
      {crumbs}
      <h1 tabIndex={-1}>{t.prospect.heading(data.name)}</h1>
      <section class="panel" aria-labelledby="prospect-facts-heading">
        <h2 id="prospect-facts-heading">{t.prospect.facts}</h2>
        <dl class="facts">
          <div>
            <dt>{t.common.status}</dt>
            <dd data-testid="prospect-status" data-status={data.status}>
              {label(t.prospectStatus, data.status)}
            </dd>
          </div>
          <div>
            <dt>{t.common.team}</dt>
            <dd>{data.team}</dd>
          </div>
          <div>
            <dt>{t.customers.assigned}</dt>
            <dd>{data.assignedSalespersonName ?? data.assignedSalespersonId ?? '—'}</dd>
          </div>
          <div>
            <dt>{t.customers.industry}</dt>
            <dd>{data.industry}</dd>
          </div>
          <div>
            <dt>{t.customers.region}</dt>
            <dd>{data.region}</dd>
          </div>
          <div>
            <dt>{t.customers.size}</dt>
            <dd>{label(t.size, data.size)}</dd>
          </div>
          <div>
            <dt>{t.prospect.contact}</dt>
            <dd>{[data.contact.name, data.contact.phone, data.contact.email].filter(Boolean).join(' · ')}</dd>
          </div>
          <div>
            <dt>{t.prospect.source}</dt>
            <dd>{data.source}</dd>
          </div>
          <div>
            <dt>{t.prospect.assessment}</dt>
            <dd>{data.initialAssessment}</dd>
          </div>
          <div>
            <dt>{t.customers.latestGrade}</dt>
            <dd data-testid="prospect-grade">{data.latestCreditCheck ? `${data.latestCreditCheck.grade} · ${t.customers.limit} ${formatQuantity(data.latestCreditCheck.suggestedCreditLimit.amount, data.latestCreditCheck.suggestedCreditLimit.currency)}` : '—'}</dd>
          </div>
          {data.application && (
            <div>
              <dt>{t.customers.expectedValue}</dt>
              <dd>
                {formatQuantity(data.application.expectedDealValue.amount, data.application.expectedDealValue.currency)} · {t.prospect.application(data.application.version, data.people.find((p) => p.id === data.application!.submittedBy)?.name ?? data.application.submittedBy)}
              </dd>
            </div>
          )}
          <div>
            <dt>{t.prospect.reportCount}</dt>
            <dd>{formatNumber(data.reportCount)}</dd>
          </div>
        </dl>
      </section>
      <ActionsPanel of="prospect" notice={notice}>
        {actions.size === 0 && <p class="help">{t.plan.noActions}</p>}
        {actions.has('creditCheck') && <CreditCheckForm key={`cc-${data.revision}`} ctx={ctx} />}
        {actions.has('screen') && <ScreenForm ctx={ctx} />}
        {actions.has('apply') && <ApplyForm ctx={ctx} />}
        {actions.has('supervisorReview') && <ReviewForm ctx={ctx} level="supervisor" />}
        {actions.has('managerReview') && <ReviewForm ctx={ctx} level="manager" />}
        {actions.has('start') && (
          <ActionForm id="start" title={t.prospect.start} open {...common(ctx)} submits={[{ label: t.prospect.start, path: ctx.path('/development/start'), build: () => ({ body: {} }) }]}>
            {() => null}
          </ActionForm>
        )}
        {actions.has('report') && <ReportForm ctx={ctx} />}
        {actions.has('convert') && <ConvertForm ctx={ctx} />}
        {actions.has('comment') && <CommentForm ctx={ctx} />}
        {actions.has('assign') && <AssignForm ctx={ctx} />}
      </ActionsPanel>
    </>
  );
}
