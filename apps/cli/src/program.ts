import { Command } from 'commander';
import { VERSION } from '#app/platform';
import { backupCommand, restoreCommand } from './commands/backup.command.js';
import { asOfCommand, exportCommand } from './commands/audit-queries.command.js';
import { explainCommand, historyCommand, sealCommand, verifyCommand } from './commands/audit.command.js';
import { projectionsCommand, rebuildCommand } from './commands/projections.command.js';
import { tokenCommand } from './commands/token.command.js';

export function buildProgram(): Command {
  return new Command('salesflow')
    .description('salesflow operator and auditor commands, on the stores DATA_DIR (or EVENT_STORE/READ_STORE and their settings) name')
    .version(VERSION, '-V, --version')
    .showHelpAfterError()
    .addHelpText(
      'after',
      `
Data goes to stdout, everything else (notes, progress) to stderr; read commands take --json.

Examples:
  $ salesflow token --sub sue --role supervisor --team north
  $ salesflow projections
  $ salesflow rebuild tracking-sheet
  $ salesflow verify
  $ salesflow as-of plan <planId> --at 2027-02-14T09:00:00Z
  $ salesflow export decisions --from 2027-01-01 --to 2027-03-31 > decisions.csv
  $ salesflow backup backups/$(date +%F)

After \`npm run build\`: \`npx salesflow …\`; \`npm run cli -- …\` builds first only when the sources changed.`,
    )
    .addCommand(tokenCommand())
    .addCommand(rebuildCommand())
    .addCommand(projectionsCommand())
    .addCommand(verifyCommand())
    .addCommand(sealCommand())
    .addCommand(historyCommand())
    .addCommand(explainCommand())
    .addCommand(asOfCommand())
    .addCommand(exportCommand())
    .addCommand(backupCommand())
    .addCommand(restoreCommand());
}
