import { FileSealReceipts, sealReceiptSink, type EventStore, type SealReceipt, type SealReceiptSink, type VerifyOptions } from '#app/event-store';
import { personalDataChecks } from '#app/personal-data';
import type { AppConfig } from './config.js';

/** Where the seals' receipts go: the file beside the event store (unless off) and the configured URL. */
export function sealReceiptSinks(config: Pick<AppConfig, 'auditSealReceiptsFile' | 'auditSealReceiptsUrl'>): SealReceiptSink[] {
  return [
    ...(config.auditSealReceiptsFile ? [new FileSealReceipts(config.auditSealReceiptsFile)] : []),
    ...(config.auditSealReceiptsUrl ? [sealReceiptSink(config.auditSealReceiptsUrl)] : []),
  ];
}

/**
 * What a verification of `store` checks beyond the chains and seals: the receipts in the
 * configured file (or in `receiptsFile`, e.g. an export of the webhook's or syslog's copies), the
 * seal interval, and that personal data still decrypts (when the store encrypts it).
 */
export async function verifyOptionsFor(
  config: Pick<AppConfig, 'auditSealReceiptsFile' | 'auditSealIntervalSeconds'>,
  store: EventStore,
  receiptsFile: string | null = config.auditSealReceiptsFile,
): Promise<Pick<VerifyOptions, 'receipts' | 'sealIntervalMs' | 'checkEvents'>> {
  const receipts: SealReceipt[] | null = receiptsFile ? await new FileSealReceipts(receiptsFile).read() : null;
  return { receipts, sealIntervalMs: config.auditSealIntervalSeconds * 1000, ...personalDataChecks(store) };
}
