import { useState } from 'preact/hooks';
import { isMoneyMetric, toMinorUnits } from '../format.js';
import { messages } from '../i18n/messages.js';
import { useT } from '../i18n/messages.js';
import { Field, type FieldErrors } from './action-form.js';

/** Rows of a repeating part of a form (targets, corrections), edited in place. */
export function useRows<T>(initial: () => T[]): { rows: T[]; set: (i: number, patch: Partial<T>) => void; add: (row: T) => void; remove: (i: number) => void; reset: (rows: T[]) => void } {
  const [rows, setRows] = useState<T[]>(initial);
  return {
    rows,
    set: (i, patch) => setRows((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r))),
    add: (row) => setRows((all) => [...all, row]),
    remove: (i) => setRows((all) => all.filter((_, j) => j !== i)),
    reset: setRows,
  };
}

/** Collects client-side problems by field path while a body is built. */
export class Problems {
  readonly fields: Record<string, string> = {};
  text(path: string, value: string): string {
    if (value.trim() === '') this.fields[path] = messages().actions.fillIn;
    return value.trim();
  }
  date(path: string, value: string): string {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) this.fields[path] = messages().actions.enterDate;
    return value;
  }
  /** A typed amount: money in major units of `currency` (to minor units), a count as a whole number. */
  quantity(path: string, value: string, metric: string, currency: string): number {
    const minor = toMinorUnits(value, isMoneyMetric(metric) ? currency : undefined);
    if (minor === null) this.fields[path] = isMoneyMetric(metric) ? messages().actions.enterAmount : messages().actions.enterCount;
    return minor ?? 0;
  }
  money(path: string, value: string, currency: string): number {
    const minor = toMinorUnits(value, currency);
    if (minor === null) this.fields[path] = messages().actions.enterAmount;
    return minor ?? 0;
  }
  count(path: string, value: string): number {
    const n = toMinorUnits(value);
    if (n === null) this.fields[path] = messages().actions.enterCount;
    return n ?? 0;
  }
  get ok(): boolean {
    return Object.keys(this.fields).length === 0;
  }
}

export function TextField({ name, label, value, onInput, errors, multiline, help, type = 'text', wide, inputMode }: { name: string; label: string; value: string; onInput: (v: string) => void; errors: FieldErrors; multiline?: boolean; help?: string; type?: 'text' | 'date'; wide?: boolean; inputMode?: 'decimal' | 'numeric' }) {
  return (
    <Field name={name} label={label} errors={errors} {...(help ? { help } : {})} wide={wide ?? !!multiline}>
      {(props) =>
        multiline ? (
          <textarea {...props} rows={3} value={value} onInput={(e) => onInput(e.currentTarget.value)} />
        ) : type === 'date' ? (
          <input {...props} type="date" value={value} onInput={(e) => onInput(e.currentTarget.value)} />
        ) : (
          <input {...props} type="text" value={value} {...(inputMode ? { inputMode } : {})} onInput={(e) => onInput(e.currentTarget.value)} />
        )
      }
    </Field>
  );
}

export function SelectField<V extends string>({ name, label, value, onChange, options, errors, help }: { name: string; label: string; value: V | ''; onChange: (v: V) => void; options: readonly { value: V; label: string }[]; errors: FieldErrors; help?: string }) {
  return (
    <Field name={name} label={label} errors={errors} {...(help ? { help } : {})}>
      {(props) => (
        <select {...props} value={value} onChange={(e) => onChange(e.currentTarget.value as V)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A row of a repeating part: its fields side by side, and a remove button when more than one is allowed. */
export function RowBox({ children, onRemove, label }: { children: preact.ComponentChildren; onRemove?: (() => void) | undefined; label: string }) {
  const t = useT();
  return (
    <fieldset class="row-box">
      <legend class="visually-hidden">{label}</legend>
      {children}
      {onRemove && (
        <button type="button" class="secondary small" onClick={onRemove} aria-label={`${t.common.remove}: ${label}`}>
          {t.common.remove}
        </button>
      )}
    </fieldset>
  );
}

export const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
