import { performance } from 'node:perf_hooks';
import type Database from 'better-sqlite3';
import { InsufficientStorageError, ServiceUnavailableError, type DomainError } from '#app/eventsourcing';
import type { FollowerLogger } from '../follower/follower-lease.js';

/** What a failed SQLite call says about the storage under it. */
export type StorageFault = 'disk_full' | 'read_only' | 'io_error';

export function storageFaultOf(error: unknown): StorageFault | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'disk_full';
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'EROFS') return 'read_only';
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return 'io_error';
  return null;
}

const WHAT: Record<StorageFault, string> = {
  disk_full: 'the disk is full',
  read_only: 'the file system is read-only or the file cannot be written',
  io_error: 'the disk reported an I/O error',
};

const CODES = {
  EVENT_STORE: { disk_full: 'EVENT_STORE.DISK_FULL', read_only: 'EVENT_STORE.READ_ONLY', io_error: 'EVENT_STORE.IO_ERROR' },
  READ_STORE: { disk_full: 'READ_STORE.DISK_FULL', read_only: 'READ_STORE.READ_ONLY', io_error: 'READ_STORE.IO_ERROR' },
} as const satisfies Record<'EVENT_STORE' | 'READ_STORE', Record<StorageFault, string>>;

/**
 * The client's view of a storage fault: 507 for a full disk, 503 otherwise; nothing was written
 * either way. `subject` replaces the default sentence's start, e.g. when a file cannot be opened.
 */
export function storageError(area: 'EVENT_STORE' | 'READ_STORE', fault: StorageFault, subject?: string): DomainError {
  const store = area === 'EVENT_STORE' ? 'event store' : 'read store';
  const code = CODES[area][fault];
  const message = subject
    ? `${subject[0]!.toUpperCase()}${subject.slice(1)}: ${WHAT[fault]}`
    : `The ${store} cannot write: ${WHAT[fault]}; nothing was written, retry ${fault === 'disk_full' ? 'once space is freed' : 'later'}`;
  return fault === 'disk_full' ? new InsufficientStorageError(code, message) : new ServiceUnavailableError(code, message);
}

/**
 * Logs a storage fault once per episode: one line when writes start failing, one when they have
 * succeeded again for `quietMs` without a failure in between (a full disk often lets a small write
 * through now and then), however many writes fail meanwhile.
 */
export class StorageEpisodes {
  private episode: { fault: StorageFault; refused: number; lastFailureAt: number } | null = null;

  constructor(
    private readonly label: string,
    private readonly area: 'EVENT_STORE' | 'READ_STORE',
    private readonly logger: FollowerLogger,
    private readonly quietMs = 5_000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The translated error of a failed write when it is a storage fault (logged at the start of its episode), else null. */
  failed(error: unknown): DomainError | null {
    const fault = storageFaultOf(error);
    if (!fault) return null;
    const translated = storageError(this.area, fault);
    if (this.episode?.fault !== fault) {
      this.episode = { fault, refused: 0, lastFailureAt: 0 };
      this.logger.error(`${this.label}: writes fail because ${WHAT[fault]} (${String((error as { code?: unknown }).code)}); they are refused with ${translated.code} until it clears`);
    }
    this.episode.refused++;
    this.episode.lastFailureAt = this.now();
    return translated;
  }

  succeeded(): void {
    if (!this.episode || this.now() - this.episode.lastFailureAt < this.quietMs) return;
    this.logger.log(`${this.label}: writes succeed again (${this.episode.refused} refused while ${WHAT[this.episode.fault]})`);
    this.episode = null;
  }
}

export interface WalLimits {
  /** WAL pages (of the page size) after which a commit checkpoints them into the database; defaults to 256 (1 MiB at 4 KiB pages). */
  autocheckpointPages?: number;
  /** What a WAL file is cut back to after a checkpoint (bytes); defaults to 2 MiB. */
  journalSizeLimitBytes?: number;
  /** How often a passive checkpoint runs besides those commits trigger (ms); 0 turns it off; defaults to 30,000. */
  checkpointIntervalMs?: number;
}

/**
 * Keeps a WAL-mode database's write-ahead log small, for small disks: checkpoints after
 * `autocheckpointPages`, cuts the file back to `journalSizeLimitBytes`, and runs a passive
 * checkpoint every `checkpointIntervalMs` (never waiting on readers or writers). Returns the stop of that timer.
 */
export function limitWal(db: Database.Database, limits: WalLimits = {}): () => void {
  db.pragma(`wal_autocheckpoint = ${limits.autocheckpointPages ?? 256}`);
  db.pragma(`journal_size_limit = ${limits.journalSizeLimitBytes ?? 2 * 1024 * 1024}`);
  const every = limits.checkpointIntervalMs ?? 30_000;
  if (every <= 0) return () => undefined;
  const timer = setInterval(() => {
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // A checkpoint that cannot run now (busy, disk full) is retried next time; commits checkpoint too.
    }
  }, every);
  timer.unref();
  return () => clearInterval(timer);
}
