import type { RecordedEvent } from '#app/eventsourcing';

/**
 * The events table's only index is the stream's (stream_name, revision). Event ids are checked
 * where EventStoreDB checks them (see SqliteAppender), not by a second index: an index on random
 * keys costs a page written per event and halved the durable write rate. The command index holds
 * one row per command that can be retried (not per event), written in the append's transaction;
 * snapshots are derived data, one row per stream, safe to delete.
 */
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  position    INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id    TEXT    NOT NULL,
  stream_name TEXT    NOT NULL,
  revision    INTEGER NOT NULL,
  type        TEXT    NOT NULL,
  data        TEXT    NOT NULL,
  metadata    TEXT    NOT NULL,
  created_at  TEXT    NOT NULL,
  UNIQUE (stream_name, revision)
);
CREATE TABLE IF NOT EXISTS commands (
  command_id     TEXT    PRIMARY KEY,
  stream_name    TEXT    NOT NULL,
  first_revision INTEGER NOT NULL,
  last_revision  INTEGER NOT NULL,
  position       INTEGER NOT NULL,
  request_hash   TEXT
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS snapshots (
  stream_name TEXT    PRIMARY KEY,
  version     TEXT    NOT NULL,
  revision    INTEGER NOT NULL,
  event_id    TEXT    NOT NULL,
  state       TEXT    NOT NULL
) WITHOUT ROWID;
`;

/**
 * The command index of a file written before it existed: every command id found in the events'
 * metadata, once (user_version 0 → 1), so retries of those commands are still recognised.
 */
export const MIGRATIONS: readonly string[] = [
  `INSERT OR IGNORE INTO commands (command_id, stream_name, first_revision, last_revision, position, request_hash)
   SELECT json_extract(metadata, '$.commandId'), stream_name, MIN(revision), MAX(revision), MAX(position), json_extract(metadata, '$.requestHash')
   FROM events WHERE json_extract(metadata, '$.commandId') IS NOT NULL
   GROUP BY json_extract(metadata, '$.commandId'), stream_name`,
];

/** The columns of `events` in table order; statements in raw mode return rows as these tuples. */
export const EVENT_COLUMNS = 'position, event_id, stream_name, revision, type, data, metadata, created_at';

export type EventTuple = [
  position: number,
  eventId: string,
  streamName: string,
  revision: number,
  type: string,
  data: string,
  metadata: string,
  createdAt: string,
];

export function toRecorded(row: EventTuple): RecordedEvent {
  return {
    id: row[1],
    type: row[4],
    data: JSON.parse(row[5]),
    metadata: JSON.parse(row[6]),
    streamName: row[2],
    revision: row[3],
    position: row[0],
    createdAt: row[7],
  };
}

export function isBusy(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT' || code === 'SQLITE_LOCKED';
}

export function isConstraintViolation(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT');
}
