import { randomUUID } from 'node:crypto';
import { ErrorType, FORWARDS, NO_STREAM, START } from '@eventstore/db-client';
import type { EventStoreDbClientLike } from './eventstoredb-client.js';
import { errorType, STORE_ID_STREAM, translateError } from './eventstoredb-mapping.js';
import { appendIf } from './eventstoredb-reads.js';

const STORE_IDENTIFIED = 'StoreIdentified';

/**
 * The cluster's store id: the first event of `salesflow-store`, written with `no_stream` by
 * whichever client asks first. A client that loses that race reads the winner's, so every client
 * agrees on one id.
 */
export async function eventStoreDbStoreId(client: EventStoreDbClientLike): Promise<string> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const recorded = await firstStoreId(client);
    if (recorded !== undefined) return recorded;
    const storeId = randomUUID();
    const event = { id: randomUUID(), contentType: 'application/json' as const, type: STORE_IDENTIFIED, data: { storeId }, metadata: undefined };
    if (await appendIf(client, STORE_ID_STREAM, [event], NO_STREAM)) return storeId;
  }
  throw new Error(`EventStoreDB refused to create ${STORE_ID_STREAM} but holds no store id in it`);
}

async function firstStoreId(client: EventStoreDbClientLike): Promise<string | undefined> {
  try {
    for await (const resolved of client.readStream(STORE_ID_STREAM, { direction: FORWARDS, fromRevision: START, maxCount: 1 })) {
      const storeId = (resolved.event?.data as { storeId?: unknown } | undefined)?.storeId;
      if (resolved.event) {
        if (typeof storeId !== 'string' || storeId === '') throw new Error(`The first event of ${STORE_ID_STREAM} holds no store id`);
        return storeId;
      }
    }
    return undefined;
  } catch (error) {
    if (errorType(error) === ErrorType.STREAM_NOT_FOUND) return undefined;
    throw translateError(error, { streamName: STORE_ID_STREAM });
  }
}
