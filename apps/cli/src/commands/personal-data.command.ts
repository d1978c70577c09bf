import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { Command, InvalidArgumentError } from 'commander';
import type { EventStore } from '#app/event-store';
import type { Actor } from '#app/eventsourcing';
import { PersonalDataReader } from '#app/personal-data';
import { encryptExistingPersonalData, loadConfig, rotatePiiMasterKey } from '#app/platform';

/** The operator at this terminal, as the access log and the migration event name them. */
export const cliOperator = (): Actor => {
  const user = userInfo().username;
  return { id: `cli:${user}`, name: user, roles: ['auditor'], teams: [] };
};

/** `--personal-data`: print personal data in clear (each read goes to the access log as cli:<user>); masked by default. */
export const PERSONAL_DATA_FLAG = ['--personal-data', 'show personal data in clear (recorded in the access log as cli:<user>); masked by default'] as const;

/** Masks, or reveals, the personal data of what a CLI command prints. */
export function cliReveal(store: EventStore, command: string, clear: boolean | undefined) {
  const reader = PersonalDataReader.of(store);
  return <T>(value: T): Promise<T> => reader.reveal(value, { actor: cliOperator(), route: `cli ${command}`, wantsClearText: clear === true });
}

/** `personal-data encrypt-existing|rotate-master-key`: the operator's side of personal data. */
export function personalDataCommand(): Command {
  return new Command('personal-data')
    .description('operate the encryption of personal data: encrypt events written before it, rotate the master key')
    .addCommand(
      new Command('encrypt-existing')
        .description('encrypt, in place, the personal fields of events written before encryption (embedded store; stop the API and projectors first): re-chains the streams, recomputes the seals, drops the read models, then seals and verifies')
        .option('--json', 'print the report as JSON')
        .addHelpText('after', '\nExample:\n  $ salesflow personal-data encrypt-existing\n\nThe latest seal hash changes; the ExistingPersonalDataEncrypted event in stream personaldata-migrations records the old and the new one.')
        .action(async (options: { json?: boolean }) => {
          const report = await encryptExistingPersonalData(loadConfig(), cliOperator());
          process.stdout.write(
            options.json
              ? `${JSON.stringify(report)}\n`
              : `encrypted the personal data of ${report.encryptedEvents} of ${report.events} events; ${report.rewrittenEvents} events re-chained, ${report.resealed} seals recomputed ` +
                  `(latest seal ${report.previousSealHash ?? 'none'} → ${report.sealHash ?? 'none'}); read models ${report.readModels}; the audit trail verifies\n`,
          );
        }),
    )
    .addCommand(
      new Command('rotate-master-key')
        .description('re-wrap every data subject key with a new master key, without touching an event (stop the API and projectors first); the new key comes from PII_NEW_MASTER_KEY or --new-key-file')
        .option('--new-key-file <file>', 'a file holding the new key (32 random bytes: 64 hex digits or base64)')
        .option('--json', 'print the report as JSON')
        .addHelpText('after', '\nExample:\n  $ PII_NEW_MASTER_KEY=$(openssl rand -base64 32) salesflow personal-data rotate-master-key\n\nThen start with PII_MASTER_KEY set to the new key (the development key in DATA_DIR is replaced by itself).')
        .action(async (options: { newKeyFile?: string; json?: boolean }) => {
          const newKey = options.newKeyFile ? readFileSync(options.newKeyFile, 'utf8') : process.env.PII_NEW_MASTER_KEY;
          if (!newKey) throw new InvalidArgumentError('give the new master key in PII_NEW_MASTER_KEY or with --new-key-file (never on the command line)');
          const report = await rotatePiiMasterKey(loadConfig(), newKey, ({ rewrapped }) => process.stderr.write(`re-wrapped ${rewrapped} keys\n`));
          process.stdout.write(options.json ? `${JSON.stringify(report)}\n` : `re-wrapped ${report.rewrapped} subject keys from master key ${report.from} to ${report.to}; ${report.newKey}\n`);
        }),
    );
}
