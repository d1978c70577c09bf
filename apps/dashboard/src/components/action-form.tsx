import type { ComponentChildren, TargetedEvent } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { ApiError, requestFull } from '../api.js';
import { useApp } from '../context.js';
import { errorSentence } from '../i18n/errors.js';
import { currentLocale } from '../i18n/locale.js';
import { useT } from '../i18n/messages.js';
import { ErrorMessage, Notice } from './messages.js';

/** Client-side problems by field path (`targets[0].amount`), or the body to send. */
export type Built = { body: unknown } | { fields: Record<string, string> };

export interface Submit {
  label: string;
  path: string;
  build: () => Built;
  /** Secondary buttons (reject) are drawn outlined. */
  secondary?: boolean;
  testId?: string;
}

export interface CommandOutcome {
  revision: number;
  position: number;
  replayed: boolean;
  body: Record<string, unknown>;
}

/** Field errors of the last answer, by field path: what a field shows beside itself. */
export type FieldErrors = Record<string, string[]>;

const uuid = () => (typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);

/**
 * One command form: POST through the public command API with If-Match from the view's ETag and
 * an Idempotency-Key generated per submission and reused when the same submission is retried. Field
 * errors from the answer go beside their fields; 409 and 412 say someone acted first, reload the
 * view and show what changed.
 */
