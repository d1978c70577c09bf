import type Database from 'better-sqlite3';
import { ServiceUnavailableError, type StoredSnapshot } from '#app/eventsourcing';
import { SnapshotStore } from '../snapshots/snapshot-store.port.js';

interface SnapshotRow {
  version: string;
  revision: number;
  event_id: string;
  state: string;
}

/**
 * Snapshots in the `snapshots` table of the event store's file, one row per stream, written in a
 * transaction of their own after the events they fold (a crash in between loses only the snapshot).
 */
export class SqliteSnapshotStore extends SnapshotStore {
  private readonly stmt: {
    read: Database.Statement<[string], SnapshotRow>;
    write: Database.Statement<[string, string, number, string, string]>;
  };

  constructor(
    db: Database.Database,
    private readonly isClosed: () => boolean,
  ) {
    super();
    this.stmt = {
      read: db.prepare('SELECT version, revision, event_id, state FROM snapshots WHERE stream_name = ?'),
      write: db.prepare(
        `INSERT INTO snapshots (stream_name, version, revision, event_id, state) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (stream_name) DO UPDATE SET version = excluded.version, revision = excluded.revision, event_id = excluded.event_id, state = excluded.state
         WHERE excluded.revision >= snapshots.revision OR excluded.version <> snapshots.version`,
      ),
    };
  }

  override async read(streamName: string): Promise<StoredSnapshot | null> {
    this.checkOpen();
    const row = this.stmt.read.get(streamName);
    return row ? { streamName, version: row.version, revision: row.revision, eventId: row.event_id, state: row.state } : null;
  }

  override async write(snapshot: StoredSnapshot): Promise<void> {
    this.checkOpen();
    this.stmt.write.run(snapshot.streamName, snapshot.version, snapshot.revision, snapshot.eventId, snapshot.state);
  }

  private checkOpen() {
    if (this.isClosed()) throw new ServiceUnavailableError('EVENT_STORE.CLOSED', 'The event store is closed');
  }
}
