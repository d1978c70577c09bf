import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EventToAppend } from '#app/eventsourcing';
import { peersDir } from '../support/paths.js';
import { emptyTally, tally, type Tally } from '../support/events.js';
import type { Contender } from './contender.js';

/** The parts of @event-driven-io/emmett-sqlite this benchmark uses. */
interface EmmettSqlite {
  sqliteConnection(options: { fileName: string }): EmmettConnection;
  getSQLiteEventStore(options: { fileName: string; connectionOptions: { singleton: true; connection: EmmettConnection } }): EmmettStore;
}

interface EmmettConnection {
  close(): void;
  command(sql: string, values?: unknown[]): Promise<unknown>;
  querySingle<T>(sql: string, values?: unknown[]): Promise<T | null>;
}

interface EmmettStore {
  appendToStream(stream: string, events: { type: string; data: unknown; metadata?: unknown }[], options: { expectedStreamVersion: bigint }): Promise<unknown>;
  aggregateStream<S>(
    stream: string,
    options: { evolve: (state: S, event: { data: unknown }) => S; initialState: () => S },
  ): Promise<{ state: S }>;
}

const MODULE = join(peersDir, 'node_modules', '@event-driven-io', 'emmett-sqlite', 'dist', 'index.js');

/**
 * Loads emmett-sqlite from bench/peers, installing it there first when missing (it needs
 * --legacy-peer-deps and the sqlite3 driver, so it is never a dependency of the project).
 * Returns the module or the reason it is not available.
 */
export async function loadEmmett(log: (line: string) => void): Promise<EmmettSqlite | string> {
  if (!existsSync(MODULE)) {
    log('  installing the emmett-sqlite peers into bench/peers (first run only; sqlite3 builds from source, a few minutes)…');
    const install = spawnSync('npm', ['install', '--legacy-peer-deps', '--no-audit', '--no-fund', '--prefix', peersDir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (install.status !== 0 || !existsSync(MODULE)) {
      return `npm install --legacy-peer-deps --prefix bench/peers failed (exit ${install.status}): ${lastLine(install.stderr || install.stdout)}`;
    }
  }
  try {
    return (await import(pathToFileURL(MODULE).href)) as EmmettSqlite;
  } catch (error) {
    return `cannot load emmett-sqlite: ${(error as Error).message}`;
  }
}

export class EmmettContender implements Contender {
  readonly name = 'emmett-sqlite 0.42.4';

  private constructor(
    private readonly connection: EmmettConnection,
    private readonly store: EmmettStore,
    readonly synchronous: number,
    readonly journalMode: string,
  ) {}

  /** Shared connection (its default opens one per call and fails with SQLITE_BUSY under concurrency); `synchronous` as ours. */
  static async open(emmett: EmmettSqlite, dir: string, synchronous: number): Promise<EmmettContender> {
    const fileName = join(dir, 'emmett.sqlite');
    const connection = emmett.sqliteConnection({ fileName });
    await connection.command(`PRAGMA synchronous = ${synchronous}`);
    const store = emmett.getSQLiteEventStore({ fileName, connectionOptions: { singleton: true, connection } });
    const mode = await connection.querySingle<{ synchronous: number }>('PRAGMA synchronous');
    const journal = await connection.querySingle<{ journal_mode: string }>('PRAGMA journal_mode');
    return new EmmettContender(connection, store, mode?.synchronous ?? -1, journal?.journal_mode ?? 'unknown');
  }

  async append(stream: string, revision: number, event: EventToAppend): Promise<void> {
    await this.store.appendToStream(stream, [{ type: event.type, data: event.data, metadata: event.metadata }], {
      expectedStreamVersion: BigInt(revision),
    });
  }

  async readAndFold(stream: string): Promise<Tally> {
    const { state } = await this.store.aggregateStream<Tally>(stream, { evolve: (s, e) => tally(s, e.data), initialState: emptyTally });
    return state;
  }

  async close(): Promise<void> {
    this.connection.close();
  }
}

function lastLine(text: string): string {
  return text.trim().split('\n').filter(Boolean).at(-1) ?? '';
}
