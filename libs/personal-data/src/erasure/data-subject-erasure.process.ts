import type { RecordedEvent } from '#app/eventsourcing';
import type { EventProcess } from '#app/event-store';
import type { PersonalDataVault } from '../keys/personal-data-vault.js';
import type { DataSubjectErased } from './data-subject.events.js';

/**
 * Makes every recorded erasure final: destroys the subject's key for each DataSubjectErased (the
 * command does so at once; this finishes an erasure whose key store failed after the event was
 * appended). Destroying an erased subject's key again changes nothing.
 */
export class DataSubjectErasureProcess implements EventProcess {
  readonly name = 'data-subject-erasure';
  readonly eventTypes = ['DataSubjectErased'] as const;

  constructor(private readonly vault: PersonalDataVault) {}

  async handle(event: RecordedEvent): Promise<void> {
    await this.vault.erase((event.data as DataSubjectErased['data']).subjectId);
  }
}
