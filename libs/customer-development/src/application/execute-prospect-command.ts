import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { deterministicUuid, fold, handleCommand, type RecordedEvent, type Role, type StreamAccess } from '#app/eventsourcing';
import { EventStore, appendManyOf, type AtomicMultiAppend } from '#app/event-store';
import type { AddProspect, ProspectCommand, RecordCreditCheck } from '../prospect/prospect.commands.js';
import { prospectDecider } from '../prospect/prospect.decide.js';
import type { ProspectEvent } from '../prospect/prospect.events.js';
import { prospectStream } from '../prospect/prospect.js';
import type { ProspectKey } from './prospect-key.events.js';
import { ProspectKeyReservations, prospectNameKey, registrationNumberKey } from './prospect-key-reservations.js';

export interface ProspectCommandOutcome {
  prospectId: string;
  revision: number;
  position: number;
  /** True when an earlier identical request (Idempotency-Key) already did this. */
  replayed: boolean;
}

/** The roles each prospect command is performed in; the first one the actor holds is recorded as actorRole. */
export const PROSPECT_COMMAND_ROLES: Record<ProspectCommand['type'], readonly Role[]> = {
  AddProspect: ['salesperson', 'supervisor'],
  AssignProspect: ['supervisor'],
  RecordCreditCheck: ['salesperson'],
  ScreenProspect: ['supervisor'],
  ReportCreditIssue: ['salesperson', 'supervisor'],
  ResolveCreditIssue: ['manager'],
  SubmitDevelopmentApplication: ['salesperson'],
  ReviewApplicationAsSupervisor: ['supervisor'],
  ReviewApplicationAsManager: ['manager'],
  StartDevelopment: ['salesperson'],
  FileDevelopmentReport: ['salesperson'],
  CommentOnDevelopmentReport: ['supervisor'],
  ConvertProspect: ['salesperson'],
  AbandonProspect: ['supervisor', 'salesperson'],
};

/** A new prospect's id comes from the command id: random without an Idempotency-Key, the same on every retry with one. */
export const prospectIdFor = (commandId: string): string => deterministicUuid(`prospect:${commandId}`);

export class ExecuteProspectCommand extends Command<ProspectCommandOutcome> {
  constructor(
    readonly command: ProspectCommand,
    /** The revision the client last saw (If-Match). */
    readonly expectedRevision?: number,
  ) {
    super();
  }
}

/**
 * Runs a prospect command against its stream. AddProspect and RecordCreditCheck reserve the
 * team-wide keys (normalised name, registration number) their events carry, so a duplicate is
 * refused with the existing prospect's id and nothing is written. Where the event store can append
 * to several streams in one step (the embedded store), the reservations and the prospect's events
 * are one atomic append: a crash leaves both or neither. Elsewhere (EventStoreDB) the keys are
 * reserved first, naming the prospect: a retry of the command (same Idempotency-Key, so the same
 * prospect id) completes it, and a reservation whose prospect never appeared is taken over after
 * RESERVATION_GRACE_MS.
 */
@CommandHandler(ExecuteProspectCommand)
export class ExecuteProspectCommandHandler implements ICommandHandler<ExecuteProspectCommand> {
  private readonly keys: ProspectKeyReservations;

  constructor(private readonly store: EventStore) {
    this.keys = new ProspectKeyReservations(store);
  }

  async execute({ command, expectedRevision }: ExecuteProspectCommand): Promise<ProspectCommandOutcome> {
    const roles = PROSPECT_COMMAND_ROLES[command.type];
    const actingRole = roles.find((role) => command.context.actor.roles.includes(role)) ?? roles[0]!;
    const withRole = { ...command, context: { ...command.context, actingRole } } as ProspectCommand;
    const claims = withRole.type === 'AddProspect' || withRole.type === 'RecordCreditCheck' ? withRole : null;
    const atomic = claims ? appendManyOf(this.store) : null;
    if (claims && !atomic) await this.reserveKeys(claims, expectedRevision);
    const prospectId = command.data.prospectId;
    const store = claims && atomic ? this.reservingWith(atomic, claims) : this.store;
    const result = await handleCommand(store, prospectDecider, prospectStream(prospectId), withRole, {
      ...(expectedRevision !== undefined ? { expectedRevision } : {}),
    });
    return { prospectId, revision: result.nextExpectedRevision, position: result.position, replayed: result.replayed };
  }

  /**
   * The store as the command sees it, with its append to the prospect carrying the reservations of
   * the keys its events claim, in one atomic step (re-inspected on every attempt after a lost race).
   */
  private reservingWith(atomic: AtomicMultiAppend, command: AddProspect | RecordCreditCheck): StreamAccess {
    return {
      readStream: (streamName, options) => this.store.readStream(streamName, options),
      findCommand: (commandId) => this.store.findCommand(commandId),
      append: async (streamName, events, options = {}) => {
        const keys = events.flatMap((event) => keysClaimedBy({ type: event.type, data: event.data } as ProspectEvent));
        const expectedRevision = options.expectedRevision ?? 'any';
        if (keys.length === 0) return this.store.append(streamName, events, options);
        if (expectedRevision !== 'no_stream' && typeof expectedRevision !== 'number') {
          await this.keys.reserve(keys, command.data.prospectId, command);
          return this.store.append(streamName, events, options);
        }
        const reservations = await this.keys.reservations(keys, command.data.prospectId, command);
        const [prospect] = await atomic.appendMany([{ streamName, events, expectedRevision, ...(options.commands ? { commands: options.commands } : {}) }, ...reservations]);
        return prospect!;
      },
    };
  }

  /** Decides once in memory so that a command the prospect refuses, a stale If-Match or a retry reserves nothing. */
  private async reserveKeys(command: AddProspect | RecordCreditCheck, expectedRevision: number | undefined): Promise<void> {
    const prospectId = command.data.prospectId;
    const recorded = await this.store.readStream(prospectStream(prospectId));
    const retry = recorded.some((e) => (e.metadata as { commandId?: string }).commandId === command.context.commandId);
    if (retry || (expectedRevision !== undefined && expectedRevision !== revisionOf(recorded))) return;
    const keys = prospectDecider.decide(command, fold(prospectDecider, recorded)).flatMap(keysClaimedBy);
    if (keys.length > 0) await this.keys.reserve(keys, prospectId, command);
  }
}

const revisionOf = (recorded: readonly RecordedEvent[]): number => recorded.at(-1)?.revision ?? -1;

function keysClaimedBy(event: ProspectEvent): ProspectKey[] {
  switch (event.type) {
    case 'ProspectAdded': {
      const { team, normalisedName, registrationNumber } = event.data;
      return [prospectNameKey(team, normalisedName), ...(registrationNumber ? [registrationNumberKey(team, registrationNumber)] : [])];
    }
    case 'CreditCheckRecorded':
      return [registrationNumberKey(event.data.team, event.data.registrationNumber)];
    default:
      return [];
  }
}
