import { Command } from 'commander';
import { tokenCommand } from './commands/token.command.js';

export function buildProgram(): Command {
  return new Command('salesflow')
    .description('salesflow operator and auditor commands')
    .showHelpAfterError()
    .addCommand(tokenCommand());
}
