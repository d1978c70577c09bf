import { afterEach, describe, expect, it } from '@jest/globals';
import { createSocket, type Socket } from 'node:dgram';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileSealReceipts, SyslogSealReceipts, WebhookSealReceipts, parseReceipts, sealReceiptSink, type SealReceipt } from './seal-receipts.js';

const receipt = (sealNumber: number): SealReceipt => ({ sealNumber, fromPosition: 0, toPosition: 10 * sealNumber, eventCount: 10, sealHash: `${sealNumber}`.repeat(64).slice(0, 64), position: 10 * sealNumber + 1, sealedAt: '2027-01-01T00:00:00.000Z' });

describe('seal receipt sinks', () => {
  let server: Server | undefined;
  let socket: Socket | undefined;
  afterEach(() => {
    server?.close();
    socket?.close();
    server = undefined;
    socket = undefined;
  });

  it('appends receipts to a file, reads them back in order, and tells the last one from the end of the file', async () => {
    const file = new FileSealReceipts(join(mkdtempSync(join(tmpdir(), 'salesflow-receipts-')), 'nested', 'seal-receipts.jsonl'));
    expect(await file.read()).toBeNull();
    expect(await file.lastRecorded()).toBeNull();
    for (let n = 1; n <= 3; n++) await file.record(receipt(n));
    expect(await file.read()).toEqual([receipt(1), receipt(2), receipt(3)]);
    expect(await file.lastRecorded()).toBe(3);
  });

  it('leaves out a torn last line', () => {
    expect(parseReceipts(`${JSON.stringify(receipt(1))}\n{"sealNumber":2,"sealHa`)).toEqual([receipt(1)]);
  });

  it('finds the last whole receipt of a long file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'salesflow-receipts-')), 'seal-receipts.jsonl');
    writeFileSync(path, Array.from({ length: 500 }, (_, i) => JSON.stringify(receipt(i + 1))).join('\n') + '\n');
    expect(await new FileSealReceipts(path).lastRecorded()).toBe(500);
  });

  it('POSTs each receipt as JSON to a webhook, and fails on an answer that is not 2xx', async () => {
    const bodies: unknown[] = [];
    let status = 204;
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        bodies.push({ method: request.method, type: request.headers['content-type'], body: JSON.parse(body) });
        response.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const sink = sealReceiptSink(`http://127.0.0.1:${(server.address() as AddressInfo).port}/receipts`);
    expect(sink).toBeInstanceOf(WebhookSealReceipts);
    await sink.record(receipt(1));
    expect(bodies).toEqual([{ method: 'POST', type: 'application/json', body: { type: 'salesflow.seal-receipt', ...receipt(1) } }]);
    status = 500;
    await expect(sink.record(receipt(2))).rejects.toThrow('the webhook answered 500');
  });

  it('sends each receipt to syslog over UDP as an RFC 5424 message', async () => {
    socket = createSocket('udp4');
    const received = new Promise<string>((resolve) => socket!.once('message', (message) => resolve(message.toString())));
    await new Promise<void>((resolve) => socket!.bind(0, '127.0.0.1', resolve));
    const sink = sealReceiptSink(`syslog://127.0.0.1:${socket.address().port}`);
    expect(sink).toBeInstanceOf(SyslogSealReceipts);
    await sink.record(receipt(7));
    expect(await received).toMatch(new RegExp(`^<37>1 \\S+ \\S+ salesflow ${process.pid} seal-receipt - ${JSON.stringify(receipt(7)).replace(/[{}[\]]/g, '\\$&')}$`));
  });

  it('treats anything else as a file path', () => {
    expect(sealReceiptSink('/var/lib/salesflow/receipts.jsonl')).toBeInstanceOf(FileSealReceipts);
  });
});
