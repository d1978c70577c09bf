import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { defaultLeaseHolder } from '#app/read-store';
import { redact } from './startup.js';
import type { AppConfig } from './config.js';

/** A lease holder name that outlives the process: the next process in the same slot has the same one. */
export interface ProcessSlot {
  /** `<host>:<role>-<n>:<stores>` in a slot, else `<host>:<pid>:<random>`. */
  holder: string;
  /** The slot number, or null when this system gives none (the holder is then unique to the process). */
  slot: number | null;
  release(): Promise<void>;
}

const MAX_SLOTS = 64;

/**
 * Claims the first free slot of this role among the processes on this host that use the same
 * stores: slot n is held through a lock the operating system drops when the process dies (an
 * abstract Unix socket on Linux, a named pipe on Windows), never through a file that a crash could
 * leave behind. A process restarted after a crash finds its slot free again and, with it, the lease
 * holder name of its predecessor, so it takes back the projections' and processes' leases at once
 * instead of waiting for them to expire; it cannot take them from a live process, which still holds
 * the slot. Elsewhere the holder is unique to the process, as before.
 */
export async function claimProcessSlot(config: AppConfig, role: string): Promise<ProcessSlot> {
  const unique: ProcessSlot = { holder: defaultLeaseHolder(), slot: null, release: async () => undefined };
  if (process.platform !== 'linux' && process.platform !== 'win32') return unique;
  const stores = storesKey(config);
  for (let slot = 1; slot <= MAX_SLOTS; slot++) {
    const name = `salesflow-${stores}-${role}-${slot}`;
    const server = await listenExclusively(process.platform === 'linux' ? `\0${name}` : `\\\\.\\pipe\\${name}`);
    if (server === 'taken') continue;
    if (server === 'unsupported') return unique;
    server.unref();
    return {
      holder: `${hostname()}:${role}-${slot}:${stores}`,
      slot,
      release: () => new Promise((done) => server.close(() => done())),
    };
  }
  return unique;
}

/** Which stores the process works on: the embedded folder, or the production stores it connects to. */
function storesKey(config: AppConfig): string {
  const parts = [
    config.eventStore === 'sqlite' || config.readStore === 'sqlite' ? canonical(config.dataDir) : '',
    config.eventStore === 'eventstoredb' ? redact(config.eventStoreConnectionString ?? '') : '',
    config.readStore === 'mongodb' ? `${redact(config.mongodbUri ?? '')}/${config.mongodbDatabase}` : '',
  ];
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 12);
}

function canonical(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return resolve(dir);
  }
}

function listenExclusively(path: string): Promise<Server | 'taken' | 'unsupported'> {
  return new Promise((answer) => {
    const server = createServer((socket) => socket.destroy());
    server.once('error', (error: NodeJS.ErrnoException) => answer(error.code === 'EADDRINUSE' ? 'taken' : 'unsupported'));
    server.listen({ path, exclusive: true }, () => answer(server));
  });
}
