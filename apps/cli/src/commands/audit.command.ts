import { Command, InvalidArgumentError } from 'commander';
import { AUDIT_EVENT_INDEX, ExplainDecisionHandler, ExplainDecisionQuery, GetStreamHistoryHandler, GetStreamHistoryQuery, decisionExplainers, type StreamHistoryPage } from '#app/audit';
import type { Actor } from '#app/eventsourcing';
import { AUDIT_SEAL_STREAM, AuditSealer, rawEventStore, recordedSeal, verifyAuditTrail, type AuditTrailReport } from '#app/event-store';
import { Runtime, checkMasterKey, createEventStore, loadConfig, sealReceiptSinks, verifyOptionsFor } from '#app/platform';
import { PERSONAL_DATA_FLAG, cliReveal } from './personal-data.command.js';

/** The CLI acts as an auditor of the stores DATA_DIR (or the production settings) point at. */
const CLI_AUDITOR: Actor = { id: 'cli', name: 'salesflow CLI', roles: ['auditor'], teams: [] };

const count = (name: string, max: number) => (value: string) => {
  if (!/^\d{1,15}$/.test(value) || Number(value) > max) throw new InvalidArgumentError(`${name} must be an integer from 0 to ${max}`);
  return Number(value);
};

async function withEventStore<T>(work: (store: ReturnType<typeof createEventStore>) => Promise<T>): Promise<T> {
  const store = createEventStore(loadConfig());
  try {
    await checkMasterKey(store);
    return await work(store);
  } finally {
    await store.close();
  }
}

function describeReport(report: AuditTrailReport): string {
  const lines: string[] = [];
  const latest = report.seals.latest;
  const sealLine = latest
    ? `${report.seals.verified}/${report.seals.count} seals verified; latest #${latest.sealNumber} up to position ${latest.toPosition}, hash ${latest.sealHash}; ${report.seals.unsealedEvents} events since`
    : `no seals yet; ${report.seals.unsealedEvents} events unsealed`;
  lines.push(`audit trail ${report.ok ? 'OK' : 'BROKEN'}: ${report.events} events in ${report.streams} streams, head ${report.headPosition}; ${sealLine}`);
  for (const b of report.brokenStreams) {
    lines.push(`  stream ${b.streamName}: revision ${b.revision} (position ${b.position}, ${b.eventType} ${b.eventId}) ${b.problem}: expected ${String(b.expected)}, found ${String(b.actual)}`);
  }
  if (report.brokenStreamCount > report.brokenStreams.length) lines.push(`  … and ${report.brokenStreamCount - report.brokenStreams.length} more broken streams`);
  for (const p of report.eventProblems) lines.push(`  event ${p.eventType} ${p.eventId} (${p.streamName} revision ${p.revision}, position ${p.position}): ${p.problem}`);
  for (const p of report.seals.problems) {
    lines.push(`  seal #${p.sealNumber} (${p.fromPosition}, ${p.toPosition}]: ${p.problem}: expected ${String(p.expected)}, found ${String(p.actual)}`);
  }
  const receipts = report.seals.receipts;
  if (receipts) {
    lines.push(`  receipts: ${receipts.matched}/${receipts.count} match the log's seals${receipts.unreceipted > 0 ? `; ${receipts.unreceipted} seals without a receipt yet` : ''}`);
    for (const p of receipts.problems) lines.push(`  receipt of seal #${p.sealNumber}: ${p.problem}: expected ${p.expected}, found ${String(p.actual)}`);
  }
  for (const gap of report.log.gaps) lines.push(`  positions ${gap.after + 1} to ${gap.next - 1} are missing from the log`);
  if (report.log.gapCount > report.log.gaps.length) lines.push(`  … and ${report.log.gapCount - report.log.gaps.length} more holes`);
  const overdue = report.seals.overdue;
  if (overdue) lines.push(`  ${overdue.events} events waited longer than the seal interval for a seal, the oldest at position ${overdue.oldestPosition} (${overdue.oldestAt})`);
  return `${lines.join('\n')}\n`;
}

/**
 * `verify`: recomputes every hash chain and seal; prints the first broken link per stream and every
 * seal mismatch, and exits non-zero when anything is broken (or the seal given with --expect-seal
 * is not in the log).
 */
export function verifyCommand(): Command {
  return new Command('verify')
    .description('verify the hash chain of every stream and every seal of the event log; non-zero exit when broken')
    .option('--json', 'print the full report as JSON')
    .option('--expect-seal <hash>', 'a seal hash recorded earlier outside the system: fail unless the log still holds it')
    .option('--receipts <file>', 'seal receipts (JSON lines) to check the seals against, e.g. a copy kept off this machine; defaults to AUDIT_SEAL_RECEIPTS_FILE')
    .addHelpText('after', '\nExamples:\n  $ salesflow verify\n  $ salesflow verify --json --expect-seal 3f1c…\n  $ salesflow verify --receipts copy-of-seal-receipts.jsonl')
    .action(async (options: { json?: boolean; expectSeal?: string; receipts?: string }) => {
      const config = loadConfig();
      await withEventStore(async (store) => {
        const report = await verifyAuditTrail(store, await verifyOptionsFor(config, store, options.receipts ?? config.auditSealReceiptsFile));
        process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : describeReport(report));
        let anchored = true;
        if (options.expectSeal) {
          const seals = (await rawEventStore(store).readStream(AUDIT_SEAL_STREAM)).map(recordedSeal);
          anchored = seals.some((s) => s.seal.sealHash === options.expectSeal);
          if (!anchored) process.stdout.write(`  seal ${options.expectSeal} is not in the log: the seals were rewritten or removed\n`);
        }
        if (!report.ok || !anchored) {
          const problems = [
            `${report.brokenStreamCount} broken streams`,
            `${report.seals.problems.length} seal problems`,
            ...(report.seals.receipts?.problems.length ? [`${report.seals.receipts.problems.length} receipt problems`] : []),
            ...(report.log.gapCount > 0 ? [`${report.log.gapCount} holes in the log`] : []),
            ...(report.eventProblemCount > 0 ? [`${report.eventProblemCount} events with unreadable personal data`] : []),
            ...(report.seals.overdue ? [`${report.seals.overdue.events} events overdue for a seal`] : []),
          ];
          throw new Error(`audit trail verification failed: ${problems.join(', ')}${anchored ? '' : ', expected seal missing'}`);
        }
      });
    });
}

