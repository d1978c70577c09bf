import type { AppendOptions, AppendResult, EventToAppend, RecordedEvent } from '#app/eventsourcing';
import { EventStore, EventStoreDecorator, type StreamAppend } from '#app/event-store';
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
    const { stored, encrypted } = await this.encrypt([events]);
    const result = await this.inner.append(streamName, stored[0]!, options);
    return encrypted ? withStored(result, stored[0]!) : result;
  }

  /** A multi-stream append (see `appendManyOf`) encrypted like `append`, with the keys of all its subjects fetched at once. */
  override async appendMany(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    const { stored, encrypted } = await this.encrypt(appends.map((a) => a.events));
    const results = await super.appendMany(appends.map((a, i) => ({ ...a, events: stored[i]! })));
    return encrypted ? results.map((result, i) => withStored(result, stored[i]!)) : results;
  }

  /** Each batch of events as it is to be stored, and whether any personal text was encrypted. */
  private async encrypt(batches: readonly EventToAppend[][]): Promise<{ stored: EventToAppend[][]; encrypted: boolean }> {
    const plans = batches.map((events) => events.map((event) => this.classification.plan(event)));
    const subjects = subjectsOf(plans.flat());
    if (subjects.size === 0) return { stored: plans.map((batch) => batch.map((plan) => plan.event)), encrypted: false };
    const keys = await this.vault.keysForWriting(subjects);
    return { stored: plans.map((batch) => batch.map((plan) => encryptPlan(plan, keys))), encrypted: true };
  }

  override async close(): Promise<void> {
    try {
      await this.inner.close();
    } finally {
      await this.vault.close();
    }
  }
}

const withStored = (result: AppendResult, stored: readonly EventToAppend[]): AppendResult => ({ ...result, stored: stored.map(({ type, data }) => ({ type, data })) });
