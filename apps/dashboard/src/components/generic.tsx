import type { ComponentChildren } from 'preact';
import { formatDateTime, formatQuantity, humanize } from '../format.js';
import { messages } from '../i18n/messages.js';

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function isMoney(value: unknown): value is { amount: number; currency: string } {
  return typeof value === 'object' && value !== null && typeof (value as { amount?: unknown }).amount === 'number' && typeof (value as { currency?: unknown }).currency === 'string';
}

/** A value of unknown shape as short text (money, dates, lists, names). */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? messages().common.yes : messages().common.no;
  if (typeof value === 'number') return new Intl.NumberFormat().format(value);
  if (typeof value === 'string') return DATE_TIME.test(value) ? formatDateTime(value) : value;
  if (isMoney(value)) return formatQuantity(value.amount, value.currency);
  if (Array.isArray(value)) return value.map(describeValue).join(', ') || '—';
  const named = value as { name?: unknown; id?: unknown };
  if (typeof named.name === 'string') return named.name;
  if (typeof named.id === 'string') return named.id;
  return JSON.stringify(value);
}

/** Columns for rows of unknown shape: the preferred ones first, then what the rows have, at most `max`. */
export function columnsOf(rows: Record<string, unknown>[], preferred: readonly string[], max = 8): string[] {
  const present = new Set(rows.slice(0, 50).flatMap((r) => Object.keys(r)));
  const first = preferred.filter((c) => present.has(c));
  const rest = [...present].filter((c) => !first.includes(c) && c !== 'id' && c !== 'freshness' && !/position$|revision$|^last/i.test(c));
  return [...first, ...rest].slice(0, max);
}

/** Columns whose values are codes (`in_development`): shown as words. */
const CODE_COLUMNS = /status|stage|phase|outcome|behaviour|size|kind|decision/i;

export function GenericTable({ rows, preferred, caption, testId }: { rows: Record<string, unknown>[]; preferred: readonly string[]; caption: string; testId?: string }) {
  const columns = columnsOf(rows, preferred);
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table data-testid={testId}>
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th scope="col" key={c}>
                {humanize(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={typeof row.id === 'string' ? row.id : i}>
              {columns.map((c) => (
                <td key={c}>{CODE_COLUMNS.test(c) && typeof row[c] === 'string' && /^[a-z][a-z_]*$/.test(row[c] as string) ? humanize(row[c] as string) : describeValue(row[c])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Any JSON answer as nested definition lists, for answers whose shape is still settling. */
export function JsonView({ value, depth = 0 }: { value: unknown; depth?: number }) {
  if (value === null || typeof value !== 'object' || isMoney(value) || depth > 4) return <span>{describeValue(value)}</span>;
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object' || isMoney(v))) return <span>{describeValue(value)}</span>;
    return (
      <ol class="json-list">
        {value.map((v, i) => (
          <li key={i}>
            <JsonView value={v} depth={depth + 1} />
          </li>
        ))}
      </ol>
    );
  }
  return (
    <dl class="json">
      {Object.entries(value).map(([k, v]) => (
        <div key={k}>
          <dt>{humanize(k)}</dt>
          <dd>
            <JsonView value={v} depth={depth + 1} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The list in an answer of unknown shape: the array itself, or its `items` (or first array field). */
export function itemsOf(body: unknown): Record<string, unknown>[] {
  if (Array.isArray(body)) return body as Record<string, unknown>[];
  if (body && typeof body === 'object') {
    const record = body as Record<string, unknown>;
    if (Array.isArray(record.items)) return record.items as Record<string, unknown>[];
    const first = Object.values(record).find(Array.isArray);
    if (first) return first as Record<string, unknown>[];
  }
  return [];
}

/** A table that scrolls inside its card and becomes one card per row at 390 px (each cell's `data-label` names its column). */
export function CardTable({ label, columns, children }: { label: string; columns: readonly string[]; children: ComponentChildren }) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={label}>
      <table class="cards">
        <thead>
          <tr>
            {columns.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