/** `seal`: seals the log up to its head now. */
export function sealCommand(): Command {
  return new Command('seal').description('seal the event log up to its head (count and hash of the events since the last seal)').option('--json', 'print the outcome as JSON').action(async (options: { json?: boolean }) => {
    await withEventStore(async (store) => {
      const outcome = await new AuditSealer(store, { receipts: sealReceiptSinks(loadConfig()) }).seal({ id: CLI_AUDITOR.id, name: CLI_AUDITOR.name, role: 'auditor' });
      if (options.json) {
        process.stdout.write(`${JSON.stringify(outcome)}\n`);
        return;
      }
      process.stdout.write(
        outcome.sealed
          ? `sealed #${outcome.seal.sealNumber}: ${outcome.seal.eventCount} events in (${outcome.seal.fromPosition}, ${outcome.seal.toPosition}], hash ${outcome.seal.sealHash}\n`
          : `nothing to seal since seal #${outcome.latest?.seal.sealNumber ?? 0}\n`,
      );
    });
  });
}

/** `history <stream>`: the stream's events as stored, one JSON object per line. */
export function historyCommand(): Command {
  return new Command('history')
    .description('print every event of a stream as stored (metadata and integrity included), one JSON line each')
    .argument('<stream>', 'stream name, e.g. plan-<planId> or prospect-<prospectId>')
    .option('--from-revision <n>', 'first revision', count('--from-revision', Number.MAX_SAFE_INTEGER), 0)
    .option('--limit <n>', 'events at most', count('--limit', 1_000_000), 1000)
    .option('--json', 'one JSON array instead of one JSON line per event')
    .option(...PERSONAL_DATA_FLAG)
    .addHelpText('after', '\nExamples:\n  $ salesflow history plan-985dc76b-5f58-872c-8052-997a333fbdb5\n  $ salesflow history prospect-<id> --from-revision 3 --limit 10 --json')
    .action(async (stream: string, options: { fromRevision: number; limit: number; json?: boolean; personalData?: boolean }) => {
      await withEventStore(async (store) => {
        const handler = new GetStreamHistoryHandler(store);
        const reveal = cliReveal(store, 'history', options.personalData);
        let from: number | null = options.fromRevision;
        let left = options.limit;
        let first = true;
        if (options.json) process.stdout.write('[');
        while (from !== null && left > 0) {
          const page: StreamHistoryPage = await reveal(await handler.execute(new GetStreamHistoryQuery(CLI_AUDITOR, stream, from, Math.min(left, 1000))));
          for (const event of page.events) {
            process.stdout.write(options.json ? `${first ? '' : ','}\n${JSON.stringify(event)}` : `${JSON.stringify(event)}\n`);
            first = false;
          }
          left -= page.events.length;
          from = page.nextRevision;
        }
        if (options.json) process.stdout.write(']\n');
      });
    });
}

/** Brings the audit index up to the head here, unless a running API or projector applies it (then it is current). */
async function catchUpUnlessApplied(runtime: Runtime): Promise<void> {
  try {
    await runtime.projections.catchUp(AUDIT_EVENT_INDEX);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'PROJECTION.LEASE_HELD') throw error;
  }
}

/** `explain <eventId>`: a decision with the state before it, its command and its correlation. */
export function explainCommand(): Command {
  return new Command('explain')
    .description('explain a decision event: state just before, the command behind it, every event of its correlation')
    .argument('<eventId>', 'the event id of an approval, rejection, waiver, publication or application review')
    .option('--json', 'one line of JSON (default: indented JSON)')
    .option(...PERSONAL_DATA_FLAG)
    .addHelpText('after', '\nExample:\n  $ salesflow explain 0b7c…  # event ids come from `history` or GET /api/decisions')
    .action(async (eventId: string, options: { json?: boolean; personalData?: boolean }) => {
      const runtime = Runtime.fromConfig(loadConfig());
      try {
        await checkMasterKey(runtime.eventStore);
        await catchUpUnlessApplied(runtime);
        const handler = new ExplainDecisionHandler(runtime.eventStore, runtime.readStore, runtime.projections, decisionExplainers());
        const explanation = await cliReveal(runtime.eventStore, 'explain', options.personalData)(await handler.execute(new ExplainDecisionQuery(CLI_AUDITOR, { eventId }, { timeoutMs: 0 })));
        process.stdout.write(`${options.json ? JSON.stringify(explanation) : JSON.stringify(explanation, null, 2)}\n`);
      } finally {
        await runtime.close();
      }
    });
}
