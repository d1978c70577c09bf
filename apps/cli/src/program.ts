import { Command } from 'commander';
import { asOfCommand, exportCommand } from './commands/audit-queries.command.js';
import { explainCommand, historyCommand, sealCommand, verifyCommand } from './commands/audit.command.js';
import { projectionsCommand, rebuildCommand } from './commands/projections.command.js';
import { tokenCommand } from './commands/token.command.js';

export function buildProgram(): Command {
  return new Command('salesflow')
    .description('salesflow operator and auditor commands')
    .showHelpAfterError()
    .addCommand(tokenCommand())
    .addCommand(rebuildCommand())
    .addCommand(projectionsCommand())
    .addCommand(verifyCommand())
    .addCommand(sealCommand())
    .addCommand(historyCommand())
    .addCommand(explainCommand())
    .addCommand(asOfCommand())
    .addCommand(exportCommand());
}
