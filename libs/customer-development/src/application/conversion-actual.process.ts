import { DomainError, deterministicUuid, handleCommand, type CommandContext, type ErrorKind, type RecordedEvent } from '#app/eventsourcing';
import type { EventProcess, EventStore } from '#app/event-store';
import { conversionReference, planDecider, planIdFor, planStream, type ActualRecorded, type RecordConversionActual } from '#app/sales-planning';
import { SYSTEM_ACTOR } from '#app/shared-kernel';
import type { ProspectConverted } from '../prospect/prospect.events.js';
import { conversionAttributionDecider, type RecordUnattributedConversion } from './conversion-attribution.decide.js';
import { conversionStream, type AttributionOutcome, type PlanAttempt } from './conversion-attribution.events.js';

/** The periods whose plans may count a conversion on this date, most specific first: month, quarter, year. */
export function conversionPeriods(date: string): string[] {
  const [year, month] = date.split('-');
  return [`${year}-${month}`, `${year}-Q${Math.ceil(Number(month) / 3)}`, `${year}`];
}

/** True when the plan's events already count this prospect's conversion (the process's own or one recorded by hand). */
export function countsConversion(planEvents: readonly RecordedEvent[], prospectId: string): boolean {
  const reference = conversionReference(prospectId);
  return planEvents.some((e) => {
    if (e.type !== 'ActualRecorded') return false;
    const data = e.data as ActualRecorded['data'];
    return data.metric === 'new_customers' && data.reference === reference;
  });
}

/** Refusals by the plan decider; anything else (store unavailable, lost races) is retried by the runner. */
const REFUSALS: readonly ErrorKind[] = ['validation', 'forbidden', 'not_found', 'illegal_state'];

function outcomeOf(error: unknown): Pick<PlanAttempt, 'outcome' | 'code' | 'planStatus'> | null {
  if (!(error instanceof DomainError) || !REFUSALS.includes(error.kind)) return null;
  const byCode: Record<string, AttributionOutcome> = {
    'PLAN.NOT_FOUND': 'no_plan',
    'PLAN.NOT_EXECUTING': 'not_executing',
    'PLAN.CLOSED': 'closed',
    'PLAN.NOT_ON_PLAN': 'no_targets',
  };
  const status = error.details['status'];
  return {
    outcome: byCode[error.code] ?? 'refused',
    code: error.code,
    ...(typeof status === 'string' ? { planStatus: status } : {}),
  };
}

/**
 * A converted prospect counts as one `new_customers` actual for the salesperson who converted it,
 * on the first plan of the team executing for the conversion date: the month's, else the
 * quarter's, else the year's. When none takes it (no plan, not executing yet, closed, or the
 * salesperson has no targets on it) the conversion is recorded as unattributed with every plan
 * tried and why.
 *
 * Exactly once: command ids derive from the conversion event and the plan, and a replay first
 * looks for what an earlier run (or a person, with reference `prospect:<id>`) already recorded,
 * so a crash between a command and the checkpoint appends nothing the second time.
 */
export class ConversionActualProcess implements EventProcess {
  readonly name = 'conversion-actuals';
  readonly eventTypes = ['ProspectConverted'] as const;

  constructor(
    private readonly store: EventStore,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async handle(event: RecordedEvent): Promise<void> {
    const converted = event.data as ProspectConverted['data'];
    if ((await this.store.readStream(conversionStream(converted.prospectId))).length > 0) return;
    const candidates = conversionPeriods(converted.convertedOn).map((period) => ({ period, planId: planIdFor(converted.team, period) }));
    const plans = await Promise.all(candidates.map((c) => this.store.readStream(planStream(c.planId))));
    if (plans.some((events) => countsConversion(events, converted.prospectId))) return;

    const attempts: PlanAttempt[] = [];
    for (const { period, planId } of candidates) {
      const command: RecordConversionActual = {
        type: 'RecordConversionActual',
        data: { planId, salespersonId: converted.salespersonId, prospectId: converted.prospectId, convertedOn: converted.convertedOn },
        context: this.context(event, `conversion-actual:${event.id}:${period}`),
      };
      try {
        await handleCommand(this.store, planDecider, planStream(planId), command);
        return;
      } catch (error) {
        const outcome = outcomeOf(error);
        if (!outcome) throw error;
        attempts.push({ period, planId, ...outcome });
      }
    }
    const unattributed: RecordUnattributedConversion = {
      type: 'RecordUnattributedConversion',
      data: {
        prospectId: converted.prospectId,
        team: converted.team,
        salespersonId: converted.salespersonId,
        convertedOn: converted.convertedOn,
        conversionEventId: event.id,
        attempts,
      },
      context: this.context(event, `conversion-unattributed:${event.id}`),
    };
    await handleCommand(this.store, conversionAttributionDecider, conversionStream(converted.prospectId), unattributed);
  }

  private context(event: RecordedEvent, commandName: string): CommandContext {
    const metadata = event.metadata as { correlationId?: string; commandId?: string };
    return {
      actor: SYSTEM_ACTOR,
      actingRole: 'system',
      commandId: deterministicUuid(commandName),
      correlationId: metadata.correlationId ?? event.id,
      causationId: metadata.commandId ?? event.id,
      now: this.clock(),
    };
  }
}
