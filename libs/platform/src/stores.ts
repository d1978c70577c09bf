import { join } from 'node:path';
import { EventStore, EventStoreDbEventStore, IntegrityEventStore, SqliteEventStore, UpcastingEventStore } from '#app/event-store';
import { PersonalDataEventStore, type PersonalDataVault } from '#app/personal-data';
import { MongoDbReadStore, ReadStore, SqliteReadStore } from '#app/read-store';
import { PLANNING_UPCASTERS } from '#app/sales-planning';
import { ConfigError, type AppConfig } from './config.js';
import { createPersonalDataVault, PERSONAL_DATA_CLASSIFICATION } from './personal-data.js';

/** Structured fields of one log line, e.g. the correlation id of the event it is about. */
export type LogFields = Record<string, unknown>;

export interface StoreLogger {
  log(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** The configured event store: embedded SQLite by default, EventStoreDB in production. */
export function createEventStore(config: AppConfig, logger?: StoreLogger): EventStore {
  const adapter =
    config.eventStore === 'eventstoredb'
      ? EventStoreDbEventStore.fromConnectionString(config.eventStoreConnectionString!, {
          ...(logger ? { logger: (message: string) => logger.warn(message) } : {}),
        })
      : new SqliteEventStore({ filename: join(config.dataDir, 'events.sqlite'), ...(logger ? { logger } : {}) });
  return productionEventStore(adapter, createPersonalDataVault(config));
}

/**
 * The adapter as the application uses it, top down: reads upcast to the newest event versions;
 * personal fields encrypted at append with their subject's key; every event hash-chained, over
 * the encrypted form; the adapter. `rawEventStore` unwraps it again.
 */
export function productionEventStore(adapter: EventStore, vault: PersonalDataVault): EventStore {
  return new UpcastingEventStore(new PersonalDataEventStore(new IntegrityEventStore(adapter), vault, PERSONAL_DATA_CLASSIFICATION), PLANNING_UPCASTERS);
}

/**
 * The configured read-model store: embedded SQLite by default, MongoDB in production (connecting
 * lazily: `connectStores` waits for it at start-up).
 */
export function createReadStore(config: AppConfig, logger?: StoreLogger): ReadStore {
  if (config.readStore === 'mongodb') {
    try {
      return MongoDbReadStore.connect({ uri: config.mongodbUri!, database: config.mongodbDatabase });
    } catch (error) {
      if ((error as { code?: unknown }).code === 'READ_STORE.INVALID_URI') throw new ConfigError(`MONGODB_URI is not usable: ${(error as Error).message}`);
      throw error;
    }
  }
  return new SqliteReadStore({ filename: join(config.dataDir, 'read.sqlite'), ...(logger ? { logger } : {}) });
}
