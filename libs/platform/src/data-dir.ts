import { closeSync, fsyncSync, mkdirSync, openSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DomainError } from '#app/eventsourcing';
import type { AppConfig } from './config.js';

/** The data folder cannot be written: the process should print the message and exit with code 5. */
export class DataDirError extends Error {}

export const DATA_DIR_EXIT_CODE = 5;

const PROBE_BYTES = 64 * 1024;

/**
 * Checks, before anything opens a file there, that DATA_DIR (when the embedded stores, the key
 * store of personal data, the development secrets or the seal receipts live in it) is a folder
 * this process can write and fsync a small file in. Throws DataDirError with one sentence saying
 * what is wrong.
 */
export function checkDataDir(config: Pick<AppConfig, 'dataDir' | 'eventStore' | 'readStore' | 'keyStore' | 'jwtSecret' | 'piiMasterKey' | 'auditSealReceiptsFile'>): void {
  const used =
    config.eventStore === 'sqlite' ||
    config.readStore === 'sqlite' ||
    config.keyStore === 'sqlite' ||
    !config.jwtSecret ||
    !config.piiMasterKey ||
    config.auditSealReceiptsFile?.startsWith(config.dataDir);
  if (!used) return;
  const dir = resolve(config.dataDir);
  try {
    mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    const probe = join(dir, `.write-check-${process.pid}`);
    const fd = openSync(probe, 'w');
    try {
      writeSync(fd, Buffer.alloc(PROBE_BYTES));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
      try {
        unlinkSync(probe);
      } catch {
        // Nothing to remove when it could not be created.
      }
    }
  } catch (error) {
    throw new DataDirError(`DATA_DIR ${dir} cannot be used: ${reasonOf(error) ?? (error as Error).message}`);
  }
}

/**
 * The one sentence for a start-up that failed on its files (a store that could not open its file
 * for writing, a folder that vanished meanwhile), or null for any other failure.
 */
export function dataDirFailure(error: unknown, config: Pick<AppConfig, 'dataDir'>): string | null {
  if (error instanceof DataDirError) return error.message;
  if (error instanceof DomainError && /\.(DISK_FULL|READ_ONLY|IO_ERROR)$/.test(error.code)) return `${error.message} (DATA_DIR ${resolve(config.dataDir)})`;
  const reason = reasonOf(error);
  return reason ? `DATA_DIR ${resolve(config.dataDir)} cannot be used: ${reason}` : null;
}

function reasonOf(error: unknown): string | null {
  switch ((error as { code?: unknown } | null)?.code) {
    case 'ENOSPC':
      return 'the disk is full; free some space and start again';
    case 'EDQUOT':
      return 'the disk quota is used up; free some space and start again';
    case 'EROFS':
      return 'the file system is read-only; mount it writable or point DATA_DIR elsewhere';
    case 'EACCES':
    case 'EPERM':
      return 'this user may not write there; fix its permissions or point DATA_DIR elsewhere';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'it is not a folder; point DATA_DIR at a folder';
    case 'EIO':
      return 'the disk reported an I/O error';
    default:
      return null;
  }
}
