/** One line of the results table; `value` in `unit`, with optional latency percentiles. */
export interface ResultRow {
  section: string;
  case: string;
  value: number | null;
  unit: string;
  p50Ms?: number;
  p99Ms?: number;
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
    const latency = row.p99Ms !== undefined ? `  p50 ${fmtMs(row.p50Ms)} p99 ${fmtMs(row.p99Ms)}` : '';
    this.log(`  ${row.section} · ${row.case}: ${fmtValue(row.value)} ${row.unit}${latency}${row.note ? `  (${row.note})` : ''}`);
    return row;
  }

  unavailable(section: string, name: string, reason: string): ResultRow {
    return this.add({ section, case: name, value: null, unit: '', note: `not available: ${reason}` });
  }

  find(section: string, name: string): number | null {
    return this.rows.find((r) => r.section === section && r.case === name)?.value ?? null;
  }

  findRow(section: string, name: string): ResultRow | undefined {
    return this.rows.find((r) => r.section === section && r.case === name);
  }
}

export function fmtValue(value: number | null): string {
  if (value === null) return '—';
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

export function fmtMs(ms: number | undefined): string {
  return ms === undefined ? '' : `${ms < 10 ? ms.toFixed(2) : ms.toFixed(1)} ms`;
}

/** The results as one Markdown table (also readable in a terminal). */
export function renderTable(rows: readonly ResultRow[]): string {
  const header = ['Section', 'Case', 'Result', 'Unit', 'p50', 'p99', 'Note'];
  const body = rows.map((r) => [r.section, r.case, fmtValue(r.value), r.unit, fmtMs(r.p50Ms), fmtMs(r.p99Ms), r.note ?? '']);
  return markdown(header, body, [false, false, true, false, true, true, false]);
}

export function renderTargets(targets: readonly TargetCheck[]): string {
  const body = targets.map((t) => [t.target, t.measured, t.met === null ? 'n/a' : t.met ? 'met' : 'NOT met']);
  return markdown(['Target', 'Measured', ''], body, [false, true, false]);
}

function markdown(header: string[], body: string[][], right: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (right[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (right[i] ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`;
  return [line(header), rule, ...body.map(line)].join('\n');
}
