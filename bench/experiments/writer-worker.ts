import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { SqliteConnectionSettings } from '#app/event-store';
import { ConcurrencyError } from '#app/eventsourcing';
import { SqliteAppender, type AppendRequest } from '../../libs/event-store/src/sqlite/sqlite-appender.js';

export type WorkerOutcome =
  | { nextExpectedRevision: number; position: number }
  | { error: { message: string; code?: string; concurrency?: { expected: string | number; actual: number | 'no_stream' } } };

export type WorkerReply = { results: WorkerOutcome[] } | { failed: string };

/** The experiment's writer thread: the store's own SqliteAppender on a second connection, with the store's settings. */
const { filename, settings } = workerData as { filename: string; settings: SqliteConnectionSettings };
const db = new Database(filename, { timeout: 5000 });
db.pragma(`journal_mode = ${settings.journalMode}`);
db.pragma(`synchronous = ${settings.synchronous}`);
db.pragma(`cache_size = ${settings.cacheSize}`);
const appender = new SqliteAppender(db);

parentPort!.on('message', (batch: AppendRequest[]) => {
  try {
    const results = appender.appendBatch(batch).map((r): WorkerOutcome => {
      if (!(r instanceof Error)) return { nextExpectedRevision: r.nextExpectedRevision, position: r.position };
      const code = (r as { code?: string }).code;
      return {
        error: {
          message: r.message,
          ...(code ? { code } : {}),
          ...(r instanceof ConcurrencyError ? { concurrency: { expected: r.expected, actual: r.actual } } : {}),
        },
      };
    });
    parentPort!.postMessage({ results } satisfies WorkerReply);
  } catch (error) {
    parentPort!.postMessage({ failed: (error as Error).message } satisfies WorkerReply);
  }
});
