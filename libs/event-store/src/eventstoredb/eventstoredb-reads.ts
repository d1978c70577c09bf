import { BACKWARDS, END, ErrorType } from '@eventstore/db-client';
import type { EsdbEventData, EsdbExpectedRevision, EsdbRecordedEvent, EventStoreDbClientLike } from './eventstoredb-client.js';
import { errorType, translateError } from './eventstoredb-mapping.js';

/** The newest event of a stream, or undefined when the stream does not exist. */
export async function lastEventOf(client: EventStoreDbClientLike, streamName: string): Promise<EsdbRecordedEvent | undefined> {
  try {
    for await (const resolved of client.readStream(streamName, { direction: BACKWARDS, fromRevision: END, maxCount: 1 })) {
      if (resolved.event) return resolved.event;
    }
    return undefined;
  } catch (error) {
    if (errorType(error) === ErrorType.STREAM_NOT_FOUND) return undefined;
    throw translateError(error, { streamName });
  }
}

/** Appends and says whether the expectation held: false instead of WrongExpectedVersion, other errors translated. */
export async function appendIf(client: EventStoreDbClientLike, streamName: string, events: EsdbEventData[], expectedRevision: EsdbExpectedRevision): Promise<{ revision: bigint } | false> {
  try {
    const result = await client.appendToStream(streamName, events, { expectedRevision });
    return result.success ? { revision: result.nextExpectedRevision } : false;
  } catch (error) {
    if (errorType(error) === ErrorType.WRONG_EXPECTED_VERSION) return false;
    throw translateError(error, { streamName });
  }
}
