import { createSocket } from 'node:dgram';
import { mkdirSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import type { AuditSeal } from './audit-seal.js';

/**
 * What a seal said, kept outside the event store as it is made: `verify` checks the store's seal
 * stream against these, so deleting, shortening or recomputing the seals in the database shows.
 */
export interface SealReceipt {
  sealNumber: number;
  fromPosition: number;
  toPosition: number;
  eventCount: number;
  sealHash: string;
  /** The seal event's own position in the log. */
  position: number;
  sealedAt: string;
}

export function receiptOf(seal: AuditSeal, position: number, sealedAt: string): SealReceipt {
  return {
    sealNumber: seal.sealNumber,
    fromPosition: seal.fromPosition,
    toPosition: seal.toPosition,
    eventCount: seal.eventCount,
    sealHash: seal.sealHash,
    position,
    sealedAt,
  };
}

/** Where seal receipts go as seals are made. */
export interface SealReceiptSink {
  /** Says where, for log lines (no secrets). */
  readonly description: string;
  record(receipt: SealReceipt): Promise<void>;
  /** The highest seal number it holds, when it can tell (a file can; a webhook cannot). */
  lastRecorded?(): Promise<number | null>;
}

/**
 * The default sink: one JSON line per seal appended to a file beside the event store
 * (`DATA_DIR/seal-receipts.jsonl`) and fsynced before the seal counts as receipted. It is also
 * where `verify` reads receipts back.
 */
export class FileSealReceipts implements SealReceiptSink {
  readonly description: string;

  constructor(readonly path: string) {
    this.description = `file ${path}`;
  }

  async record(receipt: SealReceipt): Promise<void> {
    mkdirSync(dirname(this.path), { recursive: true });
    const file = await open(this.path, 'a', 0o644);
    try {
      await file.appendFile(`${JSON.stringify(receipt)}\n`);
      await file.sync();
    } finally {
      await file.close();
    }
  }

  /** The seal number of the last whole receipt in the file (read from its end); null without a file. */
  async lastRecorded(): Promise<number | null> {
    let file;
    try {
      file = await open(this.path, 'r');
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return null;
      throw error;
    }
    try {
      const { size } = await file.stat();
      for (let chunk = 4096; ; chunk *= 4) {
        const length = Math.min(size, chunk);
        const buffer = Buffer.alloc(length);
        await file.read(buffer, 0, length, size - length);
        const receipts = parseReceipts(buffer.toString('utf8'));
        if (receipts.length > 0) return receipts.at(-1)!.sealNumber;
        if (length === size) return 0;
      }
    } finally {
      await file.close();
    }
  }

  /** The receipts in the file, in the order written; null when there is no file. A torn last line is left out. */
  async read(): Promise<SealReceipt[] | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return null;
      throw error;
    }
    return parseReceipts(text);
  }
}

/** Receipts from JSON lines; lines that are not a receipt (a torn last write) are left out. */
export function parseReceipts(text: string): SealReceipt[] {
  const receipts: SealReceipt[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const value = JSON.parse(line) as Partial<SealReceipt>;
      if (Number.isSafeInteger(value.sealNumber) && typeof value.sealHash === 'string' && Number.isSafeInteger(value.toPosition)) receipts.push(value as SealReceipt);
    } catch {
      continue;
    }
  }
  return receipts;
}

/** POSTs each receipt as JSON to a URL (an append-only log service of the operator's choice). */
export class WebhookSealReceipts implements SealReceiptSink {
  readonly description: string;

  constructor(
    private readonly url: URL,
    private readonly timeoutMs = 5000,
  ) {
    this.description = `webhook ${url.origin}${url.pathname}`;
  }

  async record(receipt: SealReceipt): Promise<void> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'salesflow.seal-receipt', ...receipt }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!response.ok) throw new Error(`the webhook answered ${response.status}`);
  }
}

/** Sends each receipt as an RFC 5424 syslog message over UDP (facility auth, severity notice). */
export class SyslogSealReceipts implements SealReceiptSink {
  readonly description: string;

  constructor(
    private readonly host: string,
    private readonly port = 514,
  ) {
    this.description = `syslog udp://${host}:${port}`;
  }

  async record(receipt: SealReceipt): Promise<void> {
    const priority = 4 * 8 + 5;
    const message = Buffer.from(`<${priority}>1 ${new Date().toISOString()} ${hostname()} salesflow ${process.pid} seal-receipt - ${JSON.stringify(receipt)}`);
    const socket = createSocket(this.host.includes(':') ? 'udp6' : 'udp4');
    try {
      await new Promise<void>((resolve, reject) => socket.send(message, this.port, this.host, (error) => (error ? reject(error) : resolve())));
    } finally {
      socket.close();
    }
  }
}

/** A sink from a setting: an http(s) URL, `syslog://host[:port]`, or anything else as a file path. */
export function sealReceiptSink(target: string): SealReceiptSink {
  if (/^https?:\/\//.test(target)) return new WebhookSealReceipts(new URL(target));
  const syslog = /^syslog:\/\/(\[[^\]]+\]|[^:/]+)(?::(\d+))?\/?$/.exec(target);
  if (syslog) return new SyslogSealReceipts(syslog[1]!.replace(/^\[|\]$/g, ''), syslog[2] ? Number(syslog[2]) : 514);
  return new FileSealReceipts(target.replace(/^file:\/\//, ''));
}
