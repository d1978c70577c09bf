import type { Spread } from './stats.js';

/**
 * How one row compares with another of the same comparison: its speed as a share of the other's,
 * computed round by round (above 1: faster), with the median and range of those shares.
 */
export interface Ratio extends Spread {
  /** Variant key of the row compared against, in the same comparison. */
  to: string;
  samples: number[];
}

/**
 * One measured thing in one run: a variant of a comparison, with one sample per round (in round
 * order), their median and range, and its ratios to other rows of the same comparison computed
 * round by round (so both sides of a ratio were measured next to each other).
 */
export interface ResultRow {
  /** `<comparison id>.<variant key>`, stable across runs: docs and targets select rows by it. */
  id: string;
  section: string;
  case: string;
  variant: string;
  unit: string;
  better: 'higher' | 'lower';
  samples: number[];
  median: number | null;
  min: number | null;
  max: number | null;
  /** Medians over the rounds of each round's latency percentiles, when measured. */
  p50Ms?: number;
  p99Ms?: number;
  ratios?: Ratio[];
  note?: string;
}

export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean | null;
}

export class Results {
  readonly rows: ResultRow[] = [];

  constructor(private readonly log: (line: string) => void) {}

  add(row: ResultRow): ResultRow {
    this.rows.push(row);
    const ratios = (row.ratios ?? []).map((r) => `, ${fmtRatio(r)}`).join('');
    const latency = row.p99Ms !== undefined ? `, p99 ${fmtMs(row.p99Ms)}` : '';
    this.log(`  ${row.case} · ${row.variant}: ${fmtValue(row.median)} ${row.unit} (${fmtRange(row)})${ratios}${latency}${row.note ? `  [${row.note}]` : ''}`);
    return row;
  }

  unavailable(id: string, section: string, name: string, variant: string, reason: string): ResultRow {
    return this.add({ id, section, case: name, variant, unit: '', better: 'higher', samples: [], median: null, min: null, max: null, note: `not available: ${reason}` });
  }
}

export function fmtValue(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

export function fmtMs(ms: number | undefined): string {
  return ms === undefined ? '' : `${ms < 10 ? ms.toFixed(2) : ms.toFixed(1)} ms`;
}

export function fmtRange(row: Pick<ResultRow, 'min' | 'max' | 'samples'>): string {
  if (row.min === null || row.max === null) return '';
  return `${fmtValue(row.min)}–${fmtValue(row.max)}, n=${row.samples.length}`;
}

export function fmtRatio(ratio: Ratio): string {
  return `${ratio.median.toFixed(2)} of ${ratio.to} (${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)})`;
}

/** The rows whose id is one of `prefixes` or starts with `<prefix>.`, in the order of the run. */
export function selectRows(rows: readonly ResultRow[], prefixes: readonly string[]): ResultRow[] {
  return rows.filter((r) => prefixes.some((p) => r.id === p || r.id.startsWith(p.endsWith('.') ? p : `${p}.`)));
}

/**
 * Rows as one Markdown table (also readable in a terminal): the median, the range over the rounds,
 * and each ratio with its own range. Section and case are printed where they change.
 */
export function renderTable(rows: readonly ResultRow[]): string {
  const header = ['Section', 'Case', 'Variant', 'Median', 'Range (rounds)', 'Unit', 'Share of', 'p99', 'Note'];
  const body = rows.map((r, i) => {
    const previous = rows[i - 1];
    return [
      previous?.section === r.section ? '' : r.section,
      previous?.section === r.section && previous.case === r.case ? '' : r.case,
      r.variant,
      fmtValue(r.median),
      fmtRange(r),
      r.unit,
      (r.ratios ?? []).map(fmtRatio).join('; '),
      fmtMs(r.p99Ms),
      r.note ?? '',
    ];
  });
  return markdown(header, body, [false, false, false, true, true, false, false, true, false]);
}

export function renderTargets(targets: readonly TargetCheck[]): string {
  const body = targets.map((t) => [t.target, t.measured, t.met === null ? 'n/a' : t.met ? 'met' : 'NOT met']);
  return markdown(['Target', 'Measured (median, range over rounds)', ''], body, [false, false, false]);
}

function markdown(header: string[], body: string[][], right: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (right[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (right[i] ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`;
  return [line(header), rule, ...body.map(line)].join('\n');
}
