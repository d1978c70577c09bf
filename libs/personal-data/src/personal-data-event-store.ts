import type { AppendOptions, AppendResult, EventToAppend, RecordedEvent } from '#app/eventsourcing';
import { EventStore, EventStoreDecorator } from '#app/event-store';
import { encryptPlan, subjectsOf, type PersonalDataClassification } from './classification/personal-fields.js';
import type { PersonalDataVault } from './keys/personal-data-vault.js';

/**
 * Personal data encrypted at append, for any adapter: each personal text of each event (as the
 * classification says) is replaced by a token encrypted with its data subject's key. The result
 * says what was stored (`AppendResult.stored`), so the command path caches and snapshots the
 * state folded from the encrypted form, never from the events as decided. It sits
 * above the hash-chaining decorator, so the chain is over the stored, encrypted form and still
 * verifies after an erasure. Reads return the tokens as stored: deciders, projections and read
 * models only ever hold ciphertext, and only the read side (PersonalDataReader) decrypts, for the
 * callers allowed to see it, with every such read logged.
 *
 * A key store that cannot be reached refuses the append (503); nothing is written in clear.
 */
export class PersonalDataEventStore extends EventStoreDecorator {
  constructor(
    inner: EventStore,
    readonly vault: PersonalDataVault,
    readonly classification: PersonalDataClassification,
  ) {
    super(inner);
  }

  protected mapRead(event: RecordedEvent): RecordedEvent {
    return event;
  }

  override async append(streamName: string, events: EventToAppend[], options?: AppendOptions): Promise<AppendResult> {
    const plans = events.map((event) => this.classification.plan(event));
    const subjects = subjectsOf(plans);
    if (subjects.size === 0) return this.inner.append(streamName, plans.map((plan) => plan.event), options);
    const keys = await this.vault.keysForWriting(subjects);
    const stored = plans.map((plan) => encryptPlan(plan, keys));
    return { ...(await this.inner.append(streamName, stored, options)), stored: stored.map(({ type, data }) => ({ type, data })) };
  }

  override async close(): Promise<void> {
    try {
      await this.inner.close();
    } finally {
      await this.vault.close();
    }
  }
}
