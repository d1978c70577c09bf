import { handleCommand, type RecordedEvent } from '#app/eventsourcing';
import type { EventProcess, EventStore } from '#app/event-store';
import { ExecutePlanCommand, planConversionStanding, planIdFor, planStream, type PlanCommandPath, type RecordConversionActual } from '#app/sales-planning';
import { processCommandContext } from '#app/shared-kernel';
import type { ProspectConverted } from '../prospect/prospect.events.js';
import { attributeConversion, conversionAttributionDecider, type RecordUnattributedConversion } from './conversion-attribution.decide.js';
import { conversionStream } from './conversion-attribution.events.js';

/** The periods whose plans may count a conversion on this date, most specific first: month, quarter, year. */
export function conversionPeriods(date: string): string[] {
  const [year, month] = date.split('-');
  return [`${year}-${month}`, `${year}-Q${Math.ceil(Number(month) / 3)}`, `${year}`];
}

/**
 * A converted prospect counts as one `new_customers` actual for the salesperson who converted it,
 * on the first plan of the team executing for the conversion date: the month's, else the
 * quarter's, else the year's. When none takes it (no plan, not executing yet, closed, or the
 * salesperson has no targets on it) the conversion is recorded as unattributed with every plan
 * considered and why.
 *
 * The process reads what the decision needs (the conversion stream and the candidate plans, each
 * judged by the plan's own rule, planConversionStanding), decides with attributeConversion, and
 * issues the plan command through sales planning's application path, as the API does. Exactly
 * once: command ids derive from the conversion event and the plan, and a replay finds what an
 * earlier run (or a person, with reference `prospect:<id>`) already recorded.
 */
export class ConversionActualProcess implements EventProcess {
  readonly name = 'conversion-actuals';
  readonly eventTypes = ['ProspectConverted'] as const;

  constructor(
    private readonly store: EventStore,
    private readonly plans: PlanCommandPath,
    private readonly clock: () => Date,
  ) {}

  async handle(event: RecordedEvent): Promise<void> {
    const converted = event.data as ProspectConverted['data'];
    const attribution = await this.store.readStream(conversionStream(converted.prospectId));
    const candidates = await Promise.all(
      conversionPeriods(converted.convertedOn).map(async (period) => {
        const planId = planIdFor(converted.team, period);
        return { period, planId, standing: planConversionStanding(planId, await this.store.readStream(planStream(planId)), converted) };
      }),
    );
    const decision = attributeConversion(attribution.length > 0, candidates);
    switch (decision.kind) {
      case 'already_recorded':
        return;
      case 'count': {
        const command: RecordConversionActual = {
          type: 'RecordConversionActual',
          data: { planId: decision.planId, salespersonId: converted.salespersonId, prospectId: converted.prospectId, convertedOn: converted.convertedOn },
          context: processCommandContext(event, `conversion-actual:${event.id}:${decision.period}`, this.clock()),
        };
        await this.plans.execute(new ExecutePlanCommand(command));
        return;
      }
      case 'unattributed': {
        const command: RecordUnattributedConversion = {
          type: 'RecordUnattributedConversion',
          data: { prospectId: converted.prospectId, team: converted.team, salespersonId: converted.salespersonId, convertedOn: converted.convertedOn, conversionEventId: event.id, attempts: decision.attempts },
          context: processCommandContext(event, `conversion-unattributed:${event.id}`, this.clock()),
        };
        await handleCommand(this.store, conversionAttributionDecider, conversionStream(converted.prospectId), command);
        return;
      }
      default: {
        const _exhaustive: never = decision;
        return;
      }
    }
  }
}
