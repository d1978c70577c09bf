import { join } from 'node:path';
import { EventStore, EventStoreDbEventStore, SqliteEventStore, type CheckpointStore } from '#app/event-store';
import { ReadStore, SqliteReadStore } from '#app/read-store';
import { ConfigError, type AppConfig } from './config.js';

export interface StoreLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** The configured event store: embedded SQLite by default, EventStoreDB in production. */
export function createEventStore(config: AppConfig, logger?: StoreLogger): EventStore {
  if (config.eventStore === 'eventstoredb') {
    return EventStoreDbEventStore.fromConnectionString(config.eventStoreConnectionString!, {
      ...(logger ? { logger: (message: string) => logger.warn(message) } : {}),
    });
  }
  return new SqliteEventStore({ filename: join(config.dataDir, 'events.sqlite') });
}

/** The configured read-model store: embedded SQLite by default, MongoDB in production. */
export function createReadStore(config: AppConfig): ReadStore {
  if (config.readStore === 'mongodb') {
    throw new ConfigError('READ_STORE=mongodb is not available in this build');
  }
  return new SqliteReadStore({ filename: join(config.dataDir, 'read.sqlite') });
}

/** Process checkpoints live in the read store, like projection checkpoints. */
export function checkpointsIn(readStore: ReadStore): CheckpointStore {
  return {
    getCheckpoint: (name) => readStore.getCheckpoint(name),
    saveCheckpoint: (name, position) => readStore.transaction((tx) => tx.setCheckpoint(name, position)),
  };
}