export function ActionForm({
  id,
  title,
  submits,
  ifMatch,
  describe,
  onDone,
  onConflict,
  children,
  open = false,
  help,
  onError,
}: {
  id: string;
  title: string;
  submits: Submit[];
  /** The ETag of the state the reader sees, sent as If-Match; absent for commands that add an independent fact (an actual, a report). */
  ifMatch?: string | undefined;
  /** The state in words (status, revision): before and after a conflict. */
  describe?: string | undefined;
  onDone: (outcome: CommandOutcome) => void;
  onConflict?: () => void;
  children: (errors: FieldErrors) => ComponentChildren;
  open?: boolean;
  help?: ComponentChildren;
  /** Every refusal, for forms that act on one (a duplicate's link to the existing item). */
  onError?: (error: ApiError) => void;
}) {
  const t = useT();
  const { session } = useApp();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState<{ before: string; code: string; status: number } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const last = useRef<{ fingerprint: string; key: string } | null>(null);

  async function send(submit: Submit) {
    setDone(null);
    setFailure(null);
    setConflict(null);
    const built = submit.build();
    if ('fields' in built) {
      setErrors(Object.fromEntries(Object.entries(built.fields).map(([k, v]) => [k, [v]])));
      return;
    }
    setErrors({});
    const fingerprint = `${submit.path}|${JSON.stringify(built.body)}|${ifMatch ?? ''}`;
    if (last.current?.fingerprint !== fingerprint) last.current = { fingerprint, key: uuid() };
    const headers: Record<string, string> = { 'idempotency-key': last.current.key };
    if (ifMatch !== undefined) headers['if-match'] = ifMatch;
    setBusy(true);
    const before = describe ?? '';
    try {
      const answer = await requestFull<Record<string, unknown>>(submit.path, { token: session.token, method: 'POST', body: built.body, headers });
      last.current = null;
      setDone(t.actions.doneWith(submit.label));
      onDone({
        revision: Number(answer.body.revision ?? -1),
        position: Number(answer.body.position ?? 0),
        replayed: answer.headers.get('idempotent-replayed') === 'true',
        body: answer.body,
      });
    } catch (error) {
      if (error instanceof ApiError) {
        onError?.(error);
        setErrors(Object.fromEntries(error.fields.map((f) => [f.field, f.messages])));
        if (error.status === 412 || error.status === 409) {
          setConflict({ before, code: error.code, status: error.status });
          // The submission was refused for good: a new one gets a new key.
          last.current = null;
          onConflict?.();
          setFailure(error);
        } else {
          if (error.status < 500 && error.status !== 0 && error.status !== 429) last.current = null;
          setFailure(error);
        }
      } else setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  const onSubmit = (e: TargetedEvent<HTMLFormElement, SubmitEvent>) => {
    e.preventDefault();
    const index = Number((e.submitter as HTMLButtonElement | null)?.value ?? 0);
    void send(submits[index] ?? submits[0]!);
  };

  return (
    <details class="action" id={`action-${id}`} data-action={id} open={open}>
      <summary>{title}</summary>
      <form onSubmit={onSubmit} aria-label={title} noValidate>
        {help && <p class="help">{help}</p>}
        {children(errors)}
        {conflict && (
          <div class="message message-warning" role="alert" data-testid="conflict" data-error-code={conflict.code}>
            <p>
              <strong>{t.errors.conflictTitle}.</strong> {conflict.status === 412 ? t.errors.conflict412 : t.errors.conflict409}
            </p>
            <p>{errorSentence(conflict.code, currentLocale())}</p>
            {conflict.before && describe && <p data-testid="what-changed">{t.errors.changed(conflict.before, describe)}</p>}
          </div>
        )}
        {failure !== null && !conflict && <ErrorMessage error={failure} />}
        {Object.keys(errors).length > 0 && failure === null && (
          <p class="field-error" role="alert">
            {t.errors.fieldsTitle} {Object.keys(errors).join(', ')}
          </p>
        )}
        {done && (
          <p class="message message-success" role="status" data-testid="action-done">
            <span aria-hidden="true">✔ </span>
            {done}
          </p>
        )}
        <div class="buttons">
          {submits.map((s, i) => (
            <button key={s.label} type="submit" value={String(i)} class={s.secondary ? 'secondary' : undefined} disabled={busy} data-testid={s.testId}>
              {busy ? t.actions.sending : s.label}
            </button>
          ))}
        </div>
      </form>
    </details>
  );
}

/** A labelled input with the messages of its field path beside it. */
export function Field({
  name,
  label,
  errors,
  children,
  help,
  wide,
}: {
  name: string;
  label: string;
  errors: FieldErrors;
  children: (props: { id: string; name: string; 'aria-invalid'?: 'true'; 'aria-describedby'?: string }) => ComponentChildren;
  help?: string;
  wide?: boolean;
}) {
  const id = `f-${name.replace(/[^\w-]/g, '-')}-${useRef(Math.random().toString(36).slice(2, 7)).current}`;
  const messages = errors[name] ?? [];
  const describedBy = [help ? `${id}-help` : '', messages.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${wide ? ' field-wide' : ''}`}>
      <label for={id}>{label}</label>
      {children({ id, name, ...(messages.length ? { 'aria-invalid': 'true' as const } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) })}
      {help && (
        <span id={`${id}-help`} class="help">
          {help}
        </span>
      )}
      {messages.length > 0 && (
        <span id={`${id}-error`} class="field-error" data-field-error={name}>
          {messages.join('; ')}
        </span>
      )}
    </div>
  );
}

/** A workspace's last command: the notice it leaves (and whether it was answered from an earlier try), and the view reloaded. */
export function useCommandNotice(reload: () => void): [string | null, (outcome: CommandOutcome) => void] {
  const t = useT();
  const [notice, setNotice] = useState<string | null>(null);
  const done = (outcome: CommandOutcome) => {
    setNotice(outcome.replayed ? `${t.actions.done} (Idempotent-Replayed)` : t.actions.done);
    reload();
  };
  return [notice, done];
}

/** “What you can do” in a plan's or prospect's workspace: the last command's notice, then the actions. */
export function ActionsPanel({ of, notice, children }: { of: 'plan' | 'prospect'; notice: string | null; children: ComponentChildren }) {
  const t = useT();
  return (
    <section class="panel" aria-labelledby={`${of}-actions-heading`} data-testid={`${of}-actions`}>
      <h2 id={`${of}-actions-heading`}>{t.plan.actions}</h2>
      {notice && (
        <Notice kind="success" testId={`${of}-notice`}>
          <p>
            <span aria-hidden="true">✔ </span>
            {notice}
          </p>
        </Notice>
      )}
      {children}
    </section>
  );
}
