import { FileSealReceipts, sealReceiptSink, type SealReceipt, type SealReceiptSink, type VerifyOptions } from '#app/event-store';
import type { AppConfig } from './config.js';

/** Where the seals' receipts go: the file beside the event store (unless off) and the configured URL. */
export function sealReceiptSinks(config: Pick<AppConfig, 'auditSealReceiptsFile' | 'auditSealReceiptsUrl'>): SealReceiptSink[] {
  return [
    ...(config.auditSealReceiptsFile ? [new FileSealReceipts(config.auditSealReceiptsFile)] : []),
    ...(config.auditSealReceiptsUrl ? [sealReceiptSink(config.auditSealReceiptsUrl)] : []),
  ];
}

/**
 * What a verification checks beyond the log itself: the receipts in the configured file (or in
 * `receiptsFile`, e.g. an export of the webhook's or syslog's copies), and the seal interval.
 */
export async function verifyOptionsFor(
  config: Pick<AppConfig, 'auditSealReceiptsFile' | 'auditSealIntervalSeconds'>,
  receiptsFile: string | null = config.auditSealReceiptsFile,
): Promise<Pick<VerifyOptions, 'receipts' | 'sealIntervalMs'>> {
  const receipts: SealReceipt[] | null = receiptsFile ? await new FileSealReceipts(receiptsFile).read() : null;
  return { receipts, sealIntervalMs: config.auditSealIntervalSeconds * 1000 };
}
