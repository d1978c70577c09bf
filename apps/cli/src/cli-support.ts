import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { InvalidArgumentError } from 'commander';
import { Runtime, connectStores, loadConfig, type StoreLogger } from '#app/platform';

/** Everything that is not the command's data goes to stderr, so stdout can be piped or captured. */
export const stderrLogger: StoreLogger = {
  log: (message) => void process.stderr.write(`${message}\n`),
  warn: (message) => void process.stderr.write(`${message}\n`),
  error: (message) => void process.stderr.write(`${message}\n`),
};

/** The stores the configuration names, with the projections' registry, for one command. */
export async function withRuntime<T>(work: (runtime: Runtime) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const runtime = Runtime.fromConfig(config, stderrLogger);
  try {
    await connectStores(runtime, config, stderrLogger);
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

/**
 * Checks flag values with the API's own request class, so the CLI refuses exactly what the API
 * answers 400 to; the message names the flag (`flags` maps the request's fields to flags). Only the fields given are checked.
 */
export function checkLikeTheApi<T extends object>(request: new () => T, values: Record<string, unknown>, flags: Record<string, string>): T {
  const instance = plainToInstance(request, values);
  const error = validateSync(instance, { forbidUnknownValues: true }).find((e) => e.property in values);
  if (error) throw new InvalidArgumentError(`${flags[error.property] ?? error.property}: ${Object.values(error.constraints ?? {})[0] ?? 'invalid'}`);
  return instance;
}

/** A flag parser that checks one value with the API's request class. */
export const likeTheApi =
  <T extends object>(request: new () => T, field: string, flag: string) =>
  <V>(value: V): V => {
    checkLikeTheApi(request, { [field]: value }, { [field]: flag });
    return value;
  };

/** `30m`, `8h`, `7d`: the token lifetimes the CLI mints. */
export function duration(flag: string) {
  return (value: string): string => {
    if (!/^\d{1,6}(s|m|h|d)$/.test(value) || Number.parseInt(value, 10) === 0) throw new InvalidArgumentError(`${flag} must be a positive duration such as 30m, 8h or 7d`);
    return value;
  };
}

/** Prints rows as an aligned text table (no index column). */
export function table(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return '';
  const columns = Object.keys(rows[0]!);
  const cells = rows.map((row) => columns.map((c) => (row[c] === null || row[c] === undefined ? '—' : String(row[c]))));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)));
  const numeric = columns.map((c) => rows.every((row) => typeof row[c] === 'number'));
  const line = (values: string[]) => values.map((v, i) => (numeric[i] ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join('  ').trimEnd();
  return `${[line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n')}\n`;
}
