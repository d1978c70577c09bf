import { Command as NestCommand, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { IllegalStateError, NotFoundError, ValidationError, handleCommand, type Command, type Decider, type Role } from '#app/eventsourcing';
import { EventStore } from '#app/event-store';
import { requireRole, requireText } from '#app/shared-kernel';
import { isSubjectId, subjectKindOf } from '../crypto/personal-token.js';
import { PersonalDataVault } from '../keys/personal-data-vault.js';
import { dataSubjectStream, type DataSubjectErased } from './data-subject.events.js';

export type EraseDataSubject = Command<
  'EraseDataSubject',
  {
    subjectId: string;
    legalBasis: string;
    /** Whether the key store knows the subject, read by the application before deciding. */
    keyStatus: 'active' | 'erased' | 'unknown';
  }
>;

export type DataSubjectCommand = EraseDataSubject;

/** The role each data-subject command is performed in. */
export const DATA_SUBJECT_COMMAND_ROLES = { EraseDataSubject: 'privacy_officer' } as const satisfies Record<DataSubjectCommand['type'], Role>;

export type DataSubjectState = { erased: false } | { erased: true; erasedAt: string };

export const ALREADY_ERASED = 'PERSONAL_DATA.ALREADY_ERASED';
export const SUBJECT_NOT_FOUND = 'PERSONAL_DATA.SUBJECT_NOT_FOUND';
export const SUBJECT_ID_INVALID = 'PERSONAL_DATA.SUBJECT_ID_INVALID';

/** A data subject id: `contact:<prospect id>`, `legal-representative:<prospect id>` or `employee:<user id>`. */
export function requireSubjectId(value: unknown): string {
  if (!isSubjectId(value)) {
    throw new ValidationError(SUBJECT_ID_INVALID, 'subjectId must be contact:<prospect id>, legal-representative:<prospect id> or employee:<user id>', [
      { field: 'subjectId', messages: ['a data subject id such as contact:<prospect id>'] },
    ]);
  }
  return value;
}

function decide({ data, context }: EraseDataSubject, state: DataSubjectState): DataSubjectErased[] {
  requireRole(context.actor, DATA_SUBJECT_COMMAND_ROLES.EraseDataSubject);
  const subjectId = requireSubjectId(data.subjectId);
  const legalBasis = requireText(data.legalBasis, 'legalBasis');
  if (state.erased) throw new IllegalStateError(ALREADY_ERASED, `The data subject ${subjectId} was erased at ${state.erasedAt}`, { subjectId, erasedAt: state.erasedAt });
  if (data.keyStatus === 'unknown') throw new NotFoundError(SUBJECT_NOT_FOUND, `No personal data of ${subjectId} was ever recorded`, { subjectId });
  return [{ type: 'DataSubjectErased', data: { subjectId, kind: subjectKindOf(subjectId), legalBasis, erasedBy: context.actor.id, erasedAt: context.now.toISOString() } }];
}

export const dataSubjectDecider: Decider<EraseDataSubject, DataSubjectState, DataSubjectErased> = {
  decide,
  evolve: (_state, event) => ({ erased: true, erasedAt: event.data.erasedAt }),
  initialState: () => ({ erased: false }),
};

export interface ErasureOutcome {
  subjectId: string;
  erasedAt: string;
  revision: number;
  position: number;
  replayed: boolean;
}

export class EraseDataSubjectCommand extends NestCommand<ErasureOutcome> {
  constructor(readonly command: Omit<EraseDataSubject, 'data'> & { data: Omit<EraseDataSubject['data'], 'keyStatus'> }) {
    super();
  }
}

/**
 * Erasure by crypto-shredding: the event that records it (subject, actor, legal basis) is appended
 * first, then the subject's key is destroyed. Should the destruction fail after the append, the
 * request answers 503 and DataSubjectErasureProcess destroys the key from the event; nothing else
 * in the log changes, so totals, grades, decisions and carry-over stay exactly as they were.
 */
@CommandHandler(EraseDataSubjectCommand)
export class EraseDataSubjectHandler implements ICommandHandler<EraseDataSubjectCommand> {
  constructor(
    private readonly store: EventStore,
    private readonly vault: PersonalDataVault,
  ) {}

  async execute({ command }: EraseDataSubjectCommand): Promise<ErasureOutcome> {
    requireRole(command.context.actor, DATA_SUBJECT_COMMAND_ROLES.EraseDataSubject);
    const subjectId = requireSubjectId(command.data.subjectId);
    const { status } = await this.vault.status(subjectId);
    const erase: EraseDataSubject = {
      ...command,
      data: { ...command.data, keyStatus: status },
      context: { ...command.context, actingRole: DATA_SUBJECT_COMMAND_ROLES.EraseDataSubject },
    };
    const result = await handleCommand(this.store, dataSubjectDecider, dataSubjectStream(subjectId), erase);
    await this.vault.erase(subjectId);
    const state = result.state as DataSubjectState;
    return { subjectId, erasedAt: state.erased ? state.erasedAt : command.context.now.toISOString(), revision: result.nextExpectedRevision, position: result.position, replayed: result.replayed };
  }
}
