import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Command } from 'commander';
import { DEV_SECRET_FILE, VERSION, loadConfig, type AppConfig } from '#app/platform';

const EVENTS = 'events.sqlite';
const READ = 'read.sqlite';
const MANIFEST = 'backup.json';

interface Manifest {
  createdAt: string;
  version: string;
  headPosition: number;
  events: number;
  files: string[];
  jwtSecret: 'included (development secret)' | 'not included (AUTH_JWT_SECRET lives outside DATA_DIR)';
}

function embeddedOnly(config: AppConfig): void {
  if (config.eventStore !== 'sqlite') {
    throw new Error('backup and restore copy the embedded SQLite event store; with EventStoreDB use its own backup (file copy of a stopped node, or its scavenge-safe backup procedure)');
  }
}

/** SQLite's online backup: a consistent copy while the API keeps appending; then an integrity check of the copy. */
async function copyDatabase(from: string, to: string): Promise<void> {
  const source = new Database(from, { readonly: true, fileMustExist: true });
  try {
    await source.backup(to);
  } finally {
    source.close();
  }
  const copy = new Database(to, { readonly: true });
  try {
    const [check] = copy.pragma('integrity_check') as { integrity_check: string }[];
    if (check?.integrity_check !== 'ok') throw new Error(`the copy of ${from} failed its integrity check: ${check?.integrity_check}`);
  } finally {
    copy.close();
  }
}

function countEvents(file: string): { headPosition: number; events: number } {
  const db = new Database(file, { readonly: true });
  try {
    const row = db.prepare('SELECT COALESCE(MAX(position), 0) AS head, COUNT(*) AS n FROM events').get() as { head: number; n: number };
    return { headPosition: row.head, events: row.n };
  } finally {
    db.close();
  }
}

/** `backup <dir>`: the event store (and the development JWT secret) of DATA_DIR, while the API runs. */
export function backupCommand(): Command {
  return new Command('backup')
    .description('copy the embedded event store (SQLite online backup, safe while the API runs) and the development JWT secret into a new folder')
    .argument('<dir>', 'folder to create (must not hold a backup already)')
    .option('--with-read-models', 'copy read.sqlite too (by default the read models are rebuilt from the events after a restore)')
    .option('--json', 'print the manifest as JSON')
    .addHelpText('after', '\nExamples:\n  $ salesflow backup backups/2027-02-14\n  $ DATA_DIR=/srv/salesflow salesflow backup /mnt/backup/salesflow-$(date +%F) --json\n\nRestore into a fresh DATA_DIR with `salesflow restore <dir>`, then start the API: the read models rebuild.')
    .action(async (dir: string, options: { withReadModels?: boolean; json?: boolean }) => {
      const config = loadConfig();
      embeddedOnly(config);
      const target = resolve(dir);
      if (existsSync(join(target, EVENTS))) throw new Error(`${target} already holds a backup; choose a new folder`);
      mkdirSync(target, { recursive: true });
      const files: string[] = [];
      // Read models first: a copy of them is then never ahead of the copy of the events.
      if (options.withReadModels && existsSync(join(config.dataDir, READ))) {
        await copyDatabase(join(config.dataDir, READ), join(target, READ));
        files.push(READ);
      }
      await copyDatabase(join(config.dataDir, EVENTS), join(target, EVENTS));
      files.unshift(EVENTS);
      const secret = join(config.dataDir, DEV_SECRET_FILE);
      const withSecret = !config.jwtSecret && existsSync(secret);
      if (withSecret) {
        copyFileSync(secret, join(target, DEV_SECRET_FILE));
        chmodSync(join(target, DEV_SECRET_FILE), 0o600);
        files.push(DEV_SECRET_FILE);
      }
      const manifest: Manifest = {
        createdAt: new Date().toISOString(),
        version: VERSION,
        ...countEvents(join(target, EVENTS)),
        files,
        jwtSecret: withSecret ? 'included (development secret)' : 'not included (AUTH_JWT_SECRET lives outside DATA_DIR)',
      };
      writeFileSync(join(target, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
      if (withSecret) process.stderr.write(`note: ${DEV_SECRET_FILE} is in the backup: whoever reads it can mint tokens for this data; keep the backup private\n`);
      process.stdout.write(options.json ? `${JSON.stringify(manifest)}\n` : `backed up ${manifest.events} events (head ${manifest.headPosition}) to ${target}: ${files.join(', ')}\n`);
    });
}

/** `restore <dir>`: a backup into an empty DATA_DIR; the read models rebuild when the API or a projector starts. */
export function restoreCommand(): Command {
  return new Command('restore')
    .description('restore a backup into a fresh DATA_DIR (refuses one that holds an event store); the read models rebuild at the next start')
    .argument('<dir>', 'a folder written by `backup`')
    .addHelpText('after', '\nExample:\n  $ DATA_DIR=/srv/salesflow-restored salesflow restore backups/2027-02-14 && DATA_DIR=/srv/salesflow-restored npm run start:prod')
    .action(async (dir: string) => {
      const config = loadConfig();
      embeddedOnly(config);
      const source = resolve(dir);
      if (!existsSync(join(source, EVENTS)) || !existsSync(join(source, MANIFEST))) throw new Error(`${source} is not a backup (no ${EVENTS} and ${MANIFEST})`);
      if (existsSync(join(config.dataDir, EVENTS))) throw new Error(`DATA_DIR ${resolve(config.dataDir)} already holds an event store; restore into a fresh folder`);
      mkdirSync(config.dataDir, { recursive: true });
      for (const file of readdirSync(source).filter((f) => f === EVENTS || f === READ || f === DEV_SECRET_FILE)) {
        copyFileSync(join(source, file), join(config.dataDir, file));
        if (file === DEV_SECRET_FILE) chmodSync(join(config.dataDir, file), 0o600);
      }
      const { events, headPosition } = countEvents(join(config.dataDir, EVENTS));
      process.stdout.write(`restored ${events} events (head ${headPosition}) into ${resolve(config.dataDir)}; start the API or a projector to rebuild the read models, then run \`salesflow verify\`\n`);
    });
}
